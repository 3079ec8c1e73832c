"""Document -> Word (.docx) through python-docx: real Title/Heading styles, styled tables.

Indicator charts are small PNGs drawn by chart.png (no imaging library needed), placed
in the table beside the same figures in words, with the facts as the picture's
description. Text is passed through `_xml_safe` so no character can break the file.
"""

from __future__ import annotations

import io
import re

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as DocxParagraph

from tracker.summary import chart
from tracker.summary.document import Block, Chart, Document, Line, Section, Table, plain

# Characters XML 1.0 forbids, plus the non-characters; layout.py already removed most.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
TONES = {
    "green": RGBColor(0x1B, 0x7A, 0x33),
    "good": RGBColor(0x1B, 0x7A, 0x33),
    "amber": RGBColor(0xA8, 0x5A, 0x00),
    "red": RGBColor(0xB3, 0x26, 0x1E),
    "bad": RGBColor(0xB3, 0x26, 0x1E),
    "none": RGBColor(0x5F, 0x6B, 0x7A),
    "muted": RGBColor(0x5F, 0x6B, 0x7A),
}
BOLD_TONES = {"green", "amber", "red"}
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
HEADER_FILL = "DCE6F0"
TABLE_STYLE = "Table Grid"
# Arial: on every office machine, and metric-compatible substitutes exist elsewhere.
FONT = "Arial"
TEXT_WIDTH_CM = 21.0 - 2 * 1.8
TABLE_PT = Pt(8.5)
CM_PER_CHAR = 0.17  # a digit of Arial at 8.5 pt; letters are a little narrower on average
CELL_MARGIN_CM = 0.1  # each side; Word's default 0.19 cm wastes a page on a large summary
CELL_PADDING_CM = 2 * CELL_MARGIN_CM + 0.05
CHART_CM = 3.0
CHART_PICTURE_CM = 2.6
SAMPLE_ROWS = 300  # enough rows to judge a column's width; keeps large tables linear


def _xml_safe(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)


def _add_line(paragraph: DocxParagraph, line: Line, size: Pt | None = None) -> None:
    for span in line:
        run = paragraph.add_run(_xml_safe(span.text))
        if size is not None:
            run.font.size = size
        if span.strong or span.tone in BOLD_TONES:
            run.bold = True
        if span.tone in TONES:
            run.font.color.rgb = TONES[span.tone]


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _picture(paragraph: DocxParagraph, picture: Chart) -> None:
    run = paragraph.add_run()
    shape = run.add_picture(io.BytesIO(chart.png(picture)), width=Cm(CHART_PICTURE_CM))
    # Alt text: what a screen reader says, and what Word shows under "Alt Text".
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", _xml_safe(picture.alt))
    doc_pr.set("title", _xml_safe(picture.alt[:120]))


def _cm(chars: float) -> float:
    return (chars + 1) * CM_PER_CHAR + CELL_PADDING_CM  # one spare: bold and wide symbols


def _shrink(widths: list[float], floors: list[float], which: list[int], excess: float) -> float:
    """Take up to `excess` from the columns `which`, each in proportion to its room."""
    room = sum(max(widths[i] - floors[i], 0) for i in which)
    if excess <= 0 or room <= 0:
        return excess
    share = min(excess / room, 1)
    for i in which:
        widths[i] -= max(widths[i] - floors[i], 0) * share
    return excess - room * share


def _widths(block: Table) -> list[float]:
    """Column widths in cm that fit the page.

    Each column starts as wide as its content; when that is too wide, titles give way
    first (to a comfortable width), then headers and other columns wrap (down to their
    longest word), then titles narrow further.
    """
    sample = block.rows[:SAMPLE_ROWS]
    natural: list[float] = []
    floor: list[float] = []  # never narrower: the longest word, or a chart
    charts: set[int] = set()
    mean: list[float] = []  # average text length: how the wide columns share their room
    for i, column in enumerate(block.columns):
        cells = [row[i] for row in sample]
        if any(isinstance(cell, Chart) for cell in cells):
            charts.add(i)
            mean.append(0)
            natural.append(CHART_CM)
            floor.append(CHART_CM)
            continue
        texts = [plain(cell) for cell in cells if not isinstance(cell, Chart)]
        longest = max((len(text) for text in texts), default=1)
        mean.append(sum(len(text) for text in texts) / len(texts) if texts else 1)
        word = max((len(w) for text in texts for w in text.split()), default=1)
        header = max((len(w) for w in column.label.split()), default=1)
        natural.append(_cm(max(header, min(longest, 60 if column.wide else 28))))
        content = min(longest, 14) if column.short else min(word, 12)
        floor.append(_cm(max(content, min(header, 10))))  # header words stay whole
    widths = list(natural)
    wide = [i for i, column in enumerate(block.columns) if column.wide]
    others = [i for i in range(len(widths)) if i not in wide]
    excess = sum(widths) - TEXT_WIDTH_CM
    if excess <= 0:
        for i in wide or others:
            widths[i] -= excess / (len(wide) or len(others))
        return _share(widths, wide, floor, mean)
    excess = _shrink(widths, [max(f, _cm(24)) for f in floor], wide, excess)
    excess = _shrink(widths, floor, others, excess)
    excess = _shrink(widths, [max(f, _cm(12)) for f in floor], wide, excess)
    if excess > 0:  # still too wide: everything but a chart narrows alike
        fixed = sum(widths[i] for i in charts)
        scale = (TEXT_WIDTH_CM - fixed) / (sum(widths) - fixed)
        widths = [width if i in charts else width * scale for i, width in enumerate(widths)]
    return _share(widths, wide, floor, mean)


