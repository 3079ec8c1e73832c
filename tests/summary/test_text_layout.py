"""The terminal text of the summary: Rich's look, with column widths of its own.

Where every table gets the widths it wants, `test_text_fitting.py` holds the
tables to properties (every cell whole on one line, a date never split).

Where a table is too wide, its columns follow `text_table`'s rule, not Rich's, so
tables of random cells are held to properties instead: every line within the
width, every word of every cell kept and in order, numbers right-justified; when
the columns' longest words fit, no word is broken mid-word and the table fills
its room; no column is wider than it wants; the room is shared as the rule says.
And a few cases are spelled out: the overview at 80 and 120 columns, a long
hyphenated id, a date column, wide characters, a word longer than its column.
"""

from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.text import Text

from tracker.summary import chart
from tracker.summary.document import (
    Bullets,
    Chart,
    Column,
    Document,
    Facts,
    Paragraph,
    Section,
    Span,
    Table,
)
from tracker.summary.to_text import INDENT, render_text, text_export
from tracker.textlayout.lines import cell, longest_piece, plain_cell, wrap
from tracker.textlayout.table import Geometry, geometry, simple
from tracker.textlayout.table import table_lines as _table_lines
from tracker.textlayout.widths import Measure, TextColumn, fitted_widths

# Pieces of text with what makes wrapping hard: runs of spaces, punctuation,
# hyphens, characters two cells wide (CJK, emoji), a combining accent, a no-break
# space, a date, and words longer than most columns. Rich joins a zero-width
# joiner with whatever follows it, padding included, so those are left out.
PIECES = [
    *"abcdefghij ABC",
    "  ",
    "-",
    "·",
    "—",
    "→",
    "…",
    "漢",
    "字",
    "ー",
    "😀",
    "👍🏽",
    "é",
    "e\u0301",
    "\u00a0",
    "x" * 12,
    "2018-07-04",
]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
spans = st.builds(
    Span,
    texts,
    st.sampled_from([None, None, "red", "amber", "none", "muted", "bad"]),
    st.booleans(),
)
lines = st.lists(spans, max_size=3).map(tuple)
charts = st.builds(
    Chart,
    st.lists(st.floats(-10, 100), max_size=6).map(tuple),
    st.none() | st.floats(0, 100),
    st.just("a chart"),
)


@st.composite
def tables(draw: st.DrawFn) -> Table:
    count = draw(st.integers(1, 7))
    columns = tuple(
        Column(draw(texts), numeric=draw(st.booleans()), short=draw(st.booleans()))
        for _ in range(count)
    )
    values = lines | lines | lines | charts
    rows = tuple(tuple(draw(values) for _ in range(count)) for _ in range(draw(st.integers(0, 4))))
    return Table(columns, rows)


facts = st.builds(Facts, st.lists(st.tuples(texts, lines), max_size=2).map(tuple))
blocks = st.one_of(
    tables(),
    st.builds(Paragraph, lines, st.booleans()),
    st.builds(Bullets, st.lists(lines, max_size=2).map(tuple)),
    facts,
)


def sections(depth: int) -> st.SearchStrategy[Section]:
    below = st.lists(sections(depth - 1), max_size=2).map(tuple) if depth else st.just(())
    return st.builds(Section, st.just("key"), texts, st.lists(blocks, max_size=3).map(tuple), below)


