"""The sections on the period and what follows: changes, meetings, indicators, coming up,
data quality."""

from __future__ import annotations

from tracker.labels import value_label
from tracker.summary.document import (
    Bullets,
    Cell,
    Chart,
    Column,
    Facts,
    Line,
    Paragraph,
    Section,
    Span,
    plain,
)
from tracker.summary.model import IndicatorRow, MeetingBlock, Summary, UpcomingRow
from tracker.summary.words import (
    CAPS,
    TREND_ARROW,
    Words,
    more_line,
    safe_line,
    said_none,
    table_block,
)


def changes(s: Summary, w: Words) -> Section:
    intro = (
        w("summary.changes_since", since=safe_line(s.changes.since))
        if s.changes.since
        else w("summary.changes_updates")
    )
    columns = (
        Column(w("date"), short=True),
        Column(w("summary.item"), wide=True),
        Column(w("summary.note"), wide=True),
        Column(w("summary.changes")),
    )
    rows = []
    for row in s.changes.rows:
        note: list[Span] = [Span(safe_line(row.note))]
        if row.correction:
            note.insert(0, Span(f"{w('summary.correction')}: ", tone="bad", strong=True))
        if row.by:
            note.append(Span(f" ({safe_line(row.by)})", tone="muted"))
        rows.append(
            (
                (Span(row.date.isoformat() if row.date else "–"),),
                w.item(row.title, row.item_id),
                tuple(note),
                (Span("; ".join(w.change(c, row.kind) for c in row.changes) or "–"),),
            )
        )
    status_columns = (
        Column(w("date"), short=True),
        Column(w("summary.item"), wide=True),
        Column(w("summary.from"), short=True),
        Column(w("summary.to"), short=True),
    )
    status_rows = [
        (
            (Span(c.day.isoformat() if c.day else "–"),),
            w.item(c.title, c.item_id),
            (Span(w.field_value(c.field, c.before, c.kind)),),
            (Span(w.field_value(c.field, c.after, c.kind), strong=True),),
        )
        for c in s.status_changes
    ]
    return Section(
        "changes",
        w("summary.s.changes"),
        (Paragraph((Span(intro),), muted=True),),
        (
            Section(
                "updates", w("summary.s.updates"), table_block(w, columns, rows, CAPS["updates"])
            ),
            Section(
                "status-changes",
                w("summary.s.status_changes"),
                table_block(w, status_columns, status_rows, CAPS["status-changes"]),
            ),
        ),
    )


def _meeting(m: MeetingBlock, w: Words) -> Section:
    facts: list[tuple[str, Line]] = [
        (w("date"), (Span(w.long_date(m.day)),)),
        (w("type"), (Span(value_label("type", m.type, w.lang)),)),
    ]
    if m.location:
        facts.append((w("summary.location"), (Span(safe_line(m.location)),)))
    decisions = (
        Bullets(tuple((Span(safe_line(d)),) for d in m.decisions)) if m.decisions else said_none(w)
    )
    blocks = (
        Facts(tuple(facts)),
        Paragraph((Span(w("decisions"), strong=True),)),
        decisions,
    )
    return Section(f"meeting-{m.item_id}", plain(w.item(m.title, m.item_id)), blocks)


def meetings(s: Summary, w: Words) -> Section:
    shown = s.meetings if w.internal else s.meetings[: CAPS["meetings"]]
    subs = tuple(_meeting(m, w) for m in shown)
    blocks: tuple = () if subs else (said_none(w),)
    if len(shown) < len(s.meetings):
        blocks = (more_line(w, len(s.meetings) - len(shown)),)
    return Section("meetings", w("summary.s.meetings"), blocks, subs)


def actions(s: Summary, w: Words) -> Section:
    """Every action still open, or done in the period, with or without a due date."""
    columns = (
        *((Column(w("action"), short=True),) if w.internal else ()),
        Column(w("title"), wide=True),
        Column(w("meeting")),
        Column(w("owner")),
        Column(w("summary.due"), short=True),
        Column(w("summary.state"), short=True),
    )
    rows = []
    for a in s.actions:
        if a.done:
            state = Span(w("summary.done_on", date=a.done.isoformat()), tone="good")
        elif a.overdue:
            state = Span(w("reason.overdue"), tone="bad")
        else:
            state = Span(w("summary.open"))
        meeting = safe_line(a.meeting_title)
        if a.meeting_day:
            meeting = f"{meeting}, {a.meeting_day.isoformat()}"
        rows.append(
            (
                *(((Span(safe_line(a.id)),),) if w.internal else ()),
                (Span(safe_line(a.title)),),
                w.cell(meeting),
                w.cell(safe_line(a.owner or "–")),
                w.date_cell(a.due),
                (state,),
            )
        )
    blocks = table_block(w, columns, rows, CAPS["actions"])
    return Section("actions", w("summary.s.actions"), blocks)


