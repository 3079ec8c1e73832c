"""How wide each column of a text table is, and which columns a narrow table drops.

One algorithm for every table drawn in text: `list`, the summary's terminal text
and the terminal UI's tables. The columns come from the registry
(`tracker.columns`: drop order, flexible or not, least width, cap), the texts from
the caller.

Which columns: while the table is wider than the room, with each flexible
column at its least width and every other at what it wants, the column that
the drop order gives up first goes (`shown`).

How wide: the widths of an HTML table's automatic layout, not Rich's: Rich
narrows the widest column first, so a table of titles and small numbers gave the
titles a strip a few letters wide and folded every word, while the numbers kept
columns as wide as their headers. Each column has a `Measure`: its longest line
(`wanted`, no more than its cap), its longest unbreakable piece (`minimum`: a
word, or a part of one up to a hyphen it may break after, header included; a
`short` column's longest cell, as dates and words from a fixed list are kept on
one line; at least its least width), and its cells' longest piece (`body`).
Then:

1. Every column gets what it wants when the table fits: the same widths as
   Rich, so the same text, to the byte.
2. Else, when every column fits at its minimum, each starts there (a short
   column's header on one line, where all of those fit too) and the room left is
   shared in proportion to what each still wants (wanted - minimum),
   in whole cells by the largest remainder. The table fills the room, no column
   is wider than it wants and no word is folded. (The table narrows its gaps
   first if that keeps every word whole: `tracker.textlayout.table`.)
3. Else some words must fold. What is kept goes step by step (`_KEPT`): the
   cells' words up to 10 cells (dates, numbers, most words) with a short
   column's cells up to 10, the headers' words up to 10, the cells' words up to
   15, all of the cells' words, all of the headers', all of the short cells.
   The first step that does not fit is cut to a common level, so the longest
   words give way first; what still has to fold is folded in pieces of even
   length.
4. When not even two cells a column fit, Rich's rule, and lines still too long
   are cut, as Rich cuts them.

Tables of one line a row (the terminal UI) take the same widths from `Measure`s
of their own (`line_widths`); a cell too long for its width is cut there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tracker.textlayout.lines import Cell, longest_piece

SHORT_WORD = 10  # cells: a date, and most words
_ALL = 1 << 30
# When not every word fits, what is kept, step by step while there is room: the
# cells' words up to so many cells, every header's words up to so many, and a
# short column's cells (a date with its mark, a state) whole up to so many. Cells
# come first: they are every row and the header is one, and a narrower title
# column adds lines to each row. Then the headers' words of up to 10 cells (most
# words), before the cells' longer words: a header folded mid-word reads as broken.
_KEPT = (
    (SHORT_WORD, 0, SHORT_WORD),
    (SHORT_WORD, SHORT_WORD, SHORT_WORD),
    (15, SHORT_WORD, SHORT_WORD),
    (_ALL, SHORT_WORD, SHORT_WORD),
    (_ALL, _ALL, SHORT_WORD),
    (_ALL, _ALL, _ALL),
)


class Measure(NamedTuple):
    """A column's widths in cells, without padding."""

    wanted: int  # its longest line, header included
    # Its longest unbreakable piece, header included; for a short column, its cells'
    # longest line, as such cells are kept on one line where there is room.
    minimum: int
    body: int  # its cells' longest unbreakable piece
    head: int = 0  # its header's longest unbreakable piece
    line: int = 0  # a short column's longest cell (0 for other columns)
    # A short column's header on one line (0 for other columns): kept so where there is room.
    heading: int = 0


def measure(column: TextColumn) -> Measure:
    cells = list(dict.fromkeys(column.cells))  # a column repeats itself
    longest = max([cell[2] for cell in cells], default=0)
    cap = column.cap
    wanted = min(max(longest, column.header[2], column.least), cap)
    body = min(longest_piece(cells), cap)
    head = min(longest_piece([column.header]), wanted)
    # A short column's cells stay whole, like words, where there is room.
    line = min(longest, cap) if column.short else 0
    minimum = min(max(body, head, line, column.least), wanted)
    heading = min(column.header[2], wanted) if column.short else 0
    return Measure(wanted, minimum, body, head, line, heading)


def wanted_width(column: TextColumn) -> int:
    """The longest line of `column`, header included, at least its least width and
    at most its cap."""
    longest = max([column.header[2], column.least, *[cell[2] for cell in column.cells]])
    return min(longest, column.cap)


def shown(need: Sequence[int], drops: Sequence[int], gap: int, room: int) -> list[int]:
    """Indexes of the columns kept in `room` cells.

    `need`: each column's width (a flexible column's least, any other's wanted
    width); `gap`: the cells each column takes beyond that, for its frame. While
    the table is too wide, the column with the highest `drops` goes; a column whose
    `drops` is 0 always stays.
    """
    keep = list(range(len(need)))
    order = sorted((i for i, drop in enumerate(drops) if drop), key=lambda i: -drops[i])
    for index in order:
        if sum(need[i] + gap for i in keep) <= room:
            break
        keep.remove(index)
    return keep


def line_widths(measures: Sequence[Measure], flex: Sequence[bool], room: int) -> list[int]:
    """Widths of columns of one line a row in `room` cells (gaps taken off already).

    The widths of a table of text (`fitted_widths` when the columns do not all
    get what they want); what is left over goes to the flexible columns.
    """
    wanted = [m.wanted for m in measures]
    padding = [0] * len(measures)
    if sum(wanted) > room:
        minimum = [m.minimum for m in measures]
        if sum(minimum) > room:  # cut to fit: each at least one cell
            minimum = [1] * len(measures)
            measures = [Measure(m.wanted, 1, 1) for m in measures]
        widths = fitted_widths(measures, padding, max(room, sum(minimum)))
    else:
        widths = wanted
    bends = [i for i, bend in enumerate(flex) if bend]
    spare = max(room - sum(widths), 0)
    for n, index in enumerate(bends):
        widths[index] += spare // len(bends) + (n < spare % len(bends))
    return widths


def column_widths(table: Sequence[TextColumn], padding: Sequence[int], room: int) -> list[int]:
    """Width of each column of `table`, padding included.

    `room` is what the table has once its edges and dividers are drawn.
    """
    wanted = list(map(wanted_width, table))
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
        whole = [max(m.minimum, m.heading) for m in measures]
        floor = whole if sum(whole) <= inner else minimum
        return _padded(_share(floor, wanted, inner), padding)
    # Two cells a column, so that no wide character is cut in half.
    widths = [min(2, want) for want in wanted]
    if sum(widths) > inner:
        return _rich_widths(wanted, padding, room)
    steps = [
        [max(min(m.body, cells), min(m.head, headers), min(m.line, lines)) for m in measures]
        for cells, headers, lines in _KEPT
    ]
    # Last, the minimum: a column's least width counts too.
    for step in [*steps, minimum]:
        target = [max(size, kept) for size, kept in zip(widths, step, strict=True)]
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
    cap: int = _ALL  # the widest it is, whatever its cells (longer lines fold)
    least: int = 0  # the narrowest it is where its words allow
    header_left: bool = False  # the header left-justified, whatever the cells
