"""A table with row keys and column keys that renders only the rows on screen.

Why not `textual.widgets.DataTable`: it measures every cell of every new row
and adds rows one by one, so rebuilding it with 10,000 rows took seconds on
the reference machine, and search rebuilds the table on every keystroke. Here
rows are immutable objects built once (`tracker.tui.tables.Row`); `set_rows`
swaps the list and the widget draws the visible lines (Textual's line API).
Column widths come from the model, so they do not jump while filtering.

Rows keep their keys across `set_rows`: the cursor stays on the same key when
it is still there. Which columns show and how wide is the text tables' algorithm
(`tracker.textlayout.widths`): narrow terminals drop columns by their `drop`
priority; the flexible column (the title) takes the width that is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tracker.textlayout.widths import Measure, line_widths, shown

if TYPE_CHECKING:
    from tracker.tui.rows import Column, Row

GAP = 2
FLEX_MIN = 24
SHRINK_MIN = 12  # a date fits, and the start of an id


class KeyedTable(ScrollView, can_focus=True):
    """Rows with keys; Enter or a double click selects, a header click sorts."""

    DEFAULT_CSS = """
    KeyedTable {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
        background: $surface;
        color: $foreground;
        & > .keyed-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .keyed-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
        & > .keyed-table--empty {
            color: $text-muted;
            text-style: italic;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .keyed-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keyed-table--header",
        "keyed-table--cursor",
        "keyed-table--empty",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", show=False),
        Binding("down,j", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(0)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "select", show=False),
    ]

    @dataclass
    class RowHighlighted(Message):
        table: KeyedTable
        key: str

        @property
        def control(self) -> KeyedTable:
            return self.table

    @dataclass
    class RowSelected(Message):
        table: KeyedTable
        key: str

        @property
        def control(self) -> KeyedTable:
            return self.table

    @dataclass
    class HeaderSelected(Message):
        table: KeyedTable
        column: str

        @property
        def control(self) -> KeyedTable:
            return self.table

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, auto_height: int = 0
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.columns: tuple[Column, ...] = ()
        self.rows: Sequence[Row] = ()
        self._index: dict[str, int] | None = None  # built when first asked
        self.cursor = 0
        self.sort_key: str | None = None
        self.sort_reverse = False
        self.empty_text = ""
        # With auto_height > 0, the table is as tall as its rows, up to that many.
        self.auto_height = auto_height
        self._layout: list[tuple[int, int]] = []  # (column index, width)
        self._layout_width = -1
        # Drawn lines by row object (not position), so rows that stay on screen while
        # a search narrows the table are not drawn again.
        self._cache: dict[tuple[Row, bool], Strip] = {}
        self._styles: dict[str, Style] = {}

    # ---- data ------------------------------------------------------------------

    @property
    def cursor_key(self) -> str | None:
        return self.rows[self.cursor].key if 0 <= self.cursor < len(self.rows) else None

    @property
    def cursor_row(self) -> Row | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def row_index(self, key: str) -> int:
        if self._index is None:
            self._index = {r.key: i for i, r in enumerate(self.rows)}
        return self._index.get(key, -1)

    def set_columns(self, columns: Sequence[Column]) -> None:
        if tuple(columns) != self.columns:
            self.columns = tuple(columns)
            self._layout_width = -1
            self._invalidate()

    def set_rows(self, rows: Sequence[Row], keep: str | None = None) -> None:
        """Show `rows`; the cursor stays on `keep` (default: the current key) if present."""
        keep = self.cursor_key if keep is None else keep
        old_key = self.cursor_key
        self.rows = rows
        self._index = None
        if self._cache:
            # A line drawn for a row no longer shown keeps that row alive, and through it
            # the state of an earlier reload: memory grew with every reload until the
            # cache filled up. Rows that stay (a search narrowing) keep their lines.
            shown = set(rows)
            self._cache = {k: v for k, v in self._cache.items() if k[0] in shown}
        index = next((i for i, r in enumerate(rows) if r.key == keep), -1)
        self.cursor = index if index >= 0 else min(self.cursor, max(len(rows) - 1, 0))
        self._resize_virtual()
        self.refresh()
        self._scroll_to_cursor()
        if self.cursor_key is not None and self.cursor_key != old_key:
            self.post_message(self.RowHighlighted(self, self.cursor_key))

    def set_sort(self, key: str | None, reverse: bool) -> None:
        self.sort_key, self.sort_reverse = key, reverse
        self._invalidate()

    def move_to(self, key: str) -> bool:
        index = self.row_index(key)
        if index >= 0:
            self._move(index)
        return index >= 0

    # ---- geometry ----------------------------------------------------------------

    def _resize_virtual(self) -> None:
        # Both ask for a new layout, so they are set only when they change.
        size = Size(self.scrollable_content_region.width, len(self.rows) + 1)
        if size != self.virtual_size:
            self.virtual_size = size
        if self.auto_height:
            height = min(max(len(self.rows), 1), self.auto_height) + 1
            if self.styles.height is None or self.styles.height.value != height:
                self.styles.height = height

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    def _fit(self, width: int) -> list[tuple[int, int]]:
        """(column index, width) of the columns shown in `width` cells.

        The text tables' algorithm (`tracker.textlayout.widths`): columns go by
        their drop priority while the row is too wide (a flexible column counted
        at its least width); the room is shared from each column's least width in
        proportion to what it still wants; the flexible columns take what is left.
        """
        columns = self.columns
        least = [c.least or (FLEX_MIN if c.flex else min(SHRINK_MIN, c.width)) for c in columns]
        need = [low if c.flex else c.width for c, low in zip(columns, least, strict=True)]
        keep = shown(need, [c.drop for c in columns], GAP, width + GAP)
        measures = [Measure(max(columns[i].width, least[i]), least[i], least[i]) for i in keep]
        room = width - GAP * max(len(keep) - 1, 0)
        widths = line_widths(measures, [columns[i].flex for i in keep], room)
        return list(zip(keep, widths, strict=True))

    def _columns_layout(self) -> list[tuple[int, int]]:
        width = self.scrollable_content_region.width - 1  # one space at the left edge
        if width != self._layout_width:
            self._layout = self._fit(width)
            self._layout_width = width
            self._cache.clear()
        return self._layout

    def on_resize(self, _: events.Resize) -> None:
        self._resize_virtual()
        self._invalidate()

    def on_focus(self, _: events.Focus) -> None:
        self._styles.clear()
        self._invalidate()

    def on_blur(self, _: events.Blur) -> None:
        self._styles.clear()
        self._invalidate()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    # ---- drawing -----------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """The widget's style (name "") or a component's, looked up once per styling."""
        style = self._styles.get(name)
        if style is None:
            style = self.rich_style if not name else self.get_component_rich_style(name)
            self._styles[name] = style
        return style

    def _line(self, cells: Sequence[Text], style: Style) -> Strip:
        console = self.app.console
        segments = [Segment(" ")]
        for n, (i, w) in enumerate(self._columns_layout()):
            if n:
                segments.append(Segment(" " * GAP))
            piece = cells[i] if i < len(cells) else Text()
            if piece.cell_len > w:
                piece = piece.copy()
                piece.truncate(w, overflow="ellipsis")
            pad = w - piece.cell_len
            right = self.columns[i].justify == "right"
            if pad and right:
                segments.append(Segment(" " * pad))
            segments.extend(piece.render(console, end=""))
            if pad and not right:
                segments.append(Segment(" " * pad))
        strip = Strip(segments).adjust_cell_length(self.scrollable_content_region.width)
        return strip.apply_style(style)

    def _header(self) -> Strip:
        labels = []
        for column in self.columns:
            title = Text(column.label, end="")
            if column.key == self.sort_key:
                title.append(" ▼" if self.sort_reverse else " ▲")
            labels.append(title)
        return self._line(labels, self._style("") + self._style("keyed-table--header"))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._style("")
        if not self.columns:
            return Strip.blank(width, base)
        if y == 0:
            return self._header()
        index = self.scroll_offset.y + y - 1
        if not self.rows:
            if y == 1 and self.empty_text:
                style = self._style("keyed-table--empty")
                return Strip([Segment(" " + self.empty_text, base + style)]).adjust_cell_length(
                    width, base
                )
            return Strip.blank(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        is_cursor = index == self.cursor
        cached = self._cache.get((row, is_cursor))
        if cached is not None:
            return cached
        style = base
        if is_cursor:
            style = base + self._style("keyed-table--cursor")
        strip = self._line(row.cells, style)
        if len(self._cache) > 1000:
            self._cache.clear()
        self._cache[(row, is_cursor)] = strip
        return strip

    # ---- moving ------------------------------------------------------------------

    def _scroll_to_cursor(self) -> None:
        visible = max(self.scrollable_content_region.height - 1, 1)
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False)

    def _move(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        changed = index != self.cursor
        self.cursor = index
        self._scroll_to_cursor()
        self.refresh()
        if changed:
            self.post_message(self.RowHighlighted(self, self.rows[index].key))

    def action_cursor(self, step: int) -> None:
        self._move(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self._move(self.cursor + direction * max(self.scrollable_content_region.height - 2, 1))

    def action_edge(self, end: int) -> None:
        self._move(len(self.rows) - 1 if end else 0)

    def action_select(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.RowSelected(self, key))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            x = 1
            for i, w in self._columns_layout():
                if x <= offset.x < x + w + GAP:
                    self.post_message(self.HeaderSelected(self, self.columns[i].key))
                    break
                x += w + GAP
            return
        index = int(self.scroll_offset.y) + offset.y - 1
        if 0 <= index < len(self.rows):
            self._move(index)
            if event.chain >= 2:
                self.action_select()
