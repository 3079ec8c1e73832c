"""Document -> Word (.docx) through python-docx: real Title/Heading styles, styled tables.

Indicator charts are small PNGs drawn by chart.png (no imaging library needed), placed
in the table beside the same figures in words, with the facts as the picture's
description. Text is passed through `xml_safe` so no character can break the file.

Headings, paragraphs and lists go through python-docx's objects. Tables, which hold
nearly all of a large summary, are written as XML text (word_xml.py): a marker stands
in each table's place while python-docx saves the package, then the markers in
word/document.xml are replaced by the tables.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime, time

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.parts.image import ImagePart
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from tracker.summary import chart, word_package, word_xml
from tracker.summary.document import Block, Chart, Document, Line, Section, Span, Table, plain
from tracker.summary.furniture import Furniture, page_furniture
from tracker.summary.word_xml import xml_safe

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
TABLE_HALF_POINTS = int(TABLE_PT.pt * 2)  # how python-docx writes a font size
CM_PER_CHAR = 0.17  # a digit of Arial at 8.5 pt; letters are a little narrower on average
CELL_MARGIN_CM = 0.1  # each side; Word's default 0.19 cm wastes a page on a large summary
CELL_PADDING_CM = 2 * CELL_MARGIN_CM + 0.05
CHART_CM = 4.0
CHART_PICTURE_CM = 3.6  # the scale's numbers about 6 pt
HEADER_WORD_CHARS = 16
WHOLE_ROWS = 8  # a table this short stays on one page (print.css: table.whole)
SAMPLE_ROWS = 300  # enough rows to judge a column's width; keeps large tables linear
# Where a table goes until the document is saved. Text cannot produce it: every "<"
# in text is written as "&lt;".
_TABLE_MARKER = "ggp-tracker-table"
_TABLE_MARKER_XML = etree.tostring(etree.ProcessingInstruction(_TABLE_MARKER))


def _add_line(paragraph: DocxParagraph, line: Line) -> None:
    for span in line:
        run = paragraph.add_run(xml_safe(span.text))
        if span.strong or span.tone in BOLD_TONES:
            run.bold = True
        if span.tone in TONES:
            run.font.color.rgb = TONES[span.tone]


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
    """Column widths in cm that fit the text width, charts kept at their size."""
    widths = _wanted_widths(block)
    total = sum(widths)
    if total <= TEXT_WIDTH_CM:
        return widths
    # The floors (longest words, header words) of a many-column table can add up to
    # more than the page: then every column but a chart's narrows alike.
    charts = {i for i, row in enumerate(zip(*block.rows[:1], strict=False))
              if isinstance(row[0], Chart)}  # fmt: skip
    fixed = sum(widths[i] for i in charts)
    scale = (TEXT_WIDTH_CM - fixed) / (total - fixed)
    return [width if i in charts else width * scale for i, width in enumerate(widths)]


def _wanted_widths(block: Table) -> list[float]:
    """Column widths in cm, as near the page width as the columns' words allow.

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
        # Header words stay whole, up to a long Dutch compound ("Beheersmaatregel").
        floor.append(_cm(max(content, min(header, HEADER_WORD_CHARS))))
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


def _table_run(span: Span) -> str:
    """`_add_line`'s run for `span` in a table cell, as XML text."""
    return word_xml.run(
        span.text,
        bold=span.strong or span.tone in BOLD_TONES,
        colour=str(TONES[span.tone]) if span.tone in TONES else None,
        size=TABLE_HALF_POINTS,
    )


