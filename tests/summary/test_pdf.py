"""The PDF summary, read back with pypdf: A4 pages, the furniture on every page, table
headers repeated on each page a table runs over, and no row split across two pages."""

from __future__ import annotations

import io
import time
from datetime import date

import pytest

from tracker.summary.document import Column, Document, Facts, Section, Span, Table
from tracker.summary.furniture import Furniture

try:  # WeasyPrint loads the Pango library when it is imported
    import weasyprint  # noqa: F401
except OSError as exc:  # pragma: no cover - depends on the machine
    pytest.skip(
        f"WeasyPrint cannot load Pango ({exc}): apt-get install libpango-1.0-0 libpangoft2-1.0-0",
        allow_module_level=True,
    )

from pypdf import PdfReader

from tracker.summary.to_pdf import css_string, render_pdf

A4_POINTS = (595.28, 841.89)
ROWS = 120


def _document(lang: str = "nl") -> Document:
    # Long cells that wrap over several lines: a page break would fall inside some rows
    # if rows could split. Each row's first and last word name the row.
    rows = tuple(
        (
            (Span(f"begin{n:03d} " + "woord " * (8 + n % 9 * 9) + f"eind{n:03d}"),),
            (Span(str(n)),),
        )
        for n in range(ROWS)
    )
    table = Table((Column("Kolomkop", wide=True), Column("Aantal", numeric=True)), rows)
    return Document(
        lang=lang,
        title="Rapport <&> titel",
        subtitle="Programma",
        facts=Facts((("Peildatum", (Span("1 december 2018"),)),)),
        sections=(Section("s", "Sectie", (table,), ()),),
        as_of=date(2018, 12, 1),
    )


FURNITURE = Furniture("nl", "Rapport <&> titel", 'Intern "x" </style>', "Bureau", True)


@pytest.fixture(scope="module")
def pages() -> list[str]:
    reader = PdfReader(io.BytesIO(render_pdf(_document(), FURNITURE)))
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 0), round(height, 0)) == tuple(round(v, 0) for v in A4_POINTS)
    return [page.extract_text() for page in reader.pages]


def test_furniture_on_every_page(pages: list[str]) -> None:
    assert len(pages) >= 3
    for n, text in enumerate(pages, start=1):
        assert f"Pagina {n} van {len(pages)}" in text
        assert 'Intern "x" </style> · Concept' in text
        assert "Rapport <&> titel" in text


def test_table_header_repeats_and_rows_stay_whole(pages: list[str]) -> None:
    where: dict[str, int] = {}
    for n, text in enumerate(pages):
        for word in text.split():
            if word.startswith(("begin", "eind")):
                where[word] = n
    for n in range(ROWS):
        assert where[f"begin{n:03d}"] == where[f"eind{n:03d}"], f"row {n} split over pages"
    for text in pages:
        assert "Kolomkop" in text and "Aantal" in text


def test_properties_and_same_bytes() -> None:
    data = render_pdf(_document(), FURNITURE)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Rapport <&> titel"
    assert reader.metadata.author == "Bureau"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert render_pdf(_document(), FURNITURE) == data


def test_same_bytes_when_written_later(monkeypatch: pytest.MonkeyPatch) -> None:
    # Embedded fonts carry a date: the clock must not reach the file.
    data = render_pdf(_document(), FURNITURE)
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    assert render_pdf(_document(), FURNITURE) == data


def test_english_page_numbers() -> None:
    data = render_pdf(_document("en"), Furniture("en", "Report"))
    reader = PdfReader(io.BytesIO(data))
    first = reader.pages[0].extract_text()
    assert f"Page 1 of {len(reader.pages)}" in first
    assert "Concept" not in first and "Draft" not in first
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_css_strings_cannot_break_out() -> None:
    assert css_string('a"b\\c</style>\n') == '"a\\22 b\\5c c\\3c /style\\3e \\a "'
