"""Tables for the terminal, laid out once per table instead of once per cell.

The look is Rich's `Table(box=SIMPLE_HEAD, pad_edge=False)`: a blank line above
and below, the header row in bold with a rule under it, a space between columns
and at both edges, and no padding at the outer edges of the first and last
column. Cells that fit are padded as they are; only longer ones are wrapped
(`text_lines.wrap`, which breaks a word too long for its line after a hyphen
before it folds it).

Column widths are those of an HTML table's automatic layout, not Rich's: Rich
narrows the widest column first, so a table of titles and small numbers gave the
titles a strip a few letters wide and folded every word, while the numbers kept
columns as wide as their headers. Each column has a `Measure`: its longest line
(`wanted`), its longest unbreakable piece (`minimum`: a word, or a part of one up
to a hyphen it may break after, header included; a `short` column's longest
cell, as dates and words from a fixed list are kept on one line), and its cells'
longest piece (`body`). Then:

1. Every column gets what it wants when the table fits: the same widths as
   Rich, so the same text, to the byte.
2. Else, when every column fits at its minimum, each starts there and the room
   left is shared in proportion to what each still wants (wanted - minimum),
   in whole cells by the largest remainder. The table fills the room, no column
   is wider than it wants and no word is folded.
3. Else some words must fold. What is kept goes step by step (`_KEPT`): the
   cells' words up to 10 cells (dates, numbers, most words), three cells for each
   header, cells' words up to 15, five cells for each header, all of the cells'
   words, all of the headers'. The first step that does not fit is cut to a
   common level, so the longest words give way first; what still has to fold
   is folded in pieces of even length.
4. When not even two cells a column fit, Rich's rule, and lines still too long
   are cut, as Rich cuts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, chain
from operator import add, sub
from typing import NamedTuple

from tracker.summary.text_lines import (
    Cell,
    Justify,
    Lines,
    Mark,
    Marks,
    crop,
    longest_piece,
    moved,
    wrap,
)

SHORT_WORD = 10  # cells: a date, and most words
_ALL = 1 << 30
# When not every word fits, what is kept, step by step while there is room: the
# cells' words up to so many cells, and every header at least so wide. Cells come
# first: they are every row and the header is one, and a narrower title column adds
# lines to each row. Headers keep 3, then 5 cells, so that no column turns into a
# strip of letters to keep one long word of a cell whole.
_KEPT = (
    (SHORT_WORD, 0),
    (SHORT_WORD, 3),
    (15, 3),
    (15, 5),
    (_ALL, 5),
    (_ALL, _ALL),
)


class Measure(NamedTuple):
    """A column's widths in cells, without padding."""

    wanted: int  # its longest line, header included
    # Its longest unbreakable piece, header included; for a short column, its cells'
    # longest line, as such cells are kept on one line where there is room.
    minimum: int
    body: int  # its cells' longest unbreakable piece


def measure(column: TextColumn) -> Measure:
    cells = list(dict.fromkeys(column.cells))  # a column repeats itself
    longest = max([cell[2] for cell in cells], default=0)
    body = longest_piece(cells)
    minimum = max(body, longest_piece([column.header]), longest if column.short else 0)
    return Measure(max(longest, column.header[2]), minimum, body)


def column_widths(table: Sequence[TextColumn], padding: Sequence[int], room: int) -> list[int]:
    """Width of each column of `table`, padding included.

    `room` is what the table has once its edges and dividers are drawn.
    """
    wanted = [max([column.header[2], *[cell[2] for cell in column.cells]]) for column in table]
    widths = [_limit(want, pad, room) or 1 for want, pad in zip(wanted, padding, strict=True)]
    if sum(widths) <= room:
        return widths
    return fitted_widths(list(map(measure, table)), padding, room)


def fitted_widths(measures: Sequence[Measure], padding: Sequence[int], room: int) -> list[int]:
    """Widths, padding included, for columns that do not all get what they want."""
    inner = room - sum(padding)
    wanted = [m.wanted for m in measures]
    if sum(wanted) <= inner:  # no room even for the padding: Rich's corner cases
        return _rich_widths(wanted, padding, room)
    minimum = [m.minimum for m in measures]
    if sum(minimum) <= inner:
        return _padded(_share(minimum, wanted, inner), padding)
    # Two cells a column, so that no wide character is cut in half.
    widths = [min(2, want) for want in wanted]
    if sum(widths) > inner:
        return _rich_widths(wanted, padding, room)
    for cells, headers in _KEPT:
        target = [
            max(size, min(m.body, cells), min(m.minimum, headers))
            for size, m in zip(widths, measures, strict=True)
        ]
        if sum(target) > inner:
            break
        widths = target
    return _padded(_level(widths, target, inner), padding)


def _padded(inner: list[int], padding: Sequence[int]) -> list[int]:
    return [size + pad for size, pad in zip(inner, padding, strict=True)]


def _share(floor: list[int], ceiling: list[int], room: int) -> list[int]:
    """`floor`, and the rest of `room` shared in proportion to `ceiling - floor`.

    Whole cells by the largest remainder, ties to the column that wants more, then
    to the one on the left. Takes sum(floor) <= room < sum(ceiling).
    """
    spare = room - sum(floor)
    wants = [high - low for low, high in zip(floor, ceiling, strict=True)]
    total = sum(wants)
    shares = [spare * want for want in wants]
    widths = [low + share // total for low, share in zip(floor, shares, strict=True)]
    left = room - sum(widths)
    order = sorted(range(len(wants)), key=lambda i: (-(shares[i] % total), -wants[i]))
    for index in order[:left]:
        widths[index] += 1
    return widths


def _level(floor: list[int], ceiling: list[int], room: int) -> list[int]:
    """Each column at `ceiling`, the widest cut down to one level, none below `floor`.

    The level is the highest at which the table fits `room`; the cells left over
    go one each to the columns at the level that want the most, ties to the left.
    Takes sum(floor) <= room < sum(ceiling).
    """

    def at(level: int) -> list[int]:
        return [max(low, min(high, level)) for low, high in zip(floor, ceiling, strict=True)]

    low, high = 0, max(ceiling)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(at(middle)) <= room:
            low = middle
        else:
            high = middle - 1
    widths = at(low)
    left = room - sum(widths)
    cut = [i for i, size in enumerate(widths) if size == low and ceiling[i] > low]
    for index in sorted(cut, key=lambda i: -ceiling[i])[:left]:
        widths[index] += 1
    return widths


def _rich_widths(wanted: Sequence[int], padding: Sequence[int], room: int) -> list[int]:
    """Rich's widths: the widest columns narrow first, down to the next widest,
    until the table fits; if that is not enough, every column gives up an equal share.
    """
    widths = [_limit(want, pad, room) or 1 for want, pad in zip(wanted, padding, strict=True)]
    widths = _collapse(widths, room)
    if sum(widths) > room:
        excess = sum(widths) - room
        widths = _reduce(excess, [1] * len(widths), widths, widths)
    return [_limit(want, pad, w) for want, pad, w in zip(wanted, padding, widths, strict=True)]


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
    short: bool = False  # dates, words from a fixed list: kept on one line where there is room


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
    widths = column_widths(table, padding, width - count - 1)
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
        texts[cell], found = wrap(cell, inner, justify, before, after, hyphens=True)
        if styled:
            styles[cell] = [moved(marks, column.start) if marks else () for marks in found]
    return (
        list(map(texts.__getitem__, cells)),
        list(map(styles.__getitem__, cells)) if styled else [],
    )
