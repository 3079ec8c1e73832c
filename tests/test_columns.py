"""One registry of columns (tracker/columns.py): `list` and the terminal UI show the
same columns, in the same order, with the same headings."""

from __future__ import annotations

import pytest

from tests.conftest import AS_OF, GOOD
from tracker.columns import DROP_ORDER, ITEM_TABLES, SPECS, TABLES
from tracker.labels import label
from tracker.listing import rows
from tracker.loader import load_programme
from tracker.render.table import build_table
from tracker.state import State, build_state
from tracker.tui.builders import build_tables


@pytest.fixture(scope="module")
def state() -> State:
    return build_state(load_programme(GOOD), AS_OF)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("table", ITEM_TABLES)
def test_list_and_the_terminal_ui_show_the_same_columns(
    state: State, table: str, lang: str
) -> None:
    cli = build_table(table, rows(state, table), lang, width=400)  # type: ignore[arg-type]
    tui = build_tables(state, lang)[table]  # type: ignore[arg-type]
    assert [str(c.header) for c in cli.columns] == [c.label for c in tui.columns]


def test_the_meetings_list_names_the_owner(state: State) -> None:
    cli = build_table("meetings", rows(state, "meetings"), "en", width=400)
    assert "Owner" in [str(c.header) for c in cli.columns]


def test_a_narrow_list_drops_columns_in_the_registrys_order(state: State) -> None:
    found = rows(state, "pilots")
    id_of = {label(spec.heading, "en"): spec.id for spec in TABLES["pilots"].specs()}
    shown = [id_of[str(c.header)] for c in build_table("pilots", found, "en", 400).columns]
    narrow = [id_of[str(c.header)] for c in build_table("pilots", found, "en", 60).columns]
    assert narrow[:2] == ["id", "title"]
    gone = set(shown) - set(narrow)
    assert gone, "60 cells should not hold every pilot column"
    # What went is the first few of the drop order, nothing else.
    order = [key for key in DROP_ORDER if key in shown]
    assert gone == set(order[: len(gone)])


def test_every_table_names_only_registered_columns() -> None:
    for table in TABLES.values():
        assert set(table.columns) <= set(SPECS), table.name
