"""Pausing the cyclic garbage collector while long-lived objects are made."""

from __future__ import annotations

import gc

import pytest

from tracker import gcpause
from tracker.gcpause import paused_gc


@pytest.fixture(autouse=True)
def _restore_settling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gcpause, "_settle", True)


def test_no_collection_during_a_pause_and_the_collector_back_on_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested: the outer pause decides
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def generation_of(obj: object) -> int | None:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation=generation)):
            return generation
    return None


def test_what_a_pause_made_is_filed_with_the_old_objects() -> None:
    with paused_gc():
        made = [[] for _ in range(50_000)]
    # Not waiting as young objects for the next allocation to walk them all.
    assert gc.get_count()[0] < 700
    assert generation_of(made) == 2
    assert generation_of(made[-1]) == 2


def test_without_settling_what_a_pause_made_stays_young(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above tells the two apart: a bare pause leaves its objects young."""
    monkeypatch.setattr(gcpause, "_settle", False)
    with paused_gc():
        made = [[] for _ in range(1000)]
    assert generation_of(made) in (0, 1)


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_process_that_freezes_its_own_objects_keeps_them_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        gcpause.freezes_its_own()
        made = None
        with paused_gc():
            made = [[] for _ in range(1000)]
        # Nothing was unfrozen (that would empty the permanent generation) and nothing
        # made in the pause was frozen; a frozen object freed meanwhile leaves it, so
        # the count may fall by a few.
        assert frozen - 100 <= gc.get_freeze_count() <= frozen
        assert made is not None
    finally:
        gc.unfreeze()
