"""Which columns the workbook and the CSV files show: those of `list`, in its order.

The one place where the export reads the column definitions of `list`
(`tracker.render.table.COLUMNS`): the columns a table shows there, followed by the
other fields of its `list --json` rows, so the workbook holds everything the JSON
holds and shows it in the order people know from the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Fields of a `list --json` row that a sheet of one kind does not need to repeat.
_LEFT_OUT = frozenset({"kind"})


def table_columns(table: str, rows: Iterable[dict[str, Any]] = ()) -> tuple[str, ...]:
    """The columns of `table` as `list` shows them, then the rest of its rows' fields."""
    from tracker.render.table import COLUMNS

    shown = COLUMNS[table]
    rest: dict[str, None] = {}
    for row in rows:
        for key in row:
            if key not in shown and key not in _LEFT_OUT:
                rest[key] = None
    return (*shown, *rest)