def _target(row: IndicatorRow, w: Words) -> str:
    if row.target is None:
        return "–"
    return f"{'≥' if row.better == 'higher' else '≤'} {w.number(row.target, row.format)}"


def _indicator_cells(row: IndicatorRow, w: Words) -> tuple[Cell, ...]:
    meets: Line = (Span("–"),)
    if row.meets is not None:
        meets = (Span(w("yes"), tone="good") if row.meets else Span(w("no"), tone="bad"),)
    trend = "–"
    if row.trend:  # the arrow: which way the values went; the word: what that means
        trend = f"{TREND_ARROW.get(row.direction or '', '')} {w('summary.trend.' + row.trend)}"
    values = ", ".join(f"{d.isoformat()} {w.number(v, row.format)}" for d, v in row.series)
    chart = Chart(
        tuple(v for _, v in row.series),
        row.target,
        w(
            "summary.chart_alt",
            title=safe_line(row.title),
            values=values or "–",
            target=_target(row, w),
        ),
    )
    return (
        w.item(row.title, row.item_id),
        (Span(w.number(row.latest, row.format)),),
        (Span(row.latest_date.isoformat() if row.latest_date else "–"),),
        (Span(_target(row, w)),),
        meets,
        (Span(trend),),
        chart,
    )


def indicators(s: Summary, w: Words) -> Section:
    columns = (
        Column(w("indicator"), wide=True),
        Column(w("value"), numeric=True),
        Column(w("date"), short=True),
        Column(w("target"), short=True),
        Column(w("meets_target"), short=True),
        Column(w("trend"), short=True),
        Column(w("summary.chart"), short=True),
    )
    rows = [_indicator_cells(row, w) for row in s.indicators]
    blocks = table_block(w, columns, rows, CAPS["indicators"])
    return Section("indicators", w("summary.s.indicators"), blocks)


def _upcoming_cells(row: UpcomingRow, w: Words) -> tuple[Cell, ...]:
    if row.what == "meeting":
        what = value_label("type", row.detail, w.lang)
        what = what[:1].upper() + what[1:]
        detail: Line = w.item(row.title, row.item_id or "")
    elif row.what == "lovp":
        what = w("summary.part.lovp")
        detail = (Span("–"),)
    else:
        what = w(f"summary.part.{row.what}")
        item = w.item(row.title, row.item_id or "")
        detail = (Span(safe_line(row.detail)), Span(" — "), *item) if row.detail else item
    return (
        (Span(row.day.isoformat()),),
        (Span(what),),
        detail,
        (Span(safe_line(row.owner or "–")),),
    )


def upcoming(s: Summary, w: Words) -> Section:
    key = "summary.upcoming_meeting" if s.upcoming_until_is_meeting else "summary.upcoming_horizon"
    intro = w(key, start=w.long_date(s.header.as_of), end=w.long_date(s.upcoming_until))
    columns = (
        Column(w("date"), short=True),
        Column(w("summary.what")),
        Column(w("summary.item"), wide=True),
        Column(w("owner")),
    )
    rows = [_upcoming_cells(row, w) for row in s.upcoming]
    blocks = (
        Paragraph((Span(intro),), muted=True),
        *table_block(w, columns, rows, CAPS["upcoming"]),
    )
    return Section("upcoming", w("summary.s.upcoming"), blocks)


def quality(s: Summary, w: Words) -> Section:
    q = s.quality
    line = w("summary.quality_line", errors=q.errors, warnings=q.warnings, items=q.items)
    columns = (
        Column(w("summary.code"), short=True),
        Column(w("summary.severity"), short=True),
        Column(w("summary.count"), numeric=True),
    )
    rows = [
        (
            (Span(safe_line(p.code)),),
            (Span(w(f"severity.{p.severity}"), tone="bad" if p.severity == "error" else None),),
            (Span(str(p.count)),),
        )
        for p in q.by_code
    ]
    blocks = (Paragraph((Span(line),)), *table_block(w, columns, rows))
    return Section("quality", w("summary.s.quality"), blocks)
