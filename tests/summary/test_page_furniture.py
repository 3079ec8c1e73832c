"""The agenda's classification and the document's status reach every page of the
exported Word and PDF files, as the secretariat sends them."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tracker.loader import load_programme
from tracker.state import build_state
from tracker.summary.document import Document
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.furniture import PdfUnavailable
from tracker.summary.model import DocumentControl

FORMAT2 = Path(__file__).parents[1] / "fixtures" / "format2"
AS_OF = date(2018, 12, 1)


def _document(lang: str, status: str = "concept") -> Document:
    state = build_state(load_programme(FORMAT2), AS_OF)
    control = DocumentControl(status=status, classification="Intern", author="Programme office")
    return summary_document(state, lang, date(2018, 12, 6), None, None, control=control)


@pytest.mark.parametrize(("lang", "draft"), [("nl", "Concept"), ("en", "Draft")])
def test_word_header_carries_classification_and_draft(lang: str, draft: str) -> None:
    data = render_bytes(_document(lang), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        headers = [n for n in docx.namelist() if n.startswith("word/header")]
        text = "".join(docx.read(n).decode("utf-8") for n in headers)
    assert "Intern" in text and draft in text


def test_a_final_document_has_no_draft_mark() -> None:
    data = render_bytes(_document("nl", status="final"), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        text = "".join(
            docx.read(n).decode("utf-8") for n in docx.namelist() if n.startswith("word/header")
        )
    assert "Intern" in text and "Concept" not in text


def test_pdf_every_page_carries_classification() -> None:
    from pypdf import PdfReader

    try:
        data = render_bytes(_document("nl"), "pdf")
    except PdfUnavailable as exc:  # no Pango on this machine: the format says so itself
        pytest.skip(str(exc))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) >= 2
    assert all("Intern" in page and "Concept" in page for page in pages)