documents = st.builds(
    Document, st.just("en"), texts, texts, facts, st.lists(sections(2), max_size=2).map(tuple)
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(value: tuple[Span, ...] | Chart) -> str:
    if isinstance(value, Chart):
        return chart.sparkline(value)
    return "".join(span.text for span in value)


def _table_width(table: Table) -> int:
    """Cells the table takes when every column is as wide as its longest line."""
    count = len(table.columns)
    width = count + 1  # edges and dividers
    for index, column in enumerate(table.columns):
        longest = max([cell_len(column.label), *[cell_len(_text(r[index])) for r in table.rows]])
        padding = (index > 0) + (index < count - 1)
        width += max(longest + padding, 1)
    return width


def _fitting_width(doc: Document) -> int:
    """The narrowest terminal on which every table of `doc` gets the widths it wants."""
    need = 1

    def walk(section: Section, indent: int) -> None:
        nonlocal need
        for block in section.blocks:
            if isinstance(block, Table):
                need = max(need, indent + _table_width(block))
        for sub in section.subsections:
            walk(sub, indent + INDENT)

    for section in doc.sections:
        walk(section, 0)
    return need


@st.composite
def fitting(draw: st.DrawFn) -> tuple[Document, int]:
    """A document, and a width at which all its tables fit (any width without tables)."""
    doc = draw(documents)
    need = _fitting_width(doc)
    return doc, draw(st.integers(need, max(need + 40, 120)))


@settings(max_examples=50, deadline=None)
@given(doc=documents, width=st.integers(1, 120))
def test_a_pipe_gets_the_plain_text(doc: Document, width: int) -> None:
    out = io.StringIO()
    render_text(doc, Console(file=out, width=width))  # not a terminal: no colours
    assert out.getvalue() == text_export(doc, width)


@settings(max_examples=100, deadline=None)
@given(doc=documents, width=st.integers(1, 120))
def test_every_line_of_a_document_fits_the_terminal(doc: Document, width: int) -> None:
    out = io.StringIO()
    render_text(doc, Console(file=out, width=width, force_terminal=True, color_system="standard"))
    for line in Text.from_ansi(out.getvalue()).plain.splitlines():
        assert cell_len(line) <= width


# ---- tables on their own --------------------------------------------------------

# The rule's break opportunities, spelled out: spaces, and after a hyphen that
# follows a character other than a space or hyphen and comes before a letter.
UNBREAKABLE = re.compile(r"(?<=\S)\s+|(?<=[^\s-]-)(?=[^\W\d_])")


def _pieces(text: str) -> list[str]:
    """The unbreakable pieces of `text`; spaces before its first word go with it."""
    return [piece for piece in UNBREAKABLE.split(text) if piece]


def _longest(text: str) -> int:
    return max(map(cell_len, _pieces(text)), default=0)


def table_lines(
    table: list[TextColumn], width: int, indent: int = 0, fill: bool = False
) -> list[str]:
    return _table_lines(table, width, indent, fill).texts


def _cells(line: str) -> list[str]:
    """`line` a terminal cell at a time: a wide character fills two, the second empty."""
    out: list[str] = []
    for char in line:
        size = get_character_cell_size(char)
        if size == 0 and out:
            out[-1] += char  # a combining accent stays with its letter
        else:
            out += [char, *[""] * (size - 1)]
    return out


def _column_lines(lines: list[str], drawn: Geometry, indent: int) -> list[list[str]]:
    """Each column's text, line by line."""
    columns: list[list[str]] = [[] for _ in drawn.widths]
    for line in lines:
        cells = _cells(line)
        start = indent + drawn.edge
        for index, width in enumerate(drawn.widths):
            columns[index].append("".join(cells[start : start + width]))
            start += width + 1
    return columns


def _read_columns(lines: list[str], drawn: Geometry, indent: int) -> list[str]:
    """The text of each column, line after line, without spaces."""
    return ["".join(map(_words, column)) for column in _column_lines(lines, drawn, indent)]


def _words(text: str) -> str:
    return "".join(text.split())


def _padding(count: int) -> list[int]:
    return [(index > 0) + (index < count - 1) for index in range(count)]


def _widths(table: list[TextColumn], width: int) -> Geometry:
    """Each column's width, padding included, and the edges, as the table is drawn."""
    return geometry(table, width, simple())


def _parts(lines: list[str]) -> tuple[list[str], list[str]]:
    """A table's header lines and body lines, without the blank lines around them."""
    rule = next(n for n, line in enumerate(lines) if "─" in line)
    return lines[1:rule], lines[rule + 1 : -1]


cell_texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@st.composite
def text_tables(draw: st.DrawFn) -> tuple[list[TextColumn], int, int]:
    count = draw(st.integers(1, 8))
    height = draw(st.integers(0, 6))
    table = [
        TextColumn(
            plain_cell(draw(cell_texts)),
            [plain_cell(draw(cell_texts)) for _ in range(height)],
            draw(st.booleans()),
            draw(st.booleans()),
        )
        for _ in range(count)
    ]
    # Room for two cells of text in every column: any character fits, none is lost.
    width = draw(st.integers(5 * count + 1, 5 * count + 100))
    return table, width, draw(st.sampled_from([0, 2, 4]))


@settings(max_examples=300, deadline=None)
@given(drawn=text_tables(), fill=st.booleans())
def test_tables_keep_every_word_in_order_within_the_width(
    drawn: tuple[list[TextColumn], int, int], fill: bool
) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent, fill)
    for line in lines:
        assert cell_len(line) == indent + width if fill else cell_len(line) <= indent + width
    widths = _widths(table, width)
    header, body = _parts(lines)
    for column, head, cells in zip(
        table,
        _read_columns(header, widths, indent),
        _read_columns(body, widths, indent),
        strict=True,
    ):
        assert head == _words(column.header[0])
        assert cells == "".join(_words(c[0]) for c in column.cells)


