"""The Word summary's tables, written as XML text, are what python-docx itself makes.

Each test renders a Document twice, with to_word (tables as text) and with
word_reference (every element through python-docx's objects), and compares the
packages part by part, byte for byte.
"""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

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
from tracker.summary.to_word import render_word

from .word_reference import reference_word

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


def _parts(package: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def _assert_same_package(fast: bytes, reference: bytes) -> None:
    fast_parts, reference_parts = _parts(fast), _parts(reference)
    assert [name for name, _ in fast_parts] == [name for name, _ in reference_parts]
    for (name, data), (_, expected) in zip(fast_parts, reference_parts, strict=True):
        assert data == expected, name


def test_tricky_text_as_python_docx_writes_it() -> None:
    document = _document()
    fast = render_word(document)
    _assert_same_package(fast, reference_word(document))
    xml = dict(_parts(fast))["word/document.xml"]
    etree.fromstring(xml)  # well-formed, whatever the text held
    assert xml.count(b"<w:tbl>") == 4
    assert xml.count(b"<pic:pic>") == 80


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


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=_tables(), paragraph=_LINE, title=_TEXT)
def test_any_text_as_python_docx_writes_it(table: Table, paragraph: Line, title: str) -> None:
    document = Document(
        "nl", title, title, Facts(((title, paragraph),)), (Section("s", title, (table,), ()),)
    )
    _assert_same_package(render_word(document), reference_word(document))
