"""Tables for the terminal, laid out once per table instead of once per cell.

Drawn in a `Frame`: the summary's look is Rich's `Table(box=SIMPLE_HEAD,
pad_edge=False)` (a blank line above and below, the header row in bold with a
rule under it, a space between columns and at both edges), `list`'s is Rich's
default `HEAVY_HEAD` box. There is no padding at the outer edges of the first and
last column. Cells that fit are padded as they are; only longer ones are wrapped
(`lines.wrap`, which breaks a word too long for its line after a hyphen before it
folds it). The widths are `widths.py`'s; where a table in a frame of spaces does
not fit and its words would fold, the padding between columns goes first (one
space between columns), and then the edges.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, chain
from operator import add, sub
from typing import NamedTuple

from tracker.textlayout.lines import Cell, Justify, Lines, Mark, Marks, crop, moved, wrap
from tracker.textlayout.widths import (
    TextColumn,
    column_widths,
    fitted_widths,
    measure,
    wanted_width,
)


class Frame(NamedTuple):
    """The characters of a table's lines, as in Rich's boxes: each is the left edge,
    the line across a column, the divider between columns and the right edge."""

    top: str
    head: str
    rule: str  # under the header
    body: str
    bottom: str


def simple(rule: str = "─") -> Frame:
    """Rich's SIMPLE_HEAD: spaces but the rule under the header."""
    return Frame("    ", "    ", f" {rule}{rule} ", "    ", "    ")


HEAVY_HEAD = Frame("┏━┳┓", "┃ ┃┃", "┡━╇┩", "│ ││", "└─┴┘")


class Geometry(NamedTuple):
    widths: list[int]  # padding included
    left_pad: list[int]
    right_pad: list[int]
    edge: int  # cells at each edge of the table


def geometry(table: Sequence[TextColumn], width: int, frame: Frame) -> Geometry:
    count = len(table)
    last = count - 1
    # Padding inside each column: one space on each side, none at the table's edges.
    left_pad = [0] + [1] * last
    right_pad = [1] * last + [0]
    padding = [a + b for a, b in zip(left_pad, right_pad, strict=True)]
    room = width - count - 1
    wanted = sum(map(wanted_width, table)) + sum(padding)
    if wanted <= room:
        return Geometry(column_widths(table, padding, room), left_pad, right_pad, 1)
    measures = list(map(measure, table))
    least = sum(m.minimum for m in measures)
    # Narrower gaps, where that keeps every word whole: no padding, then no edges.
    # Only in a frame of spaces: in a box, cells without padding run into its lines.
    tiers = [(padding, 1)]
    if frame.body[0] == frame.body[2] == frame.body[3] == " ":
        tiers += [([0] * count, 1), ([0] * count, 0)]
    for pads, edge in tiers:
        room = width - last - 2 * edge
        if least + sum(pads) <= room:
            break
    else:
        # Words fold anyway: the narrowest gaps leave them the most room, unless not
        # even two cells a column fit, where the table is cut as Rich cuts it.
        if 2 * count + sum(padding) > width - count - 1:
            pads, edge, room = padding, 1, width - count - 1
    if pads is not padding:
        left_pad = right_pad = pads
    wanted_widths = [m.wanted + pad for m, pad in zip(measures, pads, strict=True)]
    if sum(wanted_widths) <= room:  # without padding, every column gets what it wants
        return Geometry(wanted_widths, left_pad, right_pad, edge)
    return Geometry(fitted_widths(measures, pads, room), left_pad, right_pad, edge)


def table_lines(
    table: Sequence[TextColumn],
    width: int,
    indent: int = 0,
    fill: bool = False,
    frame: Frame | None = None,
) -> Lines:
    """The table in lines of at most `width` cells (`fill`: exactly), after `indent` spaces.

    Styles come with the cells, the header's too.
    """
    frame = frame or simple()
    count = len(table)
    margin = " " * indent
    if not count:
        return Lines([margin + " " * (width if fill else 0)])
    last = count - 1
    widths, left_pad, right_pad, edge = geometry(table, width, frame)
    table_width = sum(widths) + last + 2 * edge
    # The right edge carries the filling, so no line is measured again.
    filling = " " * (width - table_width if fill and table_width < width else 0)

    def columns(row: str, header: bool = False) -> list[_Column]:
        right = (row[3] if edge else "") + filling
        return [
            _Column(
                start=indent + edge + sum(widths[:i]) + i + b,
                inner=w - b - a,
                justify="right" if column.right and not (header and column.header_left) else "left",
                before=" " * b,
                after=" " * a + (right if i == last else row[2]),
                blank=" " * w + (right if i == last else row[2]),
            )
            for i, (column, w, b, a) in enumerate(
                zip(table, widths, left_pad, right_pad, strict=True)
            )
        ]

    def across(row: str) -> str:
        line = row[2].join(row[1] * w for w in widths)
        return margin + (row[0] + line + row[3] if edge else line) + filling

    out = Lines([across(frame.top)])
    prefix = margin + (frame.head[0] if edge else "")
    _rows([[column.header] for column in table], columns(frame.head, True), prefix, True, out)
    out.add(across(frame.rule))
    prefix = margin + (frame.body[0] if edge else "")
    _rows([column.cells for column in table], columns(frame.body), prefix, False, out)
    out.add(across(frame.bottom))
    if table_width > width:  # not even one cell per column fits: cut, as Rich does
        cut = [crop(line, indent + width) for line in out]
        out = Lines([text for text, _ in cut], [marks for _, marks in cut])
    return out


