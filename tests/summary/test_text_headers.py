"""Properties of the one table layout (tracker/textlayout) beyond the summary's own
frame: `list`'s boxed tables keep every word in order within the width, and a
header's words of up to ten cells stay whole whenever they fit beside the cells'
short words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tests.summary.test_text_layout import _column_lines, _parts, _pieces, _words, text_tables
from tracker.textlayout.table import HEAVY_HEAD, geometry, simple, table_lines
from tracker.textlayout.widths import SHORT_WORD, TextColumn, measure

Drawn = tuple[list[TextColumn], int, int]


def _rule_index(lines: list[str], char: str) -> int:
    return next(n for n, line in enumerate(lines) if char in line)


@settings(max_examples=300, deadline=None)
@given(drawn=text_tables())
def test_a_boxed_table_keeps_every_word_in_order_within_the_width(drawn: Drawn) -> None:
    table, width, indent = drawn
    lines = table_lines(table, width, indent, frame=HEAVY_HEAD).texts
    for line in lines:
        assert cell_len(line) <= indent + width
    drawn_geometry = geometry(table, width, HEAVY_HEAD)
    rule = _rule_index(lines, "╇" if len(table) > 1 else "┡")
    header, body = lines[1:rule], lines[rule + 1 : -1]
    for column, head, cells in zip(
        table,
        _column_lines(header, drawn_geometry, indent),
        _column_lines(body, drawn_geometry, indent),
        strict=True,
    ):
        assert "".join(map(_words, head)) == _words(column.header[0])
        assert "".join(map(_words, cells)) == "".join(_words(c[0]) for c in column.cells)


def _header_words_fit(table: list[TextColumn], width: int) -> bool:
    """Whether the headers' words of up to 10 cells fit beside the cells' words and
    short cells of up to 10, at one space between columns and no edges."""
    need = 0
    for m in map(measure, table):
        need += max(min(m.body, SHORT_WORD), min(m.head, SHORT_WORD), min(m.line, SHORT_WORD))
    return need + len(table) - 1 <= width


@settings(max_examples=300, deadline=None)
@given(drawn=text_tables(), extra=st.integers(0, 30))
def test_header_words_stay_whole_where_they_fit(drawn: Drawn, extra: int) -> None:
    table, width, indent = drawn
    if not _header_words_fit(table, width):
        width += extra
    if not _header_words_fit(table, width):
        return
    lines = table_lines(table, width, indent).texts
    header, _ = _parts(lines)
    drawn_geometry = geometry(table, width, simple())
    for column, head in zip(table, _column_lines(header, drawn_geometry, indent), strict=True):
        # Every unbreakable piece of the header (a word, or a part of one up to a
        # hyphen it may break after) is whole on one of its lines.
        for piece in _pieces(column.header[0]):
            if cell_len(piece) > SHORT_WORD:  # spaces before the first word count
                continue  # a longer header word gives way to the cells' words
            assert any(piece.strip() in line for line in head), (piece, head)
