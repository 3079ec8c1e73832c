"""Every validation problem with file:line and hint; Enter opens the editor there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Static

from tracker.labels import label
from tracker.tui import text
from tracker.tui.views.base import Hint, Selection, View
from tracker.tui.widgets.keyed_table import KeyedTable

if TYPE_CHECKING:
    from tracker.tui.loaded import Loaded


class ProblemsView(View):
    def __init__(self) -> None:
        super().__init__("problems")
        self.loaded: Loaded | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="problems-summary", classes="filterline", markup=False)
        yield KeyedTable(id="problems")
        yield Static("", id="problem-detail", markup=False)

    @property
    def table(self) -> KeyedTable:
        return self.query_one("#problems", KeyedTable)

    def show_state(self, loaded: Loaded) -> None:
        self.loaded = loaded
        programme, lang = loaded.programme, loaded.lang
        model = loaded.tables["problems"]
        summary = label(
            "problems_count",
            lang,
            errors=programme.errors,
            warnings=programme.warnings,
            items=len(programme.items),
        )
        style = "bold red" if programme.errors else "bold"
        self.query_one("#problems-summary", Static).update(Text(f" {summary}", style=style))
        self.table.set_columns(model.columns)
        self.table.empty_text = label("tui.no_problems", lang)
        self.table.set_rows(model.rows)
        self._describe()

    @on(KeyedTable.RowHighlighted, "#problems")
    def _highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        self._describe()

    def _describe(self) -> None:
        detail = self.query_one("#problem-detail", Static)
        row = self.table.cursor_row
        if row is None or row.problem is None or self.loaded is None:
            detail.display = False
            return
        lang = self.loaded.lang
        problem = row.problem
        body = Text(end="")
        body.append(f"{problem.location}  ", style="bold")
        body.append(f"[{problem.code}]\n", style="dim")
        body.append_text(text.para(problem.message_in(lang)))
        hint = problem.hint_in(lang)
        if hint:
            body.append(f"\n{label('tui.hint', lang)}: ", style="bold")
            body.append_text(text.para(hint))
        detail.update(body)
        detail.display = True

    @on(KeyedTable.RowSelected, "#problems")
    def _selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        selected = self.selection()
        if selected is not None:
            self.tracker.edit(selected.file, selected.line)

    def selection(self) -> Selection | None:
        row = self.table.cursor_row
        if row is None or row.problem is None:
            return None
        return Selection(None, None, row.file, row.line)

    def focus_view(self) -> None:
        self.table.focus()

    def key_hints(self) -> list[Hint]:
        return [Hint("enter", "tui.key.edit_here", self.table.action_select)]
