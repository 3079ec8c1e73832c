"""One-line bars: the programme at the top; views and keys at the bottom.

The bottom bars are the footer: the number key of every view (the current
one highlighted) and the keys that work where the focus is. Both are
clickable, and both shorten their labels rather than cut them off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.widgets import Static


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # as shown: "1", "/", "^p"
    label: str  # full label
    short: str  # label for narrow terminals
    action: Callable[[], object]
    active: bool = False
    badge: str = ""  # e.g. a count after the label


class ClickBar(Static):
    """A line of `key label` entries; a click runs the entry's action."""

    DEFAULT_CSS = """
    ClickBar {
        height: 1;
        width: 1fr;
        background: $panel;
        color: $foreground;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self.entries: Sequence[Entry] = ()
        self._spans: list[tuple[int, int, Entry]] = []

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        self._draw()

    def on_resize(self, _: events.Resize) -> None:
        self._draw()

    def _compose_line(self, short: bool, tight: bool) -> tuple[Text, list[tuple[int, int, Entry]]]:
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        spans: list[tuple[int, int, Entry]] = []
        for entry in self.entries:
            start = line.cell_len
            key_style = "bold reverse" if entry.active else "bold"
            line.append(f" {entry.key} ", style=key_style)
            name = entry.short if short else entry.label
            line.append(f"{name}{entry.badge}", style="bold underline" if entry.active else "")
            if not tight:
                line.append(" ")
            spans.append((start, line.cell_len, entry))
        return line, spans

    def _draw(self) -> None:
        width = self.size.width or 80
        for short, tight in ((False, False), (True, False), (True, True)):
            line, spans = self._compose_line(short, tight)
            if line.cell_len <= width:
                break
        self._spans = spans
        self.update(line)

    def on_click(self, event: events.Click) -> None:
        for start, end, entry in self._spans:
            if start <= event.x < end:
                event.stop()
                entry.action()
                return


class TopBar(Static):
    """Programme, as-of date (and whether it was clamped), problem count."""

    DEFAULT_CSS = """
    TopBar {
        height: 1;
        width: 1fr;
        background: $primary-background;
        color: $foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._parts = (Text(), Text())

    def on_resize(self, _: events.Resize) -> None:
        self.show(*self._parts)

    def show(self, left: Text, right: Text) -> None:
        self._parts = (left, right)
        width = self.size.width or 80
        room = max(width - right.cell_len - 2, 8)
        left = left.copy()
        left.no_wrap = True
        left.truncate(room, overflow="ellipsis", pad=True)
        line = Text(" ", no_wrap=True, end="")
        line.append_text(left)
        line.append(" ")
        line.append_text(right)
        self.update(line)
