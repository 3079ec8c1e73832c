"""Summary -> Document: the model put into words in one language.

All text from the programme files passes through `safe_line` here (control characters,
lone surrogates and non-characters removed, folded to one line), so renderers
only have to escape for their own format.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from tracker.labels import HEALTH_SYMBOL, Lang, label, value_label
from tracker.state import Period
from tracker.summary.build import SEVERAL
from tracker.summary.changes import FieldChange
from tracker.summary.document import (
    Bullets,
    Cell,
    Chart,
    Column,
    Document,
    Facts,
    Line,
    Paragraph,
    Section,
    Span,
    Table,
)
from tracker.summary.model import (
    AttentionRow,
    IndicatorRow,
    ItemRow,
    MeetingBlock,
    Summary,
    UpcomingRow,
)
from tracker.textsafe import one_line

# What XML 1.0 (Word) and UTF-8 output cannot carry; textsafe.clean removes the rest.
_UNWRITABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
TREND_ARROW = {"up": "↑", "down": "↓", "flat": "→"}
HEALTH_COLUMNS = ("green", "amber", "red", "none")
STALE_MARK, OVERDUE_MARK = "~", "!"  # as in `list`
_STALE = Span(f" {STALE_MARK}", tone="bad", strong=True)
_OVERDUE = Span(f" {OVERDUE_MARK}", tone="bad", strong=True)
_DASH = Span(" — ")


@lru_cache(maxsize=1 << 16)
def safe_line(text: object) -> str:
    """Programme text made safe for any output: one clean line."""
    return _UNWRITABLE.sub("", one_line(text))


class Words:
    """Formatting of dates, numbers and values in one language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.months = label("summary.months", lang).split()
        self._plain: dict[str, str] = {}
        # Thousands of cells hold the same date, name or word: each such cell is made
        # once and shared, which also lets renderers recognise repeats by identity.
        self._cells: dict[str, Line] = {}
        self._dates: dict[date | None, Line] = {}
        self._health: dict[str | None, Line] = {}
        self._status: dict[tuple[str, str | None], str] = {}

    def __call__(self, key: str, **values: object) -> str:
        if values:
            return label(key, self.lang, **values)
        text = self._plain.get(key)
        if text is None:
            text = self._plain[key] = label(key, self.lang)
        return text

    def long_date(self, day: date) -> str:
        return f"{day.day} {self.months[day.month - 1]} {day.year}"

    def number(self, value: float | None, fmt: str = "number") -> str:
        if value is None:
            return "–"
        if abs(value) >= 1e15:  # as digits it would run across the page: 1.7e+308
            text = f"{value:.6g}"
        else:
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
        if self.lang == "nl":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return f"{text}%" if fmt == "percent" else text

    def percent(self, value: float | None) -> str:
        # Half up, as people round (round() would give 52% for 52.5).
        return "–" if value is None else f"{int(value + 0.5)}%"

    def health(self, health: str | None) -> Span:
        key = health or "none"
        return Span(f"{HEALTH_SYMBOL[key]} {value_label('health', health, self.lang)}", tone=key)

    def health_cell(self, health: str | None) -> Line:
        line = self._health.get(health)
        if line is None:
            line = self._health[health] = (self.health(health),)
        return line

    def status(self, kind: str, status: str | None) -> str:
        if status is None:
            return "–"
        text = self._status.get((kind, status))
        if text is None:
            field = "phase" if kind == "pilot" else "status"
            text = self._status[kind, status] = value_label(field, status, self.lang)
        return text

    def cell(self, text: str) -> Line:
        """A cell of one plain span."""
        line = self._cells.get(text)
        if line is None:
            line = self._cells[text] = (Span(text),)
        return line

    def date_cell(self, day: date | None) -> Line:
        line = self._dates.get(day)
        if line is None:
            line = self._dates[day] = self.cell(day.isoformat() if day else "–")
        return line

    def period(self, period: Period) -> str:
        if period.start is None:
            return self("summary.period_until", end=period.end.isoformat())
        first = period.start + timedelta(days=1)
        return self("summary.period_range", start=first.isoformat(), end=period.end.isoformat())

    def field_value(self, field: str, value: object | None) -> str:
        if value is None:
            return "–"
        if field == "progress":
            return f"{value}%"
        if field in ("status", "phase", "health"):
            return value_label(field, str(value), self.lang)
        return safe_line(value)

    def change(self, change: FieldChange) -> str:
        before = self.field_value(change.field, change.before)
        after = self.field_value(change.field, change.after)
        return f"{self(change.field)} {before} → {after}"


