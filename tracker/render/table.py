"""The tables of `list`: laid out by `tracker.textlayout` in Rich's look (the title
over a heavy-headed box), not by Rich's Table, which measured and wrapped every
cell of thousands of rows through its renderables. Where a table fits, the text is
what Rich's Table made of it; where it does not, the registry's drop order and
the shared widths decide, and words are folded only where they cannot fit.

Cells are runs of text and a style; YAML text is never read as markup, as it only
ever becomes a run's text. The terminal UI takes the same cells as Rich `Text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.box import ASCII, HEAVY_HEAD, Box
from rich.console import Console
from rich.text import Text

from tracker.columns import OVERDUE_MARK, STALE_MARK, TABLES, ColumnSpec
from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, Lang, label, value_label
from tracker.textlayout.emit import Printed
from tracker.textlayout.lines import Cell, Lines, Run, cell_len, plain_cell, wrap
from tracker.textlayout.lines import cell as styled_cell
from tracker.textlayout.table import Frame, table_lines
from tracker.textlayout.widths import TextColumn, shown, wanted_width
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.state import State

# A band is shown as the health it stands for: symbol and word, never colour alone.
_BAND_HEALTH = {"high": "red", "medium": "amber", "low": "green"}
# A terminal table keeps the id within this many cells (folded past it); the TUI
# cuts at the registry's wider cap, as it shows the whole id in the detail pane.
_ID_MAX = 30
_RIGHT = frozenset({"progress", "value", "target", "likelihood", "impact", "score"})
# Cells a column takes beyond its text: a divider and a space each side.
_GAP = 3


def health_runs(health: str | None, lang: Lang) -> list[Run]:
    key = health or "none"
    return [(f"{HEALTH_SYMBOL[key]} {value_label('health', health, lang)}", HEALTH_COLOUR[key])]


def runs(key: str, row: dict[str, Any], lang: Lang) -> list[Run]:
    """The cell of column `key` in `row`: its text in runs, each with a style or ""."""
    value = row.get(key)
    if key == "health":
        return health_runs(value, lang)
    if row.get("kind") == "risk":
        risk = _risk_runs(key, value, row, lang)
        if risk is not None:
            return risk
    if key in ("status", "phase", "type", "trend") and value is not None:
        return [(value_label(key, value, lang), "")]
    if key == "progress" and value is not None:
        return [(f"{value}%", "")]
    if key == "meets_target":
        return [("" if value is None else label("yes" if value else "no", lang), "")]
    if key in ("value", "target") and value is not None:
        return [(f"{value:g}", "")]
    if isinstance(value, date):
        if key == "due" and row.get("overdue"):
            # the legend says what the mark means
            return [(value.isoformat(), ""), (f" {OVERDUE_MARK}", "bold red")]
        return [(value.isoformat(), "")]
    if key == "id" and row.get("stale"):
        return [(one_line(value), ""), (f" {STALE_MARK}", "yellow")]
    return [(one_line(value), "")]


def _risk_runs(key: str, value: Any, row: dict[str, Any], lang: Lang) -> list[Run] | None:
    if key == "type":
        return [(value_label("risk_type", value, lang), "")]
    if key == "status":
        return [(value_label("risk_status", value, lang), "")]
    if key == "band":
        health = _BAND_HEALTH[value]
        return [
            (f"{HEALTH_SYMBOL[health]} {value_label('band', value, lang)}", HEALTH_COLOUR[health])
        ]
    if key in ("likelihood", "impact", "score"):
        return [("–" if value is None else str(value), "")]
    if key == "review_by" and value is not None:
        if row.get("review_overdue"):
            return [(value.isoformat(), ""), (" !", "bold red")]
        return [(value.isoformat(), "")]
    return None


def cell(key: str, row: dict[str, Any], lang: Lang) -> Text:
    """The cell as Rich `Text`, for the terminal UI."""
    text = Text.assemble(*runs(key, row, lang))
    if key in _RIGHT:
        text.justify = "right"
    return text


@dataclass(frozen=True, slots=True)
class Shown:
    """A column as `list` shows it."""

    spec: ColumnSpec
    header: str


def _plain(cell: list[Run]) -> str:
    return cell[0][0] if len(cell) == 1 else "".join([text for text, _ in cell])


def _text_column(spec: ColumnSpec, header: Cell, cells: list[Cell]) -> TextColumn:
    return TextColumn(
        header,
        cells,
        right=spec.align == "right",
        short=spec.short,
        cap=_ID_MAX if spec.id == "id" else 1 << 30,
        least=spec.least if spec.flex else 0,
        header_left=True,  # as Rich's Table put a heading over a column of numbers
    )


def _frame(box: Box, ascii_only: bool) -> Frame:
    """Rich's box as a frame; in ASCII where the terminal cannot show more, as Rich does."""
    if ascii_only and not box.ascii:
        box = ASCII
    return Frame(
        box.top_left + box.top + box.top_divider + box.top_right,
        box.head_left + " " + box.head_vertical + box.head_right,
        box.head_row_left + box.head_row_horizontal + box.head_row_cross + box.head_row_right,
        box.mid_left + " " + box.mid_vertical + box.mid_right,
        box.bottom_left + box.bottom + box.bottom_divider + box.bottom_right,
    )


