"""Text from the YAML never acts as markup, HTML, Markdown or a terminal control.

One programme puts the same hostile string into every free-text field, and every
output that exists shows it as plain, inert text: the `list` tables, `validate`,
the summary in Markdown, HTML, terminal text and Word, and the terminal UI.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from rich.console import Console

from tests.conftest import AS_OF, GOOD
from tracker.cli import main
from tracker.listing import TABLES, rows
from tracker.loader import load_programme
from tracker.render.table import print_table
from tracker.state import State, build_state

MARKUP = "[bold red]alarm[/] [/bold] [link=https://evil.example]click[/link]"
TERMINAL = (
    "\x1b[2J\x1b[H \x9b31m \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ "
    "\x1b]0;pwned\x07 \u202eevil\u202c \x08\r\x00"
)
HTML = "<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; \"quoted\" 'single'"
MARKDOWN = "**bold** [md](javascript:alert(1)) | pipe | `code` ![img](https://evil.example/x.png)"
XML_FORBIDDEN = "\x0b\x0c\ufffe\uffff"
EVIL = f"{MARKUP} {TERMINAL} {HTML} {MARKDOWN} {XML_FORBIDDEN} end"
# What must never reach a terminal or a document: C0 controls but newline and tab,
# DEL, C1 controls, bidi overrides and isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What XML 1.0 forbids, which would make a Word file unreadable.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colour codes Rich itself writes


def hostile_items() -> list[dict[str, object]]:
    multi = "# Heading\n- item\n1. one\n\n" + EVIL
    return [
        {
            "kind": "measure",
            "id": "evil-measure",
            "title": EVIL,
            "description": multi,
            "owner": EVIL,
            "opgaven": ["digitaal"],
            "status": "active",
            "health": "red",
            "start": "2018-03-01",
            "due": "2018-10-01",
            "decision_needed": EVIL,
            "milestones": [{"title": EVIL, "due": "2018-09-01"}],
            "updates": [{"date": "2018-10-20", "note": multi, "by": EVIL, "progress": 10}],
        },
        {
            "kind": "meeting",
            "id": "evil-meeting",
            "title": EVIL,
            "date": "2018-10-20",
            "type": "lovp",
            "location": EVIL,
            "summary": multi,
            "participants": [EVIL],
            "decisions": [EVIL],
            "actions": [{"title": EVIL, "owner": EVIL, "due": "2018-10-25"}],
        },
        {
            "kind": "pilot",
            "id": "evil-pilot",
            "title": EVIL,
            "unit": "oost",
            "basisteam": "twente-noord",
            "phase": "running",
            "health": "amber",
            "start": "2018-01-01",
            "evaluation": multi,
            "scale_up": {"scope": EVIL, "due": "2019-01-01"},
            "decision_needed": EVIL,
        },
        {
            "kind": "indicator",
            "id": "evil-indicator",
            "title": EVIL,
            "target": 90,
            "values": [{"date": "2018-09-30", "value": 50, "note": EVIL}],
        },
    ]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "programme"
    shutil.copytree(GOOD, root)
    text = yaml.dump_all(hostile_items(), allow_unicode=True, sort_keys=False)
    (root / "measures" / "evil.yaml").write_text(text, encoding="utf-8")
    # A second file whose mistakes make problem messages quote the hostile text.
    broken = {"kind": "measure", "id": "quoting", "title": "t", "opgaven": [EVIL], "unit": EVIL}
    (root / "measures" / "quoting.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def state(hostile: Path) -> State:
    programme = load_programme(hostile)
    assert {"evil-measure", "evil-meeting", "evil-pilot", "evil-indicator"} <= {
        item.id for item in programme.items
    }
    assert programme.item("evil-measure").title == EVIL  # type: ignore[union-attr]
    return build_state(programme, AS_OF)


def assert_inert(text: str) -> None:
    assert CONTROL.findall(text) == []
    assert "\x1b" not in text


# The hostile programme holds no risks (format 2): `list risks` prints no text of its own.
@pytest.mark.parametrize("table", [t for t in TABLES if t != "risks"])
def test_list_tables_show_text_as_text(
    hostile: Path,
    state: State,
    table: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "600")  # wide enough that no title is folded
    assert main(["list", table, "--root", str(hostile), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert_inert(out)
    assert "[bold red]alarm[/] [/bold] [link=https://evil.example]click[/link]" in out
    # On a colour terminal only Rich's own colour codes appear: no links, titles or moves.
    console = Console(file=io.StringIO(), width=600, force_terminal=True, color_system="truecolor")
    print_table(table, rows(state, table), state, "en", console)
    coloured = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[" in coloured
    assert_inert(SGR.sub("", coloured))


def test_validate_messages_quoting_the_text(
    hostile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(hostile)
    for fmt in ("text", "github", "json"):
        assert main(["validate", "--root", str(hostile), "--format", fmt]) == 1
        out = capsys.readouterr().out
        assert_inert(out)
        assert "[bold red]alarm[/]" in out
    payload = json.loads(out)
    assert {p["code"] for p in payload["problems"]} == {"unknown-opgave", "unknown-unit"}
    github = [line for line in out.splitlines() if line.startswith("::")]
    assert github == []  # the JSON run came last; each GitHub line was checked above


def test_github_lines_cannot_start_a_second_annotation(
    hostile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(hostile)
    main(["validate", "--root", str(hostile), "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert line.startswith("::error file=measures/quoting.yaml,line=")
        assert line.count("::") == 2  # no '::' from the text opens another command


summary = pytest.importorskip("tracker.summary.export", reason="summary not written yet")


def test_summary_markdown(state: State) -> None:
    out = summary.render_bytes(summary.summary_document(state, "en"), "md").decode()
    assert_inert(out)
    assert re.search(r"(?<!\\)<(script|img)", out) is None  # escaped: \<script\>
    assert "[md](javascript:" not in out
    assert "**bold**" not in out
    assert "![img](" not in out
    assert "alarm" in out


def test_summary_html(state: State) -> None:
    out = summary.render_bytes(summary.summary_document(state, "nl"), "html").decode()
    assert_inert(out)
    assert "<script>alert" not in out and "<img src=x" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert 'href="javascript' not in out and 'href="https://evil' not in out
    assert "[bold red]alarm[/]" in out


def test_summary_terminal_text(state: State) -> None:
    out = summary.render_bytes(summary.summary_document(state, "en"), "text").decode()
    assert_inert(out)
    assert "[bold red]alarm[/]" in out


def test_summary_word_is_valid_xml_without_forbidden_characters(state: State) -> None:
    data = summary.render_bytes(summary.summary_document(state, "en"), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        for name in docx.namelist():
            if name.endswith(".xml"):
                xml = docx.read(name).decode("utf-8")
                ElementTree.fromstring(xml)  # well-formed
                assert_inert(xml)
                assert NOT_XML.findall(xml) == []
        document = docx.read("word/document.xml").decode("utf-8")
    assert "[bold red]alarm[/]" in document
    assert "&lt;script&gt;" in document


def test_summary_word_with_only_forbidden_characters(tmp_path: Path) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    item = {
        "kind": "measure",
        "id": "xml",
        "title": XML_FORBIDDEN + "\x00\x01\x1f",
        "status": "active",
    }
    (root / "measures" / "xml.yaml").write_text(yaml.safe_dump(item), encoding="utf-8")
    programme = load_programme(root)
    assert programme.item("xml") is not None
    doc = summary.summary_document(build_state(programme, AS_OF), "nl")
    for fmt in ("md", "html", "text", "docx"):
        assert summary.render_bytes(doc, fmt)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_terminal_ui_shows_text_as_text(hostile: Path) -> None:
    tui = pytest.importorskip("tests.tui.conftest", reason="terminal UI not written yet")
    app = tui.make_app(hostile)
    async with app.run_test(size=(200, 60)) as pilot:
        await tui.settle(pilot)
        for spec in app.registry.views:
            await pilot.press(spec.key)
            await pilot.pause()
            assert_inert(tui.screen_text(app))
        for item_id in ("evil-measure", "evil-meeting", "evil-pilot", "evil-indicator"):
            app.open_detail(item_id)
            await pilot.pause()
            shown = tui.screen_text(app)
            assert_inert(shown)
            assert "[bold red]alarm[/]" in shown
            await pilot.press("escape")
            await pilot.pause()
