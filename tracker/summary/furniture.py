"""What every page of an exported report carries: classification, draft mark, page n of N.

Word (`word_package.py`) and PDF (`to_pdf.py`) print the same furniture from one
`Furniture`. `page_furniture` is the one place it is read from the summary: the
classification, author and status come with the document-control data of format 2
(the agenda's `report:` block, `--status`), which the laid-out document carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.labels import Lang, label
from tracker.summary.document import Document

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}  # what Word and PDF readers expect


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here (no Pango); the message says what to install."""


@dataclass(frozen=True, slots=True)
class Furniture:
    lang: Lang
    title: str
    classification: str | None = None  # e.g. "Intern"; on every page when given
    author: str | None = None
    concept: bool = False  # a draft: "Concept" beside the classification

    @property
    def language_tag(self) -> str:
        return LANGUAGE_TAGS.get(self.lang, self.lang)

    @property
    def header(self) -> str:
        """The header's right-hand text: classification, and the draft mark."""
        words = [self.classification or "", label("documents.concept", self.lang) * self.concept]
        return " · ".join(word for word in words if word)

    def page_of(self) -> list[tuple[str, str]]:
        """ "Page n of N" as pieces `(kind, text)`: kind "text", or "page" and "pages" where
        each format puts its own counter (a Word field, a CSS counter)."""
        text = label("documents.page_of", self.lang, page="\0page\0", pages="\0pages\0")
        pieces = re.split("\0(pages?)\0", text)
        # re.split alternates text and captured counter names: text at even places.
        return [
            ("text", piece) if i % 2 == 0 else (piece, "")
            for i, piece in enumerate(pieces)
            if piece or i % 2
        ]


def page_furniture(doc: Document) -> Furniture:
    """The furniture of `doc`'s pages; the seam where the document-control data comes in."""
    lang: Lang = "nl" if doc.lang == "nl" else "en"
    return Furniture(
        lang=lang,
        title=doc.title,
        classification=doc.classification,
        author=doc.author,
        concept=doc.concept,
    )
