"""The rows about the items themselves: headline, overview, decisions, status per opgave.

Part of the builder (`build.py`): pure, no I/O, no clock.
"""

from __future__ import annotations

from tracker.state import CLOSED_STATUSES, ItemState, State
from tracker.summary.groups import SEVERAL, TOTAL, TRACKED
from tracker.summary.model import (
    DecisionRow,
    Headline,
    ItemRow,
    NextMilestone,
    OpgaveBlock,
    OverviewRow,
)


def _serves_several(s: ItemState, known: set[str]) -> bool:
    return len({o for o in s.item.opgaven if o in known}) > 1


def overview(state: State) -> tuple[OverviewRow, ...]:
    """A row per opgave (an item serving several counts in each), then the total, in
    which each item counts once, so that the table adds up."""
    known = {o.id for o in state.opgaven}
    out = []
    for r in state.rollups:
        tracked = [s for s in r.items if s.kind in TRACKED]
        out.append(
            OverviewRow(
                opgave_id=r.opgave.id if r.opgave else None,
                title=r.opgave.title if r.opgave else "",
                items=len(tracked),
                health=dict(r.health),
                mean_progress=r.mean_progress,
                overdue=r.overdue,
                stale=r.stale,
                decisions=r.decisions,
                shared=sum(1 for s in tracked if _serves_several(s, known)),
            )
        )
    tracked = [s for s in state.items if s.kind in TRACKED]
    health = dict.fromkeys(("green", "amber", "red", "none"), 0)
    for s in tracked:
        health[s.health or "none"] += 1
    progress = [s.progress for s in tracked if s.progress is not None]
    out.append(
        OverviewRow(
            opgave_id=TOTAL,
            title="",
            items=len(tracked),
            health=health,
            mean_progress=sum(progress) / len(progress) if progress else None,
            overdue=sum(1 for s in tracked if s.overdue)
            + sum(1 for a in state.actions if a.overdue),
            stale=sum(1 for s in tracked if s.stale),
            decisions=sum(
                1 for s in state.items if s.decision_needed and s.status not in CLOSED_STATUSES
            ),
            shared=sum(1 for s in tracked if _serves_several(s, known)),
        )
    )
    return tuple(out)


def headline(state: State) -> Headline:
    tracked = [s for s in state.items if s.kind in TRACKED]
    return Headline(
        measures=sum(1 for s in tracked if s.kind == "measure"),
        pilots=sum(1 for s in tracked if s.kind == "pilot"),
        red=sum(1 for s in tracked if s.health == "red"),
        overdue=sum(1 for s in tracked if s.overdue) + sum(1 for a in state.actions if a.overdue),
        stale=sum(1 for s in tracked if s.stale),
        decisions=sum(1 for e in state.attention if e.reason == "decision"),
        below_target=sum(1 for e in state.attention if e.reason == "below-target"),
    )


def decisions(state: State) -> tuple[DecisionRow, ...]:
    out = []
    for s in state.items:
        if not s.decision_needed or s.status in CLOSED_STATUSES:
            continue
        decision = getattr(s, "decision", None)  # format 2: with proposal and advice
        out.append(
            DecisionRow(
                s.id,
                s.kind,
                s.title,
                s.item.owner,
                s.status,
                s.health,
                s.decision_needed or "",
                getattr(decision, "proposal", None),
                getattr(decision, "advice", None),
                getattr(decision, "meeting", None),
            )
        )
    return tuple(out)


def _item_row(s: ItemState, opgaven: tuple[str, ...] = ()) -> ItemRow:
    nxt = s.next_milestone
    return ItemRow(
        item_id=s.id,
        opgaven=opgaven,
        kind=s.kind,
        title=s.title,
        status=s.status,
        health=s.health,
        progress=s.progress,
        owner=s.item.owner,
        last_update=s.last_update,
        stale=s.stale,
        overdue=s.overdue,
        next_milestone=(
            NextMilestone(nxt.milestone.title, nxt.milestone.due, nxt.overdue) if nxt else None
        ),
    )


def opgaven(state: State) -> tuple[OpgaveBlock, ...]:
    """Each measure and pilot once: under its one opgave, under "several", or programme-wide.

    Listing an item under every opgave it serves repeated most of the shipped programme
    four times; the overview's counts per opgave still include every item it serves.
    """
    known = [o.id for o in state.opgaven]
    groups: dict[str | None, list[ItemRow]] = {key: [] for key in [*known, SEVERAL, None]}
    for s in state.items:
        if s.kind not in TRACKED:
            continue
        serves = tuple(dict.fromkeys(o for o in s.item.opgaven if o in groups and o != SEVERAL))
        key = serves[0] if len(serves) == 1 else SEVERAL if serves else None
        groups[key].append(_item_row(s, serves))
    titles = {o.id: o.title for o in state.opgaven}
    out = []
    for key, rows in groups.items():
        if key in (SEVERAL, None) and not rows:
            continue  # these two groups appear only when they hold something
        rows.sort(key=lambda row: row.kind != "measure")  # measures, then pilots; stable
        out.append(OpgaveBlock(key, titles.get(key or "", ""), tuple(rows)))
    return tuple(out)
