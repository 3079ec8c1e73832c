"""Everything derived from a programme for one as-of date. Pure: no I/O, no clock.

Views (TUI, CLI lists, summaries, snapshots) read a `State` and never derive
facts on their own.

Format 2 adds, all on the same `State` (see each docstring):

- `ItemState.facts` / `.facts_health` / `.contradiction` / `.health_derived`:
  the health the dates and figures give a measure or pilot (tracker/facts.py),
  and the fact that contradicts a better reported health;
- `ItemState.decision`: `decision_needed` as a `Decision` (question, proposal,
  advice, meeting), also when it was written as text;
- `State.risks`: every risk and issue with its current status, score and band,
  highest score first (tracker/steering.py);
- `State.verdicts(meeting)`: the assessments written for one LOVP meeting, per
  opgave and for the programme, with "no verdict written" for the rest;
- attention reasons `contradicts` (first of all) and `risk`, and `overdue` for a
  risk whose review date passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from operator import attrgetter
from typing import Literal

from tracker.attention import (  # noqa: F401 - part of this module's interface
    CLOSED_STATUSES,
    AttentionEntry,
    Reason,
    attention,
)
from tracker.facts import Fact, FactsHealth, contradiction, facts_health
from tracker.gcpause import paused_gc
from tracker.loader import Programme, Source
from tracker.records import (
    Action,
    Agenda,
    Decision,
    Indicator,
    IndicatorValue,
    Item,
    Meeting,
    Milestone,
    Opgave,
    ProgrammeInfo,
    ReportSettings,
    RiskBands,
    Tolerances,
    Update,
)
from tracker.rollup import NO_HEALTH, Rollup, rollup  # noqa: F401 - part of this interface
from tracker.steering import RiskState, Verdicts, ranked, risk_state, verdicts_for

ACTIVE_PHASES = frozenset({"preparing", "running", "evaluating", "scaling"})


@dataclass(frozen=True, slots=True)
class MilestoneState:
    index: int  # 1-based position in the item's list
    milestone: Milestone
    done: bool  # reached on or before the as-of date
    overdue: bool


@dataclass(frozen=True, slots=True)
class ActionState:
    id: str  # "<meeting id>#<n>"
    index: int  # n, 1-based
    meeting: Meeting
    action: Action
    done: bool
    overdue: bool

    @property
    def title(self) -> str:
        return self.action.title


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    values: tuple[IndicatorValue, ...]  # up to the as-of date, oldest first
    latest: IndicatorValue | None
    previous: IndicatorValue | None
    meets_target: bool | None  # None without a target or a value
    trend: Literal["up", "down", "flat"] | None


@dataclass(frozen=True, slots=True)
class ItemState:
    item: Item
    source: Source
    status: str | None  # a measure's status or a pilot's phase
    status_since: date | None  # date of the update that set it; None: top-level field
    health: str | None
    health_since: date | None
    progress: int | None
    updates: tuple[Update, ...]  # up to the as-of date, newest first
    last_update: date | None
    stale: bool
    overdue: bool  # late, or any milestone overdue
    late: bool = False  # a measure whose due date passed while not done or stopped
    milestones: tuple[MilestoneState, ...] = ()
    actions: tuple[ActionState, ...] = ()
    indicator: IndicatorFacts | None = None
    # Format 2: the health the facts give a measure or pilot (None for other kinds and
    # for work that is done, stopped or embedded), and the fact that contradicts a
    # reported health better than that (None when there is no contradiction).
    facts: FactsHealth | None = None
    contradiction: Fact | None = None
    # The item's own, copied once: every view and the summary read them for each item,
    # often several times, and a slot is read far faster than a property.
    id: str = field(init=False, repr=False, compare=False)
    kind: str = field(init=False, repr=False, compare=False)
    title: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = self.item.__dict__
        object.__setattr__(self, "id", fields["id"])
        object.__setattr__(self, "kind", fields["kind"])
        object.__setattr__(self, "title", fields["title"])

    @property
    def next_milestone(self) -> MilestoneState | None:
        open_ = [m for m in self.milestones if not m.done]
        return min(open_, key=lambda m: m.milestone.due) if open_ else None

    @property
    def decision_needed(self) -> str | None:
        """The question the LOVP must decide, whether written as text or as a mapping."""
        value = self.item.__dict__.get("decision_needed")
        return value if value is None or isinstance(value, str) else value.question

    @property
    def decision(self) -> Decision | None:
        """`decision_needed` as a Decision: question, proposal, advice, meeting (the last
        three None when it was written as text)."""
        value = self.item.__dict__.get("decision_needed")
        if value is None or not isinstance(value, str):
            return value
        return Decision(question=value)

    @property
    def facts_health(self) -> str | None:
        """green, amber or red from the facts; None where the facts are not judged."""
        return self.facts.health if self.facts is not None else None

    @property
    def health_derived(self) -> bool:
        """True when no health is reported and the facts health stands in for it: show
        it as *derived*, never as if someone reported it."""
        return self.health is None and self.facts is not None


@dataclass(frozen=True, slots=True)
class Period:
    start: date | None  # exclusive; None means from the programme's beginning
    end: date  # inclusive

    def contains(self, day: date) -> bool:
        return (self.start is None or day > self.start) and day <= self.end


@dataclass(frozen=True)
class State:
    """The facts for one as-of date. Each part is derived when first read and kept: a
    command that lists one kind of item derives only those items' states; the TUI and
    the summary read every part."""

    programme: Programme
    info: ProgrammeInfo
    opgaven: tuple[Opgave, ...]
    requested_as_of: date
    as_of: date  # the date facts are derived for (clamped to the programme's end)
    next_meeting: date | None  # the first LOVP date on or after as_of
    lovp_meetings: tuple[date, ...] = field(default=())

    @cached_property
    def _made(self) -> dict[int, ItemState]:
        return {}  # index in programme.items -> its state, as made so far

    def _state(self, index: int, item: Item) -> ItemState:
        made = self._made
        s = made.get(index)
        if s is None:
            info = self.info
            source = self.programme.sources[item.id]
            days, tolerances = info.stale_after_days, info.tolerances
            s = made[index] = item_state(item, source, self.as_of, days, tolerances)
        return s

    @cached_property
    def items(self) -> tuple[ItemState, ...]:
        with paused_gc():
            return tuple(self._state(i, item) for i, item in enumerate(self.programme.items))

    def of_kind(self, kind: str) -> tuple[ItemState, ...]:
        if "items" in self.__dict__:
            return tuple(s for s in self.items if s.kind == kind)
        with paused_gc():
            return tuple(
                self._state(i, item)
                for i, item in enumerate(self.programme.items)
                if item.kind == kind
            )

    @cached_property
    def by_id(self) -> dict[str, ItemState]:
        return {s.id.lower(): s for s in self.items}

    @cached_property
    def actions(self) -> tuple[ActionState, ...]:
        with paused_gc():
            return tuple(a for s in self.of_kind("meeting") for a in s.actions)

    @cached_property
    def rollups(self) -> tuple[Rollup, ...]:
        items = self.items
        with paused_gc():
            return self._rollups(items)

    def _rollups(self, items: tuple[ItemState, ...]) -> tuple[Rollup, ...]:
        rollups = [
            rollup(o, tuple(s for s in items if o.id in s.item.opgaven)) for o in self.opgaven
        ]
        known = {o.id for o in self.opgaven}
        wide = tuple(s for s in items if not any(o in known for o in s.item.opgaven))
        if wide:
            rollups.append(rollup(None, wide))
        return tuple(rollups)

    @cached_property
    def risks(self) -> tuple[RiskState, ...]:
        """Risks and issues, highest score first (format 2)."""
        bands, as_of = self.info.risk_bands, self.as_of
        with paused_gc():
            return ranked([risk_state(s, bands, as_of) for s in self.of_kind("risk")])

    @cached_property
    def assessments(self) -> tuple[ItemState, ...]:
        """The assessments as items (format 2)."""
        return self.of_kind("assessment")

    @cached_property
    def attention(self) -> tuple[AttentionEntry, ...]:
        # Green verdicts are judged for the meeting being prepared: the next one, else the last.
        meeting = self.default_meeting()
        verdicts = (
            verdicts_for(meeting, self.assessments, self.opgaven, self.items)
            if self.assessments and meeting is not None
            else None
        )
        with paused_gc():
            return attention(self.items, self.risks, verdicts)

    @property
    def clamped(self) -> bool:
        return self.as_of != self.requested_as_of

    @property
    def tolerances(self) -> Tolerances:
        return self.info.tolerances

    @property
    def risk_bands(self) -> RiskBands:
        return self.info.risk_bands

    @property
    def report(self) -> ReportSettings | None:
        """agenda.yaml's `report:` block (classification, author, distribution)."""
        agenda = self.programme.agenda
        return agenda.report if agenda is not None else None

    def risk(self, risk_id: str) -> RiskState | None:
        lowered = risk_id.lower()
        return next((r for r in self.risks if r.id.lower() == lowered), None)

    def verdicts(self, meeting: date) -> Verdicts:
        """The verdicts written for the LOVP meeting on `meeting`: `.programme`,
        `.by_opgave[opgave id]`, `.missing` (opgaven with no verdict written) and
        `.contradicted` (green verdicts over an opgave with an item of red facts
        health, judged on this state's facts)."""
        return verdicts_for(meeting, self.assessments, self.opgaven, self.items)

    def get(self, item_id: str) -> ItemState | None:
        return self.by_id.get(item_id.lower())

    def period(self, meeting: date) -> Period:
        """The reporting period of the LOVP meeting on `meeting` (FORMAT.md)."""
        earlier = [d for d in self.lovp_meetings if d < meeting]
        if earlier:
            return Period(earlier[-1], meeting)
        start = self.info.start
        # The exclusive start is the day before; before year 1 there is none.
        return Period(start - timedelta(days=1) if start and start > date.min else None, meeting)

    def default_meeting(self) -> date | None:
        """The first LOVP date on or after the as-of date, else the last one."""
        if self.next_meeting:
            return self.next_meeting
        return self.lovp_meetings[-1] if self.lovp_meetings else None


