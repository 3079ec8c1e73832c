"""Rich tables for the terminal. Every cell is a `Text`, so YAML text is never markup."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, Lang, label, value_label
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.state import State

# table -> columns (row keys), in display order
COLUMNS: dict[str, tuple[str, ...]] = {
    "measures": ("id", "title", "status", "health", "progress", "due", "owner", "last_update"),
    "pilots": ("id", "title", "unit", "basisteam", "phase", "health", "progress", "last_update"),
    "meetings": ("id", "date", "type", "title", "last_update"),
    "actions": ("id", "title", "owner", "due", "done"),
    "indicators": ("id", "title", "value", "target", "meets_target", "trend", "latest"),
    "risks": (
        "id",
        "title",
        "type",
        "status",
        "likelihood",
        "impact",
        "score",
        "band",
        "review_by",
        "owner",
    ),
}
# A band is shown as the health it stands for: symbol and word, never colour alone.
_BAND_HEALTH = {"high": "red", "medium": "amber", "low": "green"}
_WIDE = {"title"}
# Dropped first when the terminal is narrow: the id and title always stay.
_DROP_ORDER = (
    "last_update",
    "basisteam",
    "owner",
    "latest",
    "trend",
    "type",
    "progress",
    "unit",
    "likelihood",
    "impact",
)
_TITLE_MIN = 20
_ID_MAX = 30


def health_text(health: str | None, lang: Lang) -> Text:
    key = health or "none"
    return Text(
        f"{HEALTH_SYMBOL[key]} {value_label('health', health, lang)}",
        style=HEALTH_COLOUR[key],
    )


def cell(key: str, row: dict[str, Any], lang: Lang) -> Text:
    value = row.get(key)
    if key == "health":
        return health_text(value, lang)
    if row.get("kind") == "risk":
        risk = _risk_cell(key, value, row, lang)
        if risk is not None:
            return risk
    if key in ("status", "phase", "type", "trend") and value is not None:
        return Text(value_label(key, value, lang))
    if key == "progress" and value is not None:
        return Text(f"{value}%", justify="right")
    if key == "meets_target":
        return Text("" if value is None else label("yes" if value else "no", lang))
    if key == "value" and value is not None:
        return Text(f"{value:g}", justify="right")
    if key == "target" and value is not None:
        return Text(f"{value:g}", justify="right")
    if isinstance(value, date):
        text = Text(value.isoformat())
        if key == "due" and row.get("overdue"):
            text.append(" !", style="bold red")  # the legend below says what "!" means
        return text
    if key == "id" and row.get("stale"):
        return Text.assemble(one_line(value), (" ~", "yellow"))
    return Text(one_line(value))


def _risk_cell(key: str, value: Any, row: dict[str, Any], lang: Lang) -> Text | None:
    if key == "type":
        return Text(value_label("risk_type", value, lang))
    if key == "status":
        return Text(value_label("risk_status", value, lang))
    if key == "band":
        health = _BAND_HEALTH[value]
        return Text(
            f"{HEALTH_SYMBOL[health]} {value_label('band', value, lang)}",
            style=HEALTH_COLOUR[health],
        )
    if key in ("likelihood", "impact", "score"):
        return Text("–" if value is None else str(value), justify="right")
    if key == "review_by" and value is not None:
        text = Text(value.isoformat())
        if row.get("review_overdue"):
            text.append(" !", style="bold red")
        return text
    return None


def _fit(columns: tuple[str, ...], cells: list[list[Text]], lang: Lang, width: int) -> list[int]:
    """Indexes of the columns to show so the table fits `width` with a readable title."""
    natural = [
        max([len(label(key, lang)), *(c[i].cell_len for c in cells)])
        for i, key in enumerate(columns)
    ]
    natural = [
        min(n, _ID_MAX) if key == "id" else n for n, key in zip(natural, columns, strict=True)
    ]
    keep = list(range(len(columns)))

    def needed() -> int:
        return sum(_TITLE_MIN if columns[i] in _WIDE else natural[i] for i in keep) + 3 * len(keep)

    for key in _DROP_ORDER:
        if needed() <= width:
            break
        if key in columns:
            keep.remove(columns.index(key))
    return keep


def build_table(table: str, found: list[dict[str, Any]], lang: Lang, width: int = 200) -> Table:
    columns = COLUMNS[table]
    cells = [[cell(key, row, lang) for key in columns] for row in found]
    keep = _fit(columns, cells, lang, width)
    out = Table(title=label(table, lang), header_style="bold", pad_edge=False)
    for i in keep:
        key = columns[i]
        if key in _WIDE:
            out.add_column(label(key, lang), overflow="fold", min_width=_TITLE_MIN)
        elif key == "id":
            out.add_column(label(key, lang), overflow="fold", max_width=_ID_MAX)
        else:
            # Not no_wrap: Rich can only narrow columns it may wrap.
            out.add_column(label(key, lang), overflow="ellipsis")
    for row_cells in cells:
        out.add_row(*(row_cells[i] for i in keep))
    return out


def print_table(
    table: str,
    found: list[dict[str, Any]],
    state: State,
    lang: Lang,
    console: Console | None = None,
) -> None:
    console = console or Console(highlight=False)
    if not found:
        console.print(Text(label("no_rows", lang)))
        return
    console.print(build_table(table, found, lang, console.width))
    as_of = Text(f"{label('as_of', lang)} {state.as_of.isoformat()}", style="dim")
    if state.clamped:
        as_of = Text(
            label(
                "as_of_clamped",
                lang,
                date=state.as_of.isoformat(),
                asked=state.requested_as_of.isoformat(),
            ),
            style="dim",
        )
    console.print(as_of)
    console.print(Text(label("legend", lang), style="dim"))