@lru_cache(maxsize=1 << 16)
def _item(title: str, item_id: str) -> Line:
    """An item's title with its id; cached, as an item appears in several sections."""
    return (Span(safe_line(title)), Span(f" ({safe_line(item_id)})", tone="muted"))


def _none(w: Words) -> Paragraph:
    return Paragraph((Span(w("summary.none")),), muted=True)


def _table(w: Words, columns: tuple[Column, ...], rows: list[tuple[Cell, ...]]) -> tuple:
    return (Table(columns, tuple(rows)),) if rows else (_none(w),)


def _header_facts(s: Summary, w: Words) -> Facts:
    h = s.header
    programme = safe_line(h.programme) + (f" ({safe_line(h.short)})" if h.short else "")
    as_of: list[Span] = [Span(h.as_of.isoformat())]
    if h.clamped:
        as_of = [
            Span(
                label(
                    "as_of_clamped",
                    w.lang,
                    date=h.as_of.isoformat(),
                    asked=h.requested_as_of.isoformat(),
                )
            )
        ]
    rows: list[tuple[str, Line]] = [
        (w("summary.programme"), (Span(programme),)),
        (w("summary.meeting"), (Span(w.long_date(h.meeting)),)),
        (w("reporting_period"), (Span(w.period(h.period)),)),
        (w("summary.as_of"), tuple(as_of)),
    ]
    if h.git is not None:
        key = "summary.commit_dirty" if h.git.dirty else "summary.commit"
        rows.append((w("summary.files"), (Span(w(key, commit=safe_line(h.git.commit))),)))
    return Facts(tuple(rows))


def _overview(s: Summary, w: Words) -> Section:
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
    blocks = (Paragraph((Span(headline),)), *_table(w, columns, rows))
    return Section("overview", w("summary.s.overview"), blocks)


def plain_health(w: Words, health: str) -> str:
    return w.health(None if health == "none" else health).text


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


def _attention(s: Summary, w: Words) -> Section:
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
        item = _item(row.title, row.ref if row.part == "action" else row.item_id)
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
    return Section("attention", w("summary.s.attention"), _table(w, columns, rows))


def _decisions(s: Summary, w: Words) -> Section:
    columns = (
        Column(w("summary.item"), wide=True),
        Column(w("summary.question"), wide=True),
        Column(w("owner")),
        Column(w("status"), short=True),
        Column(w("health"), short=True),
    )
    rows = [
        (
            _item(d.title, d.item_id),
            (Span(safe_line(d.question), strong=True),),
            (Span(safe_line(d.owner or "–")),),
            (Span(w.status(d.kind, d.status)),),
            (w.health(d.health),),
        )
        for d in s.decisions
    ]
    return Section("decisions", w("summary.s.decisions"), _table(w, columns, rows))


def _changes(s: Summary, w: Words) -> Section:
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
        if row.by:
            note.append(Span(f" ({safe_line(row.by)})", tone="muted"))
        rows.append(
            (
                (Span(row.date.isoformat() if row.date else "–"),),
                _item(row.title, row.item_id),
                tuple(note),
                (Span("; ".join(w.change(c) for c in row.changes) or "–"),),
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
            _item(c.title, c.item_id),
            (Span(w.field_value(c.field, c.before)),),
            (Span(w.field_value(c.field, c.after), strong=True),),
        )
        for c in s.status_changes
    ]
    return Section(
        "changes",
        w("summary.s.changes"),
        (Paragraph((Span(intro),), muted=True),),
        (
            Section("updates", w("summary.s.updates"), _table(w, columns, rows)),
            Section(
                "status-changes",
                w("summary.s.status_changes"),
                _table(w, status_columns, status_rows),
            ),
        ),
    )


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
    item = _item(row.title, row.item_id)
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


def _opgaven(s: Summary, w: Words) -> Section:
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
        subs.append(Section(f"opgave-{block.opgave_id or ''}", title, _table(w, columns, rows)))
    intro = Paragraph((Span(w("summary.opgaven_intro")),), True)
    legend = Paragraph((Span(w("summary.legend", stale=STALE_MARK, overdue=OVERDUE_MARK)),), True)
    blocks = (intro, legend) if subs else (_none(w),)
    return Section("opgaven", w("summary.s.opgaven"), blocks, tuple(subs))