_TRACKED = ("status", "phase", "health", "progress")
_BY_DATE = attrgetter("date")
_DEFAULT_TOLERANCES = Tolerances()


def _current(
    item: Item, as_of: date
) -> tuple[tuple[Update, ...], dict[str, tuple[object, date | None]]]:
    """Updates up to as_of (newest first) and each field's current value with its date."""
    # Fields are read from the instance dicts: getattr and hasattr on a field a kind
    # lacks go through pydantic's slow __getattr__ and an exception, per update.
    values = item.__dict__
    # A stable sort on the date keeps list order among updates of one date.
    ordered = sorted(
        (u for u in values.get("updates", ()) if u.date <= as_of),
        key=_BY_DATE,
    )
    fields: dict[str, tuple[object, date | None]] = {}
    for name in _TRACKED:
        if name in values:
            fields[name] = (values[name], None)
    for update in ordered:
        changes = update.__dict__
        for name in _TRACKED:
            value = changes.get(name)
            if value is not None:
                fields[name] = (value, update.date)
    ordered.reverse()
    return tuple(ordered), fields


def _milestones(item: Item, as_of: date) -> tuple[MilestoneState, ...]:
    out = []
    for index, milestone in enumerate(item.__dict__.get("milestones", ()), start=1):
        done = milestone.done is not None and milestone.done <= as_of
        out.append(MilestoneState(index, milestone, done, not done and milestone.due < as_of))
    return tuple(out)