@settings(max_examples=300, deadline=None)
@given(drawn=text_tables())
def test_numbers_are_right_justified(drawn: tuple[list[TextColumn], int, int]) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent)
    drawn = _widths(table, width)
    for line in lines[1:-1]:
        cells = _cells(line)
        start = indent + drawn.edge
        for index, (column, size) in enumerate(zip(table, drawn.widths, strict=True)):
            before, after = drawn.left_pad[index], drawn.right_pad[index]
            text = "".join(cells[start + before : start + size - after])
            if column.right and text.strip():
                assert not text[-1].isspace(), (line, index)
            start += size + 1


def _minimum(column: TextColumn) -> int:
    """The narrowest the column can be with no word broken, by the rule as documented."""
    longest = max([_longest(c[0]) for c in [column.header, *column.cells]])
    if column.short:  # a short column's cells stay on one line
        longest = max([longest, *[cell_len(c[0]) for c in column.cells]])
    return longest


@st.composite
def roomy_tables(draw: st.DrawFn) -> tuple[list[TextColumn], int, int]:
    """A table too wide for its width, at a width where its longest words all fit."""
    table, _, indent = draw(text_tables())
    frame = len(table) + 1 + sum(_padding(len(table)))
    wanted = [max(c[2] for c in [column.header, *column.cells]) for column in table]
    narrowest = frame + sum(map(_minimum, table))
    assume(narrowest < frame + sum(wanted))
    return table, draw(st.integers(narrowest, frame + sum(wanted) - 1)), indent


def _whole_pieces(lines: list[str], texts: list[str]) -> None:
    """Each of `lines` holds whole pieces of `texts`, in order, and all of them."""
    stream = [_words(piece) for text in texts for piece in _pieces(text)]
    stream = [piece for piece in stream if piece]
    at = 0
    for line in map(_words, lines):
        taken = ""
        while taken != line:
            assert at < len(stream) and line.startswith(taken + stream[at]), (line, stream[at:])
            taken += stream[at]
            at += 1
    assert at == len(stream)


@settings(max_examples=300, deadline=None)
@given(drawn=roomy_tables())
def test_when_the_words_fit_none_is_broken_and_the_room_is_used(
    drawn: tuple[list[TextColumn], int, int],
) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent)
    assert {cell_len(line) for line in lines} == {indent + width}  # no fill asked for
    widths = _widths(table, width)
    header, body = _parts(lines)
    heads = _column_lines(header, widths, indent)
    bodies = _column_lines(body, widths, indent)
    for column, head, cells in zip(table, heads, bodies, strict=True):
        _whole_pieces(head, [column.header[0]])
        _whole_pieces(cells, [c[0] for c in column.cells])
        if column.short:  # kept on one line: each cell's text on a line of its own
            assert [_words(line) for line in cells if line.strip()] == [
                _words(c[0]) for c in column.cells if c[0].strip()
            ]


# ---- the widths on their own ----------------------------------------------------


@st.composite
def measures(draw: st.DrawFn) -> tuple[list[Measure], list[int], int]:
    """Columns that do not all get what they want, and the room they have."""
    count = draw(st.integers(1, 8))
    out: list[Measure] = []
    for _ in range(count):
        body, head, line = (
            draw(st.integers(0, 30)),
            draw(st.integers(0, 30)),
            draw(st.integers(0, 30)),
        )
        minimum = draw(st.integers(max(body, head, line), max(body, head, line) + 20))
        wanted = draw(st.integers(max(minimum, 1), minimum + 60))
        out.append(Measure(wanted, minimum, body, head, line))
    padding = _padding(count)
    wanted = sum(m.wanted for m in out) + sum(padding)
    return out, padding, draw(st.integers(0, wanted - 1))


