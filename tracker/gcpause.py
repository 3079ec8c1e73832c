"""No cyclic garbage collection while a batch of long-lived objects is made.

A load, a state or a summary makes hundreds of thousands of objects that all
stay alive and hold no reference cycles: a collection meanwhile walks everything
made so far and frees nothing. Pausing alone only defers the walk: the first
allocation after the pause collects everything allocated in it (0.45 s for a
state of 100,000 items), and the young generations walk it twice more on its
way to the oldest. So a pause ends by filing what it made with the old objects
(`gc.freeze()` then `gc.unfreeze()`, which only move lists). Nothing is kept
from collection: the oldest generation is still collected, just not walked at
once.

A process that freezes objects of its own (the terminal UI freezes what it
shows) must say so: unfreezing would release its objects too.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_settle = True


def freezes_its_own() -> None:
    """This process calls `gc.freeze()` itself: pauses end without unfreezing."""
    global _settle
    _settle = False


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _settle:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
