"""The terminal text of the summary: laid out by hand, looking as Rich drew it.

Random documents are rendered by `to_text` and by Rich's own Table
(`rich_reference`): the plain text must be the same to the byte and every visible
character the same colour. Tables of random cells keep every word, in order,
within the width, numbers right-justified; and a few cases are spelled out: wide
characters, a word longer than its column, empty cells, more columns than fit.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.text import Text

from tests.summary import rich_reference
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
from tracker.summary.text_lines import cell, plain_cell
from tracker.summary.text_table import TextColumn, column_widths, table_lines
from tracker.summary.to_text import render_text, text_export

# Pieces of text with what makes wrapping hard: runs of spaces, punctuation,
# characters two cells wide (CJK, emoji), a combining accent, a no-break space,
# and words longer than most columns. Rich joins a zero-width joiner with whatever
# follows it, padding included, so those are left out.
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
    columns = tuple(Column(draw(texts), numeric=draw(st.booleans())) for _ in range(count))
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


@SETTINGS
@given(doc=documents, width=st.integers(1, 120))
def test_text_is_what_rich_drew(doc: Document, width: int) -> None:
    assert text_export(doc, width) == rich_reference.text_export(doc, width)


def _coloured(
    render: Callable[[Document, Console], None], doc: Document, width: int
) -> list[tuple[str, str]]:
    """Every character printed, with its style as the terminal reads it (none for spaces)."""
    out = io.StringIO()
    render(doc, Console(file=out, width=width, force_terminal=True, color_system="truecolor"))
    text = Text.from_ansi(out.getvalue())
    styles = [""] * len(text.plain)
    for span in text.spans:
        styles[span.start : span.end] = [str(span.style)] * (span.end - span.start)
    pairs = zip(text.plain, styles, strict=True)
    return [(char, "" if char.isspace() else style) for char, style in pairs]


@SETTINGS
@given(doc=documents, width=st.integers(1, 120))
def test_colours_are_what_rich_drew(doc: Document, width: int) -> None:
    assert _coloured(render_text, doc, width) == _coloured(rich_reference.render_text, doc, width)


@settings(max_examples=50, deadline=None)
@given(doc=documents, width=st.integers(1, 120))
def test_a_pipe_gets_the_plain_text(doc: Document, width: int) -> None:
    out = io.StringIO()
    render_text(doc, Console(file=out, width=width))  # not a terminal: no colours
    assert out.getvalue() == text_export(doc, width)


# ---- tables on their own --------------------------------------------------------


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


def _read_columns(lines: list[str], widths: list[int], indent: int) -> list[str]:
    """The text of each column, line after line, without spaces."""
    columns = [""] * len(widths)
    for line in lines:
        cells = _cells(line)
        start = indent + 1
        for index, width in enumerate(widths):
            columns[index] += "".join("".join(cells[start : start + width]).split())
            start += width + 1
    return columns


def _words(text: str) -> str:
    return "".join(text.split())


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
        )
        for _ in range(count)
    ]
    # Room for two cells of text in every column: any character fits, none is lost.
    width = draw(st.integers(5 * count + 1, 5 * count + 100))
    return table, width, draw(st.sampled_from([0, 2, 4]))


def _widths(table: list[TextColumn], width: int) -> list[int]:
    """Each column's width, padding included, and that each has room for two cells of text."""
    count = len(table)
    padding = [(index > 0) + (index < count - 1) for index in range(count)]
    wanted = [max(c[2] for c in [column.header, *column.cells]) for column in table]
    widths = column_widths(wanted, padding, width - count - 1)
    for size, pad, want in zip(widths, padding, wanted, strict=True):
        assert size - pad >= min(want, 2)
    return widths


@settings(max_examples=300, deadline=None)
@given(drawn=text_tables(), fill=st.booleans())
def test_tables_keep_every_word_in_order_within_the_width(
    drawn: tuple[list[TextColumn], int, int], fill: bool
) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent, fill).texts
    for line in lines:
        assert cell_len(line) == indent + width if fill else cell_len(line) <= indent + width
    widths = _widths(table, width)
    rule = next(n for n, line in enumerate(lines) if "─" in line)
    header = _read_columns(lines[1:rule], widths, indent)
    body = _read_columns(lines[rule + 1 : -1], widths, indent)
    for column, head, cells in zip(table, header, body, strict=True):
        assert head == _words(column.header[0])
        assert cells == "".join(_words(c[0]) for c in column.cells)


