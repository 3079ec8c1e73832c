"""The reported history in the terminal UI: view 8, and an item's health across snapshots.

Both are registered (`register` below); the detail pane shows the health section
through the registry's detail hook, so it never imports this module.

View 8 lists the snapshots in `.tracker/history.json`, newest first; the one
under the cursor is compared with the programme as it is now (the State on
screen), in the same words as `ggp-tracker diff`. The history file is read each
time the view is shown, so snapshots taken from the command line appear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tracker.labels import Lang, label, value_label
from tracker.tui import text
from tracker.tui.registry import Registry, ViewSpec
from tracker.tui.rows import Column, Row
from tracker.tui.views.base import Hint, View
from tracker.tui.widgets.keyed_table import KeyedTable

if TYPE_CHECKING:
    from tracker.state import ItemState
    from tracker.tui.app import TrackerApp
    from tracker.tui.loaded import Loaded

# The detail pane shows this many of the latest snapshots.
DETAIL_POINTS = 12


def read_history(root: Path, lang: Lang) -> tuple[list[dict[str, Any]], str | None]:
    """The snapshots, oldest first, and a message when the file cannot be used."""
    from tracker.history.errors import HistoryError
    from tracker.history.storage import HistoryStore

    store = HistoryStore(root)
    try:
        found = store.snapshots()
        return found, store.damaged_note(lang)  # the sound ones are shown all the same
    except HistoryError as exc:
        return [], exc.text(lang)


def _columns(lang: Lang, rows: Sequence[Row]) -> tuple[Column, ...]:
    keys = ("history.label", "history.taken", "history.as_of", "history.commit", "items")
    widths = [
        max([len(label(k, lang)), *(r.cells[i].cell_len for r in rows)]) for i, k in enumerate(keys)
    ]
    return tuple(
        Column(
            key,
            label(key, lang),
            min(width, 40),
            flex=key == "history.label",
            justify="right" if key == "items" else "left",
            drop={"history.taken": 2, "history.commit": 1}.get(key, 0),
        )
        for key, width in zip(keys, widths, strict=True)
    )


def _row(snapshot: Mapping[str, Any], lang: Lang) -> Row:
    from tracker.history.render import short_commit

    git = snapshot.get("git") or {}
    commit = Text(short_commit(git.get("commit")), end="")
    if not git:
        commit = Text(label("history.no_git", lang), style="dim", end="")
    elif git.get("dirty"):
        commit.append(" *", style="yellow")
    taken = snapshot["taken"].replace("T", " ").removesuffix("Z")
    return Row(
        key=snapshot["label"],
        cells=(
            text.plain(snapshot["label"]),
            Text(taken, end=""),
            Text(snapshot["as_of"], end=""),
            commit,
            Text(str(len(snapshot["items"])), end=""),
        ),
        sort=(snapshot["taken"],),
        haystack=snapshot["label"].lower(),
    )


class HistoryView(View):
    DEFAULT_CSS = """
    HistoryView #history {
        height: auto;
        max-height: 40%;
    }
    HistoryView #history-diff-scroll {
        height: 1fr;
        border-top: solid $panel;
    }
    """

    def __init__(self) -> None:
        super().__init__("history")
        self.loaded: Loaded | None = None
        self.snapshots: dict[str, dict[str, Any]] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="history-summary", classes="filterline", markup=False)
        yield KeyedTable(id="history", auto_height=12)
        with VerticalScroll(id="history-diff-scroll"):
            yield Static("", id="history-diff", markup=False)

    @property
    def table(self) -> KeyedTable:
        return self.query_one("#history", KeyedTable)

    def show_state(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._refresh()

    def _refresh(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        lang = loaded.lang
        from tracker.history.storage import history_path

        path = history_path(self.tracker.root)
        found, problem = read_history(self.tracker.root, lang)
        self.snapshots = {s["label"]: s for s in found}
        rows = [_row(s, lang) for s in reversed(found)]  # newest first
        summary = self.query_one("#history-summary", Static)
        if problem:
            summary.update(Text(f" {problem}", style="bold red"))
        elif not found:
            summary.update(Text(f" {label('history.empty', lang, path=path)}", style="dim"))
        else:
            summary.update(Text(f" {label('tui.history.pick', lang)}", style="dim"))
        self.table.set_columns(_columns(lang, rows))
        self.table.empty_text = label("summary.none", lang)
        self.table.set_rows(rows)
        self._compare()

    @on(KeyedTable.RowHighlighted, "#history")
    def _highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        self._compare()

    @on(KeyedTable.RowSelected, "#history")
    def _selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        self._compare()
        self.query_one("#history-diff-scroll", VerticalScroll).focus()

    def _compare(self) -> None:
        """The snapshot under the cursor against the State on screen."""
        from tracker.history.diff import diff_snapshots
        from tracker.history.render import diff_lines
        from tracker.history.snapshot import build_snapshot

        out = self.query_one("#history-diff", Static)
        row = self.table.cursor_row
        snapshot = self.snapshots.get(row.key) if row is not None else None
        if snapshot is None or self.loaded is None:
            out.update(Text(""))
            return
        # Now, as on screen: no file hash or git call, so moving the cursor stays instant.
        now = build_snapshot(self.loaded.state, "now", None, None, None)
        out.update(Group(*diff_lines(diff_snapshots(snapshot, now), self.loaded.lang)))

    def focus_view(self) -> None:
        # Snapshots may have been taken from the command line since the view was last shown.
        self._refresh()
        self.table.focus()

    def key_hints(self) -> list[Hint]:
        return [Hint("enter", "tui.history.key.compare", self.table.action_select)]


def health_parts(root: Path, item_id: str, lang: Lang) -> list[RenderableType]:
    """For the detail pane: the item's health, status and progress in each snapshot.

    Nothing when there is no history or the item is in none of it.
    """
    from tracker.history.errors import HistoryError
    from tracker.history.storage import HistoryStore
    from tracker.history.timeline import health_history

    try:
        points = health_history(HistoryStore(root), item_id)
    except (HistoryError, OSError):  # reported in view 8; the detail pane stays usable
        return []
    if not points:
        return []
    shown = points[-DETAIL_POINTS:]
    lines: list[RenderableType] = [
        Text(),
        Text(f"{label('tui.history.heading', lang)} ({len(points)})", style="bold underline"),
    ]
    for point in shown:
        line = Text()
        line.append_text(text.plain(point.label, style="bold"))
        line.append(f"  {label('history.side_as_of', lang, date=point.as_of)}  ", style="dim")
        line.append_text(text.health(point.health, lang))
        if point.status:
            field = "phase" if point.kind == "pilot" else "status"
            line.append(f" · {value_label(field, point.status, lang)}")
        if point.progress is not None:
            line.append(f" · {point.progress}%")
        lines.append(line)
    return lines


def _health_section(app: TrackerApp, item: ItemState, lang: Lang) -> list[RenderableType]:
    return health_parts(app.root, item.id, lang)


def _history() -> View:
    return HistoryView()


def register(registry: Registry) -> None:
    registry.add_view(
        ViewSpec("history", "8", "tui.view.history", "tui.view.history.short", _history)
    )
    registry.add_detail(_health_section)
