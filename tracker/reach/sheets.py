"""The tables of the workbook and the CSV files: plain values read off the State.

A `Sheet` holds raw values (dates as dates, numbers as numbers, codes such as
`red` or `active`); the workbook writes them with formats and words in the label
language, the CSV files as they are. The tables `list` has use its rows
(`tracker.listing.rows`) and its columns (`tracker.reach.columns`), so the
workbook, `list --json` and the terminal agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tracker.listing import TABLES, jsonable, rows
from tracker.reach.columns import table_columns

if TYPE_CHECKING:
    from tracker.state import State

# How a column's values are written, by key; dates and numbers by their type.
PERCENT = frozenset({"progress"})
FLAGS = frozenset({"stale", "overdue", "meets_target", "review_overdue", "attention"})
WORDS = frozenset({"status", "phase", "type", "trend", "severity", "better", "band", "format"})
HEALTH = frozenset({"health"})
# The header of a column whose key is no label of `list`.
HEADERS = {
    "line": "reach.col.line",
    "column": "reach.col.column",
    "severity": "reach.col.severity",
    "code": "reach.col.code",
    "message": "reach.col.message",
    "hint": "reach.col.hint",
    "item": "reach.col.item",
    "item_title": "reach.col.item_title",
    "number": "reach.col.number",
    "note": "reach.col.note",
    "format": "reach.col.format",
    "attention": "reach.col.attention",
    "mitigation": "reach.col.mitigation",
}


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str  # stable: the CSV file name, the table name in the workbook
    title: str  # label key of the sheet's name
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)  # item id (lower case) -> row index

    def column(self, key: str) -> int:
        return self.columns.index(key)


def _listed(state: State, table: str) -> Sheet:
    found = rows(state, table)
    columns = table_columns(table, found)
    out = Sheet(table, table, columns, [tuple(r.get(k) for k in columns) for r in found])
    if table == "meetings":
        out.ids.update({r["id"].lower(): i for i, r in enumerate(found)})
    return out


def _milestones(state: State) -> Sheet:
    columns = ("item", "kind", "item_title", "number", "title", "due", "done", "overdue",
               "owner", "file", "line")  # fmt: skip
    out = Sheet("milestones", "reach.sheet.milestones", columns)
    for s in state.items:
        for m in s.milestones:
            out.rows.append((
                s.id, s.kind, s.title, m.index, m.milestone.title, m.milestone.due,
                m.milestone.done if m.done else None, m.overdue,
                s.item.__dict__.get("owner"), s.source.file, s.source.line,
            ))  # fmt: skip
    return out


def _values(state: State) -> Sheet:
    """Every value of every indicator, one a row (up to the as-of date)."""
    columns = ("id", "title", "format", "date", "value", "target", "better", "note")
    out = Sheet("values", "reach.sheet.values", columns)
    for s in state.items:
        if s.indicator is None:
            continue
        fields = s.item.__dict__
        for v in s.indicator.values:
            out.rows.append((
                s.id, s.title, fields.get("format"), v.date, v.value, fields.get("target"),
                fields.get("better"), v.note,
            ))  # fmt: skip
    return out


def _problems(state: State) -> Sheet:
    columns = ("severity", "file", "line", "column", "code", "message", "hint")
    out = Sheet("problems", "reach.sheet.problems", columns)
    for p in state.programme.problems:
        out.rows.append((str(p.severity), p.file, p.line or None, p.column or None, p.code,
                         p.message, p.hint or None))  # fmt: skip
    return out


def sheets(state: State) -> list[Sheet]:
    """Every table, in the order of the workbook (the about sheet comes before them)."""
    out = [_listed(state, table) for table in TABLES]
    out.insert(out.index(next(s for s in out if s.name == "indicators")) + 1, _values(state))
    out.insert(4, _milestones(state))
    out.append(_problems(state))
    return out


def plain(value: Any) -> Any:
    """A value as JSON and CSV write it: dates ISO, true/false, lists joined."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return jsonable(value)