class ListTable:
    """A table of `list`: the columns that fit `width`, laid out when printed."""

    def __init__(
        self, table: str, found: list[dict[str, Any]], lang: Lang, width: int = 200
    ) -> None:
        self.title = label(table, lang)
        specs = TABLES[table].specs()
        headers = [label(spec.heading, lang) for spec in specs]
        by_row = [[runs(spec.id, row, lang) for spec in specs] for row in found]
        plain = [
            _text_column(spec, plain_cell(header), [plain_cell(_plain(r[i])) for r in by_row])
            for i, (spec, header) in enumerate(zip(specs, headers, strict=True))
        ]
        # A flexible column counts at its least width, any other at what it wants.
        need = [
            spec.least if spec.flex else wanted_width(column)
            for spec, column in zip(specs, plain, strict=True)
        ]
        keep = shown(need, [spec.drop for spec in specs], _GAP, width)
        self.columns = [Shown(specs[i], headers[i]) for i in keep]
        self._plain = [plain[i] for i in keep]
        self._rows = [[r[i] for i in keep] for r in by_row]

    def styled(self) -> list[TextColumn]:
        """The columns with their styles: health colours, marks, bold headers."""
        return [
            column._replace(
                header=styled_cell([(column.header[0], "bold")]),
                cells=[styled_cell(row[i]) for row in self._rows],
            )
            for i, column in enumerate(self._plain)
        ]

    def lines(self, width: int, styled: bool = False, ascii_only: bool = False) -> Lines:
        columns = self.styled() if styled else self._plain
        body = table_lines(columns, width, frame=_frame(HEAVY_HEAD, ascii_only))
        # The title centred over the table, as Rich set it.
        out = Lines()
        table_width = cell_len(body.texts[0])
        texts, _ = wrap(plain_cell(self.title), max(table_width, 1), "default")
        for line in texts:
            text = line.strip()
            size = cell_len(text)
            left = max(table_width - size, 0) // 2
            marks = ((left, left + len(text), "table.title"),) if styled and text else ()
            out.add(" " * left + text + " " * max(table_width - size - left, 0), marks)
        out.extend(body)
        return out


def build_table(table: str, found: list[dict[str, Any]], lang: Lang, width: int = 200) -> ListTable:
    return ListTable(table, found, lang, width)


def _dim(text: str, width: int, styled: bool) -> Lines:
    texts, _ = wrap(plain_cell(text), max(width, 1), "default")
    return Lines(texts, [((0, len(line), "dim"),) if styled and line else () for line in texts])


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
    built = build_table(table, found, lang, console.width)
    as_of = f"{label('as_of', lang)} {state.as_of.isoformat()}"
    if state.clamped:
        as_of = label(
            "as_of_clamped",
            lang,
            date=state.as_of.isoformat(),
            asked=state.requested_as_of.isoformat(),
        )
    legend = label("legend", lang)

    def lay_out(width: int, styled: bool, ascii_only: bool) -> Lines:
        out = built.lines(width, styled, ascii_only)
        out.extend(_dim(as_of, width, styled))
        out.extend(_dim(legend, width, styled))
        return out

    console.print(Printed(lay_out), crop=False)
