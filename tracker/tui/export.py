"""`x`: export the summary, the calendar or the workbook; also in the palette.

In a terminal the file is written to the current folder, as the commands do; in a
browser (`ggp-tracker serve`) the browser downloads it. The bytes are made in a
thread, so a large programme does not stop the screen.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tracker.reach.choices import CHOICES
from tracker.tui.registry import Command, KeySpec, Registry

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tracker.tui.app import TrackerApp


class ExportScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    #export { width: 64; height: auto; border: round $primary; background: $surface;
              padding: 0 1; }
    #export-help { color: $text-muted; margin-bottom: 1; }
    #export-choices { height: auto; border: none; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,x,q", "close", show=False)]

    def compose(self) -> ComposeResult:
        app = cast("TrackerApp", self.app)
        with Vertical(id="export"):
            where = (
                app.text("tui.export.help_web")
                if app.is_web
                else app.text("tui.export.help", dir=Path.cwd())
            )
            yield Static(where, id="export-help", markup=False)
            yield OptionList(
                *(Option(app.text(key), id=choice) for choice, key in CHOICES.items()),
                id="export-choices",
            )

    def on_mount(self) -> None:
        app = cast("TrackerApp", self.app)
        self.query_one("#export", Vertical).border_title = app.text("tui.export.title")
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        app = cast("TrackerApp", self.app)
        self.dismiss()
        if event.option.id:
            export(app, event.option.id)

    def action_close(self) -> None:
        self.dismiss()


def export(app: TrackerApp, choice: str) -> None:
    """Make the file in a thread, then write it here or hand it to the browser."""
    loaded = app.loaded
    if loaded is None:
        app.say(app.text("tui.export.not_loaded"), severity="warning")
        return
    state, lang, root = loaded.state, loaded.lang, app.root

    def work() -> None:
        from tracker.reach.choices import make

        try:
            name, data = make(choice, state, lang, root)
        except Exception as exc:  # a bug, not bad data: say so rather than die silently
            app.call_from_thread(app.say, str(exc), severity="error")
            return
        app.call_from_thread(_deliver, app, name, data)

    threading.Thread(target=work, name="ggp-export", daemon=True).start()


def _deliver(app: TrackerApp, name: str, data: bytes) -> None:
    if app.is_web:
        import io

        app.deliver_binary(io.BytesIO(data), save_filename=name)
        app.say(app.text("tui.export.delivered", file=name))
        return
    from tracker.exportfile import write_output

    target = Path.cwd() / name
    error = write_output(target, data, app.lang)
    if error:
        app.say(error, severity="error")
    else:
        app.say(app.text("tui.export.written", file=target))


def _open(app: TrackerApp) -> None:
    app.push_screen(ExportScreen())


def _commands(app: TrackerApp) -> Iterable[Command]:
    for choice, key in CHOICES.items():
        yield Command(
            app.text("tui.cmd.export", what=app.text(key)),
            "",
            lambda choice=choice: export(app, choice),
        )


def register(registry: Registry) -> None:
    # In help and the palette, not the footer: the footer keeps to the keys of every day.
    registry.add_key(KeySpec("x", "export", "tui.key.export", _open, footer=False))
    registry.add_commands(_commands)
