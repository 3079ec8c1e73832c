"""Document -> PDF: the HTML summary and its print stylesheet, laid out by WeasyPrint.

The page furniture (furniture.py) is added as CSS page-margin boxes: the title at the
top left, the classification and draft mark at the top right, "page n of N" at the
bottom. WeasyPrint needs the Pango library; it is imported only here, so every other
format works without it, and a missing Pango is one line saying what to install.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

from markupsafe import escape

from tracker.labels import label
from tracker.summary.document import Document
from tracker.summary.furniture import Furniture, PdfUnavailable, page_furniture
from tracker.summary.to_html import render_html
from tracker.summary.word_xml import xml_safe

FURNITURE_STYLE = 'font: 7.5pt "Segoe UI", Arial, "Liberation Sans", sans-serif; color: #5f6b7a;'


def css_string(text: str) -> str:
    """`text` as a CSS string literal that also cannot end the <style> element."""
    out = []
    for char in xml_safe(text):
        if char in '"\\<>' or ord(char) < 0x20 or char == "\x7f":
            out.append(f"\\{ord(char):x} ")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def page_css(furniture: Furniture) -> str:
    """The @page rules that put the furniture on every page."""
    counters = {"page": "counter(page)", "pages": "counter(pages)"}
    page_of = " ".join(
        css_string(text) if kind == "text" else counters[kind] for kind, text in furniture.page_of()
    )
    right = (
        f"@top-right {{ content: {css_string(furniture.header)}; {FURNITURE_STYLE} "
        "font-weight: bold; }"
        if furniture.header
        else ""
    )
    return (
        "@page {\n"
        f"  @top-left {{ content: {css_string(furniture.title)}; {FURNITURE_STYLE} }}\n"
        f"  {right}\n"
        f"  @bottom-center {{ content: {page_of}; {FURNITURE_STYLE} }}\n"
        "}\n"
    )


def _head(furniture: Furniture, as_of: date | None) -> str:
    """What the PDF's properties are read from: author and date, and the page furniture."""
    meta = []
    if furniture.author:
        meta.append(f'<meta name="author" content="{escape(xml_safe(furniture.author))}">')
    if as_of is not None:
        # The date the facts are for: the same summary gives the same file.
        day = as_of.isoformat()
        meta.append(f'<meta name="dcterms.created" content="{day}">')
        meta.append(f'<meta name="dcterms.modified" content="{day}">')
    return "\n".join([*meta, f"<style>\n{page_css(furniture)}</style>", ""])


@contextmanager
def _font_dates(as_of: date | None) -> Iterator[None]:
    """The embedded fonts dated `as_of`, not now.

    Each font subset in the PDF carries a "modified" time, which the font library
    sets to the current second unless SOURCE_DATE_EPOCH names one (the
    reproducible-builds convention): without it, the same summary written twice gave
    other bytes whenever the writing spanned a second. A value set by the user wins.
    """
    if as_of is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(int(datetime.combine(as_of, time(), UTC).timestamp()))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def render_pdf(document: Document, furniture: Furniture | None = None) -> bytes:
    furniture = furniture or page_furniture(document)
    try:
        from weasyprint import HTML
    except OSError as exc:  # WeasyPrint loads Pango when imported
        raise PdfUnavailable(label("documents.no_pango", furniture.lang)) from exc
    html = render_html(document).replace("</head>", _head(furniture, document.as_of) + "</head>", 1)
    # The HTML's language (hyphenation, the PDF's /Lang) as the region's tag: nl-NL, en-GB.
    html = html.replace(
        f'<html lang="{document.lang}">', f'<html lang="{furniture.language_tag}">', 1
    )
    with _font_dates(document.as_of):
        return HTML(string=html).write_pdf()
