"""The report built around the meeting: audience, document control, attention kept
short, the agreed words; read back from every format in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.summary.conftest import MEETING, make_programme
from tests.summary.extract import HEADER, Read, read_docx, read_html, read_markdown, read_text
from tests.summary.test_sections import FORMATS, flat, titles
from tracker.cli import main
from tracker.labels import Lang, label
from tracker.loader import load_programme
from tracker.state import State, build_state
from tracker.summary.export import render_bytes, summary_document
from tracker.summary.model import DocumentControl, GitInfo
from tracker.summary.to_text import text_export

LANGS: tuple[Lang, ...] = ("en", "nl")


def read(state: State, fmt: str, lang: Lang, **options: object) -> Read:
    doc = summary_document(state, lang, MEETING, **options)  # type: ignore[arg-type]
    if fmt == "text":
        audience = str(options.get("audience", "lovp"))
        return read_text(text_export(doc, width=400), titles(lang, audience))
    data = render_bytes(doc, fmt)
    if fmt == "docx":
        return read_docx(data)
    return read_html(data.decode()) if fmt == "html" else read_markdown(data.decode())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_for_the_lovp_no_ids_commits_or_data_quality(
    summary_state: State, fmt: str, lang: Lang
) -> None:
    got = read(summary_state, fmt, lang, git=GitInfo("abc1234", True))
    assert list(got.sections) == [HEADER, *titles(lang, "lovp")]
    everything = flat(got.text() + got.sections[HEADER])
    for internal in ("(netwerk)", "lovp-2018-10#1", "driehoek-2018-10", "(webcare)", "abc1234"):
        assert internal not in everything, (fmt, internal)
    # One line remains of the data-quality section: the files have an error.
    assert label("summary.quality_short", lang, errors=1) in flat(got.sections[HEADER])
    assert label("summary.s.quality", lang) not in got.sections


@pytest.mark.parametrize("fmt", FORMATS)
def test_internal_keeps_ids_and_data_quality(summary_state: State, fmt: str) -> None:
    got = read(summary_state, fmt, "en", audience="internal", git=GitInfo("abc1234", False))
    assert "Data quality" in got.sections
    assert "lovp-2018-10#1" in flat(got.text())
    assert "git commit abc1234" in flat(got.sections[HEADER])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_document_control_is_printed(summary_state: State, fmt: str, lang: Lang) -> None:
    control = DocumentControl(
        status="final",
        version="1.2",
        item="4b",
        author="Programmabureau GGP",
        distribution="Leden van het LOVP",
        classification="Intern",
    )
    header = flat(read(summary_state, fmt, lang, control=control).sections[HEADER])
    final = label("summary.status.final", lang)
    for expected in (
        f"{final}, {label('summary.version', lang)} 1.2",
        label("summary.meeting_item", lang, date=("6 December 2018" if lang == "en"
                                                 else "6 december 2018"), item="4b"),
        "Programmabureau GGP",
        "Leden van het LOVP",
        "Intern",
    ):  # fmt: skip
        assert expected in header, (fmt, expected)


def test_draft_is_the_default(summary_state: State) -> None:
    header = read(summary_state, "md", "nl").sections[HEADER]
    assert "Concept" in header


def _many(root: Path, stale: int, dated: int) -> State:
    """`stale` measures last updated on one day, and `dated` each on its own day."""
    docs = []
    for n in range(stale):
        docs.append(
            f"kind: measure\nid: same-{n}\ntitle: Same day {n}\nopgaven: [ondermijning]\n"
            "status: active\nupdates:\n  - date: 2018-06-01\n    note: started\n"
        )
    for n in range(dated):
        docs.append(
            f"kind: measure\nid: own-{n}\ntitle: Own day {n}\nopgaven: [ondermijning]\n"
            f"status: active\nupdates:\n  - date: 2018-07-{n + 1:02d}\n    note: started\n"
        )
    (root / "measures" / "many.yaml").write_text("---\n".join(docs), encoding="utf-8")
    return build_state(load_programme(root), AS_OF)


@pytest.mark.parametrize("fmt", FORMATS)
def test_attention_groups_rows_and_stops_at_ten_per_opgave(tmp_path: Path, fmt: str) -> None:
    state = _many(make_programme(tmp_path / "p"), stale=20, dated=12)
    got = read(state, fmt, "en")
    text = flat(got.sections["Needs attention"].replace("|", " "))
    # Twenty measures last updated on one day: one row, not twenty.
    assert "20 measures" in text and "last update 1 June 2018" in text
    assert "Same day" not in text
    # Subversive crime: its overdue measure, the group and eight of the twelve, then
    # "and 4 more".
    assert "Own day 7" in text and "Own day 8" not in text
    assert "and 4 more" in text


@pytest.mark.parametrize("lang", LANGS)
def test_trend_reads_by_better(tmp_path: Path, lang: Lang) -> None:
    root = make_programme(tmp_path / "p")
    (root / "measures" / "lower.yaml").write_text(
        "kind: indicator\nid: waiting\ntitle: Waiting days\nbetter: lower\ntarget: 10\n"
        "values:\n  - {date: 2018-06-30, value: 14}\n  - {date: 2018-09-30, value: 12.5}\n",
        encoding="utf-8",
    )
    state = build_state(load_programme(root), AS_OF)
    md = render_bytes(summary_document(state, lang, MEETING), "md").decode()
    text = flat(read_markdown(md).sections[label("summary.s.indicators", lang)])
    # Lower is better: falling is improving; HIC (higher is better) fell: worsening.
    assert f"↓ {label('summary.trend.improving', lang)}" in text
    assert f"↓ {label('summary.trend.worsening', lang)}" in text
    assert label("trend.down", lang) not in text
    # Markdown escapes only what Markdown needs: no backslash before the decimal point.
    assert ("12.5" if lang == "en" else "12,5") in md and "12\\." not in md


def test_the_command_takes_the_document_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_programme(tmp_path / "p")
    code = main(["summary", "--root", str(root), "--as-of", "2018-11-01", "--meeting",
                 "2018-12-06", "--format", "md", "--status", "final", "--doc-version", "0.9",
                 "--item", "5", "--audience", "internal"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    header = flat(read_markdown(out).sections[HEADER])
    assert "Final, version 0.9" in header and "6 December 2018, agenda item 5" in header
    assert "## Data quality" in out


def test_text_at_80_columns_breaks_no_date_or_header_word(summary_state: State) -> None:
    text = text_export(summary_document(summary_state, "nl", MEETING))
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert all(line == line.rstrip() for line in lines)
    assert "6 december 2018" in text  # whole, on one line
    assert date(2018, 12, 6)  # the meeting the text is for


@pytest.mark.parametrize("lang", LANGS)
def test_a_rewritten_past_update_is_a_correction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    root = make_programme(tmp_path / "p")
    assert main(["snapshot", "--root", str(root), "--as-of", "2018-11-01", "--label", "sent"]) == 0
    netwerk = root / "measures" / "lovp" / "netwerk.yaml"
    netwerk.write_text(netwerk.read_text().replace("progress: 45", "progress: 40"))
    code = main(["summary", "--root", str(root), "--as-of", "2018-11-01", "--meeting",
                 "2018-12-06", "--since", "sent", "--format", "md", "--lang", lang])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    changes = flat(read_markdown(out).sections[label("summary.s.changes", lang)])
    assert label("summary.correction", lang) in changes
    assert "45% → 40%" in changes
    assert "correctie" in changes.lower() if lang == "nl" else "correction" in changes.lower()


@pytest.mark.parametrize("fmt", FORMATS)
def test_long_lists_are_cut_for_the_lovp_and_whole_internally(tmp_path: Path, fmt: str) -> None:
    root = make_programme(tmp_path / "p")
    docs = [
        f"kind: measure\nid: ask-{n}\ntitle: Ask {n}\nstatus: active\n"
        f"decision_needed: Question {n}?\n"
        for n in range(30)
    ]
    (root / "measures" / "asks.yaml").write_text("---\n".join(docs), encoding="utf-8")
    state = build_state(load_programme(root), AS_OF)
    lovp = flat(read(state, fmt, "en").sections["Decisions requested"])
    # Eight of the 31 (the thirty come first, by file); the rest counted.
    assert lovp.count("Question") == 8 and "and 23 more" in lovp
    internal = flat(read(state, fmt, "en", audience="internal").sections["Decisions requested"])
    assert internal.count("Question") == 30 and "more" not in internal
