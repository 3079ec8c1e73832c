"""The Textual-free parts of the UI: table models, search, filters, text, editor, watch filter."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.conftest import AS_OF, GOOD
from tracker.listing import Filters
from tracker.loader import load_programme
from tracker.state import State, build_state
from tracker.tui import detail, text
from tracker.tui.editor import editor_command
from tracker.tui.registry import KeySpec, Registry, ViewSpec, build
from tracker.tui.tables import (
    Row,
    build_tables,
    filter_rows,
    search_rows,
    sort_rows,
)
from tracker.tui.watch import relevant


@pytest.fixture(scope="module")
def state() -> State:
    return build_state(load_programme(GOOD), AS_OF)


def keys(rows: Iterable[Row]) -> list[str]:
    return [r.key for r in rows]


def test_every_table_has_keyed_rows_and_columns(state: State) -> None:
    tables = build_tables(state, "en")
    assert keys(tables["measures"].rows) == ["teambudget", "urgentie", "netwerk"]
    assert keys(tables["actions"].rows) == ["lovp-2018-10#1", "lovp-2018-10#2"]
    assert [c.key for c in tables["pilots"].columns][:2] == ["id", "title"]
    for model in tables.values():
        assert len({r.key for r in model.rows}) == len(model.rows)
        assert all(len(r.cells) == len(model.columns) for r in model.rows)


def test_search_matches_id_title_owner_and_update_notes(state: State) -> None:
    rows = build_tables(state, "en")["measures"].rows
    assert keys(search_rows(rows, "NETW")) == ["netwerk"]  # id, any case
    assert keys(search_rows(rows, "urgency budgets")) == ["urgentie"]  # words of a title
    assert keys(search_rows(rows, "programme office")) == ["netwerk"]  # owner
    assert keys(search_rows(rows, "second meeting")) == ["netwerk"]  # an update's note
    assert keys(search_rows(rows, "")) == keys(rows)
    assert search_rows(rows, "nothing like this") == []


def test_filters_use_the_listing_rules(state: State) -> None:
    tables = build_tables(state, "en")
    measures = tables["measures"].rows
    assert keys(filter_rows(measures, Filters(health="red"))) == ["netwerk"]
    assert keys(filter_rows(measures, Filters(health="none"))) == ["teambudget"]
    assert keys(filter_rows(measures, Filters(opgave="ondermijning"))) == [
        "teambudget",
        "urgentie",
    ]
    assert keys(filter_rows(measures, Filters(status="done"))) == ["urgentie"]
    assert keys(filter_rows(measures, Filters(overdue=True))) == ["netwerk"]
    actions = tables["actions"].rows
    assert keys(filter_rows(actions, Filters(status="open"))) == ["lovp-2018-10#1"]
    assert keys(filter_rows(actions, Filters(owner="programme"))) == ["lovp-2018-10#1"]


def test_sorting_puts_empty_values_last(state: State) -> None:
    model = build_tables(state, "en")["measures"]
    rows = list(model.rows)
    assert keys(sort_rows(rows, model, "due", False)) == ["urgentie", "netwerk", "teambudget"]
    assert keys(sort_rows(rows, model, "health", False)) == ["netwerk", "urgentie", "teambudget"]
    assert keys(sort_rows(rows, model, "id", True)) == ["urgentie", "teambudget", "netwerk"]
    assert keys(sort_rows(rows, model, None, False)) == keys(rows)


def test_attention_rows_name_item_reason_and_since(state: State) -> None:
    model = build_tables(state, "en")["attention"]
    plain = [[c.plain for c in r.cells] for r in model.rows]
    assert ["netwerk", "Charter agreed", "milestone", "! overdue", "2018-09-15"] in plain
    assert ["webcare", "Webcare Twente", "Pilot", "~ stale", "2018-07-04"] in plain


def test_labels_follow_the_language(state: State) -> None:
    model = build_tables(state, "nl")["measures"]
    assert [c.label for c in model.columns][:3] == ["Id", "Titel", "Status"]
    row = model.rows[model.index["netwerk"]]
    assert "■ rood" in [c.plain for c in row.cells]


def test_detail_links_both_ways(state: State) -> None:
    netwerk = state.get("netwerk")
    webcare = state.get("webcare")
    urgentie = state.get("urgentie")
    teambudget = state.get("teambudget")
    assert netwerk and webcare and urgentie and teambudget
    assert [(r, s.id) for r, s in detail.links(state, netwerk)] == [("tui.rel.pilot", "webcare")]
    assert [(r, s.id) for r, s in detail.links(state, webcare)] == [("tui.rel.serves", "netwerk")]
    assert [(r, s.id) for r, s in detail.links(state, urgentie)] == [
        ("tui.rel.related", "teambudget")
    ]
    assert [(r, s.id) for r, s in detail.links(state, teambudget)] == [
        ("tui.rel.related_from", "urgentie")
    ]


def test_text_helpers() -> None:
    assert text.sparkline([1, 2, 3]) == "▁▅█"
    assert text.sparkline([5, 5]) == "▄▄"
    assert text.sparkline([]) == ""
    assert text.bar(50, 10).plain == "█████░░░░░  50%"
    assert text.bar(None, 4).plain == "░░░░    –"
    assert text.number(88.0, "percent") == "88%"
    assert text.plain("[bold]x[/]\x1b[31m").plain == "[bold]x[/][31m"
    assert text.health("amber", "nl").plain == "▲ oranje"


def test_editor_command_uses_editor_with_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    assert editor_command(path, 12, {"EDITOR": "code -w"}) == ["code", "-w", "+12", str(path)]
    assert editor_command(path, 0, {"EDITOR": "nano"}) == ["nano", str(path)]
    assert editor_command(path, 3, {}) == ["vi", "+3", str(path)]
    assert editor_command(path, 3, {"EDITOR": "  "}) == ["vi", "+3", str(path)]


def test_watch_filter(tmp_path: Path) -> None:
    root = tmp_path
    assert relevant(root, str(root / "agenda.yaml"))
    assert relevant(root, str(root / "measures" / "lovp" / "x.yaml"))
    assert relevant(root, str(root / "measures" / "lovp" / "x.yml"))
    assert relevant(root, str(root / "measures" / "lovp"))  # a folder removed or renamed
    assert not relevant(root, str(root / "measures" / "lovp" / ".x.yaml.swp"))
    assert not relevant(root, str(root / "measures" / "notes.txt"))
    assert not relevant(root, str(root / ".tracker" / "history.json"))
    assert not relevant(root, str(root / "README.md"))
    assert not relevant(root, "/elsewhere/agenda.yaml")


def test_registry_refuses_clashes() -> None:
    registry = Registry()
    registry.add_view(ViewSpec("a", "1", "x", "x", lambda: None))  # type: ignore[arg-type,return-value]
    with pytest.raises(ValueError, match="clashes"):
        registry.add_view(ViewSpec("b", "1", "x", "x", lambda: None))  # type: ignore[arg-type,return-value]
    registry.add_key(KeySpec("e", "edit", "x", lambda app: None))
    with pytest.raises(ValueError, match="clashes"):
        registry.add_key(KeySpec("e", "other", "x", lambda app: None))


def test_core_registry_has_the_seven_views() -> None:
    registry = build(("tracker.tui.core",))
    assert [(v.key, v.name) for v in registry.views] == [
        ("1", "dashboard"),
        ("2", "measures"),
        ("3", "pilots"),
        ("4", "meetings"),
        ("5", "actions"),
        ("6", "indicators"),
        ("7", "problems"),
    ]
    assert {k.key for k in registry.keys} >= {"e", "question_mark", "q"}
