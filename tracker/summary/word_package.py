"""The Word file around the summary's content: fonts, language, page furniture, package.

python-docx starts from its own template, made with Word for Mac in 2013. What of it
would show through is set here: the theme fonts that override any font a style
names, the document language (en-US), the template's thumbnail picture and its
application properties. The header and footer carry the page furniture (furniture.py)
with Word's PAGE and NUMPAGES fields. The saved package is written again with fixed
entry times, so the same summary gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from tracker.summary.furniture import Furniture
from tracker.summary.word_xml import xml_safe

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
FURNITURE_PT = Pt(8)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
# Zip entries' time when the summary has no as-of date; the zip format starts in 1980.
EPOCH = (1980, 1, 1, 0, 0, 0)
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"><Application>ggp-tracker</Application>'
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def fonts_and_language(doc: DocxDocument, font: str, language: str) -> None:
    """Every style in `font` (no theme font left to override it) and the document in
    `language` (docDefaults, which every style and run inherits)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = run_defaults.find(qn("w:rFonts"))
    for name in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(name), font)
    for element in styles.iter(qn("w:rFonts")):
        for name in _THEME_FONTS:
            element.attrib.pop(qn(name), None)
    lang = run_defaults.find(qn("w:lang"))
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def _field(paragraph: DocxParagraph, instruction: str, size: Pt) -> None:
    """A field (PAGE, NUMPAGES) as Word writes one: begin, instruction, separate, the
    last value seen ("1", which Word and LibreOffice replace), end."""

    def run() -> BaseOxmlElement:
        r = paragraph.add_run()
        r.font.size = size
        r.font.color.rgb = MUTED
        return r._r

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run().append(element)

    char("begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} \\* MERGEFORMAT "
    run().append(text)
    char("separate")
    value = OxmlElement("w:t")
    value.text = "1"
    run().append(value)
    char("end")


def _text(paragraph: DocxParagraph, text: str, size: Pt) -> None:
    run = paragraph.add_run(xml_safe(text))
    run.font.size = size
    run.font.color.rgb = MUTED


def header_and_footer(doc: DocxDocument, furniture: Furniture) -> None:
    """The header: title left, classification (and draft mark) right; the footer: page n
    of N, centred. On every page, the first included."""
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    width = section.page_width - section.left_margin - section.right_margin
    tabs = header.paragraph_format.tab_stops
    # The template's Header style stops at US Letter's centre and right edge: cleared,
    # so the tab goes to the right edge of this page's text.
    for stop in doc.styles["Header"].paragraph_format.tab_stops:
        tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _text(header, furniture.title, FURNITURE_PT)
    if furniture.header:
        _text(header, "\t", FURNITURE_PT)
        run = header.add_run(xml_safe(furniture.header))
        run.bold = True
        run.font.size = FURNITURE_PT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in furniture.page_of():
        if kind == "text":
            _text(footer, text, FURNITURE_PT)
        else:
            _field(footer, "PAGE" if kind == "page" else "NUMPAGES", FURNITURE_PT)


def drop_template_leftovers(doc: DocxDocument) -> None:
    """The template's thumbnail (a picture of an empty page) and its Word 2010 copy of the
    styles, which still names the theme fonts: neither describes this document."""
    package = doc.part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rId]
    for rId, rel in list(doc.part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            del doc.part.rels[rId]


def stamped(package: bytes, day: date | None, replace: dict[str, bytes]) -> bytes:
    """`package` written again with every entry dated `day` (midnight) and the parts
    named in `replace` replaced, so the same summary gives the same bytes."""
    moment = (day.year, day.month, day.day, 0, 0, 0) if day and day.year >= 1980 else EPOCH
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as saved,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as filled,
    ):
        for member in saved.infolist():
            data = replace.get(member.filename)
            if data is None:
                data = saved.read(member)
            info = zipfile.ZipInfo(member.filename, date_time=moment)
            # Pictures are compressed already: deflating them again gains nothing.
            stored = member.filename.startswith("word/media/")
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            filled.writestr(info, data)
    return out.getvalue()
