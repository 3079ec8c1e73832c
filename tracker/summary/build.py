"""State -> Summary: pure, no I/O, no clock, linear in the size of the programme."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from tracker.state import CLOSED_STATUSES, ItemState, Period, State
from tracker.steering import Verdict
from tracker.summary.changes import ChangeSet, changes_from_updates
from tracker.summary.model import (
    ActionRow,
    AttentionBlock,
    AttentionRow,
    DataQuality,
    DecisionRow,
    DocumentControl,
    GitInfo,
    Header,
    Headline,
    IndicatorRow,
    ItemRow,
    MeetingBlock,
    NextMilestone,
    OpgaveBlock,
    OverviewRow,
    ProblemCount,
    RiskRow,
    StatusChange,
    Summary,
    UpcomingRow,
    VerdictRow,
)

TRACKED = ("measure", "pilot")
# Without a later LOVP date, "coming up" looks this far ahead (about one quarter,
# the LOVP's rhythm).
FALLBACK_HORIZON = timedelta(days=91)
# The group key of items that serve more than one opgave (not a valid opgave id).
SEVERAL = "*"
# The key of the overview's total row (not a valid opgave id either).
TOTAL = "="
# Attention is kept short: at most this many rows per opgave, then "and N more" (the
# full lists are in the terminal UI and `list`).
MAX_ATTENTION_ROWS = 10
# This many entries or more with the same reason, part and date become one row
# ("20 measures: last update 4 July 2018").
GROUP_FROM = 3
NAME_UP_TO = 5
# Which way a trend goes for the reader, by the indicator's `better`.
_TREND = {
    ("higher", "up"): "improving",
    ("higher", "down"): "worsening",
    ("lower", "up"): "worsening",
    ("lower", "down"): "improving",
}


def _serves_several(s: ItemState, known: set[str]) -> bool:
    return len({o for o in s.item.opgaven if o in known}) > 1


def _overview(state: State) -> tuple[OverviewRow, ...]:
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


def _headline(state: State) -> Headline:
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


def _attention_rows(state: State) -> list[tuple[str | None, AttentionRow]]:
    known = {o.id for o in state.opgaven}
    out = []
    for e in state.attention:
        if e.reason in ("decision", "risk"):
            continue  # each has its own section
        s = e.item
        value = target = None
        fmt = "number"
        if e.reason == "below-target" and s.indicator is not None:
            latest = s.indicator.latest
            value = latest.value if latest else None
            target = getattr(s.item, "target", None)
            fmt = getattr(s.item, "format", "number")
        part = e.detail if e.reason == "overdue" else None
        contradicts = e.reason == "contradicts"
        verdict = e.verdict
        if verdict is not None:  # a green verdict over an item with red facts
            out.append(_verdict_row(verdict, known))
            continue
        out.append(
            (
                _group_key(s, known),
                AttentionRow(
                    reason=e.reason,
                    item_id=s.id,
                    kind=s.kind,
                    title=s.title,
                    part=part or None,
                    part_title=e.title if part in ("milestone", "action") else None,
                    ref=e.ref if part == "action" else s.id,
                    owner=e.owner,
                    day=e.due if e.reason == "overdue" else e.since,
                    value=value,
                    target=target,
                    format=fmt,
                    reported=s.health if contradicts else None,
                    facts=getattr(s, "facts_health", None) if contradicts else None,
                ),
            )
        )
    return out


def _verdict_row(verdict: Verdict, known: set[str]) -> tuple[str | None, AttentionRow]:
    red = verdict.red_facts[0] if verdict.red_facts else None
    opgave = verdict.opgave.id if verdict.opgave is not None else None
    return (
        opgave if opgave in known else None,
        AttentionRow(
            reason="contradicts",
            item_id=verdict.state.id,
            kind="assessment",
            title=red.title if red is not None else "",
            part="verdict",
            part_title=None,
            ref=red.id if red is not None else verdict.state.id,
            owner=verdict.by,
            day=verdict.meeting,
            reported=verdict.health,
            facts="red",
        ),
    )


def _group_key(s: ItemState, known: set[str]) -> str | None:
    own = s.item.__dict__.get("opgave")  # a risk's or verdict's one opgave
    if own in known:
        return own
    serves = list(dict.fromkeys(o for o in s.item.opgaven if o in known))
    return serves[0] if len(serves) == 1 else SEVERAL if serves else None


def _grouped(rows: list[AttentionRow]) -> list[AttentionRow]:
    """Rows with the same reason, part and date in one row when there are many."""
    groups: dict[tuple[str, str | None, date | None], list[AttentionRow]] = {}
    for row in rows:
        key = (
            (row.reason, row.part, row.day)
            if row.reason != "below-target"
            else (row.reason, row.ref, row.day)
        )
        groups.setdefault(key, []).append(row)
    out = []
    for members in groups.values():
        if len(members) < GROUP_FROM:
            out.extend(members)
            continue
        kinds = {m.kind for m in members}
        first = members[0]
        out.append(
            AttentionRow(
                reason=first.reason,
                item_id="",
                kind=kinds.pop() if len(kinds) == 1 else "item",
                title="",
                part=first.part,
                part_title=None,
                ref="",
                owner=None,
                day=first.day,
                count=len(members),
                # A few are named; many would make the row as long as the rows it replaces.
                members=tuple(m.title for m in members) if len(members) <= NAME_UP_TO else (),
            )
        )
    return out


def _attention(state: State) -> tuple[AttentionBlock, ...]:
    """Per opgave, in the opgaven's order: grouped, and cut at MAX_ATTENTION_ROWS."""
    per: dict[str | None, list[AttentionRow]] = {o.id: [] for o in state.opgaven}
    per[SEVERAL] = []
    per[None] = []
    for key, row in _attention_rows(state):
        per[key].append(row)
    titles = {o.id: o.title for o in state.opgaven}
    out = []
    for key, rows in per.items():
        if not rows:
            continue
        grouped = _grouped(rows)
        shown = grouped[:MAX_ATTENTION_ROWS]
        more = sum(r.count for r in grouped[MAX_ATTENTION_ROWS:])
        out.append(AttentionBlock(key, titles.get(key or "", ""), tuple(shown), more))
    return tuple(out)


