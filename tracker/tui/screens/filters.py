"""`f`: the filters of a table view; every change applies at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select

from tracker.labels import label

if TYPE_CHECKING:
    from tracker.tui.views.table import TableView

FLAGS = ("stale", "overdue")


class FilterScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f", "close", show=False),
    ]

    def __init__(self, view: TableView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        from tracker.tui.tables import FILTER_FIELDS

        view = self.view
        assert view.loaded is not None
        lang = view.loaded.lang
        filters = view.active_filters()
        choices = view.choices()
        with VerticalScroll(id="filters"):
            for name in FILTER_FIELDS.get(view.table_name, ()):
                if name in FLAGS:
                    yield Checkbox(
                        label(name, lang),
                        bool(getattr(filters, name)),
                        id=f"flag-{name}",
                        compact=True,
                    )
                    continue
                options: list[tuple[Any, str]] = [(c.label, c.value) for c in choices.get(name, [])]
                current = getattr(filters, name)
                known = {value for _, value in options}
                with Horizontal(classes="filter-field"):
                    yield Label(label(f"tui.filter.{name}", lang))
                    yield Select(
                        options,
                        prompt=label("tui.all", lang),
                        value=current if current in known else Select.NULL,
                        id=f"select-{name}",
                        compact=True,
                    )
            with Horizontal(id="filter-buttons"):
                yield Button(label("tui.cmd.clear_filters", lang), id="clear", compact=True)
                yield Button(label("tui.close", lang), id="close", compact=True)

    def on_mount(self) -> None:
        assert self.view.loaded is not None
        box = self.query_one("#filters", VerticalScroll)
        lang = self.view.loaded.lang
        box.border_title = f"{label('tui.filters', lang)}: {label(self.view.table_name, lang)}"

    @on(Select.Changed)
    def _select(self, event: Select.Changed) -> None:
        event.stop()
        name = (event.select.id or "").removeprefix("select-")
        value = None if event.value is Select.NULL else event.value
        self.view.set_filter(name, value)

    @on(Checkbox.Changed)
    def _flag(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.view.set_filter((event.checkbox.id or "").removeprefix("flag-"), event.value)

    @on(Button.Pressed, "#clear")
    def _clear(self, event: Button.Pressed) -> None:
        event.stop()
        self.view.clear_filters()
        for select in self.query(Select):
            select.clear()
        for box in self.query(Checkbox):
            box.value = False

    @on(Button.Pressed, "#close")
    def _close(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
