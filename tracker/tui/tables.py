"""The terminal UI's tables, in three modules by job; this one gathers their names.

- `tracker.tui.rows`: the row model (`Column`, `Row`, `TableModel`) and filtering,
  searching and sorting rows;
- `tracker.tui.builders`: one builder per table off a State (`build_tables`);
- `tracker.tui.filtering`: the filters each table offers and their choices.

Which columns a table has, their headings, alignment, width caps and drop order
are in `tracker.columns`, shared with `list`. Nothing here imports Textual.
"""

from __future__ import annotations

from tracker.columns import DROP_ORDER, KIND_OF
from tracker.tui.builders import (
    action_table,
    attention_table,
    build_tables,
    dash_indicator_table,
    health_counts,
    item_table,
    links_table,
    opgave_table,
    problem_table,
    severity,
)
from tracker.tui.filtering import (
    FILTER_FIELDS,
    STATUS_VALUES,
    Choice,
    describe,
    filter_choices,
    with_filter,
)
from tracker.tui.rows import (
    Column,
    Row,
    TableModel,
    filter_rows,
    matches,
    search_rows,
    sort_rows,
)

__all__ = [
    "DROP_ORDER",
    "FILTER_FIELDS",
    "KIND_OF",
    "STATUS_VALUES",
    "Choice",
    "Column",
    "Row",
    "TableModel",
    "action_table",
    "attention_table",
    "build_tables",
    "dash_indicator_table",
    "describe",
    "filter_choices",
    "filter_rows",
    "health_counts",
    "item_table",
    "links_table",
    "matches",
    "opgave_table",
    "problem_table",
    "search_rows",
    "severity",
    "sort_rows",
    "with_filter",
]
