"""What reading every page of the report turned up, checked on the output itself: the
format-2 report (tests/fixtures/format2) and the shipped programme, in both languages."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from tests.summary.test_format2_report import FORMAT2, read, section
from tests.summary.test_sections import FORMATS
from tracker.cli import main
from tracker.labels import Lang, label, value_label
from tracker.loader import load_programme
from tracker.state import State, build_state
from tracker.summary.document import Column, Document, Facts, Section, Span, Table
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.to_word import render_word

LANGS: tuple[Lang, ...] = ("en", "nl")


@pytest.fixture(scope="module")
def state() -> State:
    return build_state(load_programme(FORMAT2), date(2018, 12, 1))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_risks_status_change_is_in_the_risks_words(state: State, fmt: str, lang: Lang) -> None:
    changes = section(read(state, fmt, lang), "changes", lang)
    mitigating = label("summary.risk_state.mitigating", lang)
    assert f"open → {mitigating}" in changes, changes
    # Also in the table of status changes: from and to in their own columns.
    status = changes.split(label("summary.s.status_changes", lang))[1]
    assert mitigating in status
    if lang == "nl":
        assert "mitigating" not in changes


def _keeps_with_next(paragraph: object) -> bool:
    ppr = paragraph.find(qn("w:pPr"))  # type: ignore[attr-defined]
    return ppr is not None and ppr.find(qn("w:keepNext")) is not None


@pytest.mark.parametrize("lang", LANGS)
def test_in_word_a_table_is_never_left_by_its_heading_or_intro(state: State, lang: Lang) -> None:
    doc = summary_document(state, lang, date(2018, 12, 6))
    body = open_docx(io.BytesIO(render_bytes(doc, "docx"))).element.body
    seen = 0
    for table in body.iterchildren(qn("w:tbl")):
        before = table.getprevious()
        text = "".join(before.itertext())
        style = before.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        heading = style is not None and style.get(qn("w:val")).startswith("Heading")
        if text.strip() and not heading:  # an intro line: it keeps with the table
            seen += 1
            assert _keeps_with_next(before), text
    assert seen >= 2  # the overview's counts and the coming-up period at least


REPO = Path(__file__).parents[2]
SHIPPED = ["--root", str(REPO), "--as-of", "2018-12-01", "--meeting", "2018-12-13"]


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def _shipped(tmp_path: Path, lang: Lang, suffix: str) -> Path:
    out = tmp_path / f"ship-{lang}.{suffix}"
    assert main(["summary", *SHIPPED, "--lang", lang, "-o", str(out)]) == 0
    return out


def _check_pages(pages: list[str], lang: Lang) -> None:
    assert 1 <= len(pages) <= 3, len(pages)  # the shipped report: at most three A4 pages
    draft = label("summary.status.concept", lang)
    for n, page in enumerate(pages, start=1):
        assert label("documents.page_of", lang, page=n, pages=len(pages)) in page, n
        assert draft in page.splitlines()[0], n  # the draft mark heads every page
    # The overview is read as one: its heading, counts and total row on one page.
    heading = label("summary.s.overview", lang)
    (page,) = [p for p in pages if any(line.strip() == heading for line in p.splitlines())]
    assert label("summary.total", lang) in page and label("measures", lang) in page
    text = "\n".join(pages)
    assert ("13 december 2018" if lang == "nl" else "13 December 2018") in text
    if lang == "nl":
        for english in ("Deadline", "Gezondheid", "Needs attention", "Overview", "None."):
            assert english not in text, english


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_report_in_pdf_is_three_pages_at_most(tmp_path: Path, lang: Lang) -> None:
    _check_pages(_pages(_shipped(tmp_path, lang, "pdf")), lang)


@pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("libreoffice") is None,
    reason="needs libreoffice and pdftotext",
)
def test_the_shipped_report_in_word_is_three_pages_at_most(tmp_path: Path) -> None:
    files = [_shipped(tmp_path, lang, "docx") for lang in LANGS]
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["libreoffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to",
         "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, files)],
        capture_output=True, check=True, timeout=300,
    )  # fmt: skip
    for lang, docx in zip(LANGS, files, strict=True):
        _check_pages(_pages(tmp_path / "pdf" / f"{docx.stem}.pdf"), lang)


# A bold Arial letter at 8.5 pt is about 0.16 cm wide on average; each cell has 0.25 cm
# of margins. (LibreOffice broke "Beheersmaatregel" at 2.1 cm and kept it whole at 2.96.)
def _fits(word: str, twips: int) -> bool:
    return twips / 567 >= len(word) * 0.16 + 0.25


@pytest.mark.parametrize("lang", LANGS)
def test_in_word_no_header_word_is_broken(state: State, lang: Lang) -> None:
    doc = summary_document(state, lang, date(2018, 12, 6))
    body = open_docx(io.BytesIO(render_bytes(doc, "docx"))).element.body
    checked = 0
    for table in body.iterchildren(qn("w:tbl")):
        grid = [int(c.get(qn("w:w"))) for c in table.iter(qn("w:gridCol"))]
        header = next(table.iterchildren(qn("w:tr")))
        for width, cell in zip(grid, header.iterchildren(qn("w:tc")), strict=True):
            for word in "".join(t.text or "" for t in cell.iter(qn("w:t"))).split():
                checked += 1
                assert _fits(word, width), (word, width / 567)
    assert checked > 20


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_first_health_changes_from_not_set(state: State, fmt: str, lang: Lang) -> None:
    """From no health to amber reads as from ○ not set, the overview's word, not a dash."""
    changes = section(read(state, fmt, lang), "changes", lang)
    health = label("summary.field.health", lang)
    not_set = value_label("health", None, lang)
    assert f"{health} ○ {not_set} → ▲ {value_label('health', 'amber', lang)}" in changes
    assert f"{health} – →" not in changes


@pytest.mark.parametrize("lang", LANGS)
def test_in_word_a_short_table_is_kept_whole(state: State, lang: Lang) -> None:
    """Eight rows or fewer: every row keeps with the next, as the PDF keeps such a table
    on one page; a longer table may run over pages."""
    doc = summary_document(state, lang, date(2018, 12, 6))
    body = open_docx(io.BytesIO(render_bytes(doc, "docx"))).element.body
    sizes = set()
    for table in body.iterchildren(qn("w:tbl")):
        rows = list(table.iterchildren(qn("w:tr")))
        data = len(rows) - 1  # after the header row
        sizes.add(data <= 8)
        for index, row in enumerate(rows):
            paragraphs = list(row.iter(qn("w:p")))
            keeps = {_keeps_with_next(p) for p in paragraphs}
            assert keeps == {data <= 8 and index < data}, (index, data)
    assert sizes == {True}  # the format-2 report's tables are all short


def test_in_word_a_long_table_may_run_over_pages() -> None:
    rows = tuple(((Span(f"row {n}"),),) for n in range(9))
    table = Table((Column("Rows"),), rows)
    doc = Document("en", "T", "S", Facts(()), (Section("s", "S", (table,), ()),), date(2018, 12, 1))
    body = open_docx(io.BytesIO(render_word(doc))).element.body
    (found,) = body.iterchildren(qn("w:tbl"))
    assert not any(_keeps_with_next(p) for p in found.iter(qn("w:p")))
