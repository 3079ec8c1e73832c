"""Extension points of the terminal UI: views, keys and palette commands.

The app is assembled from this registry, so adding a view, a key or a palette
command is one module of your own plus one line here:

1. Write `tracker/tui/<name>.py` with a function `register(registry: Registry)`.
2. Add `"tracker.tui.<name>"` to `EXTENSIONS` below (order: views by key).

Inside `register`:

* A view (number key, listed in the footer, the help screen and the palette)::

      registry.add_view(ViewSpec(name="history", key="8", label="tui.view.history",
                                 short="tui.view.history.short", make=HistoryView))

  `HistoryView` subclasses `tracker.tui.views.base.View`. It implements
  `show_state(loaded)`, called with every (re)load and language change while
  it is visible, and once when it is shown after one. It may implement
  `selection()` (what `e` and other keys act on), `key_hints()` (keys for the
  footer) and `commands()` (palette entries while it is shown).

* A key that works everywhere (footer, help screen and palette list it)::

      registry.add_key(KeySpec(key="u", name="record_update", label="tui.key.update",
                               run=record_update, when=has_item_selected))

  `run(app)` gets the `TrackerApp` and may be async. What it can use:
  `app.selection()` (the item id, action id, file and line under the cursor,
  also on a detail screen), `app.loaded` (Programme, State, language, table
  models), `app.loader` (the one `ProgrammeLoader`), `app.root`, `app.lang`,
  `app.text(key, **values)` (a label), `app.reload()` (after writing a file;
  the watcher would also notice), `app.show_view(name)`, `app.open_detail(id)`,
  `app.edit(file, line)`, `app.say(message)` (a notification, never markup).
  `when(app)` returning False disables the key there. A key that changes programme
  files says `writes=True`: a read-only UI (`--read-only`, `serve --read-only`)
  leaves it out of the footer and the palette and refuses it.

* Palette commands computed when the palette opens::

      registry.add_commands(lambda app: [Command("…", "…", lambda: …)])

* Sections at the end of an item's detail pane (Rich renderables; YAML text
  as `rich.text.Text`, never markup)::

      registry.add_detail(lambda app, item, lang: [Text("…")])

Every extension module is imported before the first screen is drawn: keep its
top level light (Textual, Rich, `tracker.labels`) and import the loader, the
models or other heavy modules inside the functions that need them, as
`tracker.tui.core` does; `bench/tui_bench.py` shows what each costs.

Labels go into the label table, `tracker/labels/tui.py` (English and Dutch).
Command titles and help are plain text, never markup. A new table's columns go
into `tracker/columns.py`, the registry `list` shares. Nothing outside
`tracker/tui/` may import Textual (an import-linter contract in pyproject.toml).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType

    from tracker.labels import Lang
    from tracker.state import ItemState
    from tracker.tui.app import TrackerApp
    from tracker.tui.views.base import View

    DetailSection = Callable[[TrackerApp, ItemState, Lang], Iterable[RenderableType]]

# Modules whose `register(registry)` builds the app, in order.
EXTENSIONS: tuple[str, ...] = (
    "tracker.tui.core",
    "tracker.tui.update_form",
    "tracker.tui.history",
    "tracker.tui.risks",
    "tracker.tui.round",
    "tracker.tui.export",
)


@dataclass(frozen=True, slots=True)
class ViewSpec:
    name: str  # stable id: "measures"
    key: str  # the key that shows it: "2"
    label: str  # label-table key of its name
    short: str  # label-table key of a short name for narrow terminals
    make: Callable[[], View]


@dataclass(frozen=True, slots=True)
class KeySpec:
    key: str  # Textual key name(s): "e", "question_mark", "ctrl+l"
    name: str  # unique action name
    label: str  # label-table key of what it does
    run: Callable[[TrackerApp], Any]
    display: str = ""  # how the footer shows the key, when not the key itself
    when: Callable[[TrackerApp], bool] | None = None
    footer: bool = True
    palette: bool = True
    writes: bool = False  # changes programme files: turned off in a read-only UI


@dataclass(frozen=True, slots=True)
class Command:
    """A palette entry: plain text title and help (never markup), and what it does."""

    title: str
    help: str
    run: Callable[[], Any]
    discover: bool = False  # listed before anything is typed


@dataclass
class Registry:
    views: list[ViewSpec] = field(default_factory=list)
    keys: list[KeySpec] = field(default_factory=list)
    providers: list[Callable[[TrackerApp], Iterable[Command]]] = field(default_factory=list)
    details: list[DetailSection] = field(default_factory=list)

    def add_view(self, spec: ViewSpec) -> None:
        for other in self.views:
            if other.name == spec.name or other.key == spec.key:
                raise ValueError(f"view {spec.name} ({spec.key}) clashes with {other.name}")
        self.views.append(spec)

    def add_key(self, spec: KeySpec) -> None:
        for other in self.keys:
            if other.name == spec.name or other.key == spec.key:
                raise ValueError(f"key {spec.key} ({spec.name}) clashes with {other.name}")
        self.keys.append(spec)

    def add_commands(self, provider: Callable[[TrackerApp], Iterable[Command]]) -> None:
        self.providers.append(provider)

    def add_detail(self, section: DetailSection) -> None:
        self.details.append(section)

    def view(self, name: str) -> ViewSpec | None:
        return next((v for v in self.views if v.name == name), None)

    def key(self, name: str) -> KeySpec | None:
        return next((k for k in self.keys if k.name == name), None)


def build(extensions: Iterable[str] = EXTENSIONS) -> Registry:
    """A registry filled by each extension module's `register`."""
    registry = Registry()
    for module in extensions:
        importlib.import_module(module).register(registry)
    return registry
