"""Facts health: the health the dates and figures give an item, whatever was reported.

Format 2 (FORMAT.md, "Derived health"). For every measure and pilot that is not
done, stopped or embedded, as of a date:

- **red**: a date it has not met is more than `tolerances.time_days` past (a
  measure's `due`; a pilot's `end` while it is idea, preparing or running; a
  scaling pilot's `scale_up.due`; a milestone not done), or its progress is more
  than `progress_points` behind plan;
- **amber**: not red, and a date is passed within the tolerance, or the item is
  stale, or its progress is more than half of `progress_points` behind plan;
- **green**: otherwise.

**Plan** is the straight line from `start` (0%) to a measure's `due` or a pilot's
`end` (100%), clipped to 0..100; known only where both dates and a progress figure
exist, and for a pilot only while it is preparing or running.

Pure: no I/O, no clock; the as-of date is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from tracker.records import Tolerances

HEALTH_RANK = {"green": 0, "amber": 1, "red": 2}

# What a fact is about: a date not met, progress behind plan, or no recent update.
FactKind = Literal["due", "end", "scale_up", "milestone", "behind-plan", "stale"]

_PILOT_END_PHASES = frozenset({"idea", "preparing", "running"})
_PLAN_PHASES = frozenset({"preparing", "running"})
_NOT_JUDGED = frozenset({"done", "stopped", "embedded"})


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact that makes an item's facts health amber or red.

    `kind` says what it is about. For a date (`due`, `end`, `scale_up`,
    `milestone`): `day` is the date not met and `days` how many days it is past;
    `milestone` carries the milestone's title. For `behind-plan`: `plan` and
    `progress` in percent, `days` unused. For `stale`: `day` is the last update
    (None when there is none) and `days` the days since it (0 without an update).
    """

    kind: FactKind
    health: Literal["amber", "red"]
    day: date | None = None
    days: int = 0
    milestone: str | None = None
    plan: float | None = None
    progress: int | None = None

    @property
    def behind(self) -> float | None:
        """Percentage points behind plan, for a `behind-plan` fact."""
        if self.plan is None or self.progress is None:
            return None
        return self.plan - self.progress


@dataclass(frozen=True, slots=True)
class FactsHealth:
    """An item's facts health with every fact behind it, worst first.

    `health` is green, amber or red; `facts` is empty for green. `driver` is the
    fact that decides the health (the first of `facts`), what a view names.
    """

    health: Literal["green", "amber", "red"]
    facts: tuple[Fact, ...]
    plan: float | None  # percent the plan line reaches on the as-of date, when known

    @property
    def driver(self) -> Fact | None:
        return self.facts[0] if self.facts else None


def plan_percent(start: date | None, end: date | None, as_of: date) -> float | None:
    """The plan line on `as_of`: 0 at `start`, 100 at `end`, clipped to 0..100."""
    if start is None or end is None:
        return None
    if end <= start:
        return 100.0 if as_of >= end else 0.0
    share = (as_of - start).days / (end - start).days * 100
    return min(100.0, max(0.0, share))


def _date_fact(kind: FactKind, day: date, as_of: date, days: int, title: str | None = None) -> Fact:
    late = (as_of - day).days
    return Fact(kind, "red" if late > days else "amber", day, late, title)


def facts_health(
    *,
    kind: str,
    status: str | None,
    progress: int | None,
    start: date | None,
    end: date | None,
    scale_up_due: date | None,
    milestones: tuple[tuple[str, date, bool], ...],
    stale: bool,
    last_update: date | None,
    as_of: date,
    tolerances: Tolerances,
) -> FactsHealth | None:
    """The facts health of a measure or pilot; None for other kinds and for a measure
    that is done or stopped, or a pilot that is embedded or stopped.

    `status` is a measure's current status or a pilot's current phase; `end` is a
    measure's `due` or a pilot's `end`; `milestones` are (title, due, reached).
    """
    if kind not in ("measure", "pilot") or status in _NOT_JUDGED:
        return None
    days = tolerances.time_days
    facts: list[Fact] = []
    if end is not None and end < as_of:
        if kind == "measure":
            facts.append(_date_fact("due", end, as_of, days))
        elif status in _PILOT_END_PHASES:
            facts.append(_date_fact("end", end, as_of, days))
    if kind == "pilot" and status == "scaling" and scale_up_due and scale_up_due < as_of:
        facts.append(_date_fact("scale_up", scale_up_due, as_of, days))
    for title, due, reached in milestones:
        if not reached and due < as_of:
            facts.append(_date_fact("milestone", due, as_of, days, title))
    plan = None
    if progress is not None and (kind == "measure" or status in _PLAN_PHASES):
        plan = plan_percent(start, end, as_of)
    if plan is not None and progress is not None:
        behind = plan - progress
        points = tolerances.progress_points
        if behind > points:
            facts.append(Fact("behind-plan", "red", plan=plan, progress=progress))
        elif behind > points / 2:
            facts.append(Fact("behind-plan", "amber", plan=plan, progress=progress))
    if stale:
        since = (as_of - last_update).days if last_update else 0
        facts.append(Fact("stale", "amber", last_update, since))
    # Worst first; among equals the one furthest past, then in the order found.
    facts.sort(key=lambda f: (-HEALTH_RANK[f.health], -f.days))
    health = facts[0].health if facts else "green"
    return FactsHealth(health, tuple(facts), plan)


def contradiction(reported: str | None, facts: FactsHealth | None) -> Fact | None:
    """The fact that contradicts a reported health better than the facts, else None."""
    if reported is None or facts is None or facts.driver is None:
        return None
    if HEALTH_RANK.get(reported, 0) < HEALTH_RANK[facts.health]:
        return facts.driver
    return None
