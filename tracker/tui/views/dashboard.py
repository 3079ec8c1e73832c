"""The dashboard: where the programme stands, in one screen.

One card per opgave (a compact row each on small terminals), the next LOVP
meeting with its reporting period, the attention list and the indicators.
"""

from __future__ import annotations

import textwrap
from datetime import timedelta
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.widgets import Static

from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, label, value_label
from tracker.textsafe import one_line
from tracker.tui import text
from tracker.tui.views.base import Hint, Selection, View
from tracker.tui.widgets.keyed_table import KeyedTable

if TYPE_CHECKING:
    from tracker.labels import Lang
    from tracker.state import Rollup, State
    from tracker.steering import Verdict
    from tracker.tui.loaded import Loaded

CARD_WIDTH = 24  # a card needs at least this many columns
WIDE = 100  # narrower than this, or lower than TALL, cards become rows
TALL = 34


def title_lines(title: str, width: int, most: int) -> list[str]:
    """`title` wrapped at words to `width`, at most `most` lines, the last cut with '…'."""
    lines = textwrap.wrap(one_line(title), width) or [""]
    if len(lines) > most:
        lines = [*lines[: most - 1], one_line(" ".join(lines[most - 1 :]), width)]
    return lines


def verdict_text(verdict: Verdict | None, lang: Lang, width: int) -> Text:
    """The verdict for the next meeting as a symbol and a word (never colour alone), or
    "no verdict written"; a green verdict over red facts says so."""
    if verdict is None:
        return Text(one_line(label("verdict.none", lang), width), style="dim", end="")
    health = verdict.health
    word = value_label("health", health, lang)
    words = f"{HEALTH_SYMBOL[health]} {label('assessment', lang)}: {word}"
    out = Text(one_line(words, width), style=HEALTH_COLOUR[health], end="")
    if verdict.contradicted:
        out.append("\n")
        out.append(one_line(f"≠ {label('reason.contradicts', lang)}", width), style="bold red")
    return out


def card_text(
    rollup: Rollup, lang: Lang, width: int, verdict: Verdict | bool | None = False
) -> Text:
    """A card's lines: title, what it holds, health counts, mean progress, flags, and
    (format 2; `verdict` not False) the verdict written for the next meeting."""
    from tracker.tui.tables import health_counts

    width = max(width, 12)
    title = rollup.opgave.title if rollup.opgave else label("programme-wide", lang)
    body = Text(end="")
    body.append("\n".join(title_lines(title, width, 2)), style="bold")
    body.append("\n")
    kinds = [s.kind for s in rollup.items]
    counts = []
    # What the health and progress are of (measures, pilots); else what there is.
    for group in (("measure", "pilot"), ("meeting", "indicator")):
        for kind in group:
            n = kinds.count(kind)
            if n:
                counts.append(f"{n} {label(kind if n == 1 else kind + 's', lang).lower()}")
        if counts:
            break
    body.append(one_line(", ".join(counts) or label("tui.no_items", lang), width), style="dim")
    body.append("\n")
    # Words beside the symbols when they fit on two lines; else the symbols alone
    # (still never colour alone; the legend below the dashboard names them).
    for words, per_line in ((True, 4), (True, 2), (False, 4), (False, 2)):
        health = health_counts(rollup.health, lang, words=words, per_line=per_line)
        if max(cell_len(line) for line in health.plain.split("\n")) <= width:
            break
    body.append_text(health)
    body.append("\n")
    body.append_text(text.bar(rollup.mean_progress, max(width - 6, 4)))
    flags = [
        (f"! {rollup.overdue} {label('overdue', lang).lower()}", "red", rollup.overdue),
        (f"~ {rollup.stale} {label('stale', lang).lower()}", "yellow", rollup.stale),
        (f"? {rollup.decisions} {label('reason.decision', lang)}", "magenta", rollup.decisions),
    ]
    line = 0
    for words, style, count in flags:
        if line and line + 2 + len(words) <= width:
            body.append("  ")
            line += 2
        else:
            body.append("\n")
            line = 0
        body.append(words, style=style if count else "dim")
        line += len(words)
    if verdict is not False:
        body.append("\n")
        body.append_text(verdict_text(verdict or None, lang, width))
    return body


class OpgaveCard(Static):
    """One opgave: health counts, mean progress, overdue, stale, open decisions."""

    def __init__(self, key: str) -> None:
        super().__init__("", classes="card", markup=False)
        self.opgave_key = key
        self._shown: tuple[Rollup, Lang, Verdict | bool | None] | None = None

    def show(self, rollup: Rollup, lang: Lang, verdict: Verdict | bool | None = False) -> None:
        self._shown = (rollup, lang, verdict)
        width = self.content_region.width or CARD_WIDTH - 4
        self.update(card_text(rollup, lang, width, verdict))
        self.border_title = rollup.opgave.id if rollup.opgave else None

    def on_resize(self, _: events.Resize) -> None:
        if self._shown is not None:
            self.show(*self._shown)

    def on_click(self) -> None:
        view = self.app.query_one("#view-measures")
        self.app.show_view("measures")  # type: ignore[attr-defined]
        if self.opgave_key != "*":
            view.set_filter("opgave", self.opgave_key)  # type: ignore[attr-defined]


