"""Styled lines for the terminal: measuring in cells, word wrap, cropping and padding.

A `Styled` line is its text and the styled ranges in it (`Mark`s, in order and not
overlapping, each with a Rich style string). Most summary text has no style, so
plain text costs no more than joining strings. Widths are terminal cells: CJK
characters and most emoji take two.

The wrap is Rich's (`Text.wrap` with overflow "fold"), so text breaks where it
did when Rich laid out every paragraph: a word is a run of non-space with the
spaces after it; it moves to the next line whole unless it is longer than a line,
when it is folded at the width; trailing spaces stay where they fit. Rich builds
a Text per line and a Segment per run; strings and offsets do the same in far
less time. Lines and cells are plain tuples: a large summary makes hundreds of
thousands.

Table cells (`hyphens`) differ only in a word longer than its line: it breaks
after its hyphens first (`(samenwerking-` / `bedrijfsvoering-operatie)`), and only
a piece still too long is folded, in pieces of even length (`Ver` / `oud` / `erd`
rather than `Vero` / `uder` / `d`). A hyphen breaks only between a character and a
letter, so dates and numbers (`2018-07-04`, `-5`) stay whole. `longest_piece` is
the narrowest a column can be without folding any word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, pairwise
from typing import Literal

from rich.cells import cell_len as rich_cell_len
from rich.cells import chop_cells, get_character_cell_size, set_cell_size

Mark = tuple[int, int, str]  # start, end (characters), style
Marks = tuple[Mark, ...]
Run = tuple[str, str]  # text, style ("" for none)
Styled = tuple[str, Marks]  # a line: text, styled ranges
# A paragraph to lay out: text, styled ranges, width in cells, every character one cell.
Cell = tuple[str, Marks, int, bool]
# "default": as long as the text, for lines outside tables.
Justify = Literal["left", "right", "default"]

_WORD = re.compile(r"\s*\S+\s*")
# Where a word may break in a table: after a hyphen that follows a character other
# than a hyphen and comes before a letter. Not in dates, numbers or `--`.
_HYPHEN = r"(?<=[^\s-]-)(?=[^\W\d_])"
_AFTER_HYPHEN = re.compile(_HYPHEN)
_UNBREAKABLE = re.compile(rf"(?<=\S)\s+|{_HYPHEN}")
_TRAILING_SPACE = re.compile(r"\s+$")
_SPACES = re.compile(r"\s+")
_LINE: dict[int, re.Pattern[str]] = {}

# Characters known to take one cell: a string of only these is as wide as it is long.
# Filled as characters are met, from Rich's tables, so widths agree with Rich's.
_ONE_CELL = set(map(chr, range(0x20, 0x7F)))
_OTHER: set[str] = set()


def _single_cells(text: str) -> bool:
    """Whether every character of `text` takes exactly one cell."""
    if (text.isascii() and text.isprintable()) or _ONE_CELL.issuperset(text):
        return True
    new = set(text).difference(_ONE_CELL)
    if not _OTHER.isdisjoint(new):
        return False
    one = {char for char in new if get_character_cell_size(char) == 1}
    _ONE_CELL.update(one)
    _OTHER.update(new - one)
    return len(one) == len(new)


def cell_len(text: str) -> int:
    """Terminal cells `text` takes."""
    return len(text) if _single_cells(text) else rich_cell_len(text)


def cell(runs: Iterable[Run]) -> Cell:
    """Runs of styled text as one paragraph."""
    parts: list[str] = []
    marks: list[Mark] = []
    at = 0
    for text, style in runs:
        if style and text:
            marks.append((at, at + len(text), style))
        parts.append(text)
        at += len(text)
    return plain_cell("".join(parts), tuple(marks))


def plain_cell(text: str, marks: Marks = ()) -> Cell:
    """`text` as one paragraph, with styled ranges `marks` if any."""
    if text.isascii() and text.isprintable():  # most text: no look-ups at all
        return (text, marks, len(text), True)
    if "\n" in text or "\t" in text:
        # The Document promises one-line text; should a break or tab slip through,
        # it reads as a space rather than breaking a table's rows apart.
        text = text.replace("\n", " ").replace("\t", " ")
    if _single_cells(text):
        return (text, marks, len(text), True)
    return (text, marks, rich_cell_len(text), False)


class Lines:
    """Lines laid out: their text, and beside it each line's styled ranges.

    Two lists rather than a list of lines: plain text, the common case, is then
    one join, and a table's lines move in with one list operation.
    """

    def __init__(self, texts: list[str] | None = None, marks: list[Marks] | None = None) -> None:
        self.texts: list[str] = texts if texts is not None else []
        self.marks: list[Marks] = marks if marks is not None else [()] * len(self.texts)

    def __iter__(self) -> Iterator[Styled]:
        return zip(self.texts, self.marks, strict=True)

    def __len__(self) -> int:
        return len(self.texts)

    def add(self, text: str, marks: Marks = ()) -> None:
        self.texts.append(text)
        self.marks.append(marks)

    def extend(self, other: Lines) -> None:
        self.texts += other.texts
        self.marks += other.marks


def clip(marks: Marks, start: int, end: int, shift: int) -> Marks:
    """The parts of `marks` within characters start..end, moved by `shift`."""
    return tuple(
        [
            (max(a, start) + shift, min(b, end) + shift, style)
            for a, b, style in marks
            if a < end and b > start
        ]
    )


def moved(marks: Marks, shift: int) -> Marks:
    return tuple([(a + shift, b + shift, style) for a, b, style in marks])


def crop(line: Styled, width: int) -> Styled:
    """`line` cut at `width` cells; a wide character cut in half becomes a space."""
    text = set_cell_size(line[0], width)
    return (text, clip(line[1], 0, len(text), 0))


def fit(line: Styled, width: int) -> Styled:
    """`line` cropped or padded with spaces to exactly `width` cells."""
    text, marks = line
    size = cell_len(text)
    if size > width:
        return crop(line, width)
    if size < width:
        return (text + " " * (width - size), marks)
    return line


def longest_piece(cells: Iterable[Cell]) -> int:
    """Cells the longest unbreakable piece of any of `cells` takes: a word, or a part of
    one up to a hyphen it may break after. Spaces before a cell's first word belong
    to it, as the wrap keeps them.
    """
    joined: list[str] = []
    longest = 0
    for text, _, size, single in cells:
        if size <= longest:  # no piece of it can be longer
            continue
        if single and not text[:1].isspace():
            joined.append(text)
        else:
            longest = max(longest, *map(cell_len, _UNBREAKABLE.split(text)))
    if joined:
        longest = max(longest, _longest_single(" ".join(joined)))
    return longest


def _longest_single(text: str) -> int:
    """`longest_piece` of text of one-cell characters, without spaces before it.

    A column can have tens of thousands of cells: string splits rather than a
    regular expression over all of it. Breaking after every hyphen gives pieces
    no longer than the real ones; only the words longer than the longest of those,
    all with a hyphen, are broken where they may.
    """
    words = text.split()
    if not words:
        return 0
    least = max(map(len, text.replace("-", " ").split()), default=0)
    longer = set(compress(words, map(least.__lt__, map(len, words))))
    return max([least, *[len(part) for word in longer for part in _AFTER_HYPHEN.split(word)]])


def breaks(text: str, width: int, hyphens: bool = False) -> list[int]:
    """Offsets where `text` breaks into lines of `width` cells (width >= 1).

    `hyphens`: a word longer than a line breaks after its hyphens before it folds.
    """
    size = cell_len
    found: list[int] = []
    used = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = size(word.rstrip())
        if width - used >= length:
            used += size(word)
        elif length > width:
            pieces = _pieces(word, width) if hyphens else chop_cells(word, width)
            for piece in pieces[:-1]:
                if start:
                    found.append(start)
                start += len(piece)
            if pieces:
                if start:
                    found.append(start)
                used = size(pieces[-1])
        elif used and start:
            found.append(start)
            used = size(word)
    return found


@lru_cache(maxsize=4096)
def _pieces(word: str, width: int, single: bool = False) -> tuple[str, ...]:
    """`word`, longer than `width`, in lines: whole parts between hyphens where they fit.

    `single`: every character takes one cell. The spaces after the word stay with
    its last piece, as Rich keeps them. Kept for the next time: a long word of a
    title or an owner's name comes back in row after row.
    """
    core = word.rstrip()
    if "-" not in core:
        lines = _fold(core, width, single)
    else:
        size = len if single else cell_len
        parts = [bit for part in _AFTER_HYPHEN.split(core) for bit in _fold(part, width, single)]
        lines = [parts[0]]
        for part in parts[1:]:
            joined = lines[-1] + part
            if size(joined) <= width:
                lines[-1] = joined
            else:
                lines.append(part)
    lines[-1] += word[len(core) :]
    return tuple(lines)


def _fold(part: str, width: int, single: bool) -> list[str]:
    """`part` in as few pieces of at most `width` cells as it takes, of about even length.

    `Ver` / `oud` / `erd` reads better than `Vero` / `uder` / `d`.
    """
    size = len(part) if single else cell_len(part)
    if size <= width:
        return [part]
    count = -(-size // width)
    if single:
        short, long = divmod(size, count)  # the first `long` pieces one longer
        cuts = [piece * short + min(piece, long) for piece in range(count + 1)]
        return [part[start:end] for start, end in pairwise(cuts)]
    pieces = chop_cells(part, -(-size // count))
    # Wide characters can leave no even cut: then as Rich folds, at the width.
    return pieces if len(pieces) == count else chop_cells(part, width)


def _single_lines(text: str, width: int, hyphens: bool) -> list[str]:
    """`breaks`, cut out, for text whose characters all take one cell.

    A line is the longest run of whole words whose last one ends within the
    width, with the spaces after it: one regular expression match. Where no word
    ends within the width, the word there (and the spaces after it) is folded in
    pieces of the width, and the last piece starts the next line.
    """
    line = _LINE.get(width)
    if line is None:
        line = _LINE[width] = re.compile(rf".{{0,{width - 1}}}\S(?=\s|$)\s*")
    out: list[str] = line.findall(text)
    if out and sum(map(len, out)) == len(text):  # no word too long: the lines leave no gap
        return out
    out = []
    at, end = 0, len(text)
    while at < end:
        match = line.match(text, at) or _SPACES.match(text, at) if at else line.match(text)
        if match is not None:
            # A line, or the spaces of a folded word with no room left after them.
            out.append(match.group())
            at = match.end()
            continue
        word = _WORD.match(text, at)
        if word is None:  # only spaces
            out.append(text[at:])
            break
        if hyphens:
            # Its pieces but the last are lines; the last starts the next line.
            pieces = _pieces(word.group(), width, single=True)[:-1]
            out += pieces
            at += sum(map(len, pieces))
            continue
        while word.end() - at > width:
            out.append(text[at : at + width])
            at += width
    return out


def wrap(
    text: Cell,
    width: int,
    justify: Justify,
    before: str = "",
    after: str = "",
    hyphens: bool = False,
) -> tuple[list[str], list[Marks]]:
    """`text` in lines of `width` cells (width >= 1), each between `before` and `after`.

    "left" and "right" pad every line to the width. Returns the lines' text and,
    beside it, their styled ranges, counted from the end of `before`. `hyphens`:
    a word too long for a line breaks after its hyphens first (table cells).
    """
    plain, marks, size, single = text
    if size <= width and len(plain) <= width:  # the common case: it fits
        pad = " " * (width - size)
        if justify == "right" and not plain[-1:].isspace():
            return [f"{before}{pad}{plain}{after}"], [moved(marks, len(pad)) if marks else ()]
        if justify == "left":
            return [f"{before}{plain}{pad}{after}"], [marks]
        if justify == "default":
            return [f"{before}{plain}{after}"], [marks]
    if not single:
        edges = pairwise([0, *breaks(plain, width, hyphens), len(plain)])
        lines = [_line(plain, marks, start, end, width, justify) for start, end in edges]
        return [f"{before}{line}{after}" for line, _ in lines], [styles for _, styles in lines]
    # One cell a character: trimming the spaces beyond the width and cropping to it,
    # as Rich does, leave the first `width` characters.
    pieces = _single_lines(plain, width, hyphens)
    if justify == "right":
        cut = [piece.rstrip()[:width] for piece in pieces]
        texts = [f"{before}{line.rjust(width)}{after}" for line in cut]
    else:
        cut = [piece[:width] for piece in pieces]
        pad = width if justify == "left" else 0
        texts = [f"{before}{line.ljust(pad)}{after}" for line in cut]
    if not marks:
        return texts, [()] * len(texts)
    styles: list[Marks] = []
    start = 0
    for piece, line in zip(pieces, cut, strict=True):
        shift = width - len(line) if justify == "right" else 0
        styles.append(clip(marks, start, start + len(line), shift - start))
        start += len(piece)
    return texts, styles


def _line(plain: str, marks: Marks, start: int, end: int, width: int, justify: Justify) -> Styled:
    """Characters start..end of `plain` as a line of `width` cells, whatever their widths."""
    if end - start > width:
        # Rich trims spaces beyond the width from the end, counting characters.
        spaces = _TRAILING_SPACE.search(plain, start, end)
        if spaces:
            end -= min(end - spaces.start(), end - start - width)
    if justify == "right":
        end = start + len(plain[start:end].rstrip())
    line: Styled = (plain[start:end], clip(marks, start, end, -start) if marks else ())
    size = cell_len(line[0])
    if size > width:
        line, size = crop(line, width), width
    if size < width and justify != "default":
        pad = " " * (width - size)
        if justify == "left":
            return (line[0] + pad, line[1])
        return (pad + line[0], moved(line[1], len(pad)))
    return line
