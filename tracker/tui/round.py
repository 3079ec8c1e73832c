"""The progress round in the terminal UI: view 9, also in the palette.

Owners on top, with how much each still owes and how much came in since the
round opened (the start of the reporting period); below, the lines of the owner
under the cursor, with the command that gives each. `u` records an update and
`d` marks an action done on the line under the cursor, as in the other views.
The view shows `tracker.round.model.build_round` of the State on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Static

from tracker.labels import Lang, label
from tracker.tui import text
from tracker.tui.registry import Registry, ViewSpec
from tracker.tui.tables import Column, Row
from tracker.tui.views.base import Hint, Selection, View
from tracker.tui.widgets.keyed_table import KeyedTable

if TYPE_CHECKING:
    from tracker.round.model import Owed, OwnerRound, Received, Round
    from tracker.tui.loaded import Loaded

_OFFICE_KEY = "\0office"  # the row key of the programme office (no owner string is empty)


def _owner_key(owner: str | None) -> str:
    return _OFFICE_KEY if owner is None else owner


def _owner_rows(found: Round, lang: Lang) -> list[Row]:
    from tracker.round.render import owner_name

    rows = []
    for owner in found.owners:
        name = owner_name(owner.owner, lang)
        style = "bold" if owner.owed else "dim"
        rows.append(
            Row(
                _owner_key(owner.owner),
                cells=(
                    text.plain(name, style=style),
                    Text(str(len(owner.owed)), end=""),
                    Text(str(len(owner.received)), end=""),
                ),
                sort=(name.casefold(),),
                haystack=name.lower(),
            )
        )
    return rows


def _owed_row(number: int, owed: Owed, lang: Lang) -> Row:
    from tracker.round.render import ask

    return Row(
        f"owed-{number}",
        cells=(
            Text(label(f"round.kind.{owed.kind}", lang), style="bold", end=""),
            text.plain(ask(owed, lang)),
            Text(owed.due.isoformat() if owed.due else "", end=""),
        ),
        sort=(number,),
        file=owed.file,
        line=owed.line,
        haystack=f"{owed.ref} {owed.title}".lower(),
    )


def _received_row(number: int, got: Received, lang: Lang) -> Row:
    from tracker.round.render import received_line

    return Row(
        f"got-{number}",
        cells=(
            Text(f"✔ {label('round.got', lang)}", style="green", end=""),
            text.plain(received_line(got, lang), style="dim"),
            Text(got.on.isoformat(), end=""),
        ),
        sort=(number,),
        haystack=got.ref.lower(),
    )


class RoundView(View):
    DEFAULT_CSS = """
    RoundView #round-summary {
        height: auto;
    }
    RoundView #round-owners {
        height: auto;
        max-height: 40%;
    }
    RoundView #round-lines {
        height: 1fr;
        border-top: solid $panel;
    }
    RoundView #round-how {
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self) -> None:
        super().__init__("round")
        self.found: Round | None = None
        self.lang: Lang = "en"
        self.lines: dict[str, Owed | Received] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="round-summary", classes="filterline", markup=False)
        yield KeyedTable(id="round-owners", auto_height=10)
        yield KeyedTable(id="round-lines")
        yield Static("", id="round-how", markup=False)

    @property
    def owners(self) -> KeyedTable:
        return self.query_one("#round-owners", KeyedTable)

    @property
    def table(self) -> KeyedTable:
        return self.query_one("#round-lines", KeyedTable)

    def show_state(self, loaded: Loaded) -> None:
        from tracker.round.model import NoMeeting, build_round
        from tracker.round.render import period_start

        lang = self.lang = loaded.lang
        summary = self.query_one("#round-summary", Static)
        try:
            found = build_round(loaded.state)
        except NoMeeting:
            self.found = None
            summary.update(Text(f" {label('round.no_meeting', lang)}", style="bold red"))
            self.owners.set_rows([])
            self._show_owner()
            return
        self.found = found
        start = period_start(found)
        period = (
            label("round.period", lang, start=start, end=found.meeting)
            if start is not None
            else label("round.period_open", lang, end=found.meeting)
        )
        line = Text(f" {label('round.title', lang, meeting=found.meeting)}", style="bold", end="")
        owing = sum(1 for o in found.owners if o.owed)
        totals = label("tui.round.totals", lang, owed=found.owed_count, owners=owing)
        line.append(f"  ·  {totals}\n {period}", style="")
        summary.update(line)
        self.owners.set_columns(
            (
                Column("owner", label("owner", lang), 32, flex=True),
                Column("owed", label("tui.round.owed", lang), 10, justify="right"),
                Column("received", label("tui.round.received", lang), 12, justify="right"),
            )
        )
        self.owners.empty_text = label("round.nothing_at_all", lang)
        self.owners.set_rows(_owner_rows(found, lang))
        self._show_owner()

    def _owner(self) -> OwnerRound | None:
        row = self.owners.cursor_row
        if row is None or self.found is None:
            return None
        wanted = None if row.key == _OFFICE_KEY else row.key
        return self.found.owner(wanted)

    def _show_owner(self) -> None:
        lang = self.lang
        owner = self._owner()
        self.table.set_columns(
            (
                Column("kind", label("kind", lang), 12),
                Column("asked", label("tui.round.asked", lang), 40, flex=True),
                Column("due", label("due", lang), 10),
            )
        )
        self.table.empty_text = label("round.mail.nothing", lang)
        rows: list[Row] = []
        self.lines = {}
        if owner is not None:
            for number, owed in enumerate(owner.owed):
                row = _owed_row(number, owed, lang)
                self.lines[row.key] = owed
                rows.append(row)
            for number, got in enumerate(owner.received):
                row = _received_row(number, got, lang)
                self.lines[row.key] = got
                rows.append(row)
        self.table.set_rows(rows)
        self._describe()

    def _describe(self) -> None:
        from tracker.round.model import Owed
        from tracker.round.render import how

        out = self.query_one("#round-how", Static)
        row = self.table.cursor_row
        entry = self.lines.get(row.key) if row is not None else None
        if isinstance(entry, Owed):
            out.update(Text(how(entry, self.lang), style="bold"))
        else:
            out.update(Text(""))

    @on(KeyedTable.RowHighlighted, "#round-owners")
    def _owner_highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        self._show_owner()

    @on(KeyedTable.RowSelected, "#round-owners")
    def _owner_selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        self.table.focus()

    @on(KeyedTable.RowHighlighted, "#round-lines")
    def _line_highlighted(self, event: KeyedTable.RowHighlighted) -> None:
        event.stop()
        self._describe()

    @on(KeyedTable.RowSelected, "#round-lines")
    def _line_selected(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        selected = self.selection()
        if selected is not None and selected.item_id:
            self.tracker.open_detail(selected.item_id, selected.action_id)

    def selection(self) -> Selection | None:
        from tracker.round.model import Owed

        row = self.table.cursor_row
        entry = self.lines.get(row.key) if row is not None else None
        if not isinstance(entry, Owed):
            return None
        action = entry.ref if entry.kind == "action" else None
        return Selection(entry.item_id, action, entry.file, entry.line)

    def focus_view(self) -> None:
        self.owners.focus()

    def key_hints(self) -> list[Hint]:
        return [Hint("enter", "tui.round.key.open", self.owners.action_select)]


def _round() -> View:
    return RoundView()


def register(registry: Registry) -> None:
    registry.add_view(ViewSpec("round", "0", "tui.view.round", "tui.view.round.short", _round))
