"""The detail pane of one item: everything about it, and its related items.

Enter on a related item opens its detail on top; Escape goes back one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.console import Group
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from tracker.labels import label
from tracker.tui.views.base import Hint, Selection
from tracker.tui.widgets.bars import ClickBar, TopBar
from tracker.tui.widgets.keyed_table import KeyedTable

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp
    from tracker.tui.loaded import Loaded


class DetailScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "back", show=False),
    ]

    def __init__(self, item_id: str, action_id: str | None = None) -> None:
        super().__init__(classes="detail")
        self.item_id = item_id
        self.action_id = action_id
        self.found = False

    @property
    def tracker(self) -> TrackerApp:
        return cast("TrackerApp", self.app)

    def compose(self) -> ComposeResult:
        yield TopBar(id="detail-top")
        with VerticalScroll(id="detail-body"):
            yield Static("", id="detail-content", markup=False)
            yield Static("", id="links-title", classes="section", markup=False)
            yield KeyedTable(id="links", auto_height=10)
        yield ClickBar(id="detail-keys", classes="keybar")

    def on_mount(self) -> None:
        if self.tracker.loaded is not None:
            self.show_state(self.tracker.loaded)
        self.query_one("#detail-body", VerticalScroll).focus()

    def show_state(self, loaded: Loaded) -> None:
        from tracker.tui import detail
        from tracker.tui.builders import links_table

        state, lang = loaded.state, loaded.lang
        s = state.get(self.item_id)
        self.found = s is not None
        top = self.query_one("#detail-top", TopBar)
        content = self.query_one("#detail-content", Static)
        links = self.query_one("#links", KeyedTable)
        if s is None:
            top.show(Text(self.item_id, style="bold"), Text(""))
            message = label("tui.item_gone", lang, id=self.item_id, count=loaded.problem_count)
            content.update(Text(message, style="bold red"))
            links.display = False
            self.query_one("#links-title", Static).display = False
        else:
            right = Text(s.source.location, style="dim")
            top.show(detail.title_line(s, lang), right)
            parts = detail.sections(state, s, lang)
            action = next((a for a in s.actions if a.id == self.action_id), None)
            if action is not None:
                parts[:0] = [detail.action_line(action, lang), Text()]
            for section in self.tracker.registry.details:
                parts += section(self.tracker, s, lang)
            content.update(Group(*parts))
            model = links_table(detail.links(state, s), lang)
            links.display = bool(model.rows)
            title = self.query_one("#links-title", Static)
            title.display = bool(model.rows)
            title.update(Text(f"{label('tui.related', lang)} ({len(model.rows)})", style="bold"))
            links.set_columns(model.columns)
            links.set_rows(model.rows)
        self._hints(loaded)

    def _hints(self, loaded: Loaded) -> None:
        hints = [
            Hint("esc", "tui.key.back", self.action_back),
            Hint("tab", "tui.key.links", self.focus_next),
            Hint("enter", "tui.key.follow", self._follow),
        ]
        self.query_one("#detail-keys", ClickBar).set_entries(
            self.tracker.key_entries(hints, loaded.lang)
        )

    def _follow(self) -> None:
        self.query_one("#links", KeyedTable).action_select()

    @on(KeyedTable.RowSelected, "#links")
    def _open_link(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        row = event.table.cursor_row
        if row is not None and row.item is not None:
            self.tracker.open_detail(row.item.id)

    def selection(self) -> Selection | None:
        loaded = self.tracker.loaded
        s = loaded.state.get(self.item_id) if loaded else None
        if s is None:
            return None
        return Selection(s.id, self.action_id, s.source.file, s.source.line)

    def action_back(self) -> None:
        self.dismiss()
