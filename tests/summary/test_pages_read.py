"""What reading every page of the report turned up, checked on the output itself: the
format-2 report (tests/fixtures/format2) and the shipped programme, in both languages."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from tests.summary.test_format2_report import FORMAT2, read, section
from tests.summary.test_sections import FORMATS
from tracker.labels import Lang, label
from tracker.loader import load_programme
from tracker.state import State, build_state
from tracker.summary.export import render_bytes, summary_document

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


def _pdf_pages(pdf: Path) -> list[str]:
    from subprocess import run

    text = run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return text.split("\f")
