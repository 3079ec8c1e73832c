"""View 8 (the reported history) and an item's health across snapshots, driven headless."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from tests.conftest import AS_OF
from tests.history.helpers import cli
from tracker.history.storage import history_path
from tracker.tui.app import TrackerApp
from tracker.tui.history import HistoryView
from tracker.tui.screens.detail import DetailScreen


def _app(root: Path, lang: str = "en") -> TrackerApp:
    app = TrackerApp(root, AS_OF, lang, watch=False, cursor_blink=False)
    app.animation_level = "none"
    return app


def _plain(widget: Static) -> str:
    """The text a Static holds: its Text, or the Text lines of its Group."""
    content = widget.content
    parts = content.renderables if isinstance(content, Group) else [content]
    return "\n".join(part.plain for part in parts if isinstance(part, Text))


def _run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(test())


def _snapshots(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    for name, as_of in (("jun", "2018-06-01"), ("oct", "2018-10-11")):
        code, _, err = cli(
            capsys, "snapshot", "--label", name, "--root", str(root), "--as-of", as_of
        )
        assert code == 0, err


def test_view_8_lists_snapshots_and_compares_with_now(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _snapshots(capsys, good_root)

    async def drive() -> None:
        app = _app(good_root)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.wait_settled()
            await pilot.press("8")
            await pilot.pause()
            view = app.view("history")
            assert isinstance(view, HistoryView)
            assert app.current == "history"
            assert [r.key for r in view.table.rows] == ["oct", "jun"]  # newest first
            diff = _plain(view.query_one("#history-diff", Static))
            assert "Compared: oct" in diff
            assert "Health: ▲ amber → ■ red" in diff
            await pilot.press("down")
            await pilot.pause()
            diff = _plain(view.query_one("#history-diff", Static))
            assert "Compared: jun" in diff
            await pilot.press("enter")
            await pilot.pause()
            assert app.focused is view.query_one("#history-diff-scroll")

    _run(drive)


def test_view_8_picks_up_new_snapshots_and_damage(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def drive() -> None:
        app = _app(good_root, "nl")
        async with app.run_test(size=(100, 30)) as pilot:
            await app.wait_settled()
            await pilot.press("8")
            await pilot.pause()
            view = app.view("history")
            summary = view.query_one("#history-summary", Static)
            assert "Nog geen snapshots" in _plain(summary)
            _snapshots(capsys, good_root)
            await pilot.press("1", "8")
            await pilot.pause()
            assert [r.key for r in view.table.rows] == ["oct", "jun"]
            history_path(good_root).write_text("{damaged")
            await pilot.press("1", "8")
            await pilot.pause()
            assert "beschadigd" in _plain(summary)
            assert list(view.table.rows) == []

    _run(drive)


def test_detail_shows_health_across_snapshots(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _snapshots(capsys, good_root)

    async def drive() -> None:
        app = _app(good_root)
        async with app.run_test(size=(120, 50)) as pilot:
            await app.wait_settled()
            app.open_detail("netwerk")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, DetailScreen)
            content = _plain(screen.query_one("#detail-content", Static))
            assert "Reported in snapshots (2)" in content
            assert "jun  as of 2018-06-01  ○ not set · active" in content
            assert "oct  as of 2018-10-11  ▲ amber · active · 30%" in content

    _run(drive)