@settings(max_examples=500, deadline=None)
@given(drawn=measures())
def test_no_column_is_wider_than_it_wants(drawn: tuple[list[Measure], list[int], int]) -> None:
    columns, padding, room = drawn
    widths = fitted_widths(columns, padding, room)
    assert len(widths) == len(columns)
    for size, m, pad in zip(widths, columns, padding, strict=True):
        assert 0 <= size <= m.wanted + pad


@settings(max_examples=500, deadline=None)
@given(drawn=measures())
def test_the_room_is_shared_by_what_each_column_still_wants(
    drawn: tuple[list[Measure], list[int], int],
) -> None:
    columns, padding, room = drawn
    inner = room - sum(padding)
    assume(sum(m.minimum for m in columns) <= inner)
    widths = fitted_widths(columns, padding, room)
    assert sum(widths) == room
    spare = inner - sum(m.minimum for m in columns)
    total = sum(m.wanted - m.minimum for m in columns)
    for size, m, pad in zip(widths, columns, padding, strict=True):
        exact = m.minimum + spare * (m.wanted - m.minimum) / total
        assert m.minimum <= size - pad <= m.wanted
        assert abs(size - pad - exact) < 1  # whole cells, by the largest remainder


# What a too-narrow table keeps, in order, as the rule promises: (cells' words up
# to so many cells, headers' words up to so many, short cells up to so many).
ALL = 10**9
KEPT = [(10, 0, 10), (10, 10, 10), (15, 10, 10), (ALL, 10, 10), (ALL, ALL, 10), (ALL, ALL, ALL)]


@settings(max_examples=500, deadline=None)
@given(drawn=measures())
def test_too_narrow_tables_keep_dates_and_short_words_first(
    drawn: tuple[list[Measure], list[int], int],
) -> None:
    columns, padding, room = drawn
    inner = room - sum(padding)
    least = [min(2, m.wanted) for m in columns]
    assume(sum(least) <= inner < sum(m.minimum for m in columns))
    widths = [
        size - pad for size, pad in zip(fitted_widths(columns, padding, room), padding, strict=True)
    ]
    assert sum(widths) == inner
    assert all(size >= low for size, low in zip(widths, least, strict=True))
    kept = least
    for cells, headers, lines in KEPT:
        kept = [
            max(low, min(m.body, cells), min(m.head, headers), min(m.line, lines))
            for low, m in zip(kept, columns, strict=True)
        ]
        if sum(kept) > inner:
            break
        assert all(size >= low for size, low in zip(widths, kept, strict=True))
    # Words fold here: no column takes more than its longest word (or two cells).
    assert all(size <= max(m.minimum, 2) for size, m in zip(widths, columns, strict=True))


def test_headers_keep_their_words_before_long_words_of_cells_do() -> None:
    # A title column whose longest word is 23 cells, dates, and two columns of one
    # or two characters under a header of one word, as in "Status per opgave".
    columns = [
        Measure(80, 23, 23),
        Measure(10, 10, 10, line=10),
        Measure(9, 9, 1, head=9),
        Measure(8, 8, 1, head=8),
    ]
    padding = [1, 2, 2, 1]
    # The dates and the headers' words stay whole; the title's long word folds.
    assert fitted_widths(columns, padding, 6 + 44) == [17 + 1, 10 + 2, 9 + 2, 8 + 1]
    # Less room: the title's words come down to ten cells, the dates stay whole,
    # and the headers fold, at the same length.
    assert fitted_widths(columns, padding, 6 + 30) == [10 + 1, 10 + 2, 5 + 2, 5 + 1]
    assert fitted_widths(columns, padding, 6 + 26) == [10 + 1, 10 + 2, 3 + 2, 3 + 1]
    # Less still: the dates fold too, at the titles' length; the headers are left two.
    assert fitted_widths(columns, padding, 6 + 20) == [8 + 1, 8 + 2, 2 + 2, 2 + 1]


# ---- words and pieces -----------------------------------------------------------


def _wrapped(text: str, width: int) -> list[str]:
    return [line.rstrip() for line in wrap(plain_cell(text), width, "left", hyphens=True)[0]]