def _share(
    widths: list[float], wide: list[int], floor: list[float], mean: list[float]
) -> list[float]:
    """The wide columns' room shared by how much text they hold: notes wider than titles."""
    if len(wide) < 2:
        return widths
    room = sum(widths[i] for i in wide)
    weights = {i: max(mean[i], 12.0) for i in wide}
    total = sum(weights.values())
    for i in wide:
        widths[i] = max(floor[i], room * weights[i] / total)
    return widths


def _cell_margins(table: DocxTable) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(int(Cm(CELL_MARGIN_CM).twips)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def _table(doc: DocxDocument, block: Table) -> None:
    widths = [Cm(width) for width in _widths(block)]
    table = doc.add_table(rows=1, cols=len(block.columns))
    table.autofit = False
    _cell_margins(table)
    table.style = doc.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_header(header)
    for column_index, width in enumerate(widths):
        table.columns[column_index].width = width
    for cell, column, width in zip(header.cells, block.columns, widths, strict=True):
        cell.width = width
        _shade(cell, HEADER_FILL)
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(_xml_safe(column.label))
        run.bold = True
        run.font.size = TABLE_PT
        if column.numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in block.rows:
        cells = table.add_row().cells
        for cell, value, column, width in zip(cells, row, block.columns, widths, strict=True):
            cell.width = width  # Word reads each cell's width, not the column's
            paragraph = cell.paragraphs[0]
            if isinstance(value, Chart):
                _picture(paragraph, value)
                continue
            # Sized on the runs: LibreOffice ignores a table style's font size.
            _add_line(paragraph, value, TABLE_PT)
            if column.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()  # space after the table, which Word does not add by itself


def _blocks(doc: DocxDocument, blocks: tuple[Block, ...]) -> None:
    for block in blocks:
        if block.kind == "paragraph":
            paragraph = doc.add_paragraph()
            _add_line(paragraph, block.spans)
            if block.muted:
                for run in paragraph.runs:
                    run.italic = True
        elif block.kind == "bullets":
            for item in block.items:
                _add_line(doc.add_paragraph(style="List Bullet"), item)
        elif block.kind == "facts":
            for name, value in block.rows:
                paragraph = doc.add_paragraph()
                paragraph.paragraph_format.space_after = Pt(0)
                paragraph.add_run(_xml_safe(f"{name}: ")).bold = True
                _add_line(paragraph, value)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
        elif block.kind == "table":
            _table(doc, block)


def _styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(9.5)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 11.5)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
        style.paragraph_format.keep_with_next = True
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(14)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(8)


def _page(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.6)


def _section(doc: DocxDocument, section: Section, level: int) -> None:
    doc.add_heading(_xml_safe(section.title), level=level)
    _blocks(doc, section.blocks)
    for sub in section.subsections:
        _section(doc, sub, level + 1)


def render_word(document: Document) -> bytes:
    doc = new_document()
    _styles(doc)
    _page(doc)
    doc.core_properties.title = _xml_safe(document.title)
    doc.core_properties.subject = _xml_safe(document.subtitle)
    doc.core_properties.language = document.lang
    doc.add_heading(_xml_safe(document.title), level=0)
    subtitle = doc.add_paragraph()
    subtitle.add_run(_xml_safe(document.subtitle)).bold = True
    _blocks(doc, (document.facts,))
    for section in document.sections:
        _section(doc, section, 1)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
