"""The sections on where things stand: overview, attention, decisions, status per opgave."""

from __future__ import annotations

from datetime import date

from tracker.labels import HEALTH_SYMBOL, LABELS, value_label
from tracker.summary.document import Cell, Column, Facts, Line, Paragraph, Section, Span, plain
from tracker.summary.groups import SEVERAL, TOTAL
from tracker.summary.model import AttentionBlock, AttentionRow, ItemRow, OpgaveBlock, Summary
from tracker.summary.words import (
    CAPS,
    HEALTH_COLUMNS,
    OVERDUE_MARK,
    STALE_MARK,
    Words,
    more_line,
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
        Column(w("summary.shared"), numeric=True),
        *(Column(plain_health(w, h), numeric=True) for h in HEALTH_COLUMNS),
        Column(w("mean_progress"), numeric=True),
        Column(w("overdue"), numeric=True),
        Column(w("summary.stale"), numeric=True),
    )
    rows = []
    for r in s.overview:
        total = r.opgave_id == TOTAL
        if total:
            title = w("summary.total")
        else:
            title = safe_line(r.title) if r.opgave_id else w("programme-wide")
        rows.append(
            (
                (Span(title, strong=total),),
                (Span(str(r.items), strong=total),),
                (Span(str(r.shared) if r.shared else "–"),),
                *(
                    (Span(str(r.health.get(h, 0)), tone=h if r.health.get(h) else None),)
                    for h in HEALTH_COLUMNS
                ),
                (Span(w.percent(r.mean_progress)),),
                (Span(str(r.overdue), tone="bad" if r.overdue else None),),
                (Span(str(r.stale), tone="bad" if r.stale else None),),
            )
        )
    note = Paragraph((Span(w("summary.overview_note")),), muted=True)
    blocks = (Paragraph((Span(headline),)), *table_block(w, columns, rows), note)
    return Section("overview", w("summary.s.overview"), blocks)


def _attention_detail(row: AttentionRow, w: Words) -> Line:
    day = w.long_date(row.day) if row.day else ""
    if row.reason == "contradicts" and row.part == "verdict":
        verdict = w.health(row.reported).text
        return (Span(w("summary.verdict_over_red", verdict=verdict), tone="bad"),)
    if row.reason == "contradicts":
        reported = w.health(row.reported).text
        facts = w.health(row.facts).text
        return (Span(w("summary.contradicts", reported=reported, facts=facts), tone="bad"),)
    if row.reason == "red":
        return (Span(w("summary.since", date=day)),) if row.day else ()
    if row.reason == "overdue" and row.part == "review":
        return (Span(w("summary.review_on", date=day), tone="bad"),)
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


def _attention_item(row: AttentionRow, w: Words, parts: dict[str, Span]) -> Line:
    if row.count > 1:  # a group: how many, of what; the detail says what they share
        key = f"summary.group.{row.part or row.kind}"
        if key not in LABELS:
            key = "summary.group.item"
        names = "; ".join(safe_line(m) for m in row.members)
        return (Span(w(key, n=row.count), strong=True), *((Span(f": {names}"),) if names else ()))
    item = w.item(row.title, row.ref if row.part == "action" else row.item_id)
    if row.part:
        part = parts.get(row.part)
        if part is None:
            part = parts[row.part] = Span(f"{w('summary.part.' + row.part)}: ", strong=True)
        if row.part in ("milestone", "action") and row.part_title:
            item = (part, Span(safe_line(row.part_title)), _DASH, *item)
        elif row.part in ("due", "review", "verdict"):
            item = (part, *item)
    return item