def _actions(meeting: Meeting, as_of: date) -> tuple[ActionState, ...]:
    out = []
    for index, action in enumerate(meeting.actions, start=1):
        done = action.done is not None and action.done <= as_of
        overdue = not done and action.due is not None and action.due < as_of
        out.append(ActionState(f"{meeting.id}#{index}", index, meeting, action, done, overdue))
    return tuple(out)


def _indicator(item: Indicator, as_of: date) -> IndicatorFacts:
    values = tuple(sorted((v for v in item.values if v.date <= as_of), key=lambda v: v.date))
    latest = values[-1] if values else None
    previous = values[-2] if len(values) > 1 else None
    meets: bool | None = None
    if latest is not None and item.target is not None:
        if item.better == "higher":
            meets = latest.value >= item.target
        else:
            meets = latest.value <= item.target
    trend: Literal["up", "down", "flat"] | None = None
    if latest is not None and previous is not None:
        if latest.value > previous.value:
            trend = "up"
        elif latest.value < previous.value:
            trend = "down"
        else:
            trend = "flat"
    return IndicatorFacts(values, latest, previous, meets, trend)


def _is_stale(item: Item, status: object, last: date | None, as_of: date, days: int) -> bool:
    kind = item.kind
    if kind == "measure":
        active = status == "active"
    elif kind == "pilot":
        active = status in ACTIVE_PHASES
    else:
        return False
    if not active:
        return False
    reference = last or item.__dict__.get("start")
    return reference is None or (as_of - reference).days > days


