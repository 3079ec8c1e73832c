"""Which columns the workbook and the CSV files show: those of `list`, in its order.

The one place where the export reads the column registry that `list` and the
terminal UI share (`tracker.columns.TABLES`): the columns a table shows there, followed by the
other fields of its `list --json` rows, so the workbook holds everything the JSON
holds and shows it in the order people know from the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Fields of a `list --json` row that a sheet of one kind does not need to repeat.
_LEFT_OUT = frozenset({"kind"})


def table_columns(table: str, rows: Iterable[dict[str, Any]] = ()) -> tuple[str, ...]:
    """The columns of `table` as `list` shows them, then the rest of its rows' fields.

    A field that is empty in every row (a meeting's health, say) is left out of the rest.
    """
    from tracker.columns import TABLES

    shown = TABLES[table].columns
    rest: dict[str, bool] = {}
    for row in rows:
        for key, value in row.items():
            if key not in shown and key not in _LEFT_OUT:
                rest[key] = rest.get(key, False) or value is not None
    return (*shown, *(key for key, filled in rest.items() if filled))
