"""The Word summary built the straightforward way, through python-docx's objects only.

This is how tracker/summary/to_word.py wrote every document before it learned to write
tables as XML text: each table, cell, run and picture through python-docx's own calls.
It is far too slow for a large programme, but its output is what python-docx itself
makes, so the fast writer is checked against it byte for byte (test_word_xml.py).
Layout decisions (column widths, styles, page) are shared with to_word, not copied.
"""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as DocxParagraph

from tracker.summary import chart
from tracker.summary.document import Block, Chart, Document, Line, Section, Table
from tracker.summary.to_word import (
    BOLD_TONES,
    CELL_MARGIN_CM,
    CHART_PICTURE_CM,
    HEADER_FILL,
    TABLE_PT,
    TABLE_STYLE,
    TONES,
    _page,
    _properties,
    _styles,
    _widths,
)
from tracker.summary.word_xml import xml_safe


def _add_line(paragraph: DocxParagraph, line: Line, size: Pt | None = None) -> None:
    for span in line:
        run = paragraph.add_run(xml_safe(span.text))
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
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", xml_safe(picture.alt))
    doc_pr.set("title", xml_safe(picture.alt[:120]))


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
        run = paragraph.add_run(xml_safe(column.label))
        run.bold = True
        run.font.size = TABLE_PT
        if column.numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in block.rows:
        cells = table.add_row().cells
        for cell, value, column, width in zip(cells, row, block.columns, widths, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            if isinstance(value, Chart):
                _picture(paragraph, value)
                continue
            _add_line(paragraph, value, TABLE_PT)
            if column.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()


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
                paragraph.add_run(xml_safe(f"{name}: ")).bold = True
                _add_line(paragraph, value)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
        elif block.kind == "table":
            _table(doc, block)


def _section(doc: DocxDocument, section: Section, level: int) -> None:
    doc.add_heading(xml_safe(section.title), level=level)
    _blocks(doc, section.blocks)
    for sub in section.subsections:
        _section(doc, sub, level + 1)


def reference_word(document: Document) -> bytes:
    doc = new_document()
    _styles(doc)
    _page(doc)
    _properties(doc, document)
    doc.add_heading(xml_safe(document.title), level=0)
    subtitle = doc.add_paragraph()
    subtitle.add_run(xml_safe(document.subtitle)).bold = True
    _blocks(doc, (document.facts,))
    for section in document.sections:
        _section(doc, section, 1)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
