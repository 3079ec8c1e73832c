"""Risks and verdicts as of a date (format 2): what a steering report leads with.

Pure: no I/O, no clock. `tracker.state.build_state` calls these and keeps the
results on the `State` (`State.risks`, `State.verdicts(meeting)`); views read
them there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from tracker.records import Assessment, Opgave, Risk, RiskBands

if TYPE_CHECKING:
    from tracker.state import ItemState

Band = Literal["high", "medium", "low"]
# The band's health, for a symbol and a word next to it (never colour alone).
BAND_HEALTH: dict[str, str] = {"high": "red", "medium": "amber", "low": "green"}


@dataclass(frozen=True, slots=True)
class RiskState:
    """A risk or issue as of the as-of date.

    `status`, `likelihood` and `impact` are the current ones: those of the newest
    log entry that sets them (same date: later in the list wins), else the
    top-level field. `likelihood` is None for an issue (an issue has happened:
    its score is 5 x impact). `score` is likelihood x impact, 1..25; `band` is
    high / medium / low from `programme.risk_bands`. `review_overdue`: `review_by`
    is before the as-of date and the risk is not closed. `attention`: open or
    mitigating in the high band, or review overdue; a closed risk never.
    """

    state: ItemState  # the risk as an item: source, updates (newest first), owner
    risk: Risk
    type: Literal["risk", "issue"]
    status: Literal["open", "mitigating", "closed"]
    status_since: date | None  # date of the log entry that set it; None: top-level field
    likelihood: int | None
    impact: int
    score: int
    band: Band
    review_by: date | None
    review_overdue: bool
    attention: bool

    @property
    def id(self) -> str:
        return self.risk.id

    @property
    def title(self) -> str:
        return self.risk.title

    @property
    def closed(self) -> bool:
        return self.status == "closed"


def band_of(score: int, bands: RiskBands) -> Band:
    """high from `bands.high`, medium from `bands.medium`, else low."""
    if score >= bands.high:
        return "high"
    if score >= bands.medium:
        return "medium"
    return "low"


def risk_state(s: ItemState, bands: RiskBands, as_of: date) -> RiskState:
    """The current state of the risk held by item state `s` (its updates up to as_of)."""
    risk: Risk = s.item  # type: ignore[assignment]
    current = {"status": risk.status, "likelihood": risk.likelihood, "impact": risk.impact}
    since: date | None = None
    for update in reversed(s.updates):  # oldest first: the newest that sets a field wins
        fields = update.__dict__
        for name in current:
            value = fields.get(name)
            if value is not None:
                current[name] = value
                if name == "status":
                    since = update.date
    impact = int(current["impact"])  # type: ignore[call-overload]
    if risk.type == "issue":
        likelihood = None
        score = 5 * impact
    else:
        likelihood = int(current["likelihood"] or 0)  # type: ignore[call-overload]
        score = likelihood * impact
    status = str(current["status"])
    band = band_of(score, bands)
    review_overdue = status != "closed" and risk.review_by is not None and risk.review_by < as_of
    attention = status != "closed" and (band == "high" or review_overdue)
    return RiskState(
        state=s,
        risk=risk,
        type=risk.type,
        status=status,  # type: ignore[arg-type]
        status_since=since,
        likelihood=likelihood,
        impact=impact,
        score=score,
        band=band,
        review_by=risk.review_by,
        review_overdue=review_overdue,
        attention=attention,
    )


def ranked(risks: list[RiskState]) -> tuple[RiskState, ...]:
    """Highest score first; then open before mitigating before closed, then by id."""
    order = {"open": 0, "mitigating": 1, "closed": 2}
    return tuple(sorted(risks, key=lambda r: (-r.score, order[r.status], r.id.lower())))


@dataclass(frozen=True, slots=True)
class Verdict:
    """One assessment: the verdict on an opgave (or, `opgave` None, the programme) for
    one LOVP meeting.

    `red_facts` are the items of that opgave (for the programme: all items) whose
    facts health is red. `contradicted` is True when the verdict is green while
    `red_facts` is not empty: the verdict contradicts the facts.
    """

    state: ItemState  # the assessment as an item: source, id
    assessment: Assessment
    meeting: date
    opgave: Opgave | None  # None: the programme as a whole
    health: Literal["green", "amber", "red"]
    summary: str
    next: str | None
    by: str | None
    red_facts: tuple[ItemState, ...]

    @property
    def contradicted(self) -> bool:
        return self.health == "green" and bool(self.red_facts)


@dataclass(frozen=True, slots=True)
class Verdicts:
    """Every verdict written for one LOVP meeting.

    `programme` is the verdict on the programme as a whole (None: not written);
    `by_opgave` maps an opgave id to its verdict; `missing` lists the opgaven of
    agenda.yaml without one, in agenda order: for them, "no verdict written".
    """

    meeting: date
    programme: Verdict | None
    by_opgave: dict[str, Verdict]
    missing: tuple[Opgave, ...]

    def of(self, opgave: str | None) -> Verdict | None:
        """The verdict on `opgave`, or on the programme for None; None when not written."""
        return self.programme if opgave is None else self.by_opgave.get(opgave)

    @property
    def all(self) -> tuple[Verdict, ...]:
        """The programme's verdict first, then the opgaven's in agenda order."""
        first = (self.programme,) if self.programme else ()
        return first + tuple(self.by_opgave.values())

    @property
    def contradicted(self) -> tuple[Verdict, ...]:
        """Green verdicts over an opgave with an item of red facts health."""
        return tuple(v for v in self.all if v.contradicted)


def verdicts_for(
    meeting: date,
    assessments: tuple[ItemState, ...],
    opgaven: tuple[Opgave, ...],
    items: tuple[ItemState, ...],
) -> Verdicts:
    """The verdicts written for `meeting`, judged against the facts of `items`."""
    red = [s for s in items if s.facts is not None and s.facts.health == "red"]
    known = {o.id: o for o in opgaven}
    programme: Verdict | None = None
    found: dict[str, Verdict] = {}
    for s in assessments:
        a: Assessment = s.item  # type: ignore[assignment]
        if a.meeting != meeting:
            continue
        opgave = known.get(a.opgave) if a.opgave else None
        if a.opgave and opgave is None:
            continue  # the loader refused it already; nothing to judge it against
        reds = tuple(r for r in red if opgave is None or opgave.id in r.item.opgaven)
        verdict = Verdict(s, a, a.meeting, opgave, a.health, a.summary, a.next, a.by, reds)
        if opgave is None:
            programme = verdict
        else:
            found[opgave.id] = verdict
    by_opgave = {o.id: found[o.id] for o in opgaven if o.id in found}
    missing = tuple(o for o in opgaven if o.id not in found)
    return Verdicts(meeting, programme, by_opgave, missing)
