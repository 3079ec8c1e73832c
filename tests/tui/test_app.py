"""The terminal UI driven headless: every view and key, search, filters, reload, editor."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Checkbox, ContentSwitcher, Input, Select

from tests.conftest import GOOD
from tests.tui.conftest import SMALL, WIDE, make_app, screen_text, settle
from tracker.tui import editor
from tracker.tui.app import TrackerApp
from tracker.tui.screens.detail import DetailScreen
from tracker.tui.screens.filters import FilterScreen
from tracker.tui.screens.help import HelpScreen
from tracker.tui.views.table import TableView
from tracker.tui.widgets.bars import ClickBar
from tracker.tui.widgets.keyed_table import KeyedTable

pytestmark = pytest.mark.anyio

VIEWS = ["dashboard", "measures", "pilots", "meetings", "actions", "indicators", "problems"]


def table_keys(app: TrackerApp, view: str) -> list[str]:
    return [r.key for r in app.query_one(f"#view-{view} KeyedTable", KeyedTable).rows]


def table_view(app: TrackerApp, name: str) -> TableView:
    view = app.view(name)
    assert isinstance(view, TableView)
    return view


def record_notifications(app: TrackerApp) -> list[tuple[str, dict]]:
    """Every notification the app raises, with its keyword arguments."""
    seen: list[tuple[str, dict]] = []
    original = app.notify

    def notify(message: str, **kwargs: object) -> None:
        seen.append((message, kwargs))
        original(message, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return seen


async def run_palette(pilot: Pilot[int], query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    for _ in range(100):
        await pilot.pause(0.02)
        if pilot.app.screen.query_one(CommandList).option_count:
            break
    await pilot.press("enter")
    await pilot.pause()


async def wait_for(pilot: Pilot[int], condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until `condition()` holds; fails after `timeout` seconds."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()


# ---- dashboard ------------------------------------------------------------------------


async def test_dashboard_shows_where_the_programme_stands() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "TST Testprogramma GGP" in shown
        assert "as of 2018-11-01" in shown and "no problems" in shown
        for title in ("Digital world", "Modern proximity", "Subversive crime", "Programme-wide"):
            assert title in shown
        # health as symbol and word beside the colour, progress as a bar with its figure
        assert "■ 1 red" in shown and "● 1 green" in shown
        assert "█████████░░░░░░░░░░  45%" in shown
        assert "! 1 overdue" in shown and "? 1 decision needed" in shown
        assert "Next LOVP meeting: 2018-12-06  (in 35 days)" in shown
        assert "Reporting period: 2018-10-12 – 2018-12-06" in shown
        assert "Needs attention (8)" in shown
        assert "Charter agreed" in shown and "2018-09-15" in shown
        assert "▼ below target" in shown and "█▁" in shown and "88%" in shown
        assert "programme's end" not in shown
        assert app.focused is app.query_one("#attention", KeyedTable)


async def test_dashboard_says_when_the_date_was_clamped() -> None:
    app = make_app(as_of=date(2020, 5, 1))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "as of 2019-12-31, the programme's end (asked for 2020-05-01)" in shown
        assert "as of 2019-12-31 (programme end)" in shown


async def test_attention_row_opens_its_item() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        # Row 1 is webcare, reported green while stale (format 2: health contradicts facts).
        await pilot.press("down", "down", "down", "down", "enter")  # the overdue action
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.item_id == "lovp-2018-10"
        await pilot.press("escape")
        await pilot.press("tab", "enter")  # the indicators list
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.item_id == "hic-terugkoppeling"


# ---- views and keys -------------------------------------------------------------------


async def test_number_keys_switch_views_and_the_footer_shows_them() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        bar = app.query_one("#viewbar", ClickBar)
        assert [e.key for e in bar.entries][:7] == list("1234567")
        for key, name in zip("2345671", [*VIEWS[1:], VIEWS[0]], strict=True):
            await pilot.press(key)
            await pilot.pause()
            assert app.current == name
            assert app.query_one("#views", ContentSwitcher).current == f"view-{name}"
            assert [e.key for e in bar.entries if e.active] == [key]
        assert "1 Dashboard  2 Measures  3 Pilots" in screen_text(app)


async def test_table_views_list_their_rows() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        expected = {
            "measures": ["teambudget", "urgentie", "netwerk"],
            "pilots": ["webcare"],
            "meetings": ["lovp-2018-10"],
            "actions": ["lovp-2018-10#1", "lovp-2018-10#2"],
            "indicators": ["hic-terugkoppeling"],
        }
        for key, name in zip("23456", expected, strict=True):
            await pilot.press(key)
            await pilot.pause()
            assert table_keys(app, name) == expected[name]
            assert f"{len(expected[name])} of {len(expected[name])} {name}" in screen_text(app)
        shown = screen_text(app)
        assert "88%" in shown and "90%" in shown and "no" in shown


async def test_sort_by_key_and_by_header_click() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("2", "s")  # first column: id
        await pilot.pause()
        assert table_keys(app, "measures") == ["netwerk", "teambudget", "urgentie"]
        assert "Id ▲" in screen_text(app)
        await pilot.press("S")
        await pilot.pause()
        assert table_keys(app, "measures") == ["urgentie", "teambudget", "netwerk"]
        assert "Id ▼" in screen_text(app)
        table = app.query_one("#view-measures KeyedTable", KeyedTable)
        x = 1
        for index, width in table._columns_layout():
            if table.columns[index].key == "due":
                break
            x += width + 2
        await pilot.click(table, offset=(x + 1, 0))
        await pilot.pause()
        assert table_view(app, "measures").sort_key == "due"
        assert table_keys(app, "measures") == ["urgentie", "netwerk", "teambudget"]
        await pilot.click(table, offset=(x + 1, 0))  # again: the other way round
        await pilot.pause()
        assert table_view(app, "measures").sort_reverse is True


async def test_search_filters_as_you_type_and_enter_opens_the_first() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("2", "slash")
        search = app.query_one("#view-measures #search", Input)
        assert search.display and app.focused is search
        await pilot.press(*"budget")
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget", "urgentie"]
        await pilot.press(*" team")
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget"]
        assert "1 of 3 measures" in screen_text(app) and "«budget team»" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == "teambudget"
        await pilot.press("escape")  # back from the detail: the search still applies
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget"]
        await pilot.press("escape")  # clears it
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget", "urgentie", "netwerk"]
        assert not search.display


async def test_search_finds_update_notes_and_escape_in_the_box_clears() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("2", "slash", *"second meeting")
        await pilot.pause()
        assert table_keys(app, "measures") == ["netwerk"]
        await pilot.press("escape")
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget", "urgentie", "netwerk"]
        await pilot.press("slash", *"zzz")
        await pilot.pause()
        assert table_keys(app, "measures") == []
        assert "Nothing matches." in screen_text(app)
        await pilot.press("3", "e", "q")  # in the search box, keys are text, not commands
        await pilot.pause()
        assert app.current == "measures" and table_view(app, "measures").search_text == "zzz3eq"
        assert app.return_code is None


async def test_filter_screen_applies_each_choice_at_once() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("2", "f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FilterScreen)
        screen.query_one("#select-opgave", Select).value = "ondermijning"
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget", "urgentie"]
        screen.query_one("#select-health", Select).value = "green"
        await pilot.pause()
        assert table_keys(app, "measures") == ["urgentie"]
        await pilot.press("escape")
        await pilot.pause()
        shown = screen_text(app)
        assert "1 of 3 measures" in shown and "Opgave: ondermijning" in shown
        assert "Health: ● green" in shown
        await pilot.press("c")
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget", "urgentie", "netwerk"]
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#flag-overdue", Checkbox).value = True
        await pilot.pause()
        assert table_keys(app, "measures") == ["netwerk"]
        await pilot.click("#clear")
        await pilot.pause()
        assert table_keys(app, "measures") == ["teambudget", "urgentie", "netwerk"]


async def test_filter_unit_owner_and_phase() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        pilots = table_view(app, "pilots")
        await pilot.press("3")
        await pilot.pause()
        pilots.set_filter("unit", "zwb")
        assert table_keys(app, "pilots") == []
        pilots.set_filter("unit", "oost")
        pilots.set_filter("status", "running")
        assert table_keys(app, "pilots") == ["webcare"]
        await pilot.press("5")
        await pilot.pause()
        table_view(app, "actions").set_filter("owner", "Programme office")
        assert table_keys(app, "actions") == ["lovp-2018-10#1"]
        table_view(app, "actions").set_filter("status", "done")
        assert table_keys(app, "actions") == []


async def test_palette_has_views_filters_and_language() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.palette_commands()]
        assert "Show: Pilots" in titles and "Language: Nederlands" in titles
        assert "Measures: filter Health = ■ red" in titles
        assert "Actions: filter Status / phase = open" in titles
        await run_palette(pilot, "show pilots")
        assert app.current == "pilots"
        await run_palette(pilot, "measures health red")
        assert app.current == "measures"
        assert table_keys(app, "measures") == ["netwerk"]
        await run_palette(pilot, "language nederlands")
        await settle(pilot)
        assert app.lang == "nl"
        assert "1 Overzicht  2 Maatregelen" in screen_text(app)
        assert table_keys(app, "measures") == ["netwerk"]  # the filter stays


async def test_language_key_toggles_and_keeps_the_view() -> None:
    app = make_app(lang="nl")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Vraagt aandacht (8)" in screen_text(app)
        await pilot.press("4", "L")
        await settle(pilot)
        assert app.lang == "en" and app.current == "meetings"
        assert "1 of 1 meetings" in screen_text(app)


async def test_help_lists_every_key() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for words in ("Views", "Dashboard", "Problems", "edit in $EDITOR", "command palette"):
            assert words in shown
        for words in ("search", "reverse the sort", "clear filters", "open the related item"):
            assert words in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits_with_status_zero() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


# ---- detail ---------------------------------------------------------------------------


async def test_detail_of_a_measure() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.open_detail("netwerk")
        await pilot.pause()
        shown = screen_text(app)
        for words in (
            "Measure netwerk",
            "Network of basisteam chiefs",
            "Programme office",
            "digitaal — Digital world",
            "active  (since 2018-07-04)",
            "■ red  (since 2018-10-20)",
            "2018-10-01  ! overdue",
            "Fund a secretary for the network?",
            "Charter agreed",
            "measures/lovp/netwerk.yaml:2",
            "Related items (1)",
            "pilot for this",
        ):
            assert words in shown, words
        milestone = next(line for line in shown.splitlines() if "Charter agreed" in line)
        assert "! overdue" in milestone
        assert shown.index("Second meeting held.") < shown.index("Started.")  # newest first
        await pilot.press("tab", "enter")  # follow the link
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == "webcare"
        shown = screen_text(app)
        assert "oost — Eenheid Oost-Nederland" in shown and "twente-noord" in shown
        assert "the whole unit" in shown and "serves measure" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == "netwerk"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DetailScreen)


async def test_detail_of_a_meeting_and_an_indicator() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("5", "enter")  # the first action opens its meeting
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.selection().action_id == "lovp-2018-10#1"  # type: ignore[union-attr]
        shown = screen_text(app)
        for words in (
            "Action lovp-2018-10#1: Report on urgency budgets",
            "LOVP meeting",
            "Decisions (1)",
            "1. Continue the network.",
            "Actions (2)",
            "Invite the units",
            "✔ 2018-10-15",
        ):
            assert words in shown, words
        await pilot.press("6", "enter")
        await pilot.pause()
        shown = screen_text(app)
        for words in ("Indicator hic-terugkoppeling", "█▁", "2018-06-30", "91%", "▼ below target"):
            assert words in shown, words
        assert "higher is better" in shown


async def test_number_key_from_a_detail_goes_to_the_view() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.open_detail("netwerk")
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert not isinstance(app.screen, DetailScreen) and app.current == "pilots"


# ---- editor ---------------------------------------------------------------------------


@pytest.fixture
def editor_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Stub the terminal hand-over and the editor process; record what would run."""
    calls: list[list[str]] = []

    @contextmanager
    def suspend(self: TrackerApp) -> Iterator[None]:
        calls.append(["<suspended>"])
        yield

    def run(argv: list[str]) -> int:
        calls.append(argv)
        return 0

    monkeypatch.setattr(TrackerApp, "suspend", suspend)
    monkeypatch.setattr(editor, "run_editor", run)
    monkeypatch.setenv("EDITOR", "myeditor --wait")
    return calls