def _facts(
    item: Item,
    status: object,
    progress: object,
    milestones: tuple[MilestoneState, ...],
    stale: bool,
    last_update: date | None,
    as_of: date,
    tolerances: Tolerances,
) -> FactsHealth | None:
    fields = item.__dict__
    kind = fields["kind"]
    if kind != "measure" and kind != "pilot":
        return None
    scale_up = fields.get("scale_up")
    return facts_health(
        kind=kind,
        status=status,  # type: ignore[arg-type]
        progress=progress,  # type: ignore[arg-type]
        start=fields.get("start"),
        end=fields.get("due") if kind == "measure" else fields.get("end"),
        scale_up_due=scale_up.due if scale_up is not None else None,
        milestones=tuple((m.milestone.title, m.milestone.due, m.done) for m in milestones),
        stale=stale,
        last_update=last_update,
        as_of=as_of,
        tolerances=tolerances,
    )


def item_state(
    item: Item,
    source: Source,
    as_of: date,
    stale_after_days: int,
    tolerances: Tolerances = _DEFAULT_TOLERANCES,
) -> ItemState:
    kind = item.kind
    updates, fields = _current(item, as_of)
    status_field = "phase" if kind == "pilot" else "status"
    status, status_since = fields.get(status_field, (None, None))
    health, health_since = fields.get("health", (None, None))
    progress = fields.get("progress", (None, None))[0]
    last_update = updates[0].date if updates else None
    milestones = _milestones(item, as_of)
    late = (
        kind == "measure"
        and item.due is not None
        and item.due < as_of
        and status not in CLOSED_STATUSES
    )
    actions = _actions(item, as_of) if kind == "meeting" else ()  # type: ignore[arg-type]
    stale = _is_stale(item, status, last_update, as_of, stale_after_days)
    facts = _facts(item, status, progress, milestones, stale, last_update, as_of, tolerances)
    return ItemState(
        item=item,
        source=source,
        status=status,  # type: ignore[arg-type]
        status_since=status_since,
        health=health,  # type: ignore[arg-type]
        health_since=health_since,
        progress=progress,  # type: ignore[arg-type]
        updates=updates,
        last_update=last_update,
        stale=stale,
        overdue=late or any(m.overdue for m in milestones),
        late=late,
        milestones=milestones,
        actions=actions,
        indicator=_indicator(item, as_of) if kind == "indicator" else None,  # type: ignore[arg-type]
        facts=facts,
        contradiction=contradiction(health, facts),  # type: ignore[arg-type]
    )


def _fallback_agenda(programme: Programme) -> Agenda:
    info = ProgrammeInfo(title=programme.root.name or "programme")
    return Agenda(programme=info, opgaven=[])


def build_state(programme: Programme, as_of: date) -> State:
    """The facts for `as_of`; past the programme's end, facts are as of its end."""
    agenda = programme.agenda or _fallback_agenda(programme)
    info = agenda.programme
    effective = min(as_of, info.end) if info.end else as_of
    meetings = tuple(sorted(info.lovp_meetings))
    upcoming = [d for d in meetings if d >= effective]
    return State(
        programme=programme,
        info=info,
        opgaven=tuple(agenda.opgaven),
        requested_as_of=as_of,
        as_of=effective,
        next_meeting=upcoming[0] if upcoming else None,
        lovp_meetings=meetings,
    )
