"""`f`: the filters of a table view; every change applies at once.

The screen is given what it shows and tells the view that opened it what changed
through messages (`FilterScreen.Changed`, `FilterScreen.Cleared`); it never reads
or calls the view, so the view's insides can change without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select

from tracker.labels import label

if TYPE_CHECKING:
    from tracker.labels import Lang
    from tracker.listing import Filters
    from tracker.tui.filtering import Choice

FLAGS = ("stale", "overdue")


class FilterScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f", "close", show=False),
    ]

    class Changed(Message):
        """A filter was set (`value` None: any value)."""

        bubble = False

        def __init__(self, name: str, value: str | bool | None) -> None:
            super().__init__()
            self.name = name
            self.value = value

    class Cleared(Message):
        """Every filter was cleared."""

        bubble = False

    def __init__(
        self,
        reply_to: MessagePump,
        table_name: str,
        lang: Lang,
        filters: Filters,
        choices: dict[str, list[Choice]],
    ) -> None:
        super().__init__()
        self.reply_to = reply_to
        self.table_name = table_name
        self.lang = lang
        self.filters = filters
        self.choices = choices

    def compose(self) -> ComposeResult:
        from tracker.tui.filtering import FILTER_FIELDS

        lang, filters, choices = self.lang, self.filters, self.choices
        with VerticalScroll(id="filters"):
            for name in FILTER_FIELDS.get(self.table_name, ()):
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
        box = self.query_one("#filters", VerticalScroll)
        lang = self.lang
        box.border_title = f"{label('tui.filters', lang)}: {label(self.table_name, lang)}"

    @on(Select.Changed)
    def _select(self, event: Select.Changed) -> None:
        event.stop()
        name = (event.select.id or "").removeprefix("select-")
        value = None if event.value is Select.NULL else event.value
        self.reply_to.post_message(self.Changed(name, value))

    @on(Checkbox.Changed)
    def _flag(self, event: Checkbox.Changed) -> None:
        event.stop()
        name = (event.checkbox.id or "").removeprefix("flag-")
        self.reply_to.post_message(self.Changed(name, event.value))

    @on(Button.Pressed, "#clear")
    def _clear(self, event: Button.Pressed) -> None:
        event.stop()
        self.reply_to.post_message(self.Cleared())
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
