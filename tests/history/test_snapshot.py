"""A snapshot read off the State of the test programme."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import AS_OF, GOOD
from tracker.history.snapshot import build_snapshot, snapshot_of_folder, source_hash, timestamp
from tracker.loader import load_programme
from tracker.state import build_state

TAKEN = datetime(2018, 11, 1, 9, 30, 5, tzinfo=UTC)


def _snapshot(root: Path = GOOD, as_of: date = AS_OF) -> dict:
    state = build_state(load_programme(root), as_of)
    return snapshot_of_folder(state, "nov", TAKEN, {"commit": "abc", "dirty": False})


def test_header() -> None:
    snap = _snapshot()
    assert snap["format"] == 2
    assert snap["label"] == "nov"
    assert snap["taken"] == "2018-11-01T09:30:05Z"
    assert snap["as_of"] == "2018-11-01"
    assert snap["git"] == {"commit": "abc", "dirty": False}
    assert snap["programme"] == "Testprogramma GGP"
    assert snap["problems"] == {"errors": 0, "warnings": 0}
    assert snap["source_hash"].startswith("sha256:")


def test_items_carry_the_derived_facts() -> None:
    items = _snapshot()["items"]
    assert set(items) == {
        "netwerk",
        "teambudget",
        "urgentie",
        "webcare",
        "hic-terugkoppeling",
        "lovp-2018-10",
    }
    assert items["netwerk"] == {
        "id": "netwerk",
        "kind": "measure",
        "title": "Network of basisteam chiefs",
        "opgaven": ["digitaal", "nabijheid"],
        "status": "active",
        "health": "red",
        "progress": 45,
        "overdue": True,
        "stale": False,
        "last_update": "2018-10-20",
        # Digests, not the words: which note or text was rewritten can be told.
        "notes": {"2018-07-04": "2e7a0f1f70f7", "2018-10-20": "6e15601edd2e"},
        "texts": {"decision_needed": "48ede15ac30d"},
    }
    assert items["webcare"]["status"] == "running"  # a pilot's phase
    assert items["webcare"]["stale"] is True
    assert items["lovp-2018-10"]["overdue_actions"] == 1
    assert items["hic-terugkoppeling"]["indicator"] == {
        "value": 88,
        "date": "2018-09-30",
        "target": 90,
        "meets_target": False,
    }


def test_an_earlier_as_of_knows_less() -> None:
    items = _snapshot(as_of=date(2018, 10, 11))["items"]
    assert items["netwerk"]["health"] == "amber"
    assert items["netwerk"]["progress"] == 30
    assert items["lovp-2018-10"]["overdue_actions"] == 0


def test_rollups_per_opgave_in_agenda_order() -> None:
    rollups = _snapshot()["opgaven"]
    assert [r["id"] for r in rollups] == ["digitaal", "nabijheid", "ondermijning", None]
    digitaal = rollups[0]
    assert digitaal["title"] == "Digital world"
    assert digitaal["items"] == 2
    assert digitaal["health"] == {"green": 1, "amber": 0, "red": 1, "none": 0}
    assert digitaal["mean_progress"] == 52.5
    assert digitaal["status"] == {"active": 1, "running": 1}
    assert rollups[-1]["title"] is None


def test_source_hash_follows_the_bytes(good_root: Path) -> None:
    first = source_hash(load_programme(good_root))
    assert source_hash(load_programme(good_root)) == first
    copy = good_root.parent / "copy"
    shutil.copytree(good_root, copy)
    assert source_hash(load_programme(copy)) == first
    netwerk = good_root / "measures" / "lovp" / "netwerk.yaml"
    netwerk.write_text(netwerk.read_text() + "\n")
    assert source_hash(load_programme(good_root)) != first


def test_time_is_utc_and_must_carry_a_zone() -> None:
    amsterdam = timezone(timedelta(hours=2))
    assert timestamp(datetime(2018, 10, 11, 11, 0, tzinfo=amsterdam)) == "2018-10-11T09:00:00Z"
    with pytest.raises(ValueError):
        timestamp(datetime(2018, 10, 11, 11, 0))


def test_without_a_time_or_git() -> None:
    state = build_state(load_programme(GOOD), AS_OF)
    snap = build_snapshot(state, "now", None, None, None)
    assert snap["taken"] is None
    assert snap["git"] is None