def test_a_long_word_breaks_after_its_hyphens_then_folds_evenly() -> None:
    assert _wrapped("(samenwerking-bedrijfsvoering-operatie)", 30) == [
        "(samenwerking-bedrijfsvoering-",
        "operatie)",
    ]
    assert _wrapped("x (samenwerking-bedrijfsvoering-operatie)", 16) == [
        "x",
        "(samenwerking-",
        "bedrijfsvoering-",
        "operatie)",
    ]
    assert _wrapped("Verouderd", 4) == ["Ver", "oud", "erd"]
    assert _wrapped("Items", 4) == ["Ite", "ms"]
    assert _wrapped("漢字漢字漢", 4) == ["漢字", "漢字", "漢"]
    # Not in dates, numbers or before a digit: those fold only when nothing else can.
    assert _wrapped("2018-07-04 netwerk-2018-10-11#1", 20) == ["2018-07-04", "netwerk-2018-10-11#1"]
    assert _wrapped("netwerk-2018-10-11#1", 12) == ["netwerk-20", "18-10-11#1"]


def test_paragraphs_still_fold_as_rich_does() -> None:
    # Outside tables the wrap is Rich's: no hyphen breaks, folds at the width.
    lines, _ = wrap(plain_cell("(samenwerking-bedrijfsvoering-operatie)"), 16, "default")
    assert lines == ["(samenwerking-be", "drijfsvoering-op", "eratie)"]


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        cell_texts | st.sampled_from(["a-b", "-x", "a--b", "2018-07-04", "x-"]), max_size=8
    )
)
def test_the_longest_piece_is_measured_as_the_rule_says(texts: list[str]) -> None:
    assert longest_piece([plain_cell(text) for text in texts]) == max(
        map(_longest, texts), default=0
    )


def test_pieces_are_measured_in_cells() -> None:
    assert longest_piece([plain_cell("漢字 ab"), plain_cell("x-yz")]) == 4
    assert longest_piece([plain_cell("(hbo-niveau-ggp)"), plain_cell("2018-07-04 ~")]) == 10
    assert longest_piece([plain_cell("   ab cd")]) == 5  # the wrap keeps leading spaces
    assert longest_piece([plain_cell("e\u0301te\u0301")]) == 3
    assert longest_piece([]) == 0


# ---- cases spelled out ----------------------------------------------------------


def _table(
    *columns: tuple[str, list[str]], right: tuple[int, ...] = (), short: tuple[int, ...] = ()
) -> list[TextColumn]:
    return [
        TextColumn(
            cell([(label, "bold")]), [plain_cell(text) for text in values], n in right, n in short
        )
        for n, (label, values) in enumerate(columns)
    ]


OPGAVEN = [
    "Het verder integreren van de digitale wereld (waaronder social media) in het "
    "gebiedsgebonden politiewerk",
    "De aanpak van ondermijning binnen de basisteams",
]
COUNTS = ["Items", "● groen", "▲ oranje", "■ rood", "○ onbekend"]
FIGURES = ["Gem. voortgang", "Te laat", "Verouderd", "Besluiten"]


def _overview(width: int) -> list[str]:
    """The overview of two opgaven, as `summary` writes it `width` columns wide."""
    numbers = [["12", "0", "0", "0", "12", "45%", "0", "10", "0"], ["11", "0", "1", "0", "10"]]
    numbers[1] += ["–", "2", "10", "1"]
    rows = tuple(
        ((Span(title),), *[(Span(n),) for n in row])
        for title, row in zip(OPGAVEN, numbers, strict=True)
    )
    table = Table(
        (Column("Opgave", wide=True), *[Column(label, numeric=True) for label in COUNTS + FIGURES]),
        rows,
    )
    doc = Document("nl", "", "", Facts(()), (Section("overview", "Overzicht", (table,)),))
    # The table, without blank lines; padded back to the width, as the file's lines
    # lose their trailing spaces (test_no_line_ends_in_a_space) and these tests are
    # about the columns.
    return [line.ljust(width) for line in text_export(doc, width).splitlines()[5:-1]]


