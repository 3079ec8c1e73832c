"""State derived for an as-of date, on the small fixture programme."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import AS_OF, GOOD
from tracker.loader import load_programme
from tracker.state import State, build_state


@pytest.fixture(scope="module")
def state() -> State:
    programme = load_programme(GOOD)
    assert programme.problems == ()
    return build_state(programme, AS_OF)


def test_current_fields_come_from_newest_update(state: State) -> None:
    netwerk = state.get("netwerk")
    assert netwerk is not None
    assert (netwerk.status, netwerk.health, netwerk.progress) == ("active", "red", 45)
    assert netwerk.health_since == date(2018, 10, 20)
    assert netwerk.status_since == date(2018, 7, 4)
    assert netwerk.last_update == date(2018, 10, 20)
    assert [u.date for u in netwerk.updates] == [date(2018, 10, 20), date(2018, 7, 4)]


def test_top_level_fields_apply_without_updates(state: State) -> None:
    urgentie = state.get("urgentie")
    assert urgentie is not None
    assert (urgentie.status, urgentie.health, urgentie.progress) == ("done", "green", 100)
    assert urgentie.status_since is None


def test_updates_after_as_of_are_not_yet_known() -> None:
    early = build_state(load_programme(GOOD), date(2018, 8, 1)).get("netwerk")
    assert early is not None
    assert (early.health, early.progress) == ("amber", 30)


def test_same_date_later_in_list_wins(good_root) -> None:
    path = good_root / "measures/lovp/netwerk.yaml"
    path.write_text(
        path.read_text() + "  - date: 2018-10-20\n    note: Correction.\n    health: amber\n",
        encoding="utf-8",
    )
    netwerk = build_state(load_programme(good_root), AS_OF).get("netwerk")
    assert netwerk is not None and netwerk.health == "amber"


def test_overdue_measure_milestone_and_action(state: State) -> None:
    netwerk = state.get("netwerk")
    assert netwerk is not None and netwerk.late and netwerk.overdue
    assert [m.overdue for m in netwerk.milestones] == [False, True]
    assert netwerk.next_milestone is not None
    assert netwerk.next_milestone.milestone.title == "Charter agreed"
    done_measure = state.get("urgentie")
    assert done_measure is not None and not done_measure.overdue
    actions = {a.id: a for a in state.actions}
    assert actions["lovp-2018-10#1"].overdue
    assert actions["lovp-2018-10#2"].done and not actions["lovp-2018-10#2"].overdue


def test_stale_pilot_and_fresh_measure(state: State) -> None:
    webcare = state.get("webcare")
    assert webcare is not None and webcare.stale  # last update 2018-07-04, > 42 days
    netwerk = state.get("netwerk")
    assert netwerk is not None and not netwerk.stale


def test_stale_boundary_is_exclusive() -> None:
    programme = load_programme(GOOD)
    on_the_day = build_state(programme, date(2018, 8, 15))  # exactly 42 days after 07-04
    assert not on_the_day.get("webcare").stale  # type: ignore[union-attr]
    day_after = build_state(programme, date(2018, 8, 16))
    assert day_after.get("webcare").stale  # type: ignore[union-attr]


def test_indicator_facts(state: State) -> None:
    hic = state.get("hic-terugkoppeling")
    assert hic is not None and hic.indicator is not None
    facts = hic.indicator
    assert facts.latest is not None and facts.latest.value == 88
    assert facts.meets_target is False
    assert facts.trend == "down"


def test_attention_list_reasons(state: State) -> None:
    reasons = {(e.reason, e.ref) for e in state.attention}
    assert ("red", "netwerk") in reasons
    assert ("overdue", "netwerk") in reasons
    assert ("overdue", "netwerk: Charter agreed") in reasons
    assert ("overdue", "lovp-2018-10#1") in reasons
    assert ("decision", "netwerk") in reasons
    assert ("below-target", "hic-terugkoppeling") in reasons
    assert ("stale", "webcare") in reasons
    # Format 2: webcare is reported green while stale (facts amber), and that comes first.
    assert ("contradicts", "webcare") in reasons
    order = [e.reason for e in state.attention]
    assert order == sorted(
        order, key=["contradicts", "red", "overdue", "decision", "below-target", "stale"].index
    )


def test_rollups_per_opgave(state: State) -> None:
    by_key = {r.key: r for r in state.rollups}
    digitaal = by_key["digitaal"]
    assert {s.id for s in digitaal.items} == {"netwerk", "webcare"}
    assert digitaal.health == {"green": 1, "amber": 0, "red": 1, "none": 0}
    assert digitaal.mean_progress == pytest.approx(52.5)
    assert digitaal.overdue == 1 and digitaal.stale == 1 and digitaal.decisions == 1
    ondermijning = by_key["ondermijning"]
    assert ondermijning.health["none"] == 1 and ondermijning.status == {"planned": 1, "done": 1}
    # Meetings and indicators without opgaven are programme-wide.
    assert {s.id for s in by_key[""].items} == {"lovp-2018-10", "hic-terugkoppeling"}
    assert by_key[""].overdue == 1  # the overdue action


def test_reporting_periods(state: State) -> None:
    assert state.next_meeting == date(2018, 12, 6)
    second = state.period(date(2018, 12, 6))
    assert second.start == date(2018, 10, 11) and second.end == date(2018, 12, 6)
    assert not second.contains(date(2018, 10, 11)) and second.contains(date(2018, 12, 6))
    first = state.period(date(2018, 10, 11))
    assert first.contains(date(2018, 1, 1)) and not first.contains(date(2017, 12, 31))


def test_as_of_after_programme_end_is_clamped() -> None:
    late = build_state(load_programme(GOOD), date(2026, 11, 28))
    assert late.clamped and late.as_of == date(2019, 12, 31)
    assert late.requested_as_of == date(2026, 11, 28)
    assert late.next_meeting is None
    assert late.default_meeting() == date(2019, 3, 14)
