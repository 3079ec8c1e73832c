"""One registry of the columns every table view shows: `list`, the terminal UI,
and (as they come to use it) the report and the workbook export.

Plain data only, no Rich and no Textual: a column's id (the key of its value in a
row of `tracker.listing`), the label-table key of its heading, its alignment,
whether it takes the width that is left, the widest a cell is shown before it is
cut, and when it gives way on a narrow screen. Each renderer lays the columns out
in its own medium; what the columns are, and their order, is decided here once,
so the command line and the terminal UI cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

# The marks that go with a value, in every view; the legend (label "legend") says
# what each means.
OVERDUE_MARK = "!"
STALE_MARK = "~"
DECISION_MARK = "?"

# The item tables and the kind of item each lists (actions are rows of meetings).
KIND_OF: dict[str, str] = {
    "measures": "measure",
    "pilots": "pilot",
    "meetings": "meeting",
    "indicators": "indicator",
}
ITEM_TABLES = ("measures", "pilots", "meetings", "actions", "indicators", "risks")

# Dropped first when the room is short, most droppable first; a column not named
# here (an id, a title) always stays.
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
    "likelihood",
    "impact",
)
CAP = 26  # the widest most cells are shown before they are cut


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    id: str
    heading: str  # label-table key (a key the table lacks is shown as written: a mark)
    align: Literal["left", "right"] = "left"
    flex: bool = False  # takes the width that is left (titles, messages)
    cap: int = CAP  # the widest a cell is shown before it is cut
    least: int = 0  # the narrowest a flexible column becomes (0: the renderer's default)
    # Dates, numbers and words from a fixed list: kept on one line where there is room.
    short: bool = False

    @property
    def drop(self) -> int:
        """0: never dropped; otherwise higher is dropped first."""
        if self.id not in DROP_ORDER:
            return 0
        return len(DROP_ORDER) - DROP_ORDER.index(self.id)


_SHORT = frozenset(
    {
        "id",
        "ref",
        "status",
        "phase",
        "health",
        "progress",
        "due",
        "done",
        "date",
        "type",
        "kind",
        "last_update",
        "latest",
        "value",
        "target",
        "meets_target",
        "trend",
        "overdue",
        "stale",
        "decisions",
        "likelihood",
        "impact",
        "score",
        "band",
        "review_by",
        "since",
        "severity",
        "code",
        "relation",
    }
)


def _spec(id: str, heading: str | None = None, **options: object) -> ColumnSpec:
    options.setdefault("short", id in _SHORT)
    return ColumnSpec(id, heading or id, **options)  # type: ignore[arg-type]


SPECS: dict[str, ColumnSpec] = {
    spec.id: spec
    for spec in (
        _spec("id", cap=32),
        _spec("title", flex=True, least=20),
        _spec("status"),
        _spec("phase"),
        _spec("health"),
        _spec("progress", align="right"),
        _spec("due"),
        _spec("done"),
        _spec("owner"),
        _spec("unit"),
        _spec("basisteam"),
        _spec("date"),
        _spec("type"),
        _spec("kind"),
        _spec("last_update"),
        _spec("latest"),
        _spec("value", align="right"),
        _spec("target", align="right"),
        _spec("meets_target"),
        _spec("trend"),
        _spec("overdue"),
        _spec("stale"),
        _spec("decisions"),
        # risks and issues (format 2)
        _spec("likelihood", align="right"),
        _spec("impact", align="right"),
        _spec("score", align="right"),
        _spec("band"),
        _spec("review_by"),
        # the terminal UI's own tables
        _spec("ref", "tui.item", cap=34),
        _spec("reason", "tui.reason"),
        _spec("since", "tui.since"),
        _spec("severity", "tui.severity"),
        _spec("location", "tui.location", cap=44),
        _spec("code", "tui.code"),
        _spec("message", "tui.message", flex=True),
        _spec("relation", "tui.relation"),
    )
}


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    columns: tuple[str, ...]
    # Headings this table words its own way: column id -> label key (or a mark).
    headings: tuple[tuple[str, str], ...] = ()

    def specs(self) -> tuple[ColumnSpec, ...]:
        own = dict(self.headings)
        out = []
        for column in self.columns:
            spec = SPECS[column]
            if column in own:
                spec = replace(spec, heading=own[column])
            out.append(spec)
        return tuple(out)


TABLES: dict[str, TableSpec] = {
    table.name: table
    for table in (
        TableSpec(
            "measures",
            ("id", "title", "status", "health", "progress", "due", "owner", "last_update"),
        ),
        TableSpec(
            "pilots",
            ("id", "title", "unit", "basisteam", "phase", "health", "progress", "last_update"),
        ),
        TableSpec("meetings", ("id", "date", "type", "title", "owner", "last_update")),
        TableSpec("actions", ("id", "title", "owner", "due", "done")),
        TableSpec(
            "indicators", ("id", "title", "value", "target", "meets_target", "trend", "latest")
        ),
        TableSpec(
            "risks",
            (
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
        ),
        # the terminal UI's dashboard, problems and detail tables
        TableSpec("attention", ("ref", "title", "kind", "reason", "since")),
        TableSpec("problems", ("severity", "location", "code", "message")),
        TableSpec(
            "dash_indicators",
            ("title", "trend", "value", "target", "meets_target"),
            (("trend", "tui.values"), ("value", "latest")),
        ),
        TableSpec("links", ("relation", "id", "kind", "title")),
        TableSpec(
            "opgaven",
            ("title", "health", "progress", "overdue", "stale", "decisions"),
            # Marks as headings keep a row within 80 columns; the legend says what they mean.
            (
                ("title", "opgave"),
                ("overdue", OVERDUE_MARK),
                ("stale", STALE_MARK),
                ("decisions", DECISION_MARK),
            ),
        ),
    )
}


def columns(table: str) -> tuple[str, ...]:
    """The column ids of `table`, in display order."""
    return TABLES[table].columns