def test_the_overview_at_120_columns_gives_the_titles_the_room() -> None:
    # Rich gave the titles 16 cells and "Gem. voortgang" 14 for "45%": every column
    # now starts at its longest word, and the titles take most of what is left.
    assert _overview(120) == [
        "                                              ●        ▲      ■          ○        "
        " Gem.      Te                         ",
        " Opgave                           Items   groen   oranje   rood   onbekend    voor"
        "tgang    laat   Verouderd   Besluiten ",
        " " + "─" * 118 + " ",
        " Het verder integreren van de        12       0        0      0         12        "
        "  45%       0          10           0 ",
        " digitale wereld (waaronder                                                       "
        "                                      ",
        " social media) in het                                                             "
        "                                      ",
        " gebiedsgebonden politiewerk                                                      "
        "                                      ",
        " De aanpak van ondermijning          11       0        1      0         10        "
        "    –       2          10           1 ",
        " binnen de basisteams                                                             "
        "                                      ",
    ]


def test_the_overview_at_80_columns_keeps_the_headers_words_whole() -> None:
    # Ten columns in 80 cells cannot keep every word: the gaps narrow to one space
    # and the edges go, the headers' words are kept (Rich folded them, "Ite/ms"),
    # and the titles' words up to ten cells; only a longer one folds, evenly.
    assert _overview(80) == [
        "                       ●      ▲    ■        ○      Gem.   Te                    ",
        "Opgave       Items groen oranje rood onbekend voortgang laat Verouderd Besluiten",
        "─" * 80,
        "Het verder      12     0      0    0       12       45%    0        10         0",
        "integreren                                                                      ",
        "van de                                                                          ",
        "digitale                                                                        ",
        "wereld                                                                          ",
        "(waaronder                                                                      ",
        "social                                                                          ",
        "media) in                                                                       ",
        "het                                                                             ",
        "gebiedsg                                                                        ",
        "ebonden                                                                         ",
        "politiewerk                                                                     ",
        "De aanpak       11     0      1    0       10         –    2        10         1",
        "van                                                                             ",
        "ondermijning                                                                    ",
        "binnen de                                                                       ",
        "basisteams                                                                      ",
    ]


def test_a_long_id_breaks_after_its_hyphens() -> None:
    title = "Verkennen van samenwerking (samenwerking-bedrijfsvoering-operatie)"
    table = _table(("Item", [title]), ("Eigenaar", ["Districtschef"]))
    assert table_lines(table, 40) == [
        " " * 40,
        " Item                     Eigenaar      ",
        " " + "─" * 38 + " ",
        " Verkennen van            Districtschef ",
        " samenwerking                           ",
        " (samenwerking-                         ",
        " bedrijfsvoering-                       ",
        " operatie)                              ",
        " " * 40,
    ]


def test_a_date_column_keeps_its_dates_whole() -> None:
    titles = ["Pop-up bureau in de wijk (pop-up-bureau-breda)", "Pilot webcare (webcare-twente)"]
    table = _table(("Item", titles), ("Laatste update", ["2018-07-04 ~", "2018-10-29"]), short=(1,))
    # A short column keeps each cell on one line, and its header where there is room.
    assert table_lines(table, 30) == [
        " " * 30,
        " Item          Laatste update ",
        " " + "─" * 28 + " ",
        " Pop-up        2018-07-04 ~   ",
        " bureau in                    ",
        " de wijk                      ",
        " (pop-up-                     ",
        " bureau-                      ",
        " breda)                       ",
        " Pilot         2018-10-29     ",
        " webcare                      ",
        " (webcare-                    ",
        " twente)                      ",
        " " * 30,
    ]
    # Narrower, the dates stay whole with the marker after one: the titles give way.
    assert table_lines(table, 24)[4:6] == [
        " Pop-up    2018-07-04 ~ ",
        " bureau in              ",
    ]


def test_wide_characters_take_two_cells() -> None:
    table = _table(
        ("名前", ["東京都庁の新しい建物", "😀 smile"]),
        ("Count", ["12", "７"]),
        ("Note", ["漢字 and latin", "👍🏽 ok"]),
        right=(1,),
    )
    lines = table_lines(table, 40)
    assert lines == [
        "                                        ",
        " 名前                   Count   Note    ",
        " ────────────────────────────────────── ",
        " 東京都庁の新しい建物      12   漢字    ",
        "                                and     ",
        "                                latin   ",
        " 😀 smile                  ７   👍🏽 ok   ",
        "                                        ",
    ]
    assert {cell_len(line) for line in lines} == {40}