async def test_e_opens_the_editor_at_the_selected_line_and_reloads(
    editor_calls: list[list[str]], good_root: Path
) -> None:
    app = make_app(good_root)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("2", "end")
        generation = app.loaded.generation  # type: ignore[union-attr]
        await pilot.press("e")
        await settle(pilot)
        path = str(good_root / "measures/lovp/netwerk.yaml")
        assert editor_calls == [["<suspended>"], ["myeditor", "--wait", "+2", path]]
        assert app.loaded.generation > generation  # type: ignore[union-attr]
        app.open_detail("urgentie")
        await pilot.pause()
        await pilot.press("e")
        await settle(pilot)
        assert editor_calls[-1][-2:] == ["+9", str(good_root / "measures/lovp/budget.yaml")]


async def test_editor_falls_back_to_vi(
    editor_calls: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDITOR")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("6", "e")
        await settle(pilot)
        assert editor_calls[-1] == ["vi", "+2", str(GOOD / "measures/indicators/hic.yaml")]


async def test_editor_that_cannot_start_is_reported(
    editor_calls: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(argv: list[str]) -> int:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(editor, "run_editor", missing)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        seen = record_notifications(app)
        await pilot.press("2", "e")
        await settle(pilot)
        assert any("Could not start the editor 'myeditor'" in m for m, _ in seen)


# ---- problems, broken files, hostile text -------------------------------------------


def break_programme(root: Path) -> None:
    (root / "measures/lovp/broken.yaml").write_text(
        "kind: measure\nid: broken\ntitle: [unclosed\n", encoding="utf-8"
    )
    (root / "measures/lovp/wrong.yaml").write_text(
        "kind: measure\nid: wrong\ntitle: Wrong opgave\nopgaven: [digitaal2]\n",
        encoding="utf-8",
    )


async def test_app_opens_a_broken_programme_and_lists_its_problems(
    editor_calls: list[list[str]], good_root: Path
) -> None:
    break_programme(good_root)
    app = make_app(good_root)
    async with app.run_test(size=WIDE) as pilot:
        seen = record_notifications(app)
        await settle(pilot)
        shown = screen_text(app)
        assert "2 errors, 0 warnings (7)" in shown
        assert "Needs attention (8)" in shown  # what loaded is shown
        assert "7 Problems (2)" in shown
        assert any("2 problems; 6 items loaded" in m for m, _ in seen)
        assert all(kw.get("markup") is False for _, kw in seen)
        await pilot.press("7")
        await pilot.pause()
        shown = screen_text(app)
        assert "2 errors, 0 warnings; 6 items loaded" in shown
        assert "measures/lovp/broken.yaml:4" in shown and "yaml-syntax" in shown
        assert "measures/lovp/wrong.yaml:4" in shown and "unknown-opgave" in shown
        await pilot.press("down")
        await pilot.pause()
        assert "How to fix: did you mean 'digitaal'?" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert editor_calls[-1][-2:] == ["+4", str(good_root / "measures/lovp/wrong.yaml")]


async def test_markup_in_titles_shows_literally(good_root: Path) -> None:
    path = good_root / "measures/lovp/netwerk.yaml"
    path.write_text(
        path.read_text()
        .replace("title: Network of basisteam chiefs", 'title: "[bold red]X[/] fix [/bold]\\e[31m"')
        .replace("owner: Programme office", "owner: '[link=x]me[/link]'"),
        encoding="utf-8",
    )
    app = make_app(good_root)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "[bold red]X[/] fix [/bold][31m" in screen_text(app)  # dashboard
        await pilot.press("2")
        await pilot.pause()
        shown = screen_text(app)
        assert "[bold red]X[/] fix" in shown and "\x1b" not in shown
        assert "[link=x]me[/link]" in shown
        title = table_view(app, "measures").table.rows[-1].cells[1].plain
        assert title == "[bold red]X[/] fix [/bold][31m"  # the escape character is gone
        await pilot.press("end", "enter")
        await pilot.pause()
        assert "[bold red]X[/] fix [/bold][31m" in screen_text(app)
        await run_palette(pilot, "owner link")
        assert table_keys(app, "measures") == ["netwerk"]


# ---- live reload ----------------------------------------------------------------------


async def test_saving_a_file_reloads_and_keeps_view_selection_and_filters(
    good_root: Path,
) -> None:
    app = make_app(good_root, watch=True)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        seen = record_notifications(app)
        await pilot.press("2")
        await pilot.pause()
        measures = table_view(app, "measures")
        measures.set_filter("opgave", "ondermijning")
        await pilot.press("down")
        assert measures.table.cursor_key == "urgentie"
        budget = good_root / "measures/lovp/budget.yaml"
        # Saved the way editors do: a new file renamed over the old one.
        fresh = budget.with_name(".budget.yaml.tmp")
        fresh.write_text(budget.read_text().replace("Team budget for the", "Budget of the"))
        fresh.replace(budget)
        await wait_for(pilot, lambda: "Budget of the basisteam" in screen_text(app))
        assert app.current == "measures"
        assert measures.table.cursor_key == "urgentie"
        assert table_keys(app, "measures") == ["teambudget", "urgentie"]
        assert "Opgave: ondermijning" in screen_text(app)
        (good_root / "measures/lovp/wrong.yaml").write_text(
            "kind: measure\nid: wrong\ntitle: Wrong\nopgaven: [nope]\n"
        )
        await wait_for(pilot, lambda: app.loaded is not None and app.loaded.problem_count == 1)
        await wait_for(pilot, lambda: any("1 new problems" in m for m, _ in seen))
        assert "7 Problems (1)" in screen_text(app)
        await pilot.press("7")
        await pilot.pause()
        assert "unknown-opgave" in screen_text(app)


async def test_the_watch_is_set_up_before_the_first_load(
    good_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Else a file saved while the first load runs could go unseen until the next save.
    import watchfiles.main

    from tracker.loader import ProgrammeLoader

    events: list[str] = []
    notify, load = watchfiles.main.RustNotify, ProgrammeLoader.load

    def watching(*args: object) -> object:
        events.append("watch")
        return notify(*args)

    def loading(self: ProgrammeLoader) -> object:
        events.append("load")
        return load(self)

    monkeypatch.setattr(watchfiles.main, "RustNotify", watching)
    monkeypatch.setattr(ProgrammeLoader, "load", loading)
    app = make_app(good_root, watch=True)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert events == ["watch", "load"]


async def test_reload_refreshes_an_open_detail(good_root: Path) -> None:
    app = make_app(good_root, watch=True)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.open_detail("webcare")
        await pilot.pause()
        path = good_root / "measures/pilots/webcare.yaml"
        path.write_text(path.read_text().replace("Running in Twente.", "Now in all of Twente."))
        await wait_for(pilot, lambda: "Now in all of Twente." in screen_text(app))
        path.write_text(path.read_text().replace("unit: oost", "unit: nowhere"))
        await wait_for(pilot, lambda: "did not load this time" in screen_text(app))


# ---- sizes, themes, mouse -------------------------------------------------------------


async def test_every_view_fits_80x24() -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert app.query_one("#opgaven", KeyedTable).display  # cards become rows
        assert "Digital world" in shown and "52%" in shown and "Needs attention (8)" in shown
        for key in "2345671":
            await pilot.press(key)
            await pilot.pause()
            lines = screen_text(app).rstrip("\n").split("\n")
            assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
            assert lines[-2].startswith(" 1 Dash")
        await pilot.press("2")
        await pilot.pause()
        assert "Network of basisteam chiefs" in screen_text(app)


async def test_light_theme() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        app.theme = "textual-light"
        await settle(pilot)
        assert "■ 1 red" in screen_text(app)
        await pilot.press("2", "end", "enter")
        await pilot.pause()
        assert "Network of basisteam chiefs" in screen_text(app)


async def test_mouse_switches_views_sorts_and_opens() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        bar = app.query_one("#viewbar", ClickBar)
        start = next(s for s, _, entry in bar._spans if entry.key == "5")
        await pilot.click(bar, offset=(start + 1, 0))
        await pilot.pause()
        assert app.current == "actions"
        table = app.query_one("#view-actions KeyedTable", KeyedTable)
        await pilot.click(table, offset=(3, 2), times=2)
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.selection().action_id == "lovp-2018-10#2"  # type: ignore[union-attr]


async def test_a_missing_folder_still_opens(tmp_path: Path) -> None:
    app = make_app(tmp_path / "nowhere", watch=True)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "programme folder not found" in app.loaded.programme.problems[0].message  # type: ignore[union-attr]
        await pilot.press("7")
        await pilot.pause()
        assert "1 errors, 0 warnings; 0 items loaded" in screen_text(app)


async def test_the_shipped_programme_opens() -> None:
    """The programme at the repository root, when it is there."""
    from tests.conftest import REPO

    if not (REPO / "agenda.yaml").exists():
        pytest.skip("no programme at the repository root")
    root = REPO
    app = make_app(root, as_of=date(2019, 1, 15))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Ontwikkelagenda Gebiedsgebonden Politiezorg" in screen_text(app)
        for key in "2345671":
            await pilot.press(key)
            await pilot.pause()


def test_cli_without_a_command_runs_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.cli import main

    opened: list[tuple[Path, date, str | None]] = []

    def run(self: TrackerApp) -> None:
        opened.append((self.root, self.as_of, self.lang_option))
        self.exit(0)

    monkeypatch.setattr(TrackerApp, "run", run)
    assert main(["--root", str(GOOD), "--as-of", "2018-11-01", "--lang", "nl"]) == 0
    assert opened == [(GOOD, date(2018, 11, 1), "nl")]


async def test_an_extension_adds_a_view_a_key_a_command_and_a_detail_section() -> None:
    """What another module can add through the registry, without touching the app."""
    from rich.text import Text
    from textual.app import ComposeResult
    from textual.widgets import Static

    from tracker.tui.loaded import Loaded
    from tracker.tui.registry import Command, KeySpec, ViewSpec, build
    from tracker.tui.views.base import View

    class Extra(View):
        def compose(self) -> ComposeResult:
            yield Static("", id="extra-text")

        def show_state(self, loaded: Loaded) -> None:
            self.query_one("#extra-text", Static).update(Text(f"{len(loaded.state.items)} items"))

    pressed: list[str | None] = []
    registry = build(("tracker.tui.core",))
    registry.add_view(
        ViewSpec("extra", "9", "tui.help.title", "tui.help.title", lambda: Extra("extra"))
    )
    registry.add_key(
        KeySpec("z", "zed", "tui.key.help", lambda app: pressed.append(app.selection().item_id))
    )
    registry.add_commands(lambda app: [Command("Say hello", "", lambda: pressed.append("hello"))])
    registry.add_detail(lambda app, item, lang: [Text(f"extra section for {item.id}")])
    app = TrackerApp(GOOD, date(2018, 11, 1), watch=False, registry=registry, cursor_blink=False)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "9 Keys" in screen_text(app)
        await pilot.press("9")
        await pilot.pause()
        assert "6 items" in screen_text(app)
        await pilot.press("2", "z")
        await pilot.pause()
        assert pressed == ["teambudget"]
        await run_palette(pilot, "say hello")
        assert pressed[-1] == "hello"
        app.open_detail("netwerk")
        await pilot.pause()
        assert "extra section for netwerk" in screen_text(app)


async def test_a_failure_while_loading_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.tui import loaded

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loaded, "load", broken)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        seen = record_notifications(app)
        await settle(pilot)
        assert app.loaded is None
        assert any("Could not load the programme: disk on fire" in m for m, _ in seen)
        await pilot.press("2")  # the app stays usable
        await pilot.pause()
        assert app.current == "measures"