class _Pictures:
    """The charts' image parts and picture ids, as `run.add_picture` would assign them.

    python-docx finds an equal image by hashing every image stored so far, the next
    free file name by scanning them all, and the next picture id by searching the whole
    document: cubic in the number of charts. Here each is a look-up or a counter. Equal
    charts share one picture file; `finish` adds the image parts, in order, once the
    document is complete.
    """

    def __init__(self, doc: DocxDocument, lang: str) -> None:
        self._part = doc.part
        self._images = self._part.package.image_parts
        if len(self._images):
            # The numbering and sharing below start from an empty package.
            raise RuntimeError("the Word template already holds pictures")
        self._lang = lang
        self._drawn: dict[tuple[tuple[float, ...], float | None], bytes] = {}
        self._stored: dict[bytes, str] = {}  # PNG file -> its relationship id
        self._shape_of_all: tuple[int, int, str] | None = None
        self._rel = 0
        self._id = self._part.next_id  # counted on from here: only pictures add ids

    def _shape(self, png: bytes) -> tuple[int, int, str]:
        """Width and height in EMU, and file name, as python-docx reads them from the file:
        the same for every chart (one pixel size and resolution), so the first one tells."""
        if self._shape_of_all is None:
            image = Image.from_blob(png)
            cx, cy = image.scaled_dimensions(Cm(CHART_PICTURE_CM), None)
            self._shape_of_all = (cx, cy, image.filename)
        return self._shape_of_all

    def run(self, picture: Chart) -> str:
        key = (picture.values, picture.target)
        png = self._drawn.get(key)
        if png is None:
            png = self._drawn[key] = chart.png(picture, self._lang)
        rId = self._stored.get(png)
        if rId is None:
            self._rel += 1
            while f"rId{self._rel}" in self._part.rels:  # the lowest free, as python-docx picks
                self._rel += 1
            rId = self._stored[png] = f"rId{self._rel}"
        cx, cy, filename = self._shape(png)
        shape_id = self._id
        self._id += 1
        # Alt text: what a screen reader says, and what Word shows under "Alt Text".
        return word_xml.picture_run(shape_id, rId, filename, cx, cy, picture.alt, picture.alt[:120])

    def finish(self) -> None:
        rels = self._part.rels
        for number, (png, rId) in enumerate(self._stored.items(), start=1):
            if rId in rels:
                raise RuntimeError(f"{rId} was taken while the pictures were drawn")
            image = Image.from_blob(png)
            part = ImagePart.from_image(image, PackURI(f"/word/media/image{number}.{image.ext}"))
            self._images.append(part)
            rels.add_relationship(RT.IMAGE, part, rId)


class _Writer:
    """One summary being written: python-docx's document, with each table held back as
    XML text and a marker in its place until the document is saved."""

    def __init__(self, doc: DocxDocument, lang: str) -> None:
        self.doc = doc
        self.tables: list[str] = []
        self.pictures = _Pictures(doc, lang)
        self._style_ids: dict[str, str | None] = {}
        self._runs: dict[Span, str] = {}  # table cells share many spans: dates, words
        self._last: DocxParagraph | None = None

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        """`doc.add_paragraph(style=style)`, without python-docx's search of every style
        for the default one on each call."""
        paragraph = self.doc.add_paragraph()
        if style is not None:
            if style not in self._style_ids:
                self._style_ids[style] = self.doc.part.get_style_id(
                    self.doc.styles[style], WD_STYLE_TYPE.PARAGRAPH
                )
            paragraph._p.style = self._style_ids[style]
        self._last = paragraph
        return paragraph

    def heading(self, text: str, level: int) -> None:
        """`doc.add_heading(text, level)`."""
        if not 0 <= level <= 9:
            raise ValueError(f"level must be in range 0-9, got {level}")
        paragraph = self.paragraph("Title" if level == 0 else f"Heading {level}")
        if text:
            paragraph.add_run(text)

    def table(self, block: Table) -> None:
        widths = [Cm(width).twips for width in _widths(block)]
        # A short table is read as one, as in the PDF: each row keeps with the next.
        whole = len(block.rows) <= WHOLE_ROWS
        style_id = self.doc.styles[TABLE_STYLE].style_id
        parts = [
            word_xml.table_start(style_id, widths, Cm(CELL_MARGIN_CM).twips),
            word_xml.header_row(
                "".join(
                    word_xml.cell(
                        width,
                        word_xml.paragraph(
                            word_xml.run(column.label, bold=True, size=TABLE_HALF_POINTS),
                            column.numeric,
                            whole,
                        ),
                        HEADER_FILL,
                    )
                    for column, width in zip(block.columns, widths, strict=True)
                )
            ),
        ]
        # Word reads each cell's width, not the column's. Runs are sized one by one:
        # LibreOffice ignores a table style's font size. Summaries share cell objects
        # between rows, so each distinct cell is written once per column.
        made: list[dict[tuple[Line, bool], str]] = [{} for _ in block.columns]
        runs = self._runs
        last = len(block.rows) - 1
        for index, row in enumerate(block.rows):
            keep = whole and index < last
            cells = []
            for value, known, column, width in zip(row, made, block.columns, widths, strict=True):
                if isinstance(value, Chart):
                    picture = self.pictures.run(value)
                    cells.append(word_xml.cell(width, word_xml.paragraph(picture, keep=keep)))
                    continue
                xml = known.get((value, keep))
                if xml is None:
                    content = []
                    for span in value:
                        run = runs.get(span)
                        if run is None:
                            run = runs[span] = _table_run(span)
                        content.append(run)
                    xml = known[value, keep] = word_xml.cell(
                        width, word_xml.paragraph("".join(content), column.numeric, keep)
                    )
                cells.append(xml)
            parts.append(word_xml.row("".join(cells)))
        parts.append(word_xml.TABLE_END)
        self.tables.append("".join(parts))
        body = self.doc.element.body
        marker = etree.ProcessingInstruction(_TABLE_MARKER)
        if body.sectPr is not None:  # where python-docx's add_table puts a table
            body.sectPr.addprevious(marker)
        else:
            body.append(marker)
        self.paragraph()  # space after the table, which Word does not add by itself

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        for index, block in enumerate(blocks):
            if block.kind == "paragraph":
                paragraph = self.paragraph()
                _add_line(paragraph, block.spans)
                if block.muted:
                    for run in paragraph.runs:
                        run.italic = True
                if index + 1 < len(blocks):
                    # A paragraph that introduces a table or list stays on its page:
                    # the heading (kept with next) and the intro never end a page alone.
                    paragraph.paragraph_format.keep_with_next = True
            elif block.kind == "bullets":
                for item in block.items:
                    _add_line(self.paragraph("List Bullet"), item)
            elif block.kind == "facts":
                for name, value in block.rows:
                    paragraph = self.paragraph()
                    paragraph.paragraph_format.space_after = Pt(0)
                    paragraph.add_run(xml_safe(f"{name}: ")).bold = True
                    _add_line(paragraph, value)
                # The body's last paragraph, as doc.paragraphs[-1] finds it by listing all.
                last = self._last if self._last is not None else self.doc.paragraphs[-1]
                last.paragraph_format.space_after = Pt(6)
            elif block.kind == "table":
                self.table(block)

    def section(self, section: Section, level: int) -> None:
        self.heading(xml_safe(section.title), level)
        self.blocks(section.blocks)
        for sub in section.subsections:
            self.section(sub, level + 1)

    def save(self, day: date | None) -> bytes:
        self.pictures.finish()
        out = io.BytesIO()
        self.doc.save(out)
        package = out.getvalue()
        with zipfile.ZipFile(io.BytesIO(package)) as saved:
            document_xml = saved.read("word/document.xml")
        replace = {
            "word/document.xml": _with_tables(document_xml, self.tables),
            "docProps/app.xml": word_package.APP_XML,
        }
        return word_package.stamped(package, day, replace)


