"""`?`: every key, grouped by where it works."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tracker.labels import label

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp

WIDE = 100

# (section, [(key as shown, label-table key)]) for keys that belong to a kind of view.
LOCAL_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "tui.help.tables",
        (
            ("↑ ↓ PgUp PgDn Home End", "tui.key.move"),
            ("enter", "tui.key.open"),
            ("/", "tui.key.search"),
            ("enter (search)", "tui.key.search_enter"),
            ("esc", "tui.key.search_clear"),
            ("s", "tui.help.sort"),
            ("S", "tui.key.sort_reverse"),
            ("f", "tui.key.filter"),
            ("c", "tui.key.clear_filters"),
        ),
    ),
    (
        "tui.help.dashboard",
        (
            ("tab", "tui.key.next_list"),
            ("enter", "tui.key.open"),
        ),
    ),
    ("tui.help.problems", (("enter", "tui.key.edit_here"),)),
    (
        "tui.help.detail",
        (
            ("↑ ↓ PgUp PgDn", "tui.key.scroll"),
            ("tab", "tui.key.links"),
            ("enter", "tui.key.follow"),
            ("esc", "tui.key.back"),
        ),
    ),
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("", id="help-content", markup=False)

    def on_mount(self) -> None:
        app = cast("TrackerApp", self.app)
        lang = app.lang
        help_box = self.query_one("#help", VerticalScroll)
        help_box.border_title = label("tui.help.title", lang)
        sections: list[tuple[str, list[tuple[str, str]]]] = []
        sections.append(
            (
                "tui.help.views",
                [(spec.key, label(spec.label, lang)) for spec in app.registry.views],
            )
        )
        everywhere = [(k.display or k.key, label(k.label, lang)) for k in app.registry.keys]
        everywhere.append(("ctrl+p", label("tui.key.palette", lang)))
        everywhere.append(("tab / shift+tab", label("tui.key.focus", lang)))
        sections.append(("tui.help.everywhere", everywhere))
        for section, keys in LOCAL_KEYS:
            sections.append((section, [(k, label(d, lang)) for k, d in keys]))
        blocks = []
        for section, keys in sections:
            table = Table(box=None, show_header=False, pad_edge=False, expand=True)
            table.add_column(style="bold cyan", no_wrap=True, min_width=12)
            table.add_column(ratio=1)
            for key, what in keys:
                table.add_row(Text(key), Text(what))
            blocks.append(Group(Text(label(section, lang), style="bold underline"), table, Text()))
        legend = Text(label("legend", lang), style="dim")
        if app.size.width >= WIDE:
            # Two columns, so every key fits on one screen of 120x40.
            grid = Table.grid(expand=True, padding=(0, 2))
            grid.add_column(ratio=1)
            grid.add_column(ratio=1)
            grid.add_row(Group(*blocks[:2]), Group(*blocks[2:]))
            content = Group(grid, legend)
        else:
            content = Group(*blocks, legend)
        self.query_one("#help-content", Static).update(content)
        help_box.focus()

    def action_close(self) -> None:
        self.dismiss()
