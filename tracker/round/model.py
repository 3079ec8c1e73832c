"""What each owner owes before an LOVP meeting, and what came in since the round opened.

The round for meeting D covers D's reporting period (State.period). Owed:

* an update: a measure that is active, or a pilot in an active phase (preparing,
  running, evaluating, scaling), with no update dated in the period;
* an action: not done, due on or before D; owed by its owner, else the meeting's;
* a milestone: not done, due on or before D, of a measure or pilot that is not
  done, stopped or embedded; owed by the item's owner.

* a risk review (format 2): a risk or issue not closed whose `review_by` date
  is on or before D; owed by the risk's owner;
* a verdict (format 2): an opgave with no assessment written for D; owed by
  the opgave's `lead`.

Received: updates dated in the period (of measures and pilots), and actions and
milestones done in it. Owners are matched exactly as written; what has no owner,
or names the programme office as the label table writes it ("Programme office",
"Programmabureau"), goes to the programme office (owner None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from tracker.labels import LABELS
from tracker.state import ACTIVE_PHASES, CLOSED_STATUSES, ItemState, Period, State

OwedKind = Literal["update", "action", "milestone", "risk", "verdict"]
KINDS: tuple[OwedKind, ...] = ("update", "action", "milestone", "risk", "verdict")
_FINISHED = CLOSED_STATUSES | {"embedded"}
_OFFICE = frozenset(LABELS["round.office"])


@dataclass(frozen=True, slots=True)
class Owed:
    kind: OwedKind
    owner: str | None
    ref: str  # what the `update`/`done` command names: an item id, or MEETING#N
    title: str  # of the action, milestone or item
    item_id: str  # the item (for an action: its meeting)
    item_title: str
    file: str
    line: int
    due: date | None = None  # of an action or milestone; a risk's review date
    last_update: date | None = None  # of an item owing an update
    number: int | None = None  # a milestone's number, from 1
    item_kind: str = ""


@dataclass(frozen=True, slots=True)
class Received:
    kind: Literal["update", "action", "milestone"]
    owner: str | None
    ref: str
    title: str
    on: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class OwnerRound:
    owner: str | None  # None: the programme office (what has no owner)
    owed: tuple[Owed, ...]
    received: tuple[Received, ...]


@dataclass(frozen=True)
class Round:
    meeting: date
    period: Period
    as_of: date
    owners: tuple[OwnerRound, ...]  # named owners by name, the programme office last

    def owner(self, name: str | None) -> OwnerRound | None:
        return next((o for o in self.owners if o.owner == name), None)

    @property
    def owed_count(self) -> int:
        return sum(len(o.owed) for o in self.owners)


class NoMeeting(Exception):
    """The programme has no LOVP calendar, or the date asked for is not in it."""


def _owner(text: str | None) -> str | None:
    if not text or not text.strip() or text.strip() in _OFFICE:
        return None
    return text


def _wants_update(s: ItemState) -> bool:
    if s.kind == "measure":
        return s.status == "active"
    return s.kind == "pilot" and s.status in ACTIVE_PHASES


def _item_owed(s: ItemState, meeting: date, period: Period) -> list[Owed]:
    out: list[Owed] = []
    owner = _owner(s.item.owner)
    line = s.source.line
    if _wants_update(s) and not any(period.contains(u.date) for u in s.updates):
        out.append(
            Owed(
                "update",
                owner,
                s.id,
                s.title,
                s.id,
                s.title,
                s.source.file,
                line,
                last_update=s.last_update,
                item_kind=s.kind,
            )
        )
    if s.status not in _FINISHED:
        for m in s.milestones:
            if not m.done and m.milestone.due <= meeting:
                out.append(
                    Owed(
                        "milestone",
                        owner,
                        s.id,
                        m.milestone.title,
                        s.id,
                        s.title,
                        s.source.file,
                        line,
                        due=m.milestone.due,
                        number=m.index,
                        item_kind=s.kind,
                    )
                )
    for a in s.actions:
        due = a.action.due
        if not a.done and due is not None and due <= meeting:
            out.append(
                Owed(
                    "action",
                    _owner(a.action.owner) or owner,
                    a.id,
                    a.title,
                    s.id,
                    s.title,
                    s.source.file,
                    line,
                    due=due,
                    number=a.index,
                    item_kind=s.kind,
                )
            )
    return out


def _item_received(s: ItemState, period: Period) -> list[Received]:
    out: list[Received] = []
    owner = _owner(s.item.owner)
    if s.kind in ("measure", "pilot"):
        out.extend(
            Received("update", owner, s.id, s.title, u.date, u.note)
            for u in s.updates
            if period.contains(u.date)
        )
        for m in s.milestones:
            done = m.milestone.done
            if m.done and done is not None and period.contains(done):
                out.append(Received("milestone", owner, s.id, m.milestone.title, done))
    for a in s.actions:
        done = a.action.done
        if a.done and done is not None and period.contains(done):
            out.append(Received("action", _owner(a.action.owner) or owner, a.id, a.title, done))
    return out


def _format2_owed(state: State, meeting: date) -> list[Owed]:
    """Risks to review and verdicts to write; none where the State has no format 2."""
    out: list[Owed] = []
    for risk in getattr(state, "risks", ()):
        review = risk.review_by
        if risk.status != "closed" and review is not None and review <= meeting:
            s = risk.state
            out.append(
                Owed(
                    "risk",
                    _owner(s.item.owner),
                    s.id,
                    s.title,
                    s.id,
                    s.title,
                    s.source.file,
                    s.source.line,
                    due=review,
                    last_update=s.last_update,
                    item_kind=s.kind,
                )
            )
    verdicts = getattr(state, "verdicts", None)
    if verdicts is None:
        return out
    for opgave in verdicts(meeting).missing:
        out.append(
            Owed(
                "verdict",
                _owner(opgave.lead),
                opgave.id,
                opgave.title,
                opgave.id,
                opgave.title,
                "agenda.yaml",
                0,
                due=meeting,
            )
        )
    return out


def meeting_for(state: State, wanted: date | None) -> date:
    """The meeting the round is for: `wanted` (in the calendar), else the next one."""
    if wanted is not None:
        if wanted not in state.lovp_meetings:
            raise NoMeeting(wanted.isoformat())
        return wanted
    chosen = state.default_meeting()
    if chosen is None:
        raise NoMeeting("")
    return chosen


def _order(name: str | None) -> tuple[int, str, str]:
    return (1, "", "") if name is None else (0, name.casefold(), name)


def build_round(state: State, meeting: date | None = None) -> Round:
    """The round for `meeting` (default: the next LOVP meeting); `NoMeeting` without one."""
    day = meeting_for(state, meeting)
    period = state.period(day)
    owed: dict[str | None, list[Owed]] = {}
    received: dict[str | None, list[Received]] = {}
    for s in state.items:
        for entry in _item_owed(s, day, period):
            owed.setdefault(entry.owner, []).append(entry)
        for got in _item_received(s, period):
            received.setdefault(got.owner, []).append(got)
    for entry in _format2_owed(state, day):
        owed.setdefault(entry.owner, []).append(entry)
    owners = sorted({*owed, *received}, key=_order)
    rank = {kind: n for n, kind in enumerate(KINDS)}
    return Round(
        meeting=day,
        period=period,
        as_of=state.as_of,
        owners=tuple(
            OwnerRound(
                name,
                tuple(
                    sorted(
                        owed.get(name, ()),
                        key=lambda o: (rank[o.kind], o.due or date.min, o.ref, o.number or 0),
                    )
                ),
                tuple(sorted(received.get(name, ()), key=lambda r: (r.on, r.ref))),
            )
            for name in owners
        ),
    )
