"""The summary model: what a status summary says, before any language or format.

Plain frozen dataclasses read off the State by `build.py` and its `build_*.py`
modules. Values stay raw (status "active", health "red", dates as dates); `layout.py`
puts them into words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.state import Period
from tracker.summary.changes import ChangeSet


@dataclass(frozen=True, slots=True)
class GitInfo:
    """The commit of the programme files, gathered by the command (the builder does no I/O)."""

    commit: str
    dirty: bool  # files under the programme folder differ from the commit


@dataclass(frozen=True, slots=True)
class DocumentControl:
    """What the secretariat sets on the document itself, printed in every format."""

    status: str = "concept"  # concept | final
    version: str | None = None  # the document's version (not the program's)
    item: str | None = None  # the agenda item of the meeting
    author: str | None = None
    distribution: str | None = None
    classification: str | None = None


@dataclass(frozen=True, slots=True)
class Header:
    programme: str
    short: str | None
    meeting: date
    period: Period
    as_of: date
    requested_as_of: date
    clamped: bool
    git: GitInfo | None
    control: DocumentControl = DocumentControl()


@dataclass(frozen=True, slots=True)
class Headline:
    """Programme totals over unique items (an item in two opgaven counts once)."""

    measures: int
    pilots: int
    red: int
    overdue: int
    stale: int
    decisions: int
    below_target: int


@dataclass(frozen=True, slots=True)
class OverviewRow:
    opgave_id: str | None  # None: items that name no known opgave
    title: str
    items: int  # measures and pilots
    health: dict[str, int]  # green/amber/red/none -> count
    mean_progress: float | None
    overdue: int
    stale: int
    decisions: int
    shared: int = 0  # items in the row that also serve another opgave


@dataclass(frozen=True, slots=True)
class AttentionRow:
    reason: str  # red | overdue | stale | below-target
    item_id: str
    kind: str
    title: str  # the item's title
    part: str | None  # "milestone", "action" or "due" for overdue rows
    part_title: str | None  # the milestone's or action's title
    ref: str  # item id or action id
    owner: str | None
    day: date | None  # red: since; overdue: due; stale: last update; below-target: measured
    value: float | None = None
    target: float | None = None
    format: str = "number"
    count: int = 1  # above 1: a group of rows with the same reason, part and date
    members: tuple[str, ...] = ()  # a small group: the titles of what it holds
    reported: str | None = None  # contradicts: the health reported
    facts: str | None = None  # contradicts: the health the facts give


@dataclass(frozen=True, slots=True)
class AttentionBlock:
    """The attention rows of one opgave ("*": several opgaven; None: programme-wide)."""

    opgave_id: str | None
    title: str
    rows: tuple[AttentionRow, ...]  # at most MAX_ATTENTION_ROWS
    more: int  # entries left out beyond the cap


@dataclass(frozen=True, slots=True)
class DecisionRow:
    item_id: str
    kind: str
    title: str
    owner: str | None
    status: str | None
    health: str | None
    question: str
    proposal: str | None = None
    advice: str | None = None
    meeting: date | None = None  # the LOVP meeting asked to decide, when named


@dataclass(frozen=True, slots=True)
class StatusChange:
    item_id: str
    kind: str
    title: str
    day: date | None
    field: str  # status | phase | risk_status
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class NextMilestone:
    title: str
    due: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class ItemRow:
    item_id: str
    opgaven: tuple[str, ...]  # the known opgave ids it serves
    kind: str  # measure | pilot
    title: str
    status: str | None
    health: str | None
    progress: int | None
    owner: str | None
    last_update: date | None
    stale: bool
    overdue: bool
    next_milestone: NextMilestone | None


@dataclass(frozen=True, slots=True)
class OpgaveBlock:
    opgave_id: str | None  # "*": items serving several opgaven; None: programme-wide
    title: str
    rows: tuple[ItemRow, ...]


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: str
    title: str
    owner: str | None
    due: date | None
    done: date | None
    overdue: bool
    meeting_title: str = ""
    meeting_day: date | None = None


@dataclass(frozen=True, slots=True)
class MeetingBlock:
    item_id: str
    title: str
    day: date
    type: str
    location: str | None
    decisions: tuple[str, ...]
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    item_id: str
    title: str
    format: str  # percent | number
    latest: float | None
    latest_date: date | None
    target: float | None
    better: str  # higher | lower
    meets: bool | None
    trend: str | None  # improving | worsening | flat, read by `better`
    series: tuple[tuple[date, float], ...]  # oldest first, up to the as-of date
    direction: str | None = None  # up | down | flat: which way the values went


@dataclass(frozen=True, slots=True)
class UpcomingRow:
    day: date
    what: str  # milestone | action | due | scale-up | meeting | lovp
    item_id: str | None
    title: str  # the item's title (for lovp: empty)
    detail: str | None  # milestone/action title, scale-up scope, meeting type
    owner: str | None


@dataclass(frozen=True, slots=True)
class ProblemCount:
    code: str
    severity: str
    count: int


@dataclass(frozen=True, slots=True)
class DataQuality:
    errors: int
    warnings: int
    items: int
    by_code: tuple[ProblemCount, ...]


@dataclass(frozen=True, slots=True)
class VerdictRow:
    """The verdict on one opgave (None: the programme) for the meeting, from that
    meeting's assessment; `health` None: no verdict written."""

    opgave_id: str | None
    title: str
    health: str | None
    summary: str | None
    next: str | None
    by: str | None
    contradicted: bool  # green over an opgave with an item of red facts health


@dataclass(frozen=True, slots=True)
class RiskRow:
    item_id: str
    title: str
    type: str  # risk | issue
    status: str  # open | mitigating
    score: int
    band: str  # high | medium | low
    owner: str | None
    mitigation: str | None
    review_by: date | None
    review_overdue: bool


@dataclass(frozen=True, slots=True)
class Summary:
    header: Header
    headline: Headline
    overview: tuple[OverviewRow, ...]
    attention: tuple[AttentionBlock, ...]
    decisions: tuple[DecisionRow, ...]
    changes: ChangeSet
    status_changes: tuple[StatusChange, ...]
    opgaven: tuple[OpgaveBlock, ...]
    meetings: tuple[MeetingBlock, ...]
    actions: tuple[ActionRow, ...]  # the period's action list, open ones from before included
    indicators: tuple[IndicatorRow, ...]
    upcoming_until: date  # "coming up" covers (as_of, upcoming_until]
    upcoming_until_is_meeting: bool  # the window ends at the next LOVP meeting
    upcoming: tuple[UpcomingRow, ...]
    quality: DataQuality
    verdicts: tuple[VerdictRow, ...] = ()  # the programme first; empty: none written at all
    risks: tuple[RiskRow, ...] = ()  # open and mitigating, highest score first
    risks_closed: int = 0
