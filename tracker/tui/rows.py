"""The row model of the terminal UI's tables: columns, rows built lazily, and the
filtering, searching and sorting of rows. Nothing here imports Textual.

A `TableModel` holds every row of one table with its cells (`rich.text.Text`,
never markup), one sort value per column and a lowercase haystack for search, so
a search keystroke is one pass of substring tests over precomputed strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from rich.text import Text

from tracker.listing import Filters
from tracker.vocabulary import MEASURE_STATUSES, PILOT_PHASES

if TYPE_CHECKING:
    from tracker.problems import Problem
    from tracker.state import ActionState, ItemState

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
