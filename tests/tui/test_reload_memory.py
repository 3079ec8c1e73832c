"""The terminal UI frees what earlier reloads made: their garbage, their rows and drawn lines."""

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


def _live(kind: type) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is kind)


def test_reloads_keep_no_more_than_one_programme_of_our_objects(good_root: Path) -> None:
    """Counts, not timings: after many saves and reloads, as many item states, table rows
    and drawn lines live as after a few (what the views show, not what they showed)."""
    from textual.strip import Strip

    from tracker.state import ItemState
    from tracker.tui.rows import Row

    target = good_root / "measures" / "lovp" / "netwerk.yaml"
    original = target.read_text(encoding="utf-8")

    async def drive() -> list[tuple[int, int, int]]:
        app = TrackerApp(good_root, AS_OF, "en", watch=False, cursor_blink=False)
        app.animation_level = "none"
        counts = []
        async with app.run_test(size=(120, 40)) as pilot:
            await app.wait_settled()  # the dashboard: tables of several kinds of row
            for n in range(1, 16):
                target.write_text(original + f"# saved {n}\n", encoding="utf-8")
                app.reload()
                await app.wait_settled()
                await pilot.pause()  # drawn
                if n in (5, 15):
                    gc.unfreeze()
                    counts.append((_live(ItemState), _live(Row), _live(Strip)))
                    gc.freeze()
        return counts

    try:
        after_few, after_many = asyncio.run(drive())
    finally:
        gc.unfreeze()
    assert after_many[0] <= after_few[0], "item states of earlier reloads are kept"
    assert after_many[1] <= after_few[1], "table rows of earlier reloads are kept"
    assert after_many[2] <= after_few[2] + 10, "lines drawn for earlier reloads are kept"
