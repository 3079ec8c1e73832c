"""The terminal UI's tables built off one State: one builder per table, cells made
when first drawn. Which columns, their headings, alignment, width caps and drop
order come from the one registry, `tracker.columns`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text

from tracker.columns import DECISION_MARK, DROP_ORDER, KIND_OF, OVERDUE_MARK, STALE_MARK, TABLES
from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, Lang, label, value_label
from tracker.listing import action_row, item_row, risk_row
from tracker.render.table import cell
from tracker.tui import text
from tracker.tui.rows import Column, Row, TableModel
from tracker.vocabulary import REASON_ORDER

if TYPE_CHECKING:
    from tracker.problems import Problem
    from tracker.state import AttentionEntry, ItemState, Rollup, State

WIDTH_SAMPLE = 2000


def _columns(name: str, rows: Sequence[Row], lang: Lang) -> tuple[Column, ...]:
    # Widths from up to WIDTH_SAMPLE rows spread over the table: every row of a
    # small table, and no need to build the cells of every row of a large one.
    step = max(len(rows) // WIDTH_SAMPLE, 1)
    sample = rows[::step]
    out = []
    for i, spec in enumerate(TABLES[name].specs()):
        title = label(spec.heading, lang)
        widest = max((r.cells[i].cell_len for r in sample), default=0)
        width = min(max(len(title) + 2, widest), max(spec.cap, len(title) + 2))
        drop = spec.drop
        if widest == 0 and not spec.flex and rows:
            drop = len(DROP_ORDER) + 1  # nothing in it: the first to go when room is short
        out.append(Column(spec.id, title, width, spec.flex, spec.align, drop))
    return tuple(out)


def _model(name: str, rows: list[Row], lang: Lang) -> TableModel:
    columns = _columns(name, rows, lang)
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
    keys = TABLES[name].columns
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
    keys = TABLES["actions"].columns
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
    model = _model("attention", rows, lang)
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
    return _model("dash_indicators", rows, lang)


def severity(problem: Problem, lang: Lang) -> Text:
    if problem.is_error:
        return Text(f"✖ {label('tui.error', lang)}", style="bold red", end="")
    return Text(f"▲ {label('tui.warning', lang)}", style="dark_orange", end="")


def _problem_cells(p: Problem, lang: Lang) -> tuple[Text, ...]:
    location = f"{p.file}:{p.line}" if p.line else p.file
    return (
        severity(p, lang),
        text.plain(location),
        Text(p.code, end=""),
        text.plain(p.message_in(lang)),
    )


def problem_table(problems: Sequence[Problem], lang: Lang) -> TableModel:
    rows = []
    seen: dict[str, int] = {}
    for p in problems:
        base = f"{p.location}|{p.code}"
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base}|{seen[base]}"
        values = (0 if p.is_error else 1, (p.file, p.line, p.column), p.code, p.message_in(lang))
        rows.append(
            Row(
                key,
                partial(_problem_cells, p, lang),
                values,
                p.text(lang).lower(),
                problem=p,
                file=p.file,
                line=p.line,
            )
        )
    return _model("problems", rows, lang)


def _link_cells(relation: str, other: ItemState, lang: Lang) -> tuple[Text, ...]:
    return (
        Text(label(relation, lang), end=""),
        text.plain(other.id),
        Text(label(other.kind, lang), end=""),
        text.plain(other.title),
    )


def links_table(pairs: Sequence[tuple[str, ItemState]], lang: Lang) -> TableModel:
    """Related items of a detail pane: relation (a label-table key) and the other item."""
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
    return _model("links", rows, lang)


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
        Text(f"{OVERDUE_MARK} {rollup.overdue}", style="red" if rollup.overdue else "dim", end=""),
        Text(f"{STALE_MARK} {rollup.stale}", style="yellow" if rollup.stale else "dim", end=""),
        Text(
            f"{DECISION_MARK} {rollup.decisions}",
            style="magenta" if rollup.decisions else "dim",
            end="",
        ),
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
    model = _model("opgaven", rows, lang)
    # Every figure of a card stays whole; the opgave's title gives way instead.
    columns = tuple(replace(c, drop=0, least=12 if c.flex else c.width) for c in model.columns)
    return replace(model, columns=columns)


def _risk_cells(data: dict[str, Any], lang: Lang) -> tuple[Text, ...]:
    return tuple(Text.assemble(cell(k, data, lang), end="") for k in TABLES["risks"].columns)


def risk_table(state: State, lang: Lang) -> TableModel:
    """Every risk and issue, highest score first (State.risks' order)."""
    rows = []
    for r in state.risks:
        data = risk_row(r)
        s = r.state
        notes = " ".join(u.note for u in s.updates)
        haystack = f"{r.id} {r.title} {r.risk.owner or ''} {r.risk.mitigation or ''} {notes}"
        rows.append(
            Row(
                r.id,
                partial(_risk_cells, data, lang),
                (
                    r.id,
                    r.title,
                    r.type,
                    r.status,
                    r.likelihood,
                    r.impact,
                    r.score,
                    r.score,
                    r.review_by,
                    r.risk.owner,
                ),
                haystack.lower(),
                item=s,
                file=s.source.file,
                line=s.source.line,
            )
        )
    return _model("risks", rows, lang)


def build_tables(state: State, lang: Lang) -> dict[str, TableModel]:
    """Every table the views show, for one State and language."""
    tables = {name: item_table(state, name, lang) for name in KIND_OF}
    tables["actions"] = action_table(state, lang)
    tables["attention"] = attention_table(state, lang)
    tables["dash_indicators"] = dash_indicator_table(state, lang)
    tables["problems"] = problem_table(state.programme.problems, lang)
    tables["opgaven"] = opgave_table(state, lang)
    tables["risks"] = risk_table(state, lang)  # format 2: key 9
    return tables