def test_a_word_longer_than_its_column_is_folded_not_lost() -> None:
    word = "Rijksrecherchesamenwerkingsovereenkomst"
    lines = table_lines(_table(("Item", [f"A {word} here"]), ("Owner", ["Team"])), 24)
    # The gaps and edges give way before the header "Owner" would fold.
    assert lines[1:-1] == [
        "Item               Owner",
        "─" * 24,
        "A                  Team ",
        "Rijksrecherch           ",  # in even pieces
        "esamenwerking           ",
        "sovereenkomst here      ",
    ]


def test_empty_cells_stay_blank() -> None:
    table = _table(("Item", ["", "Title"]), ("Owner", ["", ""]), ("Due", ["2019-01-01", ""]))
    assert table_lines(table, 40) == [
        " " * 28,
        " Item    Owner   Due        ",
        " " + "─" * 26 + " ",
        "                 2019-01-01 ",
        " Title                      ",
        " " * 28,
    ]


def test_a_table_wider_than_the_terminal_wraps_to_fit() -> None:
    columns = [(f"Column {n}", [f"value {n} in several words"]) for n in range(6)]
    lines = table_lines(_table(*columns), 60)
    assert {cell_len(line) for line in lines} == {60}
    widths = _widths(_table(*columns), 60)
    assert sum(widths.widths) + 7 == 60
    rule = lines.index(" " + "─" * 58 + " ")
    assert rule == 3  # the header wrapped too, between its words
    assert _read_columns(lines[1:rule], widths, 0) == [f"Column{n}" for n in range(6)]
    assert _read_columns(lines[rule + 1 : -1], widths, 0) == [
        f"value{n}inseveralwords" for n in range(6)
    ]


def test_no_room_for_the_columns_cuts_lines_as_rich_does() -> None:
    table = _table(*[(f"C{n}", ["x"]) for n in range(10)])
    lines = table_lines(table, 12)
    assert lines == [" " * 12, " " * 12, " " + "─" * 10 + " ", " " * 12, " " * 12]


def test_styles_come_with_the_text() -> None:
    header = cell([("Health", "bold")])
    red = cell([("■ red", "red"), (" since 2018-10-20", "dim")])
    lines = list(_table_lines([TextColumn(header, [red, plain_cell("–")])], 20, indent=2))
    assert lines[1] == ("   Health             ", ((3, 9, "bold"),))
    text, marks = lines[3]
    assert text == "   ■ red since        "
    assert [(text[start:end], style) for start, end, style in marks] == [
        ("■ red", "red"),
        (" since ", "dim"),  # the space before the break stays, as Rich keeps it
    ]
    text, marks = lines[4]
    assert text == "   2018-10-20         "
    assert [(text[start:end], style) for start, end, style in marks] == [("2018-10-20", "dim")]


def test_cells_know_their_width() -> None:
    assert plain_cell("abc") == ("abc", (), 3, True)
    assert plain_cell("漢字")[2:] == (4, False)
    assert plain_cell("a\nb\tc")[0] == "a b c"
    assert cell([("a", "bold"), ("b", "")]) == ("ab", ((0, 1, "bold"),), 2, True)


def test_the_terminal_gets_colours_and_the_file_none() -> None:
    doc = Document(
        "en",
        "Title",
        "Sub",
        Facts((("Meeting", (Span("6 December"),)),)),
        (
            Section(
                "overview",
                "Overview",
                (
                    Paragraph((Span("Note"),), muted=True),
                    Table(
                        (Column("Item"), Column("Health")),
                        (((Span("A"),), (Span("■ red", "red"),)),),
                    ),
                ),
            ),
        ),
    )
    out = io.StringIO()
    render_text(doc, Console(file=out, width=40, force_terminal=True, color_system="standard"))
    coloured = out.getvalue()
    assert "\x1b[1;34mOverview" in coloured  # the section title: bold blue
    assert "\x1b[3mNote" in coloured  # a muted paragraph: italic
    assert "\x1b[31m■ red" in coloured
    plain = text_export(doc, 40)
    assert "\x1b" not in plain
    assert plain.splitlines()[:5] == [
        "Title",
        "Sub",
        "Meeting: 6 December",
        "",
        "Overview " + "─" * 31,
    ]


@settings(max_examples=50, deadline=None)
@given(doc=documents, width=st.integers(1, 120))
def test_no_line_ends_in_a_space(doc: Document, width: int) -> None:
    for line in text_export(doc, width).splitlines():
        assert line == line.rstrip(), line
