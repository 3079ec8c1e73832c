"""The base of every top-level view (a number key in the footer).

See `tracker.tui.registry` for how a view is registered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from textual.containers import Container

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp
    from tracker.tui.loaded import Loaded
    from tracker.tui.registry import Command


@dataclass(frozen=True, slots=True)
class Selection:
    """What the cursor is on: the thing `e` (and keys added later) act on."""

    item_id: str | None  # the item (for an action: its meeting)
    action_id: str | None = None  # "<meeting id>#<n>" when an action is selected
    file: str = ""  # relative to the programme folder
    line: int = 0


@dataclass(frozen=True, slots=True)
class Hint:
    """A key shown in the footer while the view has the focus; clicking runs it."""

    key: str  # as shown
    label: str  # label-table key
    run: Callable[[], Any]


class View(Container):
    """A screenful of the programme. Subclasses implement `show_state`."""

    DEFAULT_CSS = """
    View {
        height: 1fr;
    }
    """

    def __init__(self, name: str) -> None:
        super().__init__(id=f"view-{name}")
        self.view_name = name
        self.stale = True  # a newer State arrived while the view was hidden

    @property
    def tracker(self) -> TrackerApp:
        return cast("TrackerApp", self.app)

    def show_state(self, loaded: Loaded) -> None:
        """Show this State; keep the selection, filters and search where they still apply."""
        raise NotImplementedError

    def selection(self) -> Selection | None:
        return None

    def key_hints(self) -> list[Hint]:
        return []

    def commands(self) -> Iterable[Command]:
        return ()

    def focus_view(self) -> None:
        """Put the focus where the keys of this view work."""
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus()
                return
