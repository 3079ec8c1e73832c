"""The rows on the period and what follows: meetings, actions, indicators, coming up,
data quality.

Part of the builder (`build.py`): pure, no I/O, no clock.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from tracker.state import CLOSED_STATUSES, Period, State
from tracker.summary.groups import TRACKED
from tracker.summary.model import (
    ActionRow,
    DataQuality,
    IndicatorRow,
    MeetingBlock,
    ProblemCount,
    UpcomingRow,
)

# Without a later LOVP date, "coming up" looks this far ahead (about one quarter,
# the LOVP's rhythm).
FALLBACK_HORIZON = timedelta(days=91)
# Which way a trend goes for the reader, by the indicator's `better`.
_TREND = {
    ("higher", "up"): "improving",
    ("higher", "down"): "worsening",
    ("lower", "up"): "worsening",
    ("lower", "down"): "improving",
}


def meetings(state: State, period: Period) -> tuple[MeetingBlock, ...]:
    """Meetings held strictly inside the period, up to the as-of date.

    The previous LOVP meeting (the period's start) is not one of them; its actions
    are in the action list with every other action.
    """
    out = []
    for s in state.items:
        if s.kind != "meeting":
            continue
        day = s.item.date  # type: ignore[union-attr]
        if day > state.as_of or day > period.end:
            continue
        if period.start is not None and day <= period.start:
            continue
        actions = tuple(
            ActionRow(
                a.id,
                a.action.title,
                a.action.owner,
                a.action.due,
                a.action.done if a.done else None,
                a.overdue,
            )
            for a in s.actions
        )
        out.append(
            MeetingBlock(
                s.id,
                s.title,
                day,
                s.item.type,  # type: ignore[union-attr]
                s.item.location,  # type: ignore[union-attr]
                tuple(s.item.decisions),  # type: ignore[union-attr]
                actions,
            )
        )
    out.sort(key=lambda m: (m.day, m.item_id.lower()))
    return tuple(out)


def actions(state: State, period: Period) -> tuple[ActionRow, ...]:
    """Every action of a meeting held by the as-of date that is still open, or was done
    in the period; actions without a due date included."""
    out = []
    for s in state.items:
        if s.kind != "meeting" or not s.actions:
            continue
        day = s.item.date  # type: ignore[union-attr]
        if day > state.as_of or day > period.end:
            continue
        for a in s.actions:
            if a.done and not (a.action.done and period.contains(a.action.done)):
                continue
            out.append(
                ActionRow(
                    a.id,
                    a.action.title,
                    a.action.owner,
                    a.action.due,
                    a.action.done if a.done else None,
                    a.overdue,
                    s.title,
                    day,
                )
            )
    out.sort(key=lambda r: (r.meeting_day or date.min, r.id.lower()))
    return tuple(out)


def indicators(state: State) -> tuple[IndicatorRow, ...]:
    out = []
    for s in state.items:
        if s.indicator is None:
            continue
        facts = s.indicator
        item = s.item
        out.append(
            IndicatorRow(
                item_id=s.id,
                title=s.title,
                format=item.format,  # type: ignore[union-attr]
                latest=facts.latest.value if facts.latest else None,
                latest_date=facts.latest.date if facts.latest else None,
                target=item.target,  # type: ignore[union-attr]
                better=item.better,  # type: ignore[union-attr]
                meets=facts.meets_target,
                trend=_TREND.get((item.better, facts.trend or ""), facts.trend),  # type: ignore[union-attr]
                series=tuple((v.date, v.value) for v in facts.values),
                direction=facts.trend,
            )
        )
    return tuple(out)


def upcoming_until(state: State, meeting: date) -> tuple[date, bool]:
    later = [d for d in state.lovp_meetings if d > meeting and d > state.as_of]
    if later:
        return later[0], True
    base = max(meeting, state.as_of)
    # A calendar running to the last representable day has no quarter after it.
    return (base + FALLBACK_HORIZON if base <= date.max - FALLBACK_HORIZON else date.max), False


def upcoming(state: State, until: date) -> tuple[UpcomingRow, ...]:
    start = state.as_of

    def within(day: date | None) -> bool:
        return day is not None and start < day <= until

    out: list[UpcomingRow] = []
    lovp_days: set[date] = set()
    for s in state.items:
        owner = s.item.owner
        if s.kind in TRACKED and s.status in CLOSED_STATUSES:
            continue
        for m in s.milestones:
            if not m.done and within(m.milestone.due):
                out.append(
                    UpcomingRow(
                        m.milestone.due, "milestone", s.id, s.title, m.milestone.title, owner
                    )
                )
        fields = s.item.__dict__  # not getattr: pydantic's __getattr__ is slow on a miss
        due = fields.get("due")
        if s.kind == "measure" and within(due):
            out.append(UpcomingRow(due, "due", s.id, s.title, None, owner))
        scale_up = fields.get("scale_up")
        if scale_up is not None and within(scale_up.due):
            out.append(UpcomingRow(scale_up.due, "scale-up", s.id, s.title, scale_up.scope, owner))
        if s.kind == "meeting":
            day = s.item.date  # type: ignore[union-attr]
            if within(day):
                kind = s.item.type  # type: ignore[union-attr]
                if kind == "lovp":
                    lovp_days.add(day)
                out.append(UpcomingRow(day, "meeting", s.id, s.title, kind, owner))
        for a in s.actions:
            if not a.done and within(a.action.due):
                out.append(
                    UpcomingRow(a.action.due, "action", a.id, s.title, a.title, a.action.owner)
                )
    for day in state.lovp_meetings:
        if within(day) and day not in lovp_days:
            out.append(UpcomingRow(day, "lovp", None, "", None, None))
    out.sort(key=lambda r: (r.day, r.what != "lovp", (r.item_id or "").lower()))
    return tuple(out)


def quality(state: State) -> DataQuality:
    problems = state.programme.problems
    counts = Counter((p.code, str(p.severity)) for p in problems)
    by_code = tuple(
        ProblemCount(code, severity, n)
        for (code, severity), n in sorted(
            counts.items(), key=lambda kv: (kv[0][1] != "error", -kv[1], kv[0][0])
        )
    )
    return DataQuality(
        errors=state.programme.errors,
        warnings=state.programme.warnings,
        items=len(state.programme.items),
        by_code=by_code,
    )
