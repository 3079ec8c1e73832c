"""Document -> the terminal: plain text for files, Rich segments for a colour terminal.

The summary is laid out here in styled lines (`tracker.textlayout`) rather
than in Rich Tables: a national programme's summary has tens of thousands of table
rows, and Rich measures, wraps and pads every cell through several layers of
renderables, about a millisecond a row. The look is Rich's: level-1 section titles
on a rule, subsections indented by two and as wide as the terminal, bold table
headers over a rule, bullets and "name: value" facts; where every table fits, the
plain text is what Rich made of it, to the byte. A table too wide for the terminal
gets column widths of its own (`tracker.textlayout.widths`), so that titles keep their words
rather than fold in a narrow strip. Text from the Document is data and never read
as markup: it only ever becomes a Segment's text.
"""

from __future__ import annotations

from itertools import chain

from rich.cells import set_cell_size
from rich.console import Console

from tracker.labels import HEALTH_COLOUR
from tracker.summary import chart
from tracker.summary.document import (
    Block,
    Bullets,
    Chart,
    Document,
    Facts,
    Line,
    Paragraph,
    Section,
    Table,
)
from tracker.textlayout.emit import Printed
from tracker.textlayout.lines import (
    Cell,
    Lines,
    Run,
    Styled,
    cell,
    cell_len,
    fit,
    moved,
    plain_cell,
    wrap,
)
from tracker.textlayout.table import simple, table_lines
from tracker.textlayout.widths import TextColumn

STYLES = {
    **{key: HEALTH_COLOUR[key] for key in ("green", "amber", "red", "none")},
    "good": "green",
    "bad": "red",
    "muted": "dim",
}
RULE_STYLE = "rule.line"  # Rich's theme colour for rules
INDENT = 2  # per level below the top sections


class _SpanStyles(dict[tuple[str | None, bool], str]):
    """The Rich style of a span's tone and strength, worked out once for each pair."""

    def __missing__(self, key: tuple[str | None, bool]) -> str:
        tone, strong = key
        style = STYLES.get(tone or "", "")
        if strong:
            style = f"bold {style}".strip()
        self[key] = style
        return style


_SPAN_STYLES = _SpanStyles()


def _runs(line: Line) -> list[Run]:
    return [(span.text, _SPAN_STYLES[span.tone, span.strong]) for span in line]


class _Layout:
    """The summary's lines for a terminal `width` cells wide, with styles or without."""

    def __init__(self, width: int, styled: bool, rule: str = "─") -> None:
        self.width = width
        self.styled = styled
        self.rule = rule
        self.out = Lines()

    def document(self, doc: Document) -> Lines:
        self._text([(doc.title, "bold")], 0)
        self._text([(doc.subtitle, "")], 0)
        self._blocks((doc.facts,), 0)
        for section in doc.sections:
            self._section(section, 0)
        return self.out

    def _section(self, section: Section, indent: int) -> None:
        self._text([], indent)
        if indent:
            self._text([(section.title, "bold")], indent)
        else:
            self.out.add(*self._rule_line(section.title))
        self._blocks(section.blocks, indent)
        for sub in section.subsections:
            self._section(sub, indent + INDENT)

    def _blocks(self, blocks: tuple[Block, ...], indent: int) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                runs = _runs(block.spans)
                if block.muted:
                    runs = [(text, f"{style} italic".lstrip()) for text, style in runs]
                self._text(runs, indent)
            elif isinstance(block, Bullets):
                for item in block.items:
                    self._text([("• ", ""), *_runs(item)], indent)
            elif isinstance(block, Facts):
                for name, value in block.rows:
                    self._text([(f"{name}: ", "bold"), *_runs(value)], indent)
            else:
                self._table(block, indent)

    def _cell(self, runs: list[Run]) -> Cell:
        if self.styled:
            return cell(runs)
        return plain_cell("".join(text for text, _ in runs))

    def _table_cell(self, value: Line | Chart) -> Cell:
        if isinstance(value, Chart):
            return self._cell([(chart.sparkline(value), "blue")])
        if len(value) == 1:  # most cells
            span = value[0]
            if not (self.styled and (span.tone or span.strong)):
                return plain_cell(span.text)
        if self.styled:
            return cell(_runs(value))
        return plain_cell("".join([span.text for span in value]))

    def _text(self, runs: list[Run], indent: int) -> None:
        room = self.width - indent
        if room < 1:
            return
        for line in zip(*wrap(self._cell(runs), room, "default"), strict=True):
            # Inside a section the lines are as wide as the terminal, as Rich padded them.
            self.out.add(*(_indented(fit(line, room), indent) if indent else line))

    def _table(self, block: Table, indent: int) -> None:
        room = self.width - indent
        if room < 1:
            return
        # Tables repeat many values (dates, owners, states): each is prepared once.
        cells: dict[Line | Chart, Cell] = {}
        for value in dict.fromkeys(chain.from_iterable(block.rows)):
            cells[value] = self._table_cell(value)
        by_column = zip(*block.rows, strict=True) if block.rows else [()] * len(block.columns)
        table = [
            TextColumn(
                self._cell([(column.label, "bold")]),
                list(map(cells.__getitem__, values)),
                column.numeric,
                column.short,
            )
            for column, values in zip(block.columns, by_column, strict=True)
        ]
        lines = table_lines(table, room, indent, fill=bool(indent), frame=simple(self.rule))
        self.out.extend(lines)

    def _rule_line(self, title: str) -> Styled:
        """A left-aligned bold blue title on a rule the width of the terminal."""
        width, char = self.width, self.rule
        title = title.replace("\n", " ").replace("\t", " ")
        room = width - 2
        if not title or room <= 0:
            return (char * width, ((0, width, RULE_STYLE),))
        if cell_len(title) > room:
            title = set_cell_size(title, room - 1) + "…"
        rest = char * (width - cell_len(title) - 1)
        line = f"{title} {rest}"
        return (line, ((0, len(title), "bold blue"), (len(title) + 1, len(line), RULE_STYLE)))


def _indented(line: Styled, indent: int) -> Styled:
    text, marks = line
    return (" " * indent + text, moved(marks, indent) if marks else ())


def _summary(doc: Document) -> Printed:
    def lay_out(width: int, styled: bool, ascii_only: bool) -> Lines:
        return _Layout(width, styled, "-" if ascii_only else "─").document(doc)

    return Printed(lay_out, strip=True)


def render_text(doc: Document, console: Console | None = None) -> None:
    """Print to the terminal (or the given console)."""
    # The lines are cut to the console's width already: no second pass over them.
    (console or Console(highlight=False)).print(_summary(doc), crop=False)


def text_export(doc: Document, width: int = 80) -> str:
    """Plain text without colours, for `-o FILE`: 80 columns, no trailing spaces (the
    padding that lines up a terminal's colours is noise in a file or an e-mail)."""
    texts = _Layout(width, False).document(doc).texts
    return "\n".join(text.rstrip() for text in texts) + "\n" if texts else ""
