"""The attention list: what needs the LOVP's or the programme office's attention.

Reasons, most urgent first (tracker.vocabulary.REASON_ORDER): `contradicts` (a
reported health better than the facts, or a green verdict over red facts), `red`,
`overdue` (a due date, milestone, action, or a risk's review date passed),
`risk` (an open or mitigating risk in the high band), `decision`,
`below-target`, `stale`. Pure: built from item states by `tracker.state`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from tracker.facts import Fact
from tracker.steering import RiskState, Verdict, Verdicts
from tracker.vocabulary import REASON_ORDER

if TYPE_CHECKING:
    from tracker.state import ItemState

CLOSED_STATUSES = frozenset({"done", "stopped"})

Reason = Literal["contradicts", "red", "overdue", "risk", "stale", "decision", "below-target"]


@dataclass(frozen=True, slots=True)
class AttentionEntry:
    reason: Reason
    item: ItemState
    ref: str  # the item id, an action id, or "<item id>: <milestone title>"
    title: str
    since: date | None
    owner: str | None = None
    due: date | None = None
    detail: str = ""
    # Format 2. `contradicts`: the fact that contradicts the reported health (for a
    # verdict: the driving fact of the first item with red facts); `verdict` is set
    # for a green verdict over red facts, `risk` for a risk's entries.
    fact: Fact | None = None
    verdict: Verdict | None = None
    risk: RiskState | None = None


def attention(
    items: Sequence[ItemState],
    risks: Sequence[RiskState] = (),
    verdicts: Verdicts | None = None,
) -> tuple[AttentionEntry, ...]:
    out: list[AttentionEntry] = []
    for s in items:
        owner = s.item.owner
        fact = s.contradiction
        if fact is not None:
            since = fact.day or s.health_since or s.last_update
            out.append(
                AttentionEntry("contradicts", s, s.id, s.title, since, owner, None, fact.kind, fact)
            )
        if s.health == "red":
            since = s.health_since or s.last_update
            out.append(AttentionEntry("red", s, s.id, s.title, since, owner))
        if s.late:
            due = s.item.due  # type: ignore[union-attr]
            out.append(AttentionEntry("overdue", s, s.id, s.title, due, owner, due, "due"))
        for m in s.milestones:
            if m.overdue:
                out.append(
                    AttentionEntry(
                        "overdue",
                        s,
                        f"{s.id}: {m.milestone.title}",
                        m.milestone.title,
                        m.milestone.due,
                        owner,
                        m.milestone.due,
                        "milestone",
                    )
                )
        for a in s.actions:
            if a.overdue:
                out.append(
                    AttentionEntry(
                        "overdue",
                        s,
                        a.id,
                        a.title,
                        a.action.due,
                        a.action.owner,
                        a.action.due,
                        "action",
                    )
                )
        if s.decision_needed and s.status not in CLOSED_STATUSES:
            out.append(
                AttentionEntry(
                    "decision", s, s.id, s.title, s.last_update, owner, None, s.decision_needed
                )
            )
        if s.indicator is not None and s.indicator.meets_target is False:
            latest = s.indicator.latest
            out.append(
                AttentionEntry(
                    "below-target", s, s.id, s.title, latest.date if latest else None, owner
                )
            )
        if s.stale:
            out.append(AttentionEntry("stale", s, s.id, s.title, s.last_update, owner))
    for v in verdicts.contradicted if verdicts is not None else ():
        first = v.red_facts[0]
        out.append(
            AttentionEntry(
                "contradicts",
                v.state,
                v.state.id,
                v.state.title,
                v.meeting,
                v.by,
                None,
                "verdict",
                first.facts.driver if first.facts is not None else None,
                verdict=v,
            )
        )
    for r in risks:
        s = r.state
        if r.attention and r.band == "high":
            out.append(
                AttentionEntry(
                    "risk", s, s.id, s.title, r.status_since, s.item.owner, None, "high", risk=r
                )
            )
        if r.review_overdue:
            day = r.review_by
            out.append(
                AttentionEntry(
                    "overdue", s, s.id, s.title, day, s.item.owner, day, "review", risk=r
                )
            )
    out.sort(key=lambda e: (REASON_ORDER[e.reason], e.since or date.min, e.ref))
    return tuple(out)
