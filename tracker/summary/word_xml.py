"""WordprocessingML for a summary's tables, written as text.

A large summary holds tens of thousands of table cells. Built through python-docx's
objects, each cell costs dozens of element look-ups and insertions (minutes at 10,000
items); even parsed from text in one go, the 30 MB of tables would take about a second
to parse and half a second to serialise again. So a table is written here as text:
elements and their property children in the order the schema (ECMA-376 part 1,
wml.xsd: CT_TblPr, CT_TrPr, CT_TcPr, CT_PPr, CT_RPr) gives them, with the escaping of
libxml2 (`&`, `<`, `>` and carriage return in text; those, `"`, tab and line feed in
attribute values; every other character as itself in UTF-8). `to_word` puts a marker
where each table goes and replaces it in the saved document.xml.
tests/summary/test_word_xml.py parses the result and checks it against the schema's
order, not against this module.
"""

from __future__ import annotations

import re

from docx.oxml.ns import nsdecls

# Characters XML 1.0 forbids, plus the non-characters; layout.py already removed most.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("([\t\r\n])")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)
_NEEDS_ESCAPE = re.compile('[&<>"\t\n\r]')  # most text has none: no translate for it
# Declared on the picture itself, where python-docx's picture template declares them
# (the document element declares the others).
_PICTURE_NAMESPACES = nsdecls("a", "pic")
RIGHT = '<w:pPr><w:jc w:val="right"/></w:pPr>'
TABLE_END = "</w:tbl>"


def xml_safe(text: str) -> str:
    return XML_FORBIDDEN.sub("", text)


def escape_text(text: str) -> str:
    return text.translate(_TEXT_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


def escape_attribute(text: str) -> str:
    return text.translate(_ATTRIBUTE_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


def _t(text: str) -> str:
    # str.strip(), not XML's idea of white space: the test python-docx applies.
    if len(text.strip()) < len(text):
        return f'<w:t xml:space="preserve">{escape_text(text)}</w:t>'
    return f"<w:t>{escape_text(text)}</w:t>"


def run_content(text: str) -> str:
    """What python-docx puts in a run for `text`: <w:t> pieces, a tab as <w:tab/>, and
    a line feed or carriage return as <w:br/>."""
    if not text:
        return ""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return _t(text)
    parts = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\n", "\r"):
            parts.append("<w:br/>")
        elif piece:
            parts.append(_t(piece))
    return "".join(parts)


def run(text: str, bold: bool = False, colour: str | None = None, size: int | None = None) -> str:
    """A <w:r> of `text`, made XML-safe here; `colour` as RRGGBB, `size` in half points."""
    properties = (
        ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{colour}"/>' if colour else "")
        + (f'<w:sz w:val="{size}"/>' if size is not None else "")
    )
    content = (f"<w:rPr>{properties}</w:rPr>" if properties else "") + run_content(xml_safe(text))
    return f"<w:r>{content}</w:r>" if content else "<w:r/>"


KEEP = "<w:pPr><w:keepNext/></w:pPr>"
KEEP_RIGHT = '<w:pPr><w:keepNext/><w:jc w:val="right"/></w:pPr>'  # CT_PPr's order


def paragraph(runs: str, right: bool = False, keep: bool = False) -> str:
    """A <w:p>; `keep`: on the same page as the next (a row of a table kept whole)."""
    props = (KEEP_RIGHT if right else KEEP) if keep else (RIGHT if right else "")
    content = props + runs
    return f"<w:p>{content}</w:p>" if content else "<w:p/>"


def cell(width: int, content: str, fill: str | None = None) -> str:
    """A <w:tc> `width` twips wide holding the paragraph `content`."""
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{shading}</w:tcPr>{content}</w:tc>'


# A row is never split across pages: a reader should not have to turn the page
# mid-row. The header row also repeats at the top of each page.
_ROW_PROPERTIES = "<w:trPr><w:cantSplit/></w:trPr>"
_HEADER_PROPERTIES = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"


def row(cells: str) -> str:
    return f"<w:tr>{_ROW_PROPERTIES}{cells}</w:tr>"


def header_row(cells: str) -> str:
    return f"<w:tr>{_HEADER_PROPERTIES}{cells}</w:tr>"


def table_start(style_id: str, widths: list[int], margin: int) -> str:
    """A table's opening tag, properties and grid: fixed layout, as wide as its columns,
    centred, `margin` twips left and right in each cell. Rows follow, then `TABLE_END`."""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    # CT_TblPr's order: tblStyle, tblW, jc, tblLayout, tblCellMar, tblLook.
    return (
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{escape_attribute(style_id)}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:left w:w="{margin}" w:type="dxa"/>'
        f'<w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
        'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )


def picture_run(
    shape_id: int, rId: str, filename: str, cx: int, cy: int, description: str, title: str
) -> str:
    """A run holding an inline picture, with its alt text (both texts made XML-safe here)."""
    extent = f'cx="{cx}" cy="{cy}"'
    return (
        f"<w:r><w:drawing><wp:inline {_PICTURE_NAMESPACES}><wp:extent {extent}/>"
        f'<wp:docPr id="{shape_id}" name="Picture {shape_id}" '
        f'descr="{escape_attribute(xml_safe(description))}" '
        f'title="{escape_attribute(xml_safe(title))}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{escape_attribute(filename)}"/>'
        "<pic:cNvPicPr/></pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{rId}"/><a:stretch><a:fillRect/></a:stretch>'
        '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext {extent}/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