@settings(max_examples=300, deadline=None)
@given(drawn=text_tables())
def test_numbers_are_right_justified(drawn: tuple[list[TextColumn], int, int]) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent).texts
    widths = _widths(table, width)
    last = len(table) - 1
    for line in lines[1:-1]:
        cells = _cells(line)
        start = indent + 1
        for index, (column, size) in enumerate(zip(table, widths, strict=True)):
            text = "".join(cells[start + (index > 0) : start + size - (index < last)])
            if column.right and text.strip():
                assert not text[-1].isspace(), (line, index)
            start += size + 1


# ---- cases spelled out ----------------------------------------------------------


def _table(*columns: tuple[str, list[str]], right: tuple[int, ...] = ()) -> list[TextColumn]:
    return [
        TextColumn(cell([(label, "bold")]), [plain_cell(text) for text in values], n in right)
        for n, (label, values) in enumerate(columns)
    ]


def test_wide_characters_take_two_cells() -> None:
    table = _table(
        ("名前", ["東京都庁の新しい建物", "😀 smile"]),
        ("Count", ["12", "７"]),
        ("Note", ["漢字 and latin", "👍🏽 ok"]),
        right=(1,),
    )
    lines = table_lines(table, 30).texts
    assert lines == [
        "                              ",
        " 名前       Count   Note      ",
        " ──────────────────────────── ",
        " 東京都庁      12   漢字 and  ",
        " の新しい           latin     ",
        " 建物                         ",
        " 😀 smile      ７   👍🏽 ok     ",
        "                              ",
    ]
    assert {cell_len(line) for line in lines} == {30}


def test_a_word_longer_than_its_column_is_folded_not_lost() -> None:
    word = "Rijksrecherchesamenwerkingsovereenkomst"
    lines = table_lines(_table(("Item", [f"A {word} here"]), ("Owner", ["Team"])), 20).texts
    assert lines[3:-1] == [
        " A            Team  ",
        " Rijksreche         ",
        " rchesamenw         ",
        " erkingsove         ",
        " reenkomst          ",
        " here               ",
    ]


def test_empty_cells_stay_blank() -> None:
    table = _table(("Item", ["", "Title"]), ("Owner", ["", ""]), ("Due", ["2019-01-01", ""]))
    assert table_lines(table, 40).texts == [
        " " * 28,
        " Item    Owner   Due        ",
        " " + "─" * 26 + " ",
        "                 2019-01-01 ",
        " Title                      ",
        " " * 28,
    ]


def test_a_table_wider_than_the_terminal_wraps_to_fit() -> None:
    columns = [(f"Column {n}", [f"value {n} in several words"]) for n in range(6)]
    lines = table_lines(_table(*columns), 60).texts
    assert {cell_len(line) for line in lines} == {60}
    widths = _widths(_table(*columns), 60)
    assert sum(widths) + 7 == 60
    rule = lines.index(" " + "─" * 58 + " ")
    assert rule == 3  # the header wrapped too
    assert _read_columns(lines[1:rule], widths, 0) == [f"Column{n}" for n in range(6)]
    assert _read_columns(lines[rule + 1 : -1], widths, 0) == [
        f"value{n}inseveralwords" for n in range(6)
    ]


def test_no_room_for_the_columns_cuts_lines_as_rich_does() -> None:
    table = _table(*[(f"C{n}", ["x"]) for n in range(10)])
    lines = table_lines(table, 12).texts
    assert lines == [" " * 12, " " * 12, " " + "─" * 10 + " ", " " * 12, " " * 12]


def test_styles_come_with_the_text() -> None:
    header = cell([("Health", "bold")])
    red = cell([("■ red", "red"), (" since 2018-10-20", "dim")])
    lines = list(table_lines([TextColumn(header, [red, plain_cell("–")])], 20, indent=2))
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