class _Column(NamedTuple):
    start: int  # where its text starts, in characters, on a line of one-cell characters
    inner: int  # cells for text, without padding
    justify: Justify
    before: str  # padding before the text
    after: str  # padding after it, and the divider or the edge
    blank: str  # the whole column without text, with its divider or edge


def _rows(
    by_column: Sequence[Sequence[Cell]],
    columns: list[_Column],
    margin: str,
    header: bool,
    out: Lines,
) -> None:
    """Add the rows, given column by column, to `out`; the header row if `header`.

    A national summary has tens of thousands of rows, so the rows are put together
    with iterators over whole columns rather than a loop a row.
    """
    styled = any(cell[1] for cells in by_column for cell in cells)
    laid = [
        _column(cells, column, styled) for cells, column in zip(by_column, columns, strict=True)
    ]
    lengths = [list(map(len, texts)) for texts, _ in laid]
    heights = list(map(max, zip(*lengths, strict=True)))
    tallest = max(heights, default=1)
    padded: list[list[list[str]]] = []
    for (texts, _), counts, column in zip(laid, lengths, columns, strict=True):
        blank = [column.blank] * tallest
        gaps = map(blank.__getitem__, map(slice, map(sub, heights, counts)))
        # The header sits at the bottom of its row, other cells at the top.
        padded.append(list(map(add, gaps, texts) if header else map(add, texts, gaps)))
    first = len(out.texts)
    # Row by row, line by line: each column's part, joined.
    out.texts += map(margin.__add__, map("".join, chain.from_iterable(map(zip, *padded))))
    out.marks += [()] * (len(out.texts) - first)
    if styled:
        starts = list(accumulate(heights, initial=first))
        styles = [marks for _, marks in laid]
        _mark(out, by_column, styles, padded, starts, columns, len(margin), header)


def _mark(
    out: Lines,
    by_column: Sequence[Sequence[Cell]],
    styles: list[list[list[Marks]]],
    padded: list[list[list[str]]],
    starts: list[int],
    columns: list[_Column],
    margin: int,
    header: bool,
) -> None:
    """Give the lines of `out` the styled ranges of their cells, moved to where they landed.

    `starts`: each row's first line in `out`; `padded`: per column, per row, its lines.
    """
    found: dict[int, list[Mark]] = {}
    # With one cell a character, a column starts at the same place on every line.
    singles = list(
        map(all, zip(*[[cell[3] for cell in cells] for cells in by_column], strict=True))
    )
    for index, (cells, column) in enumerate(zip(by_column, columns, strict=True)):
        for number in [number for number, cell in enumerate(cells) if cell[1]]:
            lines = styles[index][number]
            height = starts[number + 1] - starts[number]
            top = starts[number] + (height - len(lines) if header else 0)
            for line, marks in enumerate(lines, top):
                if marks and not singles[number]:  # wide characters before: count them
                    before = [part[number][line - starts[number]] for part in padded[:index]]
                    at = margin + sum(map(len, before)) + len(column.before)
                    marks = moved(marks, at - column.start)
                if marks:
                    found.setdefault(line, []).extend(marks)
    for line, marks in found.items():
        out.marks[line] = tuple(marks)


def _column(
    cells: Sequence[Cell], column: _Column, styled: bool
) -> tuple[list[list[str]], list[list[Marks]]]:
    """Each cell's lines in the column, with its padding and divider, and their styles.

    The styles are placed as on a line of one-cell characters. A column often
    repeats itself (dates, owners, states, a dash for none): each text is laid out
    once. A cell in a column without room shows as blank.
    """
    inner, justify, before, after = column.inner, column.justify, column.before, column.after
    texts: dict[Cell, list[str]] = {}
    styles: dict[Cell, list[Marks]] = {}
    for cell in dict.fromkeys(cells):
        if inner < 1:
            texts[cell], styles[cell] = [column.blank], [()]
            continue
        texts[cell], found = wrap(cell, inner, justify, before, after, hyphens=True)
        if styled:
            styles[cell] = [moved(marks, column.start) if marks else () for marks in found]
    return (
        list(map(texts.__getitem__, cells)),
        list(map(styles.__getitem__, cells)) if styled else [],
    )