def attention(s: Summary, w: Words) -> Section:
    """Per opgave: contradictions first, then red, overdue, stale; groups and a cap keep
    it short (the full lists are in the terminal UI and `list`)."""
    columns = (
        Column(w("summary.reason"), short=True),
        Column(w("summary.item"), wide=True),
        Column(w("owner")),
        Column(w("summary.detail")),
    )
    reasons: dict[str, Line] = {"red": (Span(f"{HEALTH_SYMBOL['red']} {w('reason.red')}", "red"),)}
    parts: dict[str, Span] = {}
    details: dict[tuple[str, date | None], Line] = {}
    subs = []
    for block in s.attention:
        rows: list[tuple[Cell, ...]] = []
        for row in block.rows:
            reason = reasons.get(row.reason)
            if reason is None:
                key = f"summary.reason.{row.reason}"
                words = w(key) if key in LABELS else value_label("reason", row.reason, w.lang)
                reason = reasons[row.reason] = (Span(words, "bad"),)
            if row.reason in ("below-target", "contradicts") or row.part == "review":
                detail = _attention_detail(row, w)
            else:  # the same reason and date give the same words
                detail = details.get((row.reason, row.day))
                if detail is None:
                    detail = details[row.reason, row.day] = _attention_detail(row, w)
            owner = w.cell(safe_line(row.owner or "–"))
            rows.append((reason, _attention_item(row, w, parts), owner, detail))
        if block.more:
            more = (Span(w("summary.and_more", n=block.more)),)
            rows.append((w.cell(""), more, w.cell(""), w.cell("")))
        subs.append(
            Section(
                f"attention-{block.opgave_id or ''}",
                _block_title(block, w),
                tuple(table_block(w, columns, rows)),
            )
        )
    blocks: tuple = () if subs else (said_none(w),)
    return Section("attention", w("summary.s.attention"), blocks, tuple(subs))


def _block_title(block: AttentionBlock | OpgaveBlock, w: Words) -> str:
    if block.opgave_id == SEVERAL:
        return w("summary.several_opgaven")
    return safe_line(block.title) if block.opgave_id else w("programme-wide")


def decisions(s: Summary, w: Words) -> Section:
    """Each decision as a point for the agenda: the question, proposal, advice, who asks."""
    subs = []
    for d in s.decisions:
        facts: list[tuple[str, Line]] = [
            (w("summary.question"), (Span(safe_line(d.question), strong=True),)),
        ]
        if d.proposal:
            facts.append((w("summary.proposal"), (Span(safe_line(d.proposal)),)))
        if d.advice:
            facts.append((w("summary.advice"), (Span(safe_line(d.advice)),)))
        facts.append((w("summary.asked_by"), (Span(safe_line(d.owner or "–")),)))
        if d.meeting:
            facts.append((w("summary.decide_at"), (Span(w.long_date(d.meeting)),)))
        facts.append(
            (
                w("summary.item_state"),
                (Span(f"{w.status(d.kind, d.status)} · "), w.health(d.health)),
            )
        )
        title = plain(w.item(d.title, d.item_id))
        subs.append(Section(f"decision-{len(subs) + 1}", title, (Facts(tuple(facts)),)))
    blocks: tuple = () if subs else (said_none(w),)
    if not w.internal and len(subs) > CAPS["decisions"]:
        blocks = (more_line(w, len(subs) - CAPS["decisions"]),)
        subs = subs[: CAPS["decisions"]]
    return Section("decisions", w("summary.s.decisions"), blocks, tuple(subs))


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
    item = w.item(row.title, row.item_id)
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
        Column(w("summary.health"), short=True),
        Column(w("progress"), numeric=True),
        Column(w("owner")),
        Column(w("summary.last_update"), short=True),
        Column(w("summary.next_milestone"), wide=True),
    )
    subs = []
    for block in s.opgaven:
        several = block.opgave_id == SEVERAL
        title = _block_title(block, w)
        rows = [_item_cells(row, w, several) for row in block.rows]
        subs.append(
            Section(f"opgave-{block.opgave_id or ''}", title, table_block(w, columns, rows))
        )
    intro = Paragraph((Span(w("summary.opgaven_intro")),), True)
    legend = Paragraph((Span(w("summary.legend", stale=STALE_MARK, overdue=OVERDUE_MARK)),), True)
    blocks = (intro, legend) if subs else (said_none(w),)
    return Section("opgaven", w("summary.s.opgaven"), blocks, tuple(subs))
