"""Table models for the views: rows built once per State, then filtered, searched, sorted.

Nothing here imports Textual. A `TableModel` holds every row of one table with
its cells (`rich.text.Text`, never markup), one sort value per column and a
lowercase haystack for search, so a search keystroke is one pass of substring
tests over precomputed strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from rich.text import Text

from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, Lang, label, value_label
from tracker.listing import Filters, action_row, item_row
from tracker.problems import Problem
from tracker.render.table import cell
from tracker.tui import text
from tracker.vocabulary import HEALTHS, MEASURE_STATUSES, PILOT_PHASES, REASON_ORDER

if TYPE_CHECKING:
    from tracker.state import ActionState, AttentionEntry, ItemState, Rollup, State

KIND_OF = {
    "measures": "measure",
    "pilots": "pilot",
    "meetings": "meeting",
    "indicators": "indicator",
}

COLUMNS: dict[str, tuple[str, ...]] = {
    "measures": ("id", "title", "status", "health", "progress", "due", "owner", "last_update"),
    "pilots": ("id", "title", "unit", "basisteam", "phase", "health", "progress", "last_update"),
    "meetings": ("id", "date", "type", "title", "owner", "last_update"),
    "actions": ("id", "title", "owner", "due", "done"),
    "indicators": ("id", "title", "value", "target", "meets_target", "trend", "latest"),
    "attention": ("ref", "title", "kind", "reason", "since"),
    "problems": ("severity", "location", "code", "message"),
    "dash_indicators": ("title", "trend", "value", "target", "meets_target"),
    "links": ("relation", "id", "kind", "title"),
    "opgaven": ("title", "health", "progress", "overdue", "stale", "decisions"),
    "risks": ("id", "title", "type", "status", "score", "band", "review_by", "owner"),
}
FLEX = frozenset({"title", "message"})
# Dropped first when the terminal is narrow; the id and the title always stay.
DROP_ORDER = (
    "last_update",
    "basisteam",
    "owner",
    "latest",
    "trend",
    "type",
    "code",
    "progress",
    "unit",
    "kind",
    "done",
)
RIGHT = frozenset({"progress", "value", "target"})
MAX_WIDTH = 26  # a cell wider than this is cut with an ellipsis
WIDTH_SAMPLE = 2000
WIDER = {"id": 32, "ref": 34, "location": 44}

# Filters each table offers, in the order the filter screen lists them.
FILTER_FIELDS: dict[str, tuple[str, ...]] = {
    "measures": ("opgave", "unit", "owner", "health", "status", "stale", "overdue"),
    "pilots": ("opgave", "unit", "owner", "health", "status", "stale", "overdue"),
    "meetings": ("opgave", "unit", "owner"),
    "actions": ("opgave", "unit", "owner", "status", "overdue"),
    "indicators": ("opgave", "unit", "owner"),
    "risks": ("opgave", "owner", "status"),
}
STATUS_VALUES: dict[str, tuple[str, ...]] = {
    "measures": MEASURE_STATUSES,
    "pilots": PILOT_PHASES,
    "actions": ("open", "done"),
    "risks": ("open", "mitigating", "closed"),
}
_HEALTH_ORDER = {"red": 0, "amber": 1, "green": 2}
_STATUS_ORDER = {v: i for i, v in enumerate((*MEASURE_STATUSES, *PILOT_PHASES))}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str  # already in the UI language
    width: int  # natural width: the widest cell or the label, capped
    flex: bool = False  # takes the width that is left
    justify: Literal["left", "right"] = "left"
    drop: int = 0  # 0: always shown; otherwise higher is dropped first
    least: int = 0  # the narrowest it may become (0: the table's default)


class Row:
    """One row: its key, raw values (for sorting), search haystack, and what it stands for.

    The cells are built on first use: the table draws only the rows on screen, so
    a table of 10,000 rows builds a few dozen rows of cells, not 10,000.
    """

    __slots__ = (
        "_cells",
        "_make",
        "action",
        "file",
        "haystack",
        "item",
        "key",
        "line",
        "problem",
        "values",
    )

    def __init__(
        self,
        key: str,
        make: Callable[[], tuple[Text, ...]] | None = None,
        values: tuple[Any, ...] = (),
        haystack: str = "",
        *,
        cells: tuple[Text, ...] | None = None,
        sort: tuple[Any, ...] | None = None,
        item: ItemState | None = None,
        action: ActionState | None = None,
        problem: Problem | None = None,
        file: str = "",
        line: int = 0,
    ) -> None:
        """Give `make` (cells built when first shown) or `cells`; `sort` is `values`."""
        if make is None and cells is None:
            raise ValueError("a row needs its cells or a function that makes them")
        self.key = key
        self._make = make
        self._cells = cells
        self.values = values if sort is None else sort
        self.haystack = haystack
        self.item = item  # the item whose detail Enter opens
        self.action = action
        self.problem = problem
        self.file = file
        self.line = line

    @property
    def cells(self) -> tuple[Text, ...]:
        if self._cells is None:
            self._cells = self._make()  # type: ignore[misc]
        return self._cells

    def __repr__(self) -> str:
        return f"Row({self.key!r})"


@dataclass(frozen=True, slots=True)
class TableModel:
    name: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    index: dict[str, int] = field(default_factory=dict)

    def column_index(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)


# ---- filtering, searching, sorting -------------------------------------------------


def matches(row: Row, filters: Filters) -> bool:
    if row.item is None:
        return True
    if row.action is not None:
        return filters.match_action(row.action, row.item)
    return filters.match(row.item)


def filter_rows(rows: Iterable[Row], filters: Filters) -> list[Row]:
    if filters == Filters():
        return list(rows)
    return [r for r in rows if matches(r, filters)]


def search_rows(rows: Sequence[Row], query: str) -> list[Row]:
    """Rows whose haystack holds every word of `query` (case-insensitive)."""
    terms = query.lower().split()
    if not terms:
        return list(rows)
    if len(terms) == 1:
        term = terms[0]
        return [r for r in rows if term in r.haystack]
    return [r for r in rows if all(t in r.haystack for t in terms)]


def sort_rows(rows: list[Row], model: TableModel, key: str | None, reverse: bool) -> list[Row]:
    index = model.column_index(key) if key else -1
    if index < 0 or key is None:
        return rows
    return sorted(rows, key=lambda r: _sort_value(key, r.values[index]), reverse=reverse)


# ---- building ---------------------------------------------------------------------


def _sort_value(key: str, value: Any) -> tuple[int, Any]:
    """Comparable within a column; empty values last."""
    if value is None or value == "":
        return (1, "")
    if key == "health":
        return (0, _HEALTH_ORDER.get(value, 3))
    if key in ("status", "phase"):
        return (0, _STATUS_ORDER.get(value, 99))
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float | date | tuple):
        return (0, value)
    return (0, str(value).lower())


def _columns(
    name: str, rows: Sequence[Row], lang: Lang, labels: dict[str, str]
) -> tuple[Column, ...]:
    keys = COLUMNS[name]
    # Widths from up to WIDTH_SAMPLE rows spread over the table: every row of a
    # small table, and no need to build the cells of every row of a large one.
    step = max(len(rows) // WIDTH_SAMPLE, 1)
    sample = rows[::step]
    out = []
    for i, key in enumerate(keys):
        title = labels.get(key) or label(key, lang)
        cap = WIDER.get(key, MAX_WIDTH)
        widest = max((r.cells[i].cell_len for r in sample), default=0)
        width = min(max(len(title) + 2, widest), max(cap, len(title) + 2))
        drop = len(DROP_ORDER) - DROP_ORDER.index(key) if key in DROP_ORDER else 0
        if widest == 0 and key not in FLEX and rows:
            drop = len(DROP_ORDER) + 1  # nothing in it: the first to go when room is short
        out.append(
            Column(
                key,
                title,
                width,
                flex=key in FLEX,
                justify="right" if key in RIGHT else "left",
                drop=drop,
            )
        )
    return tuple(out)


def _model(
    name: str, rows: list[Row], lang: Lang, labels: dict[str, str] | None = None
) -> TableModel:
    columns = _columns(name, rows, lang, labels or {})
    return TableModel(name, columns, tuple(rows), {r.key: i for i, r in enumerate(rows)})


def _haystack(s: ItemState) -> str:
    item = s.item
    notes = " ".join(u.note for u in s.updates)
    return f"{item.id} {item.title} {item.owner or ''} {notes}".lower()


def _item_cells(data: dict[str, Any], keys: tuple[str, ...], lang: Lang) -> tuple[Text, ...]:
    cells = [cell(k, data, lang) for k in keys]
    if data["kind"] == "indicator":
        fmt = getattr(data["_item"], "format", "number")
        for i, k in enumerate(keys):
            if k in ("value", "target"):
                cells[i] = Text(text.number(data.get(k), fmt), end="")
    return tuple(cells)


def item_table(state: State, name: str, lang: Lang) -> TableModel:
    keys = COLUMNS[name]
    kind = KIND_OF[name]
    rows = []
    for s in state.items:
        if s.kind != kind:
            continue
        data = item_row(s)
        data["_item"] = s.item
        rows.append(
            Row(
                s.id,
                partial(_item_cells, data, keys, lang),
                tuple(data.get(k) for k in keys),
                _haystack(s),
                item=s,
                file=s.source.file,
                line=s.source.line,
            )
        )
    return _model(name, rows, lang)


def _cells(data: dict[str, Any], keys: tuple[str, ...], lang: Lang) -> tuple[Text, ...]:
    return tuple(cell(k, data, lang) for k in keys)


def action_table(state: State, lang: Lang) -> TableModel:
    keys = COLUMNS["actions"]
    rows = []
    for meeting in state.of_kind("meeting"):
        for a in meeting.actions:
            data = action_row(a, meeting)
            rows.append(
                Row(
                    a.id,
                    partial(_cells, data, keys, lang),
                    tuple(data.get(k) for k in keys),
                    f"{a.id} {a.action.title} {a.action.owner or ''}".lower(),
                    item=meeting,
                    action=a,
                    file=meeting.source.file,
                    line=meeting.source.line,
                )
            )
    return _model("actions", rows, lang)


def _entry_kind(detail: str, kind: str, lang: Lang) -> str:
    return label(f"tui.{detail}", lang) if detail in ("action", "milestone") else label(kind, lang)


def _attention_cells(entry: AttentionEntry, item: str, lang: Lang) -> tuple[Text, ...]:
    return (
        text.plain(item),
        text.plain(entry.title),
        Text(_entry_kind(entry.detail, entry.item.kind, lang), end=""),
        text.reason(entry.reason, lang),
        Text(text.day(entry.since), end=""),
    )


def attention_table(state: State, lang: Lang) -> TableModel:
    rows = []
    seen: dict[str, int] = {}
    for entry in state.attention:
        base = f"{entry.reason}|{entry.ref}"
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base}|{seen[base]}"
        # A milestone's title is in the title column already; name only its item.
        item = entry.item.id if entry.detail == "milestone" else entry.ref
        kind = entry.detail if entry.detail in ("action", "milestone") else entry.item.kind
        rows.append(
            Row(
                key,
                partial(_attention_cells, entry, item, lang),
                (item, entry.title, kind, REASON_ORDER[entry.reason], entry.since),
                f"{entry.ref} {entry.title} {entry.owner or ''}".lower(),
                item=entry.item,
                file=entry.item.source.file,
                line=entry.item.source.line,
            )
        )
    labels = {
        "ref": label("tui.item", lang),
        "reason": label("tui.reason", lang),
        "since": label("tui.since", lang),
    }
    model = _model("attention", rows, lang, labels)
    # The reason and its date stay whole on a narrow screen; item and title give way.
    columns = tuple(
        replace(c, least=c.width) if c.key in ("reason", "since") else c for c in model.columns
    )
    columns = tuple(replace(c, least=16) if c.flex else c for c in columns)
    return replace(model, columns=columns)


def _meets(value: bool | None, lang: Lang) -> Text:
    if value is None:
        return Text("–", style="dim", end="")
    if value:
        return Text(f"✔ {label('tui.on_target', lang)}", style="green", end="")
    return Text(f"▼ {label('reason.below-target', lang)}", style="dark_orange", end="")


def _indicator_cells(s: ItemState, lang: Lang) -> tuple[Text, ...]:
    facts = s.indicator
    fmt = getattr(s.item, "format", "number")
    values = [v.value for v in facts.values] if facts else []
    latest = facts.latest.value if facts and facts.latest else None
    return (
        text.plain(s.title),
        Text(text.sparkline(values[-12:]), style="cyan", end=""),
        Text(text.number(latest, fmt), end=""),
        Text(text.number(getattr(s.item, "target", None), fmt), end=""),
        _meets(facts.meets_target if facts else None, lang),
    )


def dash_indicator_table(state: State, lang: Lang) -> TableModel:
    rows = []
    for s in state.of_kind("indicator"):
        facts = s.indicator
        latest = facts.latest.value if facts and facts.latest else None
        meets = facts.meets_target if facts else None
        values = (s.title, None, latest, getattr(s.item, "target", None), meets)
        rows.append(
            Row(
                s.id,
                partial(_indicator_cells, s, lang),
                values,
                _haystack(s),
                item=s,
                file=s.source.file,
                line=s.source.line,
            )
        )
    labels = {"trend": label("tui.values", lang), "value": label("latest", lang)}
    return _model("dash_indicators", rows, lang, labels)


def severity(problem: Problem, lang: Lang) -> Text:
    if problem.is_error:
        return Text(f"✖ {label('tui.error', lang)}", style="bold red", end="")
    return Text(f"▲ {label('tui.warning', lang)}", style="dark_orange", end="")


def _problem_cells(p: Problem, lang: Lang) -> tuple[Text, ...]:
    location = f"{p.file}:{p.line}" if p.line else p.file
    return (severity(p, lang), text.plain(location), Text(p.code, end=""), text.plain(p.message))


def problem_table(problems: Sequence[Problem], lang: Lang) -> TableModel:
    rows = []
    seen: dict[str, int] = {}
    for p in problems:
        base = f"{p.location}|{p.code}"
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base}|{seen[base]}"
        values = (0 if p.is_error else 1, (p.file, p.line, p.column), p.code, p.message)
        rows.append(
            Row(
                key,
                partial(_problem_cells, p, lang),
                values,
                p.text().lower(),
                problem=p,
                file=p.file,
                line=p.line,
            )
        )
    labels = {
        "severity": label("tui.severity", lang),
        "location": label("tui.location", lang),
        "code": label("tui.code", lang),
        "message": label("tui.message", lang),
    }
    return _model("problems", rows, lang, labels)


def _link_cells(relation: str, other: ItemState, lang: Lang) -> tuple[Text, ...]:
    return (
        Text(label(relation, lang), end=""),
        text.plain(other.id),
        Text(label(other.kind, lang), end=""),
        text.plain(other.title),
    )


def links_table(pairs: Sequence[tuple[str, ItemState]], lang: Lang) -> TableModel:
    """Related items of a detail pane: relation (a labels.py key) and the other item."""
    rows = []
    for relation, other in pairs:
        rows.append(
            Row(
                f"{relation}|{other.id}",
                partial(_link_cells, relation, other, lang),
                (label(relation, lang), other.id, other.kind, other.title),
                item=other,
                file=other.source.file,
                line=other.source.line,
            )
        )
    return _model("links", rows, lang, {"relation": label("tui.relation", lang)})


def health_counts(counts: dict[str, int], lang: Lang, words: bool, per_line: int = 4) -> Text:
    """Counts by health, each with its symbol (and word), in its colour."""
    out = Text(end="")
    for n, key in enumerate(("green", "amber", "red", "none")):
        if n:
            out.append("\n" if n % per_line == 0 else "  ")
        piece = f"{HEALTH_SYMBOL[key]} {counts.get(key, 0)}"
        if words:
            piece += f" {value_label('health', None if key == 'none' else key, lang)}"
        out.append(piece, style=HEALTH_COLOUR[key])
    return out


def _opgave_cells(rollup: Rollup, title: str, lang: Lang) -> tuple[Text, ...]:
    return (
        text.plain(title, style="bold"),
        health_counts(rollup.health, lang, words=False),
        text.bar(rollup.mean_progress, 8),
        Text(f"! {rollup.overdue}", style="red" if rollup.overdue else "dim", end=""),
        Text(f"~ {rollup.stale}", style="yellow" if rollup.stale else "dim", end=""),
        Text(f"? {rollup.decisions}", style="magenta" if rollup.decisions else "dim", end=""),
    )


def opgave_table(state: State, lang: Lang) -> TableModel:
    """One row per opgave (and programme-wide items): the dashboard's compact cards."""
    rows = []
    for rollup in state.rollups:
        title = rollup.opgave.title if rollup.opgave else label("programme-wide", lang)
        values = (
            title,
            -rollup.health.get("red", 0),
            rollup.mean_progress,
            rollup.overdue,
            rollup.stale,
            rollup.decisions,
        )
        rows.append(Row(rollup.key or "*", partial(_opgave_cells, rollup, title, lang), values))
    # Symbols as headings keep the row within 80 columns; the legend says what they mean.
    labels = {"title": label("opgave", lang), "overdue": "!", "stale": "~", "decisions": "?"}
    model = _model("opgaven", rows, lang, labels)
    # Every figure of a card stays whole; the opgave's title gives way instead.
    columns = tuple(replace(c, drop=0, least=12 if c.flex else c.width) for c in model.columns)
    return replace(model, columns=columns)


