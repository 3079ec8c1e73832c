"""Each of the ten parts of the summary carries the right items, in every format."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from tests.conftest import AS_OF, GOOD
from tests.summary.conftest import MEETING
from tests.summary.extract import HEADER, Read, read_docx, read_html, read_markdown, read_text
from tracker.labels import Lang, label
from tracker.loader import load_programme
from tracker.state import State, build_state
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.to_text import text_export

FORMATS = ("md", "html", "docx", "text")
# The order of a steering report: what the meeting must decide and know comes first.
SECTION_KEYS = (
    "key_messages",
    "decisions",
    "risks",
    "attention",
    "overview",
    "indicators",
    "actions",
    "meetings",
    "upcoming",
    "changes",
    "opgaven",
    "quality",
)
# For the LOVP (the default audience) the last two are left out.
LOVP_KEYS = SECTION_KEYS[:-2]

# section -> (must appear, must not appear), as of 2018-11-01 for the meeting of 2018-12-06
EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    # A format-1 programme: no assessments, no risks.
    "key_messages": (["No verdict has been written for this meeting."], []),
    "risks": (["None."], []),
    HEADER: (
        [
            "Testprogramma GGP (TST)",
            "6 December 2018",
            "12 October 2018 to 6 December 2018",
            "1 November 2018",
            "Draft",
        ],
        ["git commit"],
    ),
    "overview": (
        [
            "Digital world",
            "Modern proximity",
            "Subversive crime",
            "Programme-wide",
            "53%",  # (45 + 60) / 2, rounded half up
            "28%",  # (45 + 10) / 2
            "Measures: 4 · pilots: 2 · red: 1 · overdue: 3",
            # Each item once in the total; the shared item counted in two rows.
            "Total (each item once) 6 1 2 1 1 2 54% 3 1",
            "Digital world 2 1 1 0 1 0 53% 1 1",
        ],
        [],
    ),
    "attention": (
        [
            "■ red",
            "since 20 October 2018",
            "Charter agreed",
            "due 15 September 2018",
            "Report on urgency budgets",
            "lovp-2018-10#1",
            "due 25 October 2018",
            "Webcare Twente",
            "last update 4 July 2018",
            "88% on 30 September 2018; target 90%",
            "Programme office",
        ],
        ["Fund a secretary", "Pop-up office Breda", "Invite the units"],
    ),
    "decisions": (
        [
            "Network of basisteam chiefs",
            "Fund a secretary for the network?",
            "Asked by",
            "Programme office",
            "active · ■ red",
        ],
        ["Webcare Twente"],
    ),
    "changes": (
        [
            "2018-10-20",
            "Second meeting held.",
            "Health ▲ amber → ■ red",
            "Progress 30% → 45%",
            "Preparations started with the municipality.",
            "Phase idea → preparing",
            "Status and phase changes",
        ],
        ["Running in Twente.", "2018-07-04"],
    ),
    "opgaven": (
        [
            "Webcare Twente",
            "running",
            "Pop-up office Breda",
            "Location chosen, 2018-11-20",
            "Team budget for the basisteam chief",
            "Larger urgency budgets",
            "Several opgaven",
            "digitaal, nabijheid",
            "Charter agreed, 2018-09-15",
        ],
        ["HIC victims", "LOVP progress meeting"],
    ),
    # Strictly inside the period: not the previous LOVP meeting of 11 October.
    "meetings": (
        ["Triangle consultation Twente", "25 October 2018", "Extend webcare to Twente-Zuid."],
        ["Continue the network.", "Draft the charter", "Network meeting of basisteam chiefs"],
    ),
    # Every action still open or done in the period, from the previous meeting too.
    "actions": (
        [
            "Report on urgency budgets",
            "LOVP progress meeting, 2018-10-11",
            "overdue",
            "done 2018-10-15",
            "Plan the extension",
            "open",
        ],
        ["Draft the charter"],
    ),
    "indicators": (
        ["HIC victims informed within 14 days", "88%", "2018-09-30", "≥ 90%", "no", "↓ worsening"],
        [],
    ),
    "upcoming": (
        [
            "14 March 2019, the LOVP meeting after this one",
            "2018-11-15",
            "Network meeting of basisteam chiefs",
            "2018-11-20",
            "Location chosen",
            "Draft the charter",
            "netwerk-2018-11#1",
            "2018-12-06",
            "Plan the extension",
        ],
        ["2019-06-01", "Report on urgency budgets"],
    ),
    "quality": (
        ["Errors: 1 · warnings: 1 · items loaded: 10", "unknown-field", "date-order"],
        [],
    ),
}


def titles(lang: Lang, audience: str = "internal") -> list[str]:
    keys = SECTION_KEYS if audience == "internal" else LOVP_KEYS
    return [label(f"summary.s.{key}", lang) for key in keys]


def render(state: State, fmt: str, lang: Lang = "en", audience: str = "internal") -> Read:
    doc = summary_document(state, lang, MEETING, audience=audience)
    data = render_bytes(doc, fmt)
    if fmt == "docx":
        return read_docx(data)
    text = data.decode("utf-8")
    if fmt == "html":
        return read_html(text)
    if fmt == "md":
        return read_markdown(text)
    # Wide enough that no cell wraps: wrapped cells interleave with their neighbours.
    return read_text(text_export(doc, width=400), titles(lang, audience))


def flat(text: str) -> str:
    """Text with runs of whitespace folded, as the formats lay out cells differently."""
    return " ".join(text.split())


@pytest.fixture(scope="module", params=FORMATS)
def rendered(request: pytest.FixtureRequest, summary_state: State) -> tuple[str, Read]:
    return request.param, render(summary_state, request.param)


def test_sections_in_order_with_title(rendered: tuple[str, Read]) -> None:
    fmt, read = rendered
    assert read.title == "LOVP status summary — 6 December 2018"
    assert list(read.sections) == [HEADER, *titles("en")], fmt


@pytest.mark.parametrize("section", [HEADER, *SECTION_KEYS])
def test_section_carries_the_right_items(rendered: tuple[str, Read], section: str) -> None:
    fmt, read = rendered
    title = section if section == HEADER else label(f"summary.s.{section}", "en")
    text = flat(read.sections[title].replace("|", " "))  # table cells as words
    present, absent = EXPECTED[section]
    for expected in present:
        assert expected in text, (fmt, section, expected)
    for unexpected in absent:
        assert unexpected not in text, (fmt, section, unexpected)


def test_subheadings_per_opgave_and_meeting(rendered: tuple[str, Read]) -> None:
    fmt, read = rendered
    if fmt == "text":
        return  # the terminal has no heading levels; its sections are checked above
    assert read.subheadings == [
        "Network of basisteam chiefs (netwerk)",  # the decision
        "Digital world",  # attention, per opgave
        "Subversive crime",
        "Several opgaven",
        "Programme-wide",
        "Triangle consultation Twente (driehoek-2018-10)",
        "Updates",
        "Status and phase changes",
        "Digital world",  # status per opgave
        "Modern proximity",
        "Subversive crime",
        "Several opgaven",
    ]


def test_empty_sections_say_none(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    shutil.copytree(GOOD, root)
    shutil.rmtree(root / "measures")
    (root / "measures").mkdir()
    state = build_state(load_programme(root), AS_OF)
    for fmt in FORMATS:
        read = render(state, fmt)
        for key in ("attention", "decisions", "changes", "opgaven", "meetings", "indicators",
                    "actions", "quality"):  # fmt: skip
            text = read.sections[label(f"summary.s.{key}", "en")]
            assert "None." in text, (fmt, key)
        # Each opgave still has its heading, and says it has nothing.
        opgaven = read.sections[label("summary.s.opgaven", "en")]
        assert opgaven.count("None.") == 3, fmt


def test_html_is_self_contained_and_printable(summary_state: State) -> None:
    html = render_bytes(summary_document(summary_state, "en", MEETING), "html").decode()
    read = read_html(html)
    assert read.tags.get("script", 0) == 0
    assert read.tags.get("link", 0) == 0 and read.tags.get("img", 0) == 0
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    assert "@page { size: A4" in html and "@media print" in html
    assert read.tags["svg"] == 1  # the indicator's chart
    assert read.pictures == ["HIC victims informed within 14 days: 2018-06-30 91%, "
                             "2018-09-30 88%; target ≥ 90%"]  # fmt: skip


def test_word_has_real_headings_styled_tables_and_a_chart(summary_state: State) -> None:
    data = render_bytes(summary_document(summary_state, "en", MEETING), "docx")
    read = read_docx(data)
    assert read.title.startswith("LOVP status summary")
    assert list(read.sections)[1:] == titles("en", "lovp")  # every section is a Heading 1
    assert read.tags == {"table-style:Table Grid": 1}
    assert read.tables >= 10
    assert read.pictures == ["HIC victims informed within 14 days: 2018-06-30 91%, "
                             "2018-09-30 88%; target ≥ 90%"]  # fmt: skip
    from docx import Document

    doc = Document(__import__("io").BytesIO(data))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    props = doc.core_properties
    assert (props.author, props.last_modified_by, props.comments) == ("ggp-tracker",) * 2 + ("",)
    assert props.title == read.title and props.language == "en-GB"
    assert props.created == props.modified == datetime.combine(AS_OF, time(), tzinfo=UTC)


@pytest.mark.parametrize("fmt", FORMATS)
def test_dutch(summary_state: State, fmt: str) -> None:
    read = render(summary_state, fmt, "nl")
    assert read.title == "LOVP-voortgangsrapportage — 6 december 2018"
    assert list(read.sections) == [HEADER, *titles("nl")]
    assert "Aandachtspunten" in titles("nl") and "Gevraagde besluiten" in titles("nl")
    everything = flat(read.text())
    for dutch in (
        "12 oktober 2018 t/m 6 december 2018",
        "Peildatum",
        "■ rood",
        "te laat",
        "einddatum 15 september 2018",
        "laatste voortgangsbericht 4 juli 2018",
        "88% op 30 september 2018; doel 90%",
        "Meerdere opgaven",
        "gereed 2018-10-15",
        "Beoordeling ▲ oranje → ■ rood",
        "↓ verslechtert",
        "Totaal (elk item één keer)",
    ):
        assert dutch in everything, (fmt, dutch)
    for english in ("Needs attention", "overdue", "last update", "Several opgaven"):
        assert english not in everything, (fmt, english)
    # The agreed Dutch words: no "Deadline", no "Gezondheid", no "update" in a report.
    for word in ("deadline", "gezondheid", "update"):
        assert word not in everything.lower(), (fmt, word)


def test_clamped_as_of_is_said(summary_root: Path) -> None:
    from datetime import date

    state = build_state(load_programme(summary_root), date(2020, 6, 1))
    doc = summary_document(state, "en")  # the default meeting
    read = read_markdown(render_bytes(doc, "md").decode())
    header = flat(read.sections[HEADER])
    assert "as of 31 December 2019, the programme's end (asked for 1 June 2020)" in header
    assert read.title == "LOVP status summary — 14 March 2019"  # the last meeting


@pytest.mark.parametrize(("lang", "huge", "usual"), [("en", "-1.7e+308%", "1,234.5"),
                                                      ("nl", "-1,7e+308%", "1.234,5")])  # fmt: skip
def test_huge_numbers_are_written_short(lang: Lang, huge: str, usual: str) -> None:
    # Written out in digits, 1.7e308 ran 400 characters across the page.
    from tracker.summary.layout import Words

    words = Words(lang)
    assert words.number(-1.7e308, "percent") == huge
    assert words.number(1234.5) == usual
