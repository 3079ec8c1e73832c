"""The Word summary's file, checked against the format's rules, not against the code.

The package is opened as Word would: every relationship resolves, every part has a
content type; table, row, cell, paragraph and run properties come in the order of
the ECMA-376 schema (wml.xsd); rows do not split across pages and header rows repeat;
tables fit the text width; headers and footers carry the classification and the
PAGE and NUMPAGES fields; the language and fonts are the document's own, not the
template's; and the same summary gives the same bytes. python-docx reads every
text back as it was written.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from datetime import date

from docx import Document as open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.summary.conftest import MEETING
from tracker.state import State
from tracker.summary import word_xml
from tracker.summary.document import (
    Bullets,
    Cell,
    Chart,
    Column,
    Document,
    Facts,
    Line,
    Paragraph,
    Section,
    Span,
    Table,
)
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.furniture import Furniture
from tracker.summary.to_word import render_word

TRICKY = (
    "<script>alert('x')</script> & \"quoted\" > less < more",
    "]]> &amp; &lt;tag&gt; &#42; &#x0;",
    "control \x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x85\x9f end",
    "non-characters \ufffe\uffff\U0001fffe\ufdd0 and lone \ud800 \udfff surrogates",
    "tab\there, line\nfeed, return\rand both\r\n, \t\t twice",
    "  leading and trailing  ",
    " ",
    "\u00a0no-break\u00a0",
    "\u3000ideographic space",
    "emoji 😀👍🏽 👩‍👩‍👧 flags 🇳🇱",
    "right-to-left \u202e reversed \u202c and \u200b zero width, \u2028 separator",
    "combining e\u0301 and Ω≈ç√∫",
    "x" * 3000,
    "word" * 1500 + " " + "y" * 2000,
    "",
)
TONES = (None, "green", "amber", "red", "none", "good", "bad", "muted", "unknown")


def _line(n: int) -> Line:
    text = TRICKY[n % len(TRICKY)]
    return (
        Span(text, TONES[n % len(TONES)], n % 3 == 0),
        Span(f" #{n} ", TONES[(n + 4) % len(TONES)]),
        Span(TRICKY[(n * 7) % len(TRICKY)], None, n % 2 == 0),
    )


def _chart(n: int, alt: str) -> Chart:
    values = (1.0, 3.0, 2.0 + n % 3, 5.0) if n % 4 else ()
    return Chart(values, 3.5 if n % 2 else None, alt)


def _document() -> Document:
    columns = (
        Column('Name <&> "label"', wide=True),
        Column("", numeric=True),
        Column("Tab\tin label", short=True),
        Column("Chart", numeric=True),
        Column("Notes\x01\ufffe", wide=True),
    )
    rows: list[tuple[Cell, ...]] = []
    shared: Line = (Span("shared cell", "red"),)
    for n in range(40):
        rows.append(
            (
                _line(n),
                (Span(str(n * 1000), "good"),) if n % 5 else (),
                shared if n % 3 else (Span(""),),
                _chart(n, TRICKY[n % len(TRICKY)] * 3),
                (Span(TRICKY[(n + 3) % len(TRICKY)], "muted"), Span("", "red", True)),
            )
        )
    big = Table(columns, tuple(rows))
    empty = Table((Column("Only header", numeric=True),), ())
    no_columns = Table((), ((), ()))
    return Document(
        as_of=date(2018, 12, 1),
        lang="en",
        title="Title & <more> \x0b",
        subtitle='Subtitle "quoted" \ud800',
        facts=Facts((("Name <x>", _line(1)), ("Tab\t", ()))),
        sections=(
            Section(
                "intro",
                "Intro & <stuff>",
                (
                    Paragraph(_line(2)),
                    Paragraph(_line(3), muted=True),
                    Bullets((_line(4), (), _line(5))),
                    big,
                    Facts(()),  # no rows: the paragraph before takes the spacing
                ),
                (
                    Section("sub", "Sub \t section", (empty, Facts((("a", _line(6)),))), ()),
                    Section(
                        "deeper",
                        "",
                        (no_columns,),
                        (Section("deepest", "Level 3", (big, Paragraph(())), ()),),
                    ),
                ),
            ),
            Section("empty", "Empty section", (), ()),
        ),
    )


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"

# Child order from ECMA-376 part 1, wml.xsd (transitional). CT_TblPr: CT_TblPrBase's
# sequence, then tblPrChange.
TBL_PR = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
]
# CT_TrPr: CT_TrPrBase is a choice, in any order and repeated; then ins, del, trPrChange.
TR_PR_CHOICE = set(
    [
        "cnfStyle",
        "divId",
        "gridBefore",
        "gridAfter",
        "wBefore",
        "wAfter",
        "cantSplit",
        "trHeight",
        "tblHeader",
        "tblCellSpacing",
        "jc",
        "hidden",
    ]
)
TR_PR_TAIL = ("ins", "del", "trPrChange")
# CT_TcPr: CT_TcPrBase's sequence, CT_TcPrInner's choice of cellIns/cellDel/cellMerge,
# then tcPrChange.
TC_PR = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "tcPrChange",
]
TC_PR_SAME = {"cellDel": "cellIns", "cellMerge": "cellIns"}
# CT_PPrBase, then rPr, sectPr, pPrChange (CT_PPr).
P_PR = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
# EG_RPrBase's order (a sequence in the transitional schema), then rPrChange.
R_PR = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
]
FURNITURE = Furniture("nl", "Rapportage <&>", 'Intern & "vertrouwelijk"', "Bureau", True)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _in_schema_order(element: etree._Element, order: list[str]) -> bool:
    places = [order.index(_local(child)) for child in element]
    return places == sorted(places) and len(places) == len(set(places))


def _trpr_in_schema_order(element: etree._Element) -> bool:
    names = [_local(child) for child in element]
    choice = [n for n in names if n in TR_PR_CHOICE]
    tail = names[len(choice) :]
    return all(n in TR_PR_CHOICE for n in names[: len(choice)]) and all(
        n in TR_PR_TAIL for n in tail
    )


def _package(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def _xml(parts: dict[str, bytes], name: str) -> etree._Element:
    return etree.fromstring(parts[name])


def _assert_properties_in_schema_order(root: etree._Element) -> None:
    checks = (("tblPr", TBL_PR), ("pPr", P_PR), ("rPr", R_PR))
    for name, order in checks:
        for element in root.iter(f"{W}{name}"):
            assert _in_schema_order(element, order), (name, [_local(c) for c in element])
    for element in root.iter(f"{W}tcPr"):
        names = [TC_PR_SAME.get(_local(c), _local(c)) for c in element]
        assert [TC_PR.index(n) for n in names] == sorted(TC_PR.index(n) for n in names), names
    for element in root.iter(f"{W}trPr"):
        assert _trpr_in_schema_order(element), [_local(c) for c in element]


def _assert_relationships_resolve(parts: dict[str, bytes]) -> None:
    types = _xml(parts, "[Content_Types].xml")
    defaults = {e.get("Extension").lower() for e in types.iter(f"{CT}Default")}
    overrides = {e.get("PartName") for e in types.iter(f"{CT}Override")}
    for name in parts:
        if name == "[Content_Types].xml":
            continue
        extension = name.rsplit(".", 1)[-1].lower()
        assert f"/{name}" in overrides or extension in defaults, f"{name}: no content type"
    for name, data in parts.items():
        if not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels -> word
        ids = set()
        for rel in etree.fromstring(data).iter(f"{PKG}Relationship"):
            ids.add(rel.get("Id"))
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target"))).lstrip("/")
            assert target in parts, f"{name}: {rel.get('Target')} is not in the package"
        source = posixpath.join(folder, posixpath.basename(name)[: -len(".rels")])
        if source in parts and source.endswith(".xml"):
            for element in etree.fromstring(parts[source]).iter():
                for attribute in (f"{R}id", f"{R}embed"):
                    if element.get(attribute) is not None:
                        assert element.get(attribute) in ids, (source, element.get(attribute))


def _text_width(document_xml: etree._Element) -> int:
    sect = document_xml.find(f".//{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    return int(size.get(f"{W}w")) - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))


def _assert_tables_fit_and_hold_together(root: etree._Element) -> None:
    width = _text_width(root)
    for table in root.iter(f"{W}tbl"):
        grid = [int(col.get(f"{W}w")) for col in table.find(f"{W}tblGrid")]
        table_width = table.find(f"{W}tblPr/{W}tblW")
        assert table_width.get(f"{W}type") == "dxa"
        assert int(table_width.get(f"{W}w")) == sum(grid) <= width + len(grid)
        rows = table.findall(f"{W}tr")
        for n, row in enumerate(rows):
            properties = row.find(f"{W}trPr")
            assert properties is not None and properties.find(f"{W}cantSplit") is not None
            assert (properties.find(f"{W}tblHeader") is not None) == (n == 0)
            cells = row.findall(f"{W}tc")
            assert [int(c.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for c in cells] == grid


def _fields(root: etree._Element) -> list[str]:
    return [text.text.split()[0] for text in root.iter(f"{W}instrText")]


def test_tricky_text_makes_a_valid_package() -> None:
    document = _document()
    data = render_word(document, FURNITURE)
    parts = _package(data)
    root = _xml(parts, "word/document.xml")  # well-formed, whatever the text held
    assert len(root.findall(f".//{W}tbl")) == 4
    assert parts["word/document.xml"].count(b"<pic:pic>") == 80
    _assert_relationships_resolve(parts)
    for name in parts:
        if name.startswith("word/") and name.endswith(".xml"):
            _assert_properties_in_schema_order(_xml(parts, name))
    _assert_tables_fit_and_hold_together(root)


def test_summary_tables_fit_the_page(summary_state: State) -> None:
    # The status tables' eight columns have floors (whole words, header words) that add
    # up to more than the page: they must narrow, not run into the margin.
    for lang in ("nl", "en"):
        data = render_bytes(summary_document(summary_state, lang, MEETING), "docx")  # type: ignore[arg-type]
        root = _xml(_package(data), "word/document.xml")
        _assert_tables_fit_and_hold_together(root)
        _assert_properties_in_schema_order(root)


def test_header_and_footer_carry_classification_and_page_numbers() -> None:
    parts = _package(render_word(_document(), FURNITURE))
    headers = [_xml(parts, n) for n in parts if n.startswith("word/header")]
    footers = [_xml(parts, n) for n in parts if n.startswith("word/footer")]
    assert len(headers) == len(footers) == 1
    header_text = "".join(headers[0].itertext())
    assert 'Intern & "vertrouwelijk" · Concept' in header_text
    assert "Rapportage <&>" in header_text
    assert _fields(footers[0]) == ["PAGE", "NUMPAGES"]
    assert "".join(t.text for t in footers[0].iter(f"{W}t")).startswith("Pagina 1 van 1")
    # Every page of the section uses them: the section names both.
    sect = _xml(parts, "word/document.xml").find(f".//{W}sectPr")
    assert {e.get(f"{W}type") for e in sect.iter(f"{W}headerReference")} == {"default"}
    assert {e.get(f"{W}type") for e in sect.iter(f"{W}footerReference")} == {"default"}


def test_without_classification_the_header_has_the_title_and_no_draft_mark() -> None:
    document = _document()
    parts = _package(render_word(document, Furniture("en", "Plain title")))
    header = "".join(_xml(parts, "word/header1.xml").itertext())
    assert header == "Plain title"
    assert _fields(_xml(parts, "word/footer1.xml")) == ["PAGE", "NUMPAGES"]


def test_language_and_fonts_are_the_documents_own() -> None:
    for lang, tag in (("nl", "nl-NL"), ("en", "en-GB")):
        furniture = Furniture(lang, "T")  # type: ignore[arg-type]
        parts = _package(render_word(_document(), furniture))
        styles = _xml(parts, "word/styles.xml")
        defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        assert defaults.find(f"{W}lang").get(f"{W}val") == tag
        fonts = defaults.find(f"{W}rFonts")
        assert {fonts.get(f"{W}{a}") for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Arial"}
        for element in styles.iter(f"{W}rFonts"):
            assert not [a for a in element.attrib if "Theme" in a or "theme" in a], element.attrib
        assert "word/stylesWithEffects.xml" not in parts
        opened = open_docx(io.BytesIO(render_word(_document(), furniture)))
        assert opened.core_properties.language == tag


def test_properties_are_the_summarys_and_no_template_thumbnail() -> None:
    parts = _package(render_word(_document(), FURNITURE))
    assert not [n for n in parts if "thumbnail" in n]
    assert b"thumbnail" not in parts["_rels/.rels"]
    app = parts["docProps/app.xml"]
    assert b"Normal.dotm" not in app and b"Microsoft" not in app
    opened = open_docx(io.BytesIO(render_word(_document(), FURNITURE)))
    props = opened.core_properties
    assert props.title == "Title & <more> "
    assert props.author == "Bureau"
    assert props.created == props.modified
    assert props.created.date() == date(2018, 12, 1)
    assert "python-docx" not in (props.comments + props.author + props.last_modified_by)
    without_author = open_docx(io.BytesIO(render_word(_document(), Furniture("en", "T"))))
    assert without_author.core_properties.author == "ggp-tracker"


def test_same_summary_same_bytes() -> None:
    first = render_word(_document(), FURNITURE)
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        # Not the clock's time: a second run, at any time, writes the same entries.
        assert {info.date_time for info in z.infolist()} == {(2018, 12, 1, 0, 0, 0)}
    assert render_word(_document(), FURNITURE) == first


def test_headings_are_words_own_styles() -> None:
    opened = open_docx(io.BytesIO(render_word(_document(), FURNITURE)))
    styles = [(p.style.name, p.text) for p in opened.paragraphs if p.style.name != "Normal"]
    assert styles[0] == ("Title", "Title & <more> ")
    assert ("Heading 1", "Intro & <stuff>") in styles
    assert ("Heading 2", "Sub \t section") in styles
    assert ("Heading 3", "Level 3") in styles
    # Word's table of contents and navigation pane find headings by outline level.
    styles_xml = _xml(_package(render_word(_document(), FURNITURE)), "word/styles.xml")
    for level in (1, 2, 3):
        style = styles_xml.find(f"{W}style[@{W}styleId='Heading{level}']")
        assert style.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == str(level - 1)


def test_each_character_escaped_as_lxml_escapes_it() -> None:
    # Every character XML allows, in text and in an attribute value, against lxml's own
    # serialisation; a table's text never passes through lxml, so nothing else checks it.
    chars = [chr(c) for c in range(0x110000) if not word_xml.XML_FORBIDDEN.match(chr(c))]
    for start in range(0, len(chars), 8192):
        text = "".join(f"a{c}b" for c in chars[start : start + 8192])
        element = etree.Element("e", v=text)
        element.text = text
        expected = etree.tostring(element, encoding="UTF-8").decode()
        attribute, content = word_xml.escape_attribute(text), word_xml.escape_text(text)
        assert expected == f'<e v="{attribute}">{content}</e>'


_TEXT = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from("<>&\"'\t\r\n \x00\x1f\ud800\udfff\ufffe\uffff\u00a0\u2028😀"),
    ),
    max_size=40,
)
_SPAN = st.builds(Span, _TEXT, st.sampled_from(TONES), st.booleans())
_LINE = st.lists(_SPAN, max_size=3).map(tuple)


@st.composite
def _tables(draw: st.DrawFn) -> Table:
    columns = tuple(
        Column(draw(_TEXT), numeric=draw(st.booleans()), wide=draw(st.booleans()))
        for _ in range(draw(st.integers(1, 4)))
    )
    rows = draw(st.lists(st.tuples(*(_LINE for _ in columns)), max_size=6))
    return Table(columns, tuple(rows))


def _as_read(line: Line) -> str:
    """What python-docx reads back from a cell written from `line`: a tab stays a tab,
    a line feed or carriage return is a break, which it reads as a line feed."""
    text = word_xml.xml_safe("".join(span.text for span in line))
    return text.replace("\r", "\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=_tables(), paragraph=_LINE, title=_TEXT)
def test_any_text_reads_back_as_written(table: Table, paragraph: Line, title: str) -> None:
    document = Document(
        "nl", title, title, Facts(((title, paragraph),)), (Section("s", title, (table,), ()),)
    )
    data = render_word(document)
    parts = _package(data)
    _assert_properties_in_schema_order(_xml(parts, "word/document.xml"))
    _assert_tables_fit_and_hold_together(_xml(parts, "word/document.xml"))
    opened = open_docx(io.BytesIO(data))
    [docx_table] = opened.tables
    assert [c.text for c in docx_table.rows[0].cells] == [
        _as_read((Span(column.label),)) for column in table.columns
    ]
    for row, docx_row in zip(table.rows, docx_table.rows[1:], strict=True):
        assert [c.text for c in docx_row.cells] == [_as_read(cell) for cell in row]
