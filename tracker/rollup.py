"""Figures per opgave: how many measures and pilots are of each health and status, how
far on, overdue, stale or awaiting a decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.attention import CLOSED_STATUSES
from tracker.records import Opgave
from tracker.vocabulary import HEALTHS

if TYPE_CHECKING:
    from tracker.state import ItemState

NO_HEALTH = "none"


@dataclass(frozen=True, slots=True)
class Rollup:
    """Figures for one opgave (or, with `opgave` None, for programme-wide items)."""

    opgave: Opgave | None
    items: tuple[ItemState, ...]
    health: dict[str, int]  # green/amber/red/none -> count, over measures and pilots
    status: dict[str, int]  # status or phase -> count
    mean_progress: float | None
    overdue: int
    stale: int
    decisions: int

    @property
    def key(self) -> str:
        return self.opgave.id if self.opgave else ""


def rollup(opgave: Opgave | None, items: tuple[ItemState, ...]) -> Rollup:
    # A verdict is about an opgave, not work in it.
    items = tuple(s for s in items if s.kind != "assessment")
    tracked = [s for s in items if s.kind in ("measure", "pilot")]
    health = dict.fromkeys((*HEALTHS, NO_HEALTH), 0)
    status: dict[str, int] = {}
    for s in tracked:
        health[s.health or NO_HEALTH] += 1
        if s.status:
            status[s.status] = status.get(s.status, 0) + 1
    progress = [s.progress for s in tracked if s.progress is not None]
    overdue = sum(1 for s in tracked if s.overdue) + sum(
        1 for s in items for a in s.actions if a.overdue
    )
    return Rollup(
        opgave=opgave,
        items=items,
        health=health,
        status=status,
        mean_progress=sum(progress) / len(progress) if progress else None,
        overdue=overdue,
        stale=sum(1 for s in tracked if s.stale),
        decisions=sum(1 for s in items if s.decision_needed and s.status not in CLOSED_STATUSES),
    )
