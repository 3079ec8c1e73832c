"""`--read-only`: the keys that write programme files are refused and not offered."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.conftest import AS_OF
from tracker.tui.app import TrackerApp
from tracker.tui.update_form import UpdateForm

NETWERK = "measures/lovp/netwerk.yaml"
MEETING = "measures/meetings/2018-10-11-lovp.yaml"


def files(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


async def _press(root: Path, read_only: bool, view: str, row: str, key: str) -> TrackerApp:
    app = TrackerApp(root, AS_OF, "en", watch=False, cursor_blink=False, read_only=read_only)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.wait_settled()
        app.show_view(view)
        await pilot.pause()
        assert app.view(view).table.move_to(row)  # type: ignore[attr-defined]
        await pilot.pause()
        footer = [e.key for e in app.query_one("#keybar").entries]  # type: ignore[attr-defined]
        titles = [c.title for c in app.palette_commands()]
        await pilot.press(key)
        await pilot.pause()
        app.footer_keys = footer  # type: ignore[attr-defined]
        app.palette_titles = titles  # type: ignore[attr-defined]
        app.opened_form = isinstance(app.screen, UpdateForm)  # type: ignore[attr-defined]
    return app


def messages(app: TrackerApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def test_read_only_refuses_u(good_root: Path) -> None:
    before = files(good_root)
    app = asyncio.run(_press(good_root, True, "measures", "netwerk", "u"))
    assert not app.opened_form  # type: ignore[attr-defined]
    assert "read-only: record an update is turned off" in messages(app)
    assert "u" not in app.footer_keys and "e" not in app.footer_keys  # type: ignore[attr-defined]
    assert "record an update" not in app.palette_titles  # type: ignore[attr-defined]
    assert files(good_root) == before


def test_read_only_refuses_d_and_e(good_root: Path) -> None:
    before = files(good_root)
    app = asyncio.run(_press(good_root, True, "actions", "lovp-2018-10#1", "d"))
    assert any(m.startswith("read-only:") for m in messages(app))
    app = asyncio.run(_press(good_root, True, "measures", "netwerk", "e"))
    assert any(m.startswith("read-only:") for m in messages(app))
    assert files(good_root) == before


def test_without_read_only_u_opens_the_form(good_root: Path) -> None:
    app = asyncio.run(_press(good_root, False, "measures", "netwerk", "u"))
    assert app.opened_form  # type: ignore[attr-defined]
    assert "u" in app.footer_keys  # type: ignore[attr-defined]
    assert "record an update" in app.palette_titles  # type: ignore[attr-defined]


def test_the_command_line_opens_the_ui_read_only(monkeypatch, good_root: Path) -> None:  # type: ignore[no-untyped-def]
    from tracker.cli import main

    seen: list[bool] = []
    monkeypatch.setattr(TrackerApp, "run", lambda self: seen.append(self.read_only))
    assert main(["--read-only", "--root", str(good_root)]) == 0
    assert main(["--root", str(good_root)]) == 0
    assert seen == [True, False]