def build_tables(state: State, lang: Lang) -> dict[str, TableModel]:
    """Every table the views show, for one State and language."""
    tables = {name: item_table(state, name, lang) for name in KIND_OF}
    tables["actions"] = action_table(state, lang)
    tables["attention"] = attention_table(state, lang)
    tables["dash_indicators"] = dash_indicator_table(state, lang)
    tables["problems"] = problem_table(state.programme.problems, lang)
    tables["opgaven"] = opgave_table(state, lang)
    from tracker.tui.risk_table import risk_table  # format 2: key 9

    tables["risks"] = risk_table(state, lang)
    return tables


# ---- filter choices ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: Text


def filter_choices(
    state: State, model: TableModel, name: str, lang: Lang
) -> dict[str, list[Choice]]:
    """The values each filter of table `name` can take, as found in the State."""
    out: dict[str, list[Choice]] = {}
    fields = FILTER_FIELDS.get(name, ())
    if "opgave" in fields:
        out["opgave"] = [Choice(o.id, text.plain(f"{o.id} — {o.title}")) for o in state.opgaven]
    if "unit" in fields:
        agenda = state.programme.agenda
        names = {u.id: u.name for u in agenda.units} if agenda else {}
        for r in model.rows:
            unit = r.item.item.unit if r.item else None
            if unit and unit not in names:
                names[unit] = unit
        out["unit"] = [
            Choice(u, text.plain(u if n == u else f"{u} — {n}")) for u, n in names.items()
        ]
    if "owner" in fields:
        owners: set[str] = set()
        for r in model.rows:
            owner = r.action.action.owner if r.action else (r.item.item.owner if r.item else None)
            if owner:
                owners.add(owner)
        out["owner"] = [Choice(o, text.plain(o)) for o in sorted(owners, key=str.lower)]
    if "health" in fields:
        out["health"] = [
            Choice(h, text.health(None if h == "none" else h, lang)) for h in (*HEALTHS, "none")
        ]
    if "status" in fields:
        field_name = "phase" if name == "pilots" else "status"
        out["status"] = [
            Choice(
                v,
                Text(
                    value_label(field_name, v, lang)
                    if name != "actions"
                    else label(f"tui.{v}", lang)
                ),
            )
            for v in STATUS_VALUES[name]
        ]
    return out


def with_filter(filters: Filters, name: str, value: str | bool | None) -> Filters:
    return replace(filters, **{name: value})


def describe(filters: Filters, choices: dict[str, list[Choice]], lang: Lang) -> list[Text]:
    """Each active filter as `field: value` text, in the filter screen's order."""
    parts: list[Text] = []
    for name in ("opgave", "unit", "owner", "health", "status"):
        value = getattr(filters, name)
        if not value:
            continue
        shown = next((c.label for c in choices.get(name, []) if c.value == value), None)
        piece = Text(f"{label(f'tui.filter.{name}', lang)}: ", style="bold", end="")
        piece.append_text(shown.copy() if shown is not None else text.plain(value))
        parts.append(piece)
    for name in ("stale", "overdue"):
        if getattr(filters, name):
            parts.append(Text(label(name, lang), style="bold", end=""))
    return parts
