"""Format 2 in the state: facts health at the edges of each tolerance, the plan line,
derived and reported health, contradictions, risks and verdicts."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import AS_OF, GOOD, TESTS
from tracker.facts import facts_health, plan_percent
from tracker.loader import load_programme
from tracker.models import Tolerances
from tracker.state import State, build_state
from tracker.vocabulary import REASON_ORDER

FORMAT2 = TESTS / "fixtures" / "format2"
F2_AS_OF = date(2018, 12, 1)
MEETING = date(2018, 12, 6)
DAY = date(2018, 6, 1)
TOL = Tolerances()


def _facts(**given: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "kind": "measure",
        "status": "active",
        "progress": None,
        "start": None,
        "end": None,
        "scale_up_due": None,
        "milestones": (),
        "stale": False,
        "last_update": None,
        "as_of": DAY,
        "tolerances": TOL,
    }
    values.update(given)
    return facts_health(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def state() -> State:
    programme = load_programme(FORMAT2)
    assert programme.problems == ()
    return build_state(programme, F2_AS_OF)


# ---- facts health: dates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("late", "health"), [(0, "green"), (1, "amber"), (30, "amber"), (31, "red"), (400, "red")]
)
def test_due_date_against_the_time_tolerance(late: int, health: str) -> None:
    facts = _facts(end=DAY - timedelta(days=late))
    assert facts is not None and facts.health == health
    if late:
        assert facts.driver is not None and (facts.driver.kind, facts.driver.days) == ("due", late)
    else:
        assert facts.facts == ()


def test_time_tolerance_comes_from_the_agenda() -> None:
    strict = Tolerances(time_days=0, progress_points=20)
    assert _facts(end=DAY - timedelta(days=1), tolerances=strict).health == "red"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("phase", "counts"),
    [("idea", True), ("preparing", True), ("running", True), ("evaluating", False)],
)
def test_a_pilots_end_counts_while_it_is_not_yet_evaluated(phase: str, counts: bool) -> None:
    facts = _facts(kind="pilot", status=phase, end=DAY - timedelta(days=31))
    assert facts is not None and facts.health == ("red" if counts else "green")


def test_a_scaling_pilots_scale_up_date() -> None:
    facts = _facts(kind="pilot", status="scaling", scale_up_due=DAY - timedelta(days=31))
    assert facts is not None and facts.health == "red"
    assert facts.driver is not None and facts.driver.kind == "scale_up"
    running = _facts(kind="pilot", status="running", scale_up_due=DAY - timedelta(days=31))
    assert running is not None and running.health == "green"


def test_milestones_not_reached() -> None:
    late = DAY - timedelta(days=31)
    facts = _facts(milestones=(("Charter", late, False), ("Done one", late, True)))
    assert facts is not None and facts.health == "red"
    assert facts.driver is not None and facts.driver.milestone == "Charter"
    within = _facts(milestones=(("Charter", DAY - timedelta(days=30), False),))
    assert within is not None and within.health == "amber"


@pytest.mark.parametrize(
    ("kind", "status"),
    [("measure", "done"), ("measure", "stopped"), ("pilot", "embedded"), ("pilot", "stopped")],
)
def test_finished_work_is_not_judged(kind: str, status: str) -> None:
    assert _facts(kind=kind, status=status, end=DAY - timedelta(days=99)) is None


def test_paused_and_planned_work_is_judged() -> None:
    for status in ("paused", "planned"):
        facts = _facts(status=status, end=DAY - timedelta(days=99))
        assert facts is not None and facts.health == "red"


def test_stale_is_amber() -> None:
    facts = _facts(stale=True, last_update=DAY - timedelta(days=50))
    assert facts is not None and facts.health == "amber"
    assert facts.driver is not None and (facts.driver.kind, facts.driver.days) == ("stale", 50)


# ---- facts health: the plan line ----------------------------------------------------


def test_plan_line_is_straight_and_clipped() -> None:
    start, end = date(2018, 1, 1), date(2018, 1, 11)
    assert plan_percent(start, end, date(2018, 1, 6)) == 50
    assert plan_percent(start, end, date(2017, 12, 1)) == 0
    assert plan_percent(start, end, date(2018, 3, 1)) == 100
    assert plan_percent(None, end, date(2018, 1, 6)) is None
    assert plan_percent(start, None, date(2018, 1, 6)) is None
    assert plan_percent(end, end, end) == 100  # a plan of no length is due on its day


@pytest.mark.parametrize(
    ("progress", "health"),
    [(50, "green"), (40, "green"), (39, "amber"), (30, "amber"), (29, "red"), (0, "red")],
)
def test_progress_behind_plan(progress: int, health: str) -> None:
    # The plan reaches 50% on DAY: 10 points behind is green, 20 amber, more red.
    facts = _facts(progress=progress, start=DAY - timedelta(days=50), end=DAY + timedelta(days=50))
    assert facts is not None and facts.health == health and facts.plan == 50
    if health != "green":
        driver = facts.driver
        assert driver is not None and driver.kind == "behind-plan"
        assert (driver.plan, driver.progress, driver.behind) == (50, progress, 50 - progress)


def test_no_plan_without_progress_or_dates() -> None:
    start, end = DAY - timedelta(days=50), DAY + timedelta(days=50)
    assert _facts(start=start, end=end).plan is None  # type: ignore[union-attr]
    assert _facts(progress=0, end=end).plan is None  # type: ignore[union-attr]
    pilot = _facts(kind="pilot", status="evaluating", progress=0, start=start, end=end)
    assert pilot is not None and pilot.plan is None and pilot.health == "green"
    preparing = _facts(kind="pilot", status="preparing", progress=0, start=start, end=end)
    assert preparing is not None and preparing.health == "red"


def test_worst_fact_drives() -> None:
    facts = _facts(
        end=DAY - timedelta(days=5),
        milestones=(("Late one", DAY - timedelta(days=40), False),),
        stale=True,
    )
    assert facts is not None and facts.health == "red"
    assert [f.kind for f in facts.facts] == ["milestone", "due", "stale"]


# ---- the fixture programme ----------------------------------------------------------


def test_reported_green_over_red_facts_contradicts(state: State) -> None:
    plan = state.get("webcare-plan")
    assert plan is not None and (plan.health, plan.facts_health) == ("green", "red")
    assert plan.contradiction is not None
    assert (plan.contradiction.kind, plan.contradiction.days) == ("due", 47)
    assert not plan.health_derived


def test_reported_green_over_stale_contradicts(state: State) -> None:
    kennis = state.get("kennis")
    assert kennis is not None and kennis.facts_health == "amber"
    assert kennis.contradiction is not None and kennis.contradiction.kind == "stale"


def test_reported_as_bad_or_worse_than_the_facts_is_no_contradiction(state: State) -> None:
    for item_id in ("netwerk-event", "webcare-twente", "urgentie"):
        s = state.get(item_id)
        assert s is not None and s.contradiction is None, item_id
    event = state.get("netwerk-event")
    assert event is not None and (event.health, event.facts_health) == ("amber", "green")
    pilot = state.get("webcare-twente")
    assert pilot is not None and pilot.facts_health == "amber"
    assert pilot.facts is not None and pilot.facts.driver is not None
    assert (pilot.facts.driver.kind, pilot.facts.driver.days) == ("end", 11)


def test_no_reported_health_shows_the_facts_as_derived(state: State) -> None:
    tijd = state.get("wijkagent-tijd")
    assert tijd is not None and tijd.health is None and tijd.health_derived
    assert tijd.facts_health == "red" and tijd.contradiction is None
    assert tijd.facts is not None and tijd.facts.driver is not None
    assert tijd.facts.driver.kind == "behind-plan"
    budget = state.get("teambudget")
    assert budget is not None and budget.health_derived and budget.facts_health == "green"


def test_other_kinds_have_no_facts_health(state: State) -> None:
    for s in state.items:
        if s.kind not in ("measure", "pilot"):
            assert s.facts is None and not s.health_derived, s.id


def test_decision_as_mapping_and_as_text(state: State) -> None:
    budget = state.get("teambudget")
    assert budget is not None and budget.decision is not None
    assert budget.decision_needed == "Agree the ceiling per basisteam before the budget round."
    assert budget.decision.proposal == "A ceiling of EUR 25,000 per basisteam per year."
    assert budget.decision.advice and budget.decision.meeting == MEETING
    text = state.get("urgentie")
    assert text is not None and text.decision is not None
    assert text.decision.question == text.decision_needed and text.decision.proposal is None


def test_attention_order_contradictions_first(state: State) -> None:
    order = [e.reason for e in state.attention]
    assert order == sorted(order, key=REASON_ORDER.__getitem__)
    contradicts = [(e.ref, e.detail) for e in state.attention if e.reason == "contradicts"]
    assert contradicts == [
        ("kennis", "stale"),
        ("webcare-plan", "due"),
        ("A-1812-digi", "verdict"),
    ]
    first_other = next(i for i, r in enumerate(order) if r != "contradicts")
    assert set(order[first_other:]) >= {"overdue", "stale", "risk", "decision"}


def test_verdicts_for_the_meeting(state: State) -> None:
    verdicts = state.verdicts(MEETING)
    assert verdicts.programme is not None and verdicts.programme.health == "amber"
    assert set(verdicts.by_opgave) == {"digi", "nabij"}
    assert [o.id for o in verdicts.missing] == ["onder"]
    digi = verdicts.of("digi")
    assert digi is not None and digi.contradicted
    assert [s.id for s in digi.red_facts] == ["webcare-plan"]
    nabij = verdicts.of("nabij")
    assert nabij is not None and not nabij.contradicted  # amber over red is not a contradiction
    assert [v.state.id for v in verdicts.contradicted] == ["A-1812-digi"]
    entry = next(e for e in state.attention if e.ref == "A-1812-digi")
    assert entry.verdict is digi or entry.verdict == digi
    assert entry.fact is not None and entry.fact.kind == "due"


def test_verdicts_of_another_meeting(state: State) -> None:
    october = state.verdicts(date(2018, 10, 11))
    assert october.programme is None and list(october.by_opgave) == ["digi"]
    assert october.of("digi").health == "amber"  # type: ignore[union-attr]
    none = state.verdicts(date(2019, 3, 14))
    assert none.all == () and len(none.missing) == 3


def test_risks_score_band_and_order(state: State) -> None:
    shown = [(r.id, r.status, r.likelihood, r.impact, r.score, r.band) for r in state.risks]
    assert shown == [
        ("R-OLD", "closed", 5, 5, 25, "high"),
        ("I-SYSTEM", "mitigating", None, 4, 20, "high"),
        ("R-CAPACITY", "open", 4, 4, 16, "high"),
        ("R-VENUE", "mitigating", 2, 4, 8, "medium"),
        ("R-DATA", "open", 2, 3, 6, "low"),
    ]


def test_risk_attention(state: State) -> None:
    flagged = {r.id for r in state.risks if r.attention}
    assert flagged == {"I-SYSTEM", "R-CAPACITY", "R-VENUE"}  # closed never; low never
    venue = state.risk("r-venue")
    assert venue is not None and venue.review_overdue and venue.status_since == date(2018, 11, 1)
    entries = {(e.reason, e.ref, e.detail) for e in state.attention if e.risk is not None}
    assert entries == {
        ("risk", "I-SYSTEM", "high"),
        ("risk", "R-CAPACITY", "high"),
        ("overdue", "R-VENUE", "review"),
    }


def test_risk_log_as_of_an_earlier_date() -> None:
    early = build_state(load_programme(FORMAT2), date(2018, 10, 25))
    venue = early.risk("R-VENUE")
    assert venue is not None
    assert (venue.status, venue.likelihood, venue.score, venue.band) == ("open", 3, 12, "medium")
    assert not venue.review_overdue
    old = early.risk("R-OLD")
    assert old is not None and old.status == "closed"  # closed on 2018-09-01


def test_custom_risk_bands(tmp_path: Path) -> None:
    root = tmp_path / "programme"
    shutil.copytree(FORMAT2, root)
    agenda = root / "agenda.yaml"
    text = agenda.read_text(encoding="utf-8").replace("high: 15", "high: 21")
    agenda.write_text(text.replace("medium: 8", "medium: 7"), encoding="utf-8")
    bands = {r.id: r.band for r in build_state(load_programme(root), F2_AS_OF).risks}
    assert bands == {
        "R-OLD": "high",
        "I-SYSTEM": "medium",
        "R-CAPACITY": "medium",
        "R-VENUE": "medium",
        "R-DATA": "low",
    }


def test_format1_state_gains_only_the_facts() -> None:
    state = build_state(load_programme(GOOD), AS_OF)
    assert state.risks == () and state.assessments == ()
    assert state.verdicts(date(2018, 12, 6)).all == ()
    assert state.report is None
    webcare = state.get("webcare")
    assert webcare is not None and webcare.health == "green" and webcare.facts_health == "amber"
    contradicts = [(e.ref, e.detail) for e in state.attention if e.reason == "contradicts"]
    assert contradicts == [("webcare", "stale")]
