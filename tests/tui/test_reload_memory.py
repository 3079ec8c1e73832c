"""The terminal UI frees the garbage of earlier reloads (issue 16, item 9)."""

from __future__ import annotations

import asyncio
import gc
import weakref
from pathlib import Path

from tests.conftest import AS_OF
from tracker.tui.app import TrackerApp


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cyclic_garbage_made_before_a_reload_is_collected(good_root: Path) -> None:
    async def drive() -> list[bool]:
        app = TrackerApp(good_root, AS_OF, "en", watch=False, cursor_blink=False)
        app.animation_level = "none"
        alive = []
        async with app.run_test(size=(120, 40)):
            await app.wait_settled()
            for _ in range(3):
                garbage = _Cycle()
                ref = weakref.ref(garbage)
                del garbage  # unreachable now, but only the cyclic collector frees it
                app.reload()
                await app.wait_settled()
                gc.collect()
                alive.append(ref() is not None)
        return alive

    # No automatic collection: the garbage is there when the reload freezes what it shows.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        alive = asyncio.run(drive())
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
    assert alive == [False, False, False]
