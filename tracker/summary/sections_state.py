"""The sections on where things stand: overview, attention, decisions, status per opgave."""

from __future__ import annotations

from datetime import date

from tracker.labels import HEALTH_SYMBOL, value_label
from tracker.summary.build import SEVERAL
from tracker.summary.document import Cell, Column, Line, Paragraph, Section, Span
from tracker.summary.model import AttentionRow, ItemRow, Summary
from tracker.summary.words import (
    HEALTH_COLUMNS,
    OVERDUE_MARK,
    STALE_MARK,
    Words,
    item_line,
    plain_health,
    safe_line,
    said_none,
    table_block,
)

_STALE = Span(f" {STALE_MARK}", tone="bad", strong=True)
_OVERDUE = Span(f" {OVERDUE_MARK}", tone="bad", strong=True)
_DASH = Span(" — ")


def overview(s: Summary, w: Words) -> Section:
    hl = s.headline
    headline = w(
        "summary.headline",
        measures=hl.measures,
        pilots=hl.pilots,
        red=hl.red,
        overdue=hl.overdue,
        stale=hl.stale,
        decisions=hl.decisions,
        below=hl.below_target,
    )
    columns = (
        Column(w("opgave"), wide=True),
        Column(w("items"), numeric=True),
        *(Column(plain_health(w, h), numeric=True) for h in HEALTH_COLUMNS),
        Column(w("mean_progress"), numeric=True),
        Column(w("overdue"), numeric=True),
        Column(w("stale"), numeric=True),
        Column(w("decisions"), numeric=True),
    )
    rows = []
    for r in s.overview:
        title = safe_line(r.title) if r.opgave_id else w("programme-wide")
        rows.append(
            (
                (Span(title),),
                (Span(str(r.items)),),
                *(
                    (Span(str(r.health.get(h, 0)), tone=h if r.health.get(h) else None),)
                    for h in HEALTH_COLUMNS
                ),
                (Span(w.percent(r.mean_progress)),),
                (Span(str(r.overdue), tone="bad" if r.overdue else None),),
                (Span(str(r.stale), tone="bad" if r.stale else None),),
                (Span(str(r.decisions)),),
            )
        )
    blocks = (Paragraph((Span(headline),)), *table_block(w, columns, rows))
    return Section("overview", w("summary.s.overview"), blocks)


def _attention_detail(row: AttentionRow, w: Words) -> Line:
    day = row.day.isoformat() if row.day else ""
    if row.reason == "red":
        return (Span(w("summary.since", date=day)),) if row.day else ()
    if row.reason == "overdue":
        return (Span(w("summary.due_on", date=day), tone="bad"),)
    if row.reason == "stale":
        if row.day is None:
            return (Span(w("summary.no_update")),)
        return (Span(w("summary.last_update_on", date=day)),)
    return (
        Span(
            w(
                "summary.measured",
                value=w.number(row.value, row.format),
                date=day,
                target=w.number(row.target, row.format),
            ),
            tone="bad",
        ),
    )


def attention(s: Summary, w: Words) -> Section:
    columns = (
        Column(w("summary.reason"), short=True),
        Column(w("summary.item"), wide=True),
        Column(w("owner")),
        Column(w("summary.detail"), short=True),
    )
    reasons: dict[str, Line] = {"red": (Span(f"{HEALTH_SYMBOL['red']} {w('reason.red')}", "red"),)}
    parts: dict[str, Span] = {}
    details: dict[tuple[str, date | None], Line] = {}
    rows = []
    for row in s.attention:
        reason = reasons.get(row.reason)
        if reason is None:
            reason = reasons[row.reason] = (Span(value_label("reason", row.reason, w.lang), "bad"),)
        item = item_line(row.title, row.ref if row.part == "action" else row.item_id)
        if row.part:
            part = parts.get(row.part)
            if part is None:
                part = parts[row.part] = Span(f"{w('summary.part.' + row.part)}: ", strong=True)
            if row.part in ("milestone", "action") and row.part_title:
                item = (part, Span(safe_line(row.part_title)), _DASH, *item)
            elif row.part == "due":
                item = (part, *item)
        if row.reason == "below-target":
            detail = _attention_detail(row, w)
        else:  # the same reason and date give the same words
            detail = details.get((row.reason, row.day))
            if detail is None:
                detail = details[row.reason, row.day] = _attention_detail(row, w)
        rows.append((reason, item, w.cell(safe_line(row.owner or "–")), detail))
    return Section("attention", w("summary.s.attention"), table_block(w, columns, rows))


def decisions(s: Summary, w: Words) -> Section:
    columns = (
        Column(w("summary.item"), wide=True),
        Column(w("summary.question"), wide=True),
        Column(w("owner")),
        Column(w("status"), short=True),
        Column(w("health"), short=True),
    )
    rows = [
        (
            item_line(d.title, d.item_id),
            (Span(safe_line(d.question), strong=True),),
            (Span(safe_line(d.owner or "–")),),
            (Span(w.status(d.kind, d.status)),),
            (w.health(d.health),),
        )
        for d in s.decisions
    ]
    return Section("decisions", w("summary.s.decisions"), table_block(w, columns, rows))


def _item_cells(row: ItemRow, w: Words, several: bool = False) -> tuple[Cell, ...]:
    # Markers rather than words keep the table compact; the section's legend explains them.
    last = w.date_cell(row.last_update)
    if row.stale:
        last = (*last, _STALE)
    nxt = w.cell("–")
    if row.next_milestone is not None:
        m = row.next_milestone
        nxt = (Span(f"{safe_line(m.title)}, {m.due.isoformat()}"),)
        if m.overdue:
            nxt = (*nxt, _OVERDUE)
    item = item_line(row.title, row.item_id)
    if several:
        item = (*item, Span(f" · {', '.join(safe_line(o) for o in row.opgaven)}", tone="muted"))
    return (
        item,
        w.cell(w(row.kind)),
        w.cell(w.status(row.kind, row.status)),
        w.health_cell(row.health),
        w.cell("–" if row.progress is None else f"{row.progress}%"),
        w.cell(safe_line(row.owner or "–")),
        last,
        nxt,
    )


def opgaven(s: Summary, w: Words) -> Section:
    columns = (
        Column(w("summary.item"), wide=True),
        Column(w("kind"), short=True),
        Column(w("status"), short=True),
        Column(w("health"), short=True),
        Column(w("progress"), numeric=True),
        Column(w("owner")),
        Column(w("last_update"), short=True),
        Column(w("summary.next_milestone"), wide=True),
    )
    subs = []
    for block in s.opgaven:
        several = block.opgave_id == SEVERAL
        if several:
            title = w("summary.several_opgaven")
        else:
            title = safe_line(block.title) if block.opgave_id else w("programme-wide")
        rows = [_item_cells(row, w, several) for row in block.rows]
        subs.append(
            Section(f"opgave-{block.opgave_id or ''}", title, table_block(w, columns, rows))
        )
    intro = Paragraph((Span(w("summary.opgaven_intro")),), True)
    legend = Paragraph((Span(w("summary.legend", stale=STALE_MARK, overdue=OVERDUE_MARK)),), True)
    blocks = (intro, legend) if subs else (said_none(w),)
    return Section("opgaven", w("summary.s.opgaven"), blocks, tuple(subs))