def _with_tables(document_xml: bytes, tables: list[str]) -> bytes:
    """word/document.xml with each table marker replaced by its table."""
    pieces = document_xml.split(_TABLE_MARKER_XML)
    if len(pieces) != len(tables) + 1:
        raise RuntimeError("a table marker went missing from word/document.xml")
    filled = [pieces[0]]
    for table, piece in zip(tables, pieces[1:], strict=True):
        filled += (table.encode("utf-8"), piece)
    return b"".join(filled)


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
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)
    # Header and footer close to the edge: room between them and the text.
    section.header_distance, section.footer_distance = Cm(0.9), Cm(0.8)


def _properties(doc: DocxDocument, document: Document, furniture: Furniture) -> None:
    """The file's own properties (File > Info), in place of python-docx's template's."""
    props = doc.core_properties
    props.title = xml_safe(document.title)
    props.subject = xml_safe(document.subtitle)
    props.language = furniture.language_tag
    # Until the programme names the report's author, the program that wrote it.
    props.author = props.last_modified_by = xml_safe(furniture.author or "ggp-tracker")
    props.comments = ""
    props.keywords = props.category = ""
    props.revision = 1
    # The date the facts are for: the same summary gives the same file.
    day = document.as_of or date(2000, 1, 1)
    props.created = props.modified = datetime.combine(day, time(), tzinfo=UTC)


def render_word(document: Document, furniture: Furniture | None = None) -> bytes:
    furniture = furniture or page_furniture(document)
    doc = new_document()
    _styles(doc)
    word_package.fonts_and_language(doc, FONT, furniture.language_tag)
    _page(doc)
    word_package.header_and_footer(doc, furniture)
    word_package.drop_template_leftovers(doc)
    _properties(doc, document, furniture)
    writer = _Writer(doc, document.lang)
    writer.heading(xml_safe(document.title), 0)
    writer.paragraph().add_run(xml_safe(document.subtitle)).bold = True
    writer.blocks((document.facts,))
    for section in document.sections:
        writer.section(section, 1)
    return writer.save(document.as_of)
