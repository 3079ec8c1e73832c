"""The terminal text's tables held to properties where their columns get the room
they want, in place of a comparison with what one version of Rich drew: every
line within the width, every cell whole on one line, a date never split."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tests.summary.test_text_layout import (
    SETTINGS,
    _column_lines,
    _padding,
    _parts,
    _text,
    _widths,
    _words,
    fitting,
    table_lines,
    text_tables,
)
from tracker.summary.document import Document, Section, Table
from tracker.summary.to_text import text_export
from tracker.textlayout.lines import plain_cell
from tracker.textlayout.widths import TextColumn

DATE = "2018-07-04"


def _frame(table: list[TextColumn]) -> int:
    return len(table) + 1 + sum(_padding(len(table)))


def _wanted(table: list[TextColumn]) -> int:
    return _frame(table) + sum(max(c[2] for c in [col.header, *col.cells]) for col in table)


@st.composite
def fitting_tables(draw: st.DrawFn) -> tuple[list[TextColumn], int, int]:
    """A table, and a width at which every column gets all it wants."""
    table, least, indent = draw(text_tables())
    wanted = max(_wanted(table), least)
    return table, draw(st.integers(wanted, wanted + 40)), indent


# Cells of words that stand apart, dates among them, so a date is a piece of its own.
WORDS = [DATE, DATE, "ab", "漢字", "x" * 12, "go-ahead", "é"]
dated = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@st.composite
def dated_tables(draw: st.DrawFn) -> tuple[list[TextColumn], int, int]:
    """A table with dates in its cells, at a width where a date fits every column."""
    count = draw(st.integers(1, 6))
    height = draw(st.integers(0, 5))
    table = [
        TextColumn(
            plain_cell(draw(dated)),
            [plain_cell(draw(dated)) for _ in range(height)],
            draw(st.booleans()),
            draw(st.booleans()),
        )
        for _ in range(count)
    ]
    width = draw(st.integers((len(DATE) + 3) * count + 1, (len(DATE) + 3) * count + 80))
    return table, width, draw(st.sampled_from([0, 2]))


@settings(max_examples=300, deadline=None)
@given(drawn=fitting_tables())
def test_where_a_table_fits_every_cell_is_whole_on_one_line(
    drawn: tuple[list[TextColumn], int, int],
) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent)
    for line in lines:
        assert cell_len(line) <= indent + width
    widths = _widths(table, width)
    header, body = _parts(lines)
    assert len(header) == 1 and len(body) == len(table[0].cells)
    for column, head, cells in zip(
        table,
        _column_lines(header, widths, indent),
        _column_lines(body, widths, indent),
        strict=True,
    ):
        assert _words(head[0]) == _words(column.header[0])
        assert [_words(line) for line in cells] == [_words(c[0]) for c in column.cells]


@settings(max_examples=200, deadline=None)
@given(drawn=dated_tables())
def test_a_date_is_never_split(drawn: tuple[list[TextColumn], int, int]) -> None:
    table, width, indent = drawn
    widths = _widths(table, width)
    lines = table_lines(table, width, indent)
    for line in lines:
        assert cell_len(line) <= indent + width
    _, body = _parts(lines)
    # A cell's dates; a header gives way first on a narrow terminal (docs/summary.md).
    for column, cells in zip(table, _column_lines(body, widths, indent), strict=True):
        assert sum(line.count(DATE) for line in cells) == sum(
            c[0].count(DATE) for c in column.cells
        )


def _tables(sections: tuple[Section, ...]) -> list[Table]:
    out: list[Table] = []
    for section in sections:
        out += [block for block in section.blocks if isinstance(block, Table)]
        out += _tables(section.subsections)
    return out


@SETTINGS
@given(drawn=fitting())
def test_a_document_whose_tables_fit_has_every_cell_on_one_line(
    drawn: tuple[Document, int],
) -> None:
    doc, width = drawn
    lines = text_export(doc, width).splitlines()
    for line in lines:
        assert cell_len(line) <= width
    squeezed = [_words(line) for line in lines]
    for table in _tables(doc.sections):
        for row in table.rows:
            for value in row:
                text = _words(_text(value))
                assert not text or any(text in line for line in squeezed), text
