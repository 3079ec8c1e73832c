"""Text from the YAML appears as written in every format, and never as markup."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import GOOD
from tests.summary.extract import Read, markdown_to_html, read_docx, read_html
from tracker.loader import Programme, Source, load_programme
from tracker.models import (
    Action,
    Agenda,
    Indicator,
    IndicatorValue,
    Measure,
    MeasureUpdate,
    Meeting,
    Milestone,
    Opgave,
    ProgrammeInfo,
)
from tracker.state import build_state
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.layout import safe_line
from tracker.summary.templating import md_escape
from tracker.summary.to_text import text_export

AS_OF = date(2018, 11, 1)
MEETING = date(2018, 12, 6)
HOSTILE = {
    "script": "<script>alert(1)</script>",
    "emphasis": "*x* and _y_ and **z**",
    "link": "[b](http://example.com) and [c]",
    "table": "a | b || c",
    "heading": "# not a heading",
    "list": "1. not a list",
    "bullet": "- not a bullet",
    "code": "`code` and ``more``",
    "entity": "&amp; &lt;tag&gt; &#42;",
    "backslash": "back\\slash \\*",
    "image": '<img src="x" onerror="alert(1)">',
    "html-comment": "<!-- hidden -->",
}
CONTROL = "Bell\x07 and \x1b[31mred\x1b[0m and\x00 nul\u202e rtl"
CONTROL_CLEAN = "Bell and [31mred[0m and nul rtl"


def _hostile_yaml() -> str:
    docs = []
    for n, (key, text) in enumerate(HOSTILE.items()):
        # JSON strings are YAML 1.2 double-quoted scalars: every character as written.
        docs.append(
            "kind: measure\n"
            f"id: hostile-{key}\n"
            f"title: {json.dumps(text)}\n"
            "opgaven: [digitaal]\n"
            f"owner: {json.dumps(text)}\n"
            "status: active\n"
            f"decision_needed: {json.dumps(text)}\n"
            "milestones:\n"
            f"  - title: {json.dumps(text)}\n"
            "    due: 2018-10-01\n"
            "updates:\n"
            "  - date: 2018-10-2" + str(n % 9) + "\n"
            f"    note: {json.dumps(text)}\n"
            "    health: red\n"
        )
    docs.append(
        "kind: meeting\n"
        "id: hostile-meeting\n"
        f"title: {json.dumps(CONTROL)}\n"
        "date: 2018-10-20\n"
        f"decisions: [{json.dumps(HOSTILE['list'])}, {json.dumps(HOSTILE['script'])}]\n"
        f"actions:\n  - title: {json.dumps(HOSTILE['link'])}\n    due: 2018-10-25\n"
    )
    return "---\n".join(docs)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile") / "programme"
    shutil.copytree(GOOD, root)
    (root / "measures" / "hostile.yaml").write_text(_hostile_yaml(), encoding="utf-8")
    programme = load_programme(root)
    assert programme.problems == ()
    return summary_document(build_state(programme, AS_OF), "en", MEETING)


def _reads(doc) -> dict[str, tuple[str, Read | None]]:
    md = render_bytes(doc, "md").decode()
    html = render_bytes(doc, "html").decode()
    return {
        "md": (md, read_html(markdown_to_html(md))),
        "html": (html, read_html(html)),
        "docx": ("", read_docx(render_bytes(doc, "docx"))),
        "text": (text_export(doc, width=1000), None),
    }


# Elements a summary's own HTML (or the Markdown's) never contains: any one of them
# in the output came from the data. (The Markdown sets its notes in italics: <em>.)
FORBIDDEN_TAGS = ("script", "img", "a", "code", "ol", "h4", "hr", "pre", "blockquote", "del")


def _forbidden(fmt: str) -> tuple[str, ...]:
    return FORBIDDEN_TAGS if fmt == "md" else (*FORBIDDEN_TAGS, "em")


def test_hostile_text_appears_as_written(hostile) -> None:
    for fmt, (raw, read) in _reads(hostile).items():
        text = raw if read is None else read.text()
        for key, value in HOSTILE.items():
            assert value in text, (fmt, key)
        assert CONTROL_CLEAN in text, fmt
        if read is not None and fmt != "docx":
            for tag in FORBIDDEN_TAGS:
                assert read.tags.get(tag, 0) == 0, (fmt, tag)
        for control in ("\x07", "\x1b", "\x00", "\u202e"):
            assert control not in raw, (fmt, repr(control))
            assert read is None or control not in read.text(), (fmt, repr(control))


def test_markdown_escapes() -> None:
    assert md_escape("*x* [b] <s> a|b # `c` _u_ \\ & ~") == (
        r"\*x\* \[b\] \<s\> a\|b \# \`c\` \_u\_ \\ \& \~"
    )
    assert md_escape("1. one") == r"1\. one"
    assert md_escape("2) two") == r"2\) two"
    assert md_escape("- item") == r"\- item"
    assert md_escape("+ item") == r"\+ item"
    assert md_escape("=== ") == r"\=== "
    assert md_escape("a - b 1. c") == "a - b 1. c"  # only at the start of a line
    assert md_escape("---") == r"\---"  # a thematic break
    # Not a list item: no backslash for the reader to see.
    assert md_escape("88.5%") == "88.5%"
    assert md_escape("-5 and +3") == "-5 and +3"
    assert md_escape("2018-12-06") == "2018-12-06"


# ---- property: arbitrary titles and notes --------------------------------------

# Any text a YAML file could hold on one line (titles) or several (notes).
one_line_text = st.text(st.characters(blacklist_characters="\n\r"), max_size=40)
any_text = st.text(max_size=60)


def _programme(title: str, note: str) -> Programme:
    info = ProgrammeInfo(title=title or "t", start=date(2018, 1, 1), lovp_meetings=[MEETING])
    agenda = Agenda(programme=info, opgaven=[Opgave(id="o", title=title or "t")])
    items = (
        Measure(
            kind="measure",
            id="m",
            title=title,
            opgaven=["o"],
            owner=note,
            status="active",
            decision_needed=note,
            milestones=[Milestone(title=title, due=date(2018, 10, 1))],
            updates=[MeasureUpdate(date=date(2018, 10, 20), note=note, health="red", by=note)],
        ),
        Meeting(
            kind="meeting",
            id="mt",
            title=title,
            date=date(2018, 10, 20),
            location=note,
            decisions=[note],
            actions=[Action(title=title, owner=note, due=date(2018, 10, 25))],
        ),
        Indicator(
            kind="indicator",
            id="i",
            title=title,
            target=90,
            values=[IndicatorValue(date=date(2018, 9, 30), value=88, note=note)],
        ),
    )
    sources = {item.id: Source("measures/x.yaml", 1, 1, 0) for item in items}
    return Programme(Path("."), agenda, items, sources, (), ("measures/x.yaml",))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=one_line_text, note=any_text)
def test_any_text_renders_escaped_in_every_format(title: str, note: str) -> None:
    doc = summary_document(build_state(_programme(title, note), AS_OF), "en", MEETING)
    for fmt, (raw, read) in _reads(doc).items():
        text = raw if read is None else read.text()
        for value in (title, note):
            expected = safe_line(value)
            if expected:
                assert expected in text, (fmt, value)
        if read is not None and fmt != "docx":
            for tag in _forbidden(fmt):
                assert read.tags.get(tag, 0) == 0, (fmt, tag, title, note)