def _decisions(state: State) -> tuple[DecisionRow, ...]:
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


def _opgaven(state: State) -> tuple[OpgaveBlock, ...]:
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


def _meetings(state: State, period: Period) -> tuple[MeetingBlock, ...]:
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


def _actions(state: State, period: Period) -> tuple[ActionRow, ...]:
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


def _indicators(state: State) -> tuple[IndicatorRow, ...]:
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


def _upcoming_until(state: State, meeting: date) -> tuple[date, bool]:
    later = [d for d in state.lovp_meetings if d > meeting and d > state.as_of]
    if later:
        return later[0], True
    base = max(meeting, state.as_of)
    # A calendar running to the last representable day has no quarter after it.
    return (base + FALLBACK_HORIZON if base <= date.max - FALLBACK_HORIZON else date.max), False


def _upcoming(state: State, until: date) -> tuple[UpcomingRow, ...]:
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


def _verdicts(state: State, meeting: date) -> tuple[VerdictRow, ...]:
    """The programme's verdict, then each opgave's, from that meeting's assessments
    only; empty when none was written for it (a format-1 programme)."""
    verdicts_for = getattr(state, "verdicts", None)
    if verdicts_for is None:
        return ()
    found = verdicts_for(meeting)
    if found.programme is None and not found.by_opgave:
        return ()

    def row(opgave_id: str | None, title: str, v: object | None) -> VerdictRow:
        if v is None:
            return VerdictRow(opgave_id, title, None, None, None, None, False)
        return VerdictRow(
            opgave_id,
            title,
            v.health,  # type: ignore[attr-defined]
            v.summary,  # type: ignore[attr-defined]
            v.next,  # type: ignore[attr-defined]
            v.by,  # type: ignore[attr-defined]
            bool(v.contradicted),  # type: ignore[attr-defined]
        )

    out = [row(None, "", found.programme)]
    out += [row(o.id, o.title, found.by_opgave.get(o.id)) for o in state.opgaven]
    return tuple(out)


def _risks(state: State) -> tuple[tuple[RiskRow, ...], int]:
    """Open and mitigating risks and issues, highest score first; closed ones counted."""
    risks = getattr(state, "risks", ())
    rows = tuple(
        RiskRow(
            item_id=r.id,
            title=r.title,
            type=r.type,
            status=r.status,
            score=r.score,
            band=r.band,
            owner=r.state.item.owner,
            mitigation=r.risk.mitigation,
            review_by=r.review_by,
            review_overdue=r.review_overdue,
        )
        for r in sorted((r for r in risks if r.status != "closed"), key=lambda r: -r.score)
    )
    return rows, sum(1 for r in risks if r.status == "closed")


def _quality(state: State) -> DataQuality:
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


def build_summary(
    state: State,
    meeting: date | None = None,
    changes: ChangeSet | None = None,
    git: GitInfo | None = None,
    control: DocumentControl | None = None,
) -> Summary:
    """The summary for the LOVP meeting on `meeting` (default: `state.default_meeting()`).

    `changes` fills section 5; by default the updates dated in the reporting period.
    """
    meeting = meeting or state.default_meeting() or state.as_of
    period = state.period(meeting)
    if changes is None:
        changes = changes_from_updates(state, period)
    status_changes = tuple(
        StatusChange(
            row.item_id,
            row.kind,
            row.title,
            row.date,
            change.field,
            _str(change.before),
            _str(change.after),
        )
        for row, change in changes.status_rows
    )
    until, is_meeting = _upcoming_until(state, meeting)
    risks, closed = _risks(state)
    return Summary(
        header=Header(
            programme=state.info.title,
            short=state.info.short,
            meeting=meeting,
            period=period,
            as_of=state.as_of,
            requested_as_of=state.requested_as_of,
            clamped=state.clamped,
            git=git,
            control=control or DocumentControl(),
        ),
        headline=_headline(state),
        overview=_overview(state),
        attention=_attention(state),
        decisions=_decisions(state),
        changes=changes,
        status_changes=status_changes,
        opgaven=_opgaven(state),
        meetings=_meetings(state, period),
        actions=_actions(state, period),
        indicators=_indicators(state),
        upcoming_until=until,
        upcoming_until_is_meeting=is_meeting,
        upcoming=_upcoming(state, until),
        quality=_quality(state),
        verdicts=_verdicts(state, meeting),
        risks=risks,
        risks_closed=closed,
    )


def _str(value: object | None) -> str | None:
    return None if value is None else str(value)
