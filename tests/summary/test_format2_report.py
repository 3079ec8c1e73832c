"""The report on a format-2 programme (tests/fixtures/format2, as of 2018-12-01 for
the meeting of 6 December 2018), read back from every format in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.summary.extract import HEADER, Read, read_docx, read_html, read_markdown, read_text
from tests.summary.test_sections import FORMATS, flat, titles
from tracker.commands.summary import document_control
from tracker.labels import Lang, label
from tracker.loader import load_programme
from tracker.state import State, build_state
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.to_text import text_export

FORMAT2 = Path(__file__).parents[1] / "fixtures" / "format2"
MEETING = date(2018, 12, 6)


class _Args:
    status, doc_version, item = "concept", "0.3", "4"


@pytest.fixture(scope="module")
def state() -> State:
    return build_state(load_programme(FORMAT2), date(2018, 12, 1))


def read(state: State, fmt: str, lang: Lang) -> Read:
    control = document_control(_Args(), state)  # type: ignore[arg-type]
    doc = summary_document(state, lang, MEETING, control=control)
    if fmt == "text":
        return read_text(text_export(doc, width=400), titles(lang, "lovp"))
    data = render_bytes(doc, fmt)
    if fmt == "docx":
        return read_docx(data)
    return read_html(data.decode()) if fmt == "html" else read_markdown(data.decode())


def section(got: Read, key: str, lang: Lang) -> str:
    return flat(got.sections[label(f"summary.s.{key}", lang)].replace("|", " "))


@pytest.fixture(scope="module", params=[(f, lang) for f in FORMATS for lang in ("en", "nl")])
def got(request: pytest.FixtureRequest, state: State) -> tuple[str, Lang, Read]:
    fmt, lang = request.param
    return fmt, lang, read(state, fmt, lang)


def test_document_control_from_the_agenda_and_the_options(got: tuple[str, Lang, Read]) -> None:
    fmt, lang, r = got
    header = flat(r.sections[HEADER])
    for expected in ("Intern", "Programme office", "Members of the LOVP",
                     label("summary.status.concept", lang), "0.3"):  # fmt: skip
        assert expected in header, (fmt, lang, expected)


def test_key_messages_lead_with_verdicts(got: tuple[str, Lang, Read]) -> None:
    _fmt, lang, r = got
    assert list(r.sections)[1] == label("summary.s.key_messages", lang)
    text = section(r, "key_messages", lang)
    assert f"{label('summary.programme_as_whole', lang)} — ▲ {label('health.amber', lang)}" in text
    assert "Webcare runs in two units" in text
    assert "Choose the venue" in text  # what happens next
    assert f"Subversive crime — {label('summary.no_verdict', lang)}" in text
    assert label("summary.verdict_contradicted", lang) in text  # green over red facts
    # Only this meeting's assessments: October's verdicts are not repeated.
    assert text.count(" — ") == 4


def test_decisions_carry_question_proposal_advice_and_who_asks(
    got: tuple[str, Lang, Read],
) -> None:
    fmt, lang, r = got
    text = section(r, "decisions", lang)
    for expected in ("Agree the ceiling per basisteam", "A ceiling of EUR 25,000",
                     "The network of basisteam chiefs supports", label("summary.advice", lang),
                     label("summary.proposal", lang), label("summary.asked_by", lang),
                     "Extend the urgency budget to all units?"):  # fmt: skip
        assert expected in text, (fmt, lang, expected)


def test_risks_open_and_mitigating_by_score(got: tuple[str, Lang, Read]) -> None:
    fmt, lang, r = got
    text = section(r, "risks", lang)
    order = ["registration system is down", "Too little capacity", "No venue", "arrive late"]
    at = [text.index(t) for t in order]
    assert at == sorted(at), (fmt, lang)
    assert "20" in text and label("summary.band.high", lang) in text
    assert "Paper forms until it is back." in text and "ICT" in text
    assert label("summary.risks_closed", lang, n=1) in text  # closed: counted only


def test_attention_puts_contradictions_first(got: tuple[str, Lang, Read]) -> None:
    _fmt, lang, r = got
    text = section(r, "attention", lang)
    contradicts = label("summary.reason.contradicts", lang)
    assert text.index(contradicts) < text.index(label("reason.overdue", lang))
    assert label("summary.part.review", lang) in text


def test_no_health_word_dutch_avoids(got: tuple[str, Lang, Read]) -> None:
    fmt, lang, r = got
    if lang == "nl":
        everything = flat(r.text()).lower()
        for word in ("deadline", "gezondheid"):
            assert word not in everything, (fmt, word)