class DashboardView(View):
    def __init__(self) -> None:
        super().__init__("dashboard")
        self.loaded: Loaded | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dash"):
            yield Static("", id="clamped", markup=False)
            yield Grid(id="cards")
            yield KeyedTable(id="opgaven", auto_height=8)
            yield Static("", id="meeting", markup=False)
            yield Static("", id="attention-title", classes="section", markup=False)
            yield KeyedTable(id="attention", auto_height=12)
            yield Static("", id="indicators-title", classes="section", markup=False)
            yield KeyedTable(id="indicators", auto_height=8)
            yield Static("", id="legend", markup=False)

    def on_resize(self, _: events.Resize) -> None:
        self._layout()

    def _compact(self) -> bool:
        size = self.app.size
        return size.width < WIDE or size.height < TALL

    def _layout(self) -> None:
        compact = self._compact()
        cards = self.query_one("#cards", Grid)
        cards.display = not compact
        self.query_one("#opgaven", KeyedTable).display = compact
        columns = max(1, min(len(cards.children) or 1, self.size.width // CARD_WIDTH))
        cards.styles.grid_size_columns = columns
        if self.loaded is not None and not compact:
            self._cards(self.loaded.state, self.loaded.lang)

    def show_state(self, loaded: Loaded) -> None:
        self.loaded = loaded
        state, lang = loaded.state, loaded.lang
        clamped = self.query_one("#clamped", Static)
        clamped.display = state.clamped
        if state.clamped:
            clamped.update(
                Text(
                    "⚠ "
                    + label(
                        "as_of_clamped",
                        lang,
                        date=state.as_of.isoformat(),
                        asked=state.requested_as_of.isoformat(),
                    ),
                    style="bold",
                )
            )
        self._cards(state, lang)
        self._table("opgaven", loaded)
        self.query_one("#meeting", Static).update(self._meeting(state, lang))
        attention = loaded.tables["attention"]
        title = label("tui.attention", lang, count=len(attention.rows))
        self.query_one("#attention-title", Static).update(Text(title, style="bold"))
        self._table("attention", loaded, empty="tui.nothing_needs_attention")
        indicators = loaded.tables["dash_indicators"]
        self.query_one("#indicators-title", Static).update(
            Text(f"{label('indicators', lang)} ({len(indicators.rows)})", style="bold")
        )
        self._table("indicators", loaded, model="dash_indicators")
        self.query_one("#legend", Static).update(
            Text(f"{label('legend', lang)}  ? {label('reason.decision', lang)}", style="dim")
        )
        self._layout()

    def _table(self, widget: str, loaded: Loaded, model: str = "", empty: str = "no_rows") -> None:
        table = self.query_one(f"#{widget}", KeyedTable)
        source = loaded.tables[model or widget]
        table.set_columns(source.columns)
        table.empty_text = label(empty, loaded.lang)
        table.set_rows(source.rows)

    def _cards(self, state: State, lang: Lang) -> None:
        grid = self.query_one("#cards", Grid)
        keys = [r.key or "*" for r in state.rollups]
        cards = list(grid.query(OpgaveCard))
        if [c.opgave_key for c in cards] != keys:
            grid.remove_children()
            cards = [OpgaveCard(k) for k in keys]
            grid.mount_all(cards)
            grid.styles.grid_size_columns = max(1, min(len(keys), self.size.width // CARD_WIDTH))
        # Format 2: verdicts for the meeting being prepared, once the programme writes
        # any; a programme without assessments keeps its cards as they were.
        meeting = state.default_meeting()
        verdicts = state.verdicts(meeting) if state.assessments and meeting else None
        for card, rollup in zip(cards, state.rollups, strict=True):
            if verdicts is None or rollup.opgave is None:
                card.show(rollup, lang)
            else:
                card.show(rollup, lang, verdicts.of(rollup.opgave.id))

    def _meeting(self, state: State, lang: Lang) -> Text:
        out = Text(end="")
        nxt = state.next_meeting
        if nxt is None:
            if state.lovp_meetings:
                last = state.lovp_meetings[-1].isoformat()
                out.append(label("tui.no_next_lovp", lang, date=last), style="bold")
            else:
                out.append(label("tui.no_lovp", lang), style="bold")
            return out
        days = (nxt - state.as_of).days
        out.append(f"{label('next_lovp', lang)}: ", style="bold")
        out.append(nxt.isoformat(), style="bold cyan")
        when = label("tui.today", lang) if days == 0 else label("tui.in_days", lang, days=days)
        out.append(f"  ({when})")
        period = state.period(nxt)
        start = period.start + timedelta(days=1) if period.start else None
        out.append(f"\n{label('reporting_period', lang)}: ", style="bold")
        out.append(f"{text.day(start) or '…'} – {period.end.isoformat()}")
        return out

    @on(KeyedTable.RowSelected)
    def _open(self, event: KeyedTable.RowSelected) -> None:
        event.stop()
        if event.table.id == "opgaven":
            view = self.app.query_one("#view-measures")
            self.tracker.show_view("measures")
            if event.key != "*":
                view.set_filter("opgave", event.key)  # type: ignore[attr-defined]
            return
        row = event.table.cursor_row
        if row is not None and row.item is not None:
            self.tracker.open_detail(row.item.id)

    def _focused_table(self) -> KeyedTable | None:
        focused = self.app.focused
        return focused if isinstance(focused, KeyedTable) and focused in self.query("*") else None

    def selection(self) -> Selection | None:
        table = self._focused_table() or self.query_one("#attention", KeyedTable)
        row = table.cursor_row
        if row is None or row.item is None:
            return None
        return Selection(row.item.id, None, row.file, row.line)

    def focus_view(self) -> None:
        attention = self.query_one("#attention", KeyedTable)
        if attention.rows:
            attention.focus()
        else:
            self.query_one("#indicators", KeyedTable).focus()

    def key_hints(self) -> list[Hint]:
        return [
            Hint("enter", "tui.key.open", self._select_focused),
            Hint("tab", "tui.key.next_list", self.app.action_focus_next),
        ]

    def _select_focused(self) -> None:
        table = self._focused_table()
        if table is not None:
            table.action_select()
