"""`u` records an update through a form, `d` marks an action done; refusals write nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.widgets import Input, Select

from tests.conftest import AS_OF
from tracker.loader import load_programme
from tracker.tui.app import TrackerApp
from tracker.tui.update_form import UpdateForm

NETWERK = "measures/lovp/netwerk.yaml"
MEETING = "measures/meetings/2018-10-11-lovp.yaml"


def make_app(root: Path) -> TrackerApp:
    return TrackerApp(root, AS_OF, "en", watch=False, cursor_blink=False)


async def select_row(app: TrackerApp, pilot, view: str, key: str) -> None:  # type: ignore[no-untyped-def]
    await app.wait_settled()
    app.show_view(view)
    await pilot.pause()
    assert app.view(view).table.move_to(key)  # type: ignore[attr-defined]
    await pilot.pause()


def synchronously(test: Callable[[Path], Awaitable[None]]) -> Callable[[Path], None]:
    """Run an async pilot test in its own event loop."""

    def run(good_root: Path) -> None:
        asyncio.run(test(good_root))  # type: ignore[arg-type]

    run.__name__ = test.__name__
    return run


def notifications(app: TrackerApp) -> list[tuple[str, str]]:
    return [(str(n.message), n.severity) for n in app._notifications]


@synchronously
async def test_u_records_an_update(good_root: Path) -> None:
    before = (good_root / NETWERK).read_text()
    app = make_app(good_root)
    async with app.run_test(size=(120, 40)) as pilot:
        await select_row(app, pilot, "measures", "netwerk")
        await pilot.press("u")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, UpdateForm)
        form.query_one("#update-state", Select).value = "paused"
        form.query_one("#update-health", Select).value = "amber"
        form.query_one("#update-progress", Input).value = "50"
        form.query_one("#update-by", Input).value = "Programme office"
        form.query_one("#update-note", Input).focus()
        await pilot.press(*"Waiting for [b]funds[/b]")
        await pilot.press("enter")
        await pilot.pause()
        await app.wait_settled()
        assert not isinstance(app.screen, UpdateForm)
        assert (good_root / NETWERK).read_text() == before + (
            "  - date: 2018-11-01\n"
            "    note: Waiting for [b]funds[/b]\n"
            "    by: Programme office\n"
            "    status: paused\n"
            "    health: amber\n"
            "    progress: 50\n"
        )
        shown = app.loaded.state.get("netwerk")  # type: ignore[union-attr]
        assert (shown.status, shown.health, shown.progress) == ("paused", "amber", 50)
        assert (f"Update added to netwerk: {NETWERK}:26", "information") in notifications(app)


@synchronously
async def test_a_refused_update_keeps_the_form_and_writes_nothing(good_root: Path) -> None:
    before = (good_root / NETWERK).read_bytes()
    app = make_app(good_root)
    async with app.run_test(size=(120, 40)) as pilot:
        await select_row(app, pilot, "measures", "netwerk")
        await pilot.press("u")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, UpdateForm)
        form.query_one("#update-progress", Input).value = "120"
        form.query_one("#update-note", Input).value = "Too much [red]"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        message, severity = notifications(app)[-1]
        assert severity == "error" and message.startswith("progress 120 is out of range")
        form.query_one("#update-progress", Input).value = ""
        # Invisible characters say nothing either: the note is still empty.
        form.query_one("#update-note", Input).value = " \u200b\u2060 \ufeff"
        await pilot.press("ctrl+s")
        await pilot.pause()
        message, severity = notifications(app)[-1]
        assert severity == "error" and message.startswith("the note is empty")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, UpdateForm)
    assert (good_root / NETWERK).read_bytes() == before


@synchronously
async def test_u_offers_the_phase_for_a_pilot(good_root: Path) -> None:
    app = make_app(good_root)
    async with app.run_test(size=(120, 40)) as pilot:
        await select_row(app, pilot, "pilots", "webcare")
        await pilot.press("u")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, UpdateForm) and form.field == "phase"
        form.query_one("#update-state", Select).value = "scaling"
        form.query_one("#update-note", Input).value = "Whole unit from January."
        await pilot.click("#update-save")
        await pilot.pause()
        await app.wait_settled()
        assert app.loaded.state.get("webcare").status == "scaling"  # type: ignore[union-attr]


@synchronously
async def test_d_marks_the_selected_action_done(good_root: Path) -> None:
    app = make_app(good_root)
    async with app.run_test(size=(120, 40)) as pilot:
        await select_row(app, pilot, "actions", "lovp-2018-10#1")
        await pilot.press("d")
        await pilot.pause()
        await app.wait_settled()
        assert "    due: 2018-10-25\n    done: 2018-11-01\n" in (good_root / MEETING).read_text()
        action = app.loaded.state.actions[0]  # type: ignore[union-attr]
        assert action.id == "lovp-2018-10#1" and action.done
        before = (good_root / MEETING).read_bytes()
        app.view("actions").table.move_to("lovp-2018-10#2")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        message, severity = notifications(app)[-1]
        assert severity == "error"
        assert "is already done, on 2018-10-15" in message
        assert (good_root / MEETING).read_bytes() == before
    assert load_programme(good_root).problems == ()


@synchronously
async def test_a_file_changed_behind_the_apps_back_is_not_overwritten(good_root: Path) -> None:
    app = make_app(good_root)
    async with app.run_test(size=(120, 40)) as pilot:
        await select_row(app, pilot, "measures", "netwerk")
        await pilot.press("u")
        await pilot.pause()
        path = good_root / NETWERK
        edited = path.read_text().replace("progress: 45", "progress: 47")
        path.write_text(edited)  # saved in an editor while the form is open
        app.screen.query_one("#update-note", Input).value = "x"
        await pilot.press("ctrl+s")
        await pilot.pause()
        message, severity = notifications(app)[-1]
        assert severity == "error" and "changed on disk" in message
    assert path.read_text() == edited


@synchronously
async def test_u_works_in_an_items_detail_and_not_on_a_meeting(good_root: Path) -> None:
    app = make_app(good_root)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.wait_settled()
        app.open_detail("netwerk")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, UpdateForm) and app.screen.item.id == "netwerk"
        await pilot.press("escape")
        await pilot.pause()
        await select_row(app, pilot, "meetings", "lovp-2018-10")
        await pilot.press("u")
        await pilot.pause()
        assert not isinstance(app.screen, UpdateForm)  # meetings get no form
