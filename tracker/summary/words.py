"""Words in one language: dates, numbers, health and the cells every section shares.

All text from the programme files passes through `safe_line` (control characters,
lone surrogates and non-characters removed, folded to one line), so renderers
only have to escape for their own format.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from tracker.labels import HEALTH_SYMBOL, LABELS, Lang, label, value_label
from tracker.state import Period
from tracker.summary.changes import FieldChange
from tracker.summary.document import Cell, Column, Line, Paragraph, Span, Table
from tracker.textsafe import one_line

_UNWRITABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
TREND_ARROW = {"up": "↑", "down": "↓", "flat": "→"}
HEALTH_COLUMNS = ("green", "amber", "red", "none")
STALE_MARK, OVERDUE_MARK = "~", "!"  # as in `list`
AUDIENCES = ("lovp", "internal")


@lru_cache(maxsize=1 << 16)
def safe_line(text: object) -> str:
    """Programme text made safe for any output: one clean line."""
    return _UNWRITABLE.sub("", one_line(text))


class Words:
    """Formatting of dates, numbers and values in one language."""

    def __init__(self, lang: Lang, audience: str = "lovp") -> None:
        self.lang = lang
        # For the LOVP the report leaves out ids, slugs and commits: words for people.
        self.internal = audience == "internal"
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

    def item(self, title: str, item_id: str) -> Line:
        """An item's title, with its id for an internal reader."""
        if self.internal:
            return item_line(title, item_id)
        return self.cell(safe_line(title))

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
            return self("summary.period_until", end=self.long_date(period.end))
        first = period.start + timedelta(days=1)
        return self(
            "summary.period_range", start=self.long_date(first), end=self.long_date(period.end)
        )

    def field_value(self, field: str, value: object | None, kind: str | None = None) -> str:
        if field == "health":  # not set is a health of its own: ○, as in the overview
            return self.health(str(value) if value is not None else None).text
        if value is None:
            return "–"
        if field == "progress":
            return f"{value}%"
        # A risk's status has words of its own (open, mitigating, closed).
        if field == "risk_status" or (field == "status" and kind == "risk"):
            key = f"summary.risk_state.{value}"
            return self(key) if key in LABELS else safe_line(value)
        if field in ("status", "phase", "health"):
            if field == "health":
                return self.health(str(value)).text
            return value_label(field, str(value), self.lang)
        return safe_line(value)

    def change(self, change: FieldChange, kind: str | None = None) -> str:
        before = self.field_value(change.field, change.before, kind)
        after = self.field_value(change.field, change.after, kind)
        field = "status" if change.field == "risk_status" else change.field
        key = f"summary.field.{field}"
        name = self(key) if key in LABELS else change.field
        return f"{name} {before} → {after}"


@lru_cache(maxsize=1 << 16)
def item_line(title: str, item_id: str) -> Line:
    """An item's title with its id; cached, as an item appears in several sections."""
    return (Span(safe_line(title)), Span(f" ({safe_line(item_id)})", tone="muted"))


def said_none(w: Words) -> Paragraph:
    return Paragraph((Span(w("summary.none")),), muted=True)


def table_block(
    w: Words, columns: tuple[Column, ...], rows: list[tuple[Cell, ...]], cap: int | None = None
) -> tuple:
    """The rows as a table, or "None."; for the LOVP at most `cap` rows and a line saying
    how many more there are (the full lists are in the terminal UI and `list`)."""
    if not rows:
        return (said_none(w),)
    if cap is None or w.internal or len(rows) <= cap:
        return (Table(columns, tuple(rows)),)
    return (Table(columns, tuple(rows[:cap])), more_line(w, len(rows) - cap))


def more_line(w: Words, n: int) -> Paragraph:
    return Paragraph((Span(w("summary.and_more", n=n)),), muted=True)


# How many rows of a long list the LOVP gets: enough for the meeting, few enough
# that a national programme's report stays a report (under 12 pages at 10,000 items).
CAPS = {
    "decisions": 8,
    "actions": 20,
    "meetings": 6,
    "indicators": 15,
    "upcoming": 15,
    "updates": 15,
    "status-changes": 10,
    "risks": 15,
}


def plain_health(w: Words, health: str) -> str:
    return w.health(None if health == "none" else health).text
