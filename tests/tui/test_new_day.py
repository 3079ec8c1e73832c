"""A terminal UI left open past midnight moves to the new day when no --as-of was given
(its clock is checked by a timer); with --as-of the date stays. The clock is injected."""

from __future__ import annotations

from datetime import date

import pytest
from textual.pilot import Pilot

from tests.conftest import GOOD
from tests.tui.conftest import WIDE, screen_text, settle
from tracker.tui import app as app_module
from tracker.tui.app import TrackerApp

pytestmark = pytest.mark.anyio

EVENING = date(2018, 10, 24)
NEXT_DAY = date(2018, 10, 25)


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def _app(clock: Clock | None) -> TrackerApp:
    app = TrackerApp(GOOD, EVENING, "en", watch=False, cursor_blink=False, today=clock)
    app.animation_level = "none"
    return app


async def _until_day(pilot: Pilot[int], app: TrackerApp, day: date, rounds: int = 500) -> None:
    """Let the timer run until the state shown is of `day` (bounded: a failure, not a hang)."""
    for _ in range(rounds):
        await pilot.pause(0.01)
        await app.wait_settled()
        if app.loaded is not None and app.loaded.state.as_of == day:
            return


async def test_past_midnight_the_ui_shows_the_new_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "DAY_CHECK_SECONDS", 0.01)
    clock = Clock(EVENING)
    app = _app(clock)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.loaded is not None and app.loaded.state.as_of == EVENING
        clock.day = NEXT_DAY
        await _until_day(pilot, app, NEXT_DAY)
        assert app.loaded.state.as_of == NEXT_DAY
        await pilot.pause()
        assert NEXT_DAY.isoformat() in screen_text(app)


async def test_with_as_of_the_date_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "DAY_CHECK_SECONDS", 0.01)
    app = _app(None)  # --as-of given: no clock to follow
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.check_day()
        await _until_day(pilot, app, NEXT_DAY, rounds=20)
        assert app.loaded is not None and app.loaded.state.as_of == EVENING
        assert EVENING.isoformat() in screen_text(app)


def test_the_command_follows_the_clock_only_without_as_of(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tracker import cli

    seen: list[object] = []

    def fake_run(self: TrackerApp) -> None:
        seen.append(self._today)

    monkeypatch.setattr(TrackerApp, "run", fake_run)
    assert cli.main(["--root", str(GOOD)]) == 0
    assert cli.main(["--root", str(GOOD), "--as-of", "2018-11-01"]) == 0
    assert seen[0] == date.today and seen[1] is None
