"""A table view (measures, pilots, meetings, actions, indicators): sort, filter, search.

Rows come from a `TableModel` built once per State. Filters and sort give the
base rows; each search keystroke filters the base rows on their precomputed
haystacks and swaps the table's rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static

from tracker.labels import label
from tracker.tui.registry import Command
from tracker.tui.views.base import Hint, Selection, View
from tracker.tui.widgets.keyed_table import KeyedTable

if TYPE_CHECKING:
    from tracker.listing import Filters
    from tracker.tui.filtering import Choice
    from tracker.tui.loaded import Loaded
    from tracker.tui.rows import Row, TableModel
    from tracker.tui.screens.filters import FilterScreen


class TableView(View):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", show=False),
        Binding("s", "sort_next", show=False),
        Binding("S", "sort_reverse", show=False),
        Binding("f", "filters", show=False),
        Binding("c", "clear_filters", show=False),
        Binding("escape", "escape", show=False),
    ]

    def __init__(self, table: str) -> None:
        super().__init__(table)
        self.table_name = table
        self.filters: Filters | None = None
        self.sort_key: str | None = None
        self.sort_reverse = False
        self.search_text = ""
        self.loaded: Loaded | None = None
        self.model: TableModel | None = None
        self._base: list[Row] = []
        self._choices: tuple[int, dict[str, list[Choice]]] | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="filterline", classes="filterline", markup=False)
        yield KeyedTable(id="table")
        search = Input(id="search", classes="search", compact=True)
        search.display = False
        yield search

    @property
    def table(self) -> KeyedTable:
        return self.query_one("#table", KeyedTable)

    @property
    def search_input(self) -> Input:
        return self.query_one("#search", Input)

    def active_filters(self) -> Filters:
        if self.filters is None:
            from tracker.listing import Filters

            self.filters = Filters()
        return self.filters

    # ---- showing -----------------------------------------------------------------

    def show_state(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.model = loaded.tables[self.table_name]
        self.table.set_columns(self.model.columns)
        self.table.empty_text = label("no_rows", loaded.lang)
        self.search_input.placeholder = label("tui.search_placeholder", loaded.lang)
        self.search_input.cursor_blink = self.tracker.cursor_blink
        self._rebase()

    def _rebase(self) -> None:
        """Filter and sort the model's rows, then search them."""
        from tracker.tui.rows import filter_rows, sort_rows

        if self.model is None:
            return
        rows = filter_rows(self.model.rows, self.active_filters())
        self._base = sort_rows(rows, self.model, self.sort_key, self.sort_reverse)
        self.table.set_sort(self.sort_key, self.sort_reverse)
        self._search()

    def _search(self, keep: str | None = None) -> None:
        from tracker.tui.rows import search_rows

        self.table.set_rows(
            search_rows(self._base, self.search_text) if self.search_text else self._base, keep
        )
        self._describe()

    def choices(self) -> dict[str, list[Choice]]:
        """Values each filter can take, from the newest State (also while hidden)."""
        from tracker.tui.filtering import filter_choices

        loaded = self.tracker.loaded
        if loaded is None:
            return {}
        if self._choices is None or self._choices[0] != loaded.generation:
            model = loaded.tables[self.table_name]
            found = filter_choices(loaded.state, model, self.table_name, loaded.lang)
            self._choices = (loaded.generation, found)
        return self._choices[1]

    def _describe(self) -> None:
        from tracker.tui.filtering import describe

        if self.loaded is None or self.model is None:
            return
        lang = self.loaded.lang
        shown, total = len(self.table.rows), len(self.model.rows)
        line = Text(" ", end="")
        count = label("tui.rows_of", lang, shown=shown, total=total)
        line.append(f"{count} {label(self.table_name, lang).lower()}", style="bold")
        parts = describe(self.active_filters(), self.choices(), lang)
        if self.search_text:
            parts.append(Text(f"{label('tui.search', lang)}: «{self.search_text}»", end=""))
        for part in parts:
            line.append("  ·  ", style="dim")
            line.append_text(part)
        self.query_one("#filterline", Static).update(line, layout=False)

    # ---- changing filters, sort, search -----------------------------------------

    def set_filter(self, name: str, value: str | bool | None) -> None:
        from tracker.tui.filtering import with_filter

        value = bool(value) if name in ("stale", "overdue") else value or None
        self.filters = with_filter(self.active_filters(), name, value)
        self._rebase()

    def clear_filters(self) -> None:
        from tracker.listing import Filters

        self.filters = Filters()
        self._rebase()

    def sort_by(self, key: str | None, reverse: bool = False) -> None:
        self.sort_key, self.sort_reverse = key, reverse
        self._rebase()

    def action_sort_next(self) -> None:
        if self.model is None:
            return
        keys = [c.key for c in self.model.columns]
        if self.sort_key not in keys:
            self.sort_by(keys[0])
        else:
            following = keys.index(self.sort_key) + 1
            self.sort_by(keys[following] if following < len(keys) else None)

    def action_sort_reverse(self) -> None:
        if self.sort_key is None and self.model is not None:
            self.sort_key = self.model.columns[0].key
        self.sort_by(self.sort_key, not self.sort_reverse)

    @on(KeyedTable.HeaderSelected, "#table")
    def _header(self, event: KeyedTable.HeaderSelected) -> None:
        event.stop()
        reverse = not self.sort_reverse if event.column == self.sort_key else False
        self.sort_by(event.column, reverse)

    def action_filters(self) -> None:
        from tracker.tui.screens.filters import FilterScreen

        if self.loaded is not None:
            screen = FilterScreen(
                self, self.table_name, self.loaded.lang, self.active_filters(), self.choices()
            )
            self.app.push_screen(screen)

    def on_filter_screen_changed(self, message: FilterScreen.Changed) -> None:
        self.set_filter(message.name, message.value)

    def on_filter_screen_cleared(self, message: FilterScreen.Cleared) -> None:
        self.clear_filters()

    def action_clear_filters(self) -> None:
        self.clear_filters()

    def action_search(self) -> None:
        self.search_input.display = True
        self.search_input.focus()

    def action_escape(self) -> None:
        had = bool(self.search_text) or self.search_input.display
        self.search_text = ""
        self.search_input.value = ""
        self.search_input.display = False
        if had:
            self._search()
        self.table.focus()

    def search(self, query: str) -> None:
        """Show the rows whose id, title, owner or update notes hold every word of `query`."""
        if query != self.search_text:
            self.search_text = query
            self._search()

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.search(event.value)

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.table.focus()
        if self.table.rows:
            first = self.table.rows[0]
            self.table.move_to(first.key)
            self._open(first)

    # ---- opening -----------------------------------------------------------------

    @on(KeyedTable.RowSelected, "#table")
    def _selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        row = self.table.cursor_row
        if row is not None:
            self._open(row)

    def _open(self, row: Row) -> None:
        if row.item is not None:
            self.tracker.open_detail(row.item.id, row.action.id if row.action else None)

    def selection(self) -> Selection | None:
        row = self.table.cursor_row
        if row is None or row.item is None:
            return None
        action = row.action.id if row.action else None
        return Selection(row.item.id, action, row.file, row.line)

    def focus_view(self) -> None:
        self.table.focus()

    def key_hints(self) -> list[Hint]:
        return [
            Hint("enter", "tui.key.open", self.table.action_select),
            Hint("/", "tui.key.search", self.action_search),
            Hint("s", "tui.key.sort", self.action_sort_next),
            Hint("f", "tui.key.filter", self.action_filters),
        ]

    def commands(self) -> Iterable[Command]:
        loaded = self.tracker.loaded
        if loaded is None:
            return
        model = loaded.tables[self.table_name]
        lang = loaded.lang
        view = label(self.table_name, lang)
        go = self.tracker.show_view
        name = self.table_name

        def setter(field: str, value: str | bool | None):
            def run() -> None:
                go(name)
                self.set_filter(field, value)

            return run

        for field, options in self.choices().items():
            field_label = label(f"tui.filter.{field}", lang)
            for choice in options:
                yield Command(
                    f"{view}: {label('tui.cmd.filter', lang)} {field_label} = {choice.label.plain}",
                    label("tui.cmd.filter_help", lang),
                    setter(field, choice.value),
                )
        from tracker.tui.filtering import FILTER_FIELDS

        for flag in ("stale", "overdue"):
            if flag in FILTER_FIELDS.get(name, ()):
                yield Command(
                    f"{view}: {label(flag, lang).lower()}",
                    label("tui.cmd.filter_help", lang),
                    setter(flag, not getattr(self.active_filters(), flag)),
                )

        def clear() -> None:
            go(name)
            self.clear_filters()

        yield Command(f"{view}: {label('tui.cmd.clear_filters', lang)}", "", clear, discover=True)
        for column in model.columns:

            def sort(key: str = column.key) -> None:
                go(name)
                self.sort_by(key)

            yield Command(f"{view}: {label('tui.cmd.sort_by', lang)} {column.label}", "", sort)
