"""Tables for the terminal, laid out once per table instead of once per cell.

The look is Rich's `Table(box=SIMPLE_HEAD, pad_edge=False)`: a blank line above
and below, the header row in bold with a rule under it, a space between columns
and at both edges, and no padding at the outer edges of the first and last
column. Column widths follow Rich's rules too, so the output matches what Rich
drew: each column asks for its longest cell; when the total is too wide, the
widest columns give up width first, down to the next widest, until it fits; if
that is not enough, every column gives up an equal share. Like Rich, it does not
keep words whole: a column can end up narrower than its longest word, which is
then folded. Cells that fit are padded as they are; only longer ones are wrapped
(`text_lines.wrap`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, chain
from operator import add, sub
from typing import NamedTuple

from tracker.summary.text_lines import Cell, Justify, Lines, Mark, Marks, crop, moved, wrap


def column_widths(wanted: Sequence[int], padding: Sequence[int], room: int) -> list[int]:
    """Width of each column, padding included, for cells at most `wanted` wide.

    `room` is what the table has once its edges and dividers are drawn.
    """
    widths = [_limit(want, pad, room) or 1 for want, pad in zip(wanted, padding, strict=True)]
    if sum(widths) > room:
        widths = _collapse(widths, room)
        if sum(widths) > room:
            excess = sum(widths) - room
            widths = _reduce(excess, [1] * len(widths), widths, widths)
        widths = [
            _limit(want, pad, w) for want, pad, w in zip(wanted, padding, widths, strict=True)
        ]
    return widths


def _limit(want: int, pad: int, room: int) -> int:
    """The width a column of cells at most `want` wide (plus `pad`) takes when `room` is left.

    The corner cases are Rich's: no room gives nothing, and room for the padding
    only gives all of it.
    """
    if room < 1:
        return 0
    if room - pad < 1:
        return room
    inner = min(want, room)
    return min((inner if inner >= 1 else 0) + pad, room)


def _collapse(widths: list[int], room: int) -> list[int]:
    """Narrow the widest columns, level by level, until the total fits in `room`."""
    excess = sum(widths) - room
    while widths and excess > 0:
        widest = max(widths)
        next_widest = max((w for w in widths if w != widest), default=0)
        if not widest:
            break
        ratios = [1 if w == widest else 0 for w in widths]
        most = [min(excess, widest - next_widest)] * len(widths)
        widths = _reduce(excess, ratios, most, widths)
        excess = sum(widths) - room
    return widths


def _reduce(total: int, ratios: list[int], most: list[int], values: list[int]) -> list[int]:
    """Take `total` off `values` by `ratios`, at most `most` each (Rich's rounding)."""
    ratios = [ratio if limit else 0 for ratio, limit in zip(ratios, most, strict=True)]
    left, share = total, sum(ratios)
    if not share:
        return values[:]
    out: list[int] = []
    for ratio, limit, value in zip(ratios, most, values, strict=True):
        if ratio and share > 0:
            taken = min(limit, round(ratio * left / share))
            out.append(value - taken)
            left -= taken
            share -= ratio
        else:
            out.append(value)
    return out


class TextColumn(NamedTuple):
    header: Cell
    cells: Sequence[Cell]  # top to bottom
    right: bool = False  # numbers: right-justified


def table_lines(
    table: Sequence[TextColumn], width: int, indent: int = 0, fill: bool = False, rule: str = "─"
) -> Lines:
    """The table in lines of at most `width` cells (`fill`: exactly), after `indent` spaces.

    `rule` draws the line under the header. Styles come with the cells, the header's too.
    """
    count = len(table)
    margin = " " * indent
    if not count:
        return Lines([margin + " " * (width if fill else 0)])
    last = count - 1
    # Padding inside each column: one space on each side, none at the table's edges.
    left_pad = [0] + [1] * last
    right_pad = [1] * last + [0]
    padding = [a + b for a, b in zip(left_pad, right_pad, strict=True)]
    wanted = [max([column.header[2], *[cell[2] for cell in column.cells]]) for column in table]
    widths = column_widths(wanted, padding, width - count - 1)
    table_width = sum(widths) + count + 1
    # The right edge carries the filling, so no line is measured again.
    edge = " " + " " * (width - table_width if fill and table_width < width else 0)
    columns = [
        _Column(
            start=indent + 1 + sum(widths[:i]) + i + b,
            inner=w - p,
            justify="right" if column.right else "left",
            before=" " * b,
            after=" " * a + (edge if i == last else " "),
            blank=" " * w + (edge if i == last else " "),
        )
        for i, (column, w, p, b, a) in enumerate(
            zip(table, widths, padding, left_pad, right_pad, strict=True)
        )
    ]
    top = margin + " " * (table_width - 1) + edge
    out = Lines([top])
    _rows([[column.header] for column in table], columns, margin + " ", True, out)
    out.add(margin + " " + rule * (table_width - 2) + edge)
    _rows([column.cells for column in table], columns, margin + " ", False, out)
    out.add(top)
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
        texts[cell], found = wrap(cell, inner, justify, before, after)
        if styled:
            styles[cell] = [moved(marks, column.start) if marks else () for marks in found]
    return (
        list(map(texts.__getitem__, cells)),
        list(map(styles.__getitem__, cells)) if styled else [],
    )