def _meeting(m: MeetingBlock, w: Words) -> Section:
    facts: list[tuple[str, Line]] = [
        (w("date"), (Span(m.day.isoformat()),)),
        (w("type"), (Span(value_label("type", m.type, w.lang)),)),
    ]
    if m.location:
        facts.append((w("summary.location"), (Span(safe_line(m.location)),)))
    decisions = (
        Bullets(tuple((Span(safe_line(d)),) for d in m.decisions)) if m.decisions else _none(w)
    )
    columns = (
        Column(w("action"), short=True),
        Column(w("title"), wide=True),
        Column(w("owner")),
        Column(w("due"), short=True),
        Column(w("summary.state"), short=True),
    )
    rows = []
    for a in m.actions:
        if a.done:
            state = Span(w("summary.done_on", date=a.done.isoformat()), tone="good")
        elif a.overdue:
            state = Span(w("reason.overdue"), tone="bad")
        else:
            state = Span(w("summary.open"))
        rows.append(
            (
                (Span(safe_line(a.id)),),
                (Span(safe_line(a.title)),),
                (Span(safe_line(a.owner or "–")),),
                (Span(a.due.isoformat() if a.due else "–"),),
                (state,),
            )
        )
    blocks = (
        Facts(tuple(facts)),
        Paragraph((Span(w("decisions"), strong=True),)),
        decisions,
        Paragraph((Span(w("actions"), strong=True),)),
        *_table(w, columns, rows),
    )
    return Section(f"meeting-{m.item_id}", f"{safe_line(m.title)} ({safe_line(m.item_id)})", blocks)


def _meetings(s: Summary, w: Words) -> Section:
    subs = tuple(_meeting(m, w) for m in s.meetings)
    return Section("meetings", w("summary.s.meetings"), () if subs else (_none(w),), subs)


def _target(row: IndicatorRow, w: Words) -> str:
    if row.target is None:
        return "–"
    return f"{'≥' if row.better == 'higher' else '≤'} {w.number(row.target, row.format)}"


def _indicator_cells(row: IndicatorRow, w: Words) -> tuple[Cell, ...]:
    meets: Line = (Span("–"),)
    if row.meets is not None:
        meets = (Span(w("yes"), tone="good") if row.meets else Span(w("no"), tone="bad"),)
    trend = (
        f"{TREND_ARROW[row.trend]} {value_label('trend', row.trend, w.lang)}" if row.trend else "–"
    )
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
        _item(row.title, row.item_id),
        (Span(w.number(row.latest, row.format)),),
        (Span(row.latest_date.isoformat() if row.latest_date else "–"),),
        (Span(_target(row, w)),),
        meets,
        (Span(trend),),
        chart,
    )


def _indicators(s: Summary, w: Words) -> Section:
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
    return Section("indicators", w("summary.s.indicators"), _table(w, columns, rows))


def _upcoming_cells(row: UpcomingRow, w: Words) -> tuple[Cell, ...]:
    if row.what == "meeting":
        what = value_label("type", row.detail, w.lang)
        what = what[:1].upper() + what[1:]
        detail: Line = _item(row.title, row.item_id or "")
    elif row.what == "lovp":
        what = w("summary.part.lovp")
        detail = (Span("–"),)
    else:
        what = w(f"summary.part.{row.what}")
        item = _item(row.title, row.item_id or "")
        detail = (Span(safe_line(row.detail)), Span(" — "), *item) if row.detail else item
    return (
        (Span(row.day.isoformat()),),
        (Span(what),),
        detail,
        (Span(safe_line(row.owner or "–")),),
    )


def _upcoming(s: Summary, w: Words) -> Section:
    key = "summary.upcoming_meeting" if s.upcoming_until_is_meeting else "summary.upcoming_horizon"
    intro = w(key, start=s.header.as_of.isoformat(), end=s.upcoming_until.isoformat())
    columns = (
        Column(w("date"), short=True),
        Column(w("summary.what")),
        Column(w("summary.item"), wide=True),
        Column(w("owner")),
    )
    rows = [_upcoming_cells(row, w) for row in s.upcoming]
    blocks = (Paragraph((Span(intro),), muted=True), *_table(w, columns, rows))
    return Section("upcoming", w("summary.s.upcoming"), blocks)


def _quality(s: Summary, w: Words) -> Section:
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
    blocks = (Paragraph((Span(line),)), *_table(w, columns, rows))
    return Section("quality", w("summary.s.quality"), blocks)


def lay_out(summary: Summary, lang: Lang) -> Document:
    w = Words(lang)
    return Document(
        lang=lang,
        title=f"{w('summary.title')} — {w.long_date(summary.header.meeting)}",
        subtitle=safe_line(summary.header.programme),
        facts=_header_facts(summary, w),
        sections=(
            _overview(summary, w),
            _attention(summary, w),
            _decisions(summary, w),
            _changes(summary, w),
            _opgaven(summary, w),
            _meetings(summary, w),
            _indicators(summary, w),
            _upcoming(summary, w),
            _quality(summary, w),
        ),
        as_of=summary.header.as_of,
    )
