"""Helpers for driving the terminal UI headless: a fixed as-of date, no blinking, no animation."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot

from tests.conftest import AS_OF, GOOD
from tracker.tui.app import TrackerApp

WIDE = (120, 40)
SMALL = (80, 24)


def make_app(
    root: Path = GOOD,
    as_of: date = AS_OF,
    lang: str | None = None,
    *,
    watch: bool = False,
) -> TrackerApp:
    app = TrackerApp(root, as_of, lang, watch=watch, cursor_blink=False)
    app.animation_level = "none"
    return app


async def settle(pilot: Pilot[int]) -> None:
    """Wait until the newest load is on screen."""
    await pilot.app.wait_settled()
    await pilot.pause()


def screen_text(app: TrackerApp) -> str:
    """What the terminal shows, as plain text; as `App.export_screenshot` renders it."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False
    )
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(update)
    return console.export_text()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
