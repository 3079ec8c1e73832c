"""Format 2 in the loader: the new kinds, fields and codes, each at its file, line and column."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import GOOD, TESTS
from tracker.cli import main
from tracker.loader import ProgrammeLoader, load_programme
from tracker.records import Assessment, Decision, Measure, Risk

FORMAT2 = TESTS / "fixtures" / "format2"
BROKEN2 = TESTS / "fixtures" / "format2-broken"

# (file, line, column, code) of every problem in tests/fixtures/format2-broken.
BROKEN_PROBLEMS = [
    ("measures/assessments/duplicate-a.yaml", 2, 5, "duplicate-assessment"),
    ("measures/assessments/duplicate-b.yaml", 2, 5, "duplicate-assessment"),
    ("measures/assessments/invalid-value.yaml", 5, 9, "invalid-value"),
    ("measures/assessments/unknown-field.yaml", 4, 1, "unknown-field"),
    ("measures/assessments/unknown-meeting.yaml", 3, 10, "unknown-meeting"),
    ("measures/assessments/unknown-opgave.yaml", 4, 9, "unknown-opgave"),
    ("measures/decisions/missing-field.yaml", 5, 3, "missing-field"),
    ("measures/decisions/unknown-meeting.yaml", 6, 12, "unknown-meeting"),
    ("measures/risks/invalid-value.yaml", 4, 13, "invalid-value"),
    ("measures/risks/missing-likelihood.yaml", 2, 5, "missing-field"),
    ("measures/risks/unknown-reference.yaml", 6, 11, "unknown-reference"),
    ("measures/risks/update-status.yaml", 9, 13, "invalid-value"),
]


def test_the_format2_fixture_loads_clean() -> None:
    programme = load_programme(FORMAT2)
    assert programme.problems == ()
    kinds = [item.kind for item in programme.items]
    assert kinds.count("risk") == 5 and kinds.count("assessment") == 4
    agenda = programme.agenda
    assert agenda is not None and agenda.report is not None
    assert agenda.report.classification == "Intern"
    assert (agenda.programme.tolerances.time_days, agenda.programme.tolerances.progress_points) == (
        30,
        20,
    )
    assert (agenda.programme.risk_bands.high, agenda.programme.risk_bands.medium) == (15, 8)


def test_new_kinds_and_decision_forms_are_typed() -> None:
    programme = load_programme(FORMAT2)
    issue = programme.item("I-SYSTEM")
    assert isinstance(issue, Risk) and issue.type == "issue" and issue.likelihood is None
    verdict = programme.item("A-1812-digi")
    assert isinstance(verdict, Assessment)
    assert (verdict.meeting, verdict.opgave, verdict.health) == (date(2018, 12, 6), "digi", "green")
    assert verdict.opgaven == ["digi"] and verdict.title  # reads like any item
    whole = programme.item("A-1812")
    assert isinstance(whole, Assessment) and whole.opgave is None and whole.opgaven == []
    budget = programme.item("teambudget")
    assert isinstance(budget, Measure) and isinstance(budget.decision_needed, Decision)
    assert budget.decision_needed.meeting == date(2018, 12, 6)
    text = programme.item("urgentie")
    assert isinstance(text, Measure) and text.decision_needed == (
        "Extend the urgency budget to all units?"
    )


def test_defaults_without_format2_settings() -> None:
    agenda = load_programme(GOOD).agenda
    assert agenda is not None and agenda.report is None
    assert agenda.programme.tolerances.time_days == 30
    assert agenda.programme.tolerances.progress_points == 20
    assert (agenda.programme.risk_bands.high, agenda.programme.risk_bands.medium) == (15, 8)


def test_every_new_problem_at_its_place() -> None:
    programme = load_programme(BROKEN2)
    found = sorted((p.file, p.line, p.column, p.code) for p in programme.problems)
    assert found == sorted(BROKEN_PROBLEMS)
    assert programme.items == ()  # every item there has a problem of its own


def test_messages_name_what_to_do() -> None:
    by_file = {
        p.file.rsplit("/", 2)[-2] + "/" + p.file.rsplit("/", 1)[-1]: p
        for p in load_programme(BROKEN2).problems
    }
    meeting = by_file["assessments/unknown-meeting.yaml"]
    assert "2018-12-07" in meeting.message and "lovp_meetings" in meeting.hint
    assert "2018-12-06" in meeting.hint  # the nearest dates of the calendar
    decision = by_file["decisions/unknown-meeting.yaml"]
    assert decision.message.startswith("decision_needed.meeting 2018-11-30")
    duplicate = by_file["assessments/duplicate-a.yaml"]
    assert "duplicate-b.yaml:2" in duplicate.message and "'digi'" in duplicate.message
    assert "did you mean 'digi'?" in by_file["assessments/unknown-opgave.yaml"].hint
    assert "did you mean 'opgave'?" in by_file["assessments/unknown-field.yaml"].hint
    likelihood = by_file["risks/missing-likelihood.yaml"]
    assert "likelihood" in likelihood.message and "type: issue" in likelihood.hint
    assert "open, mitigating or closed" in by_file["risks/update-status.yaml"].hint


def test_validate_json_carries_the_new_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(BROKEN2), "validate", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    codes = {p["code"] for p in report["problems"]}
    assert {"unknown-meeting", "duplicate-assessment"} <= codes
    assert all(p["severity"] == "error" for p in report["problems"])


def _copy(tmp_path: Path, source: Path = FORMAT2) -> Path:
    root = tmp_path / "programme"
    shutil.copytree(source, root)
    return root


def test_a_programme_verdict_twice_is_a_duplicate(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "measures/assessments/again.yaml").write_text(
        "kind: assessment\nid: A-again\nmeeting: 2018-12-06\nhealth: red\nsummary: Again.\n",
        encoding="utf-8",
    )
    problems = [p for p in load_programme(root).problems if p.code == "duplicate-assessment"]
    assert sorted((p.file, p.line) for p in problems) == [
        ("measures/assessments/2018-12.yaml", 2),
        ("measures/assessments/again.yaml", 2),
    ]
    assert all("programme as a whole" in p.message for p in problems)


def test_same_opgave_other_meeting_is_no_duplicate() -> None:
    # A-1810-digi and A-1812-digi judge digi for two meetings.
    assert load_programme(FORMAT2).problems == ()


def test_a_reload_sees_a_new_duplicate_and_its_removal(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    loader = ProgrammeLoader(root)
    assert loader.load().problems == ()
    path = root / "measures/assessments/2018-10.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace("2018-10-11", "2018-12-06") + "\n", encoding="utf-8")
    codes = [p.code for p in loader.load().problems]
    assert codes == ["duplicate-assessment", "duplicate-assessment"]
    path.write_text(original + "\n\n", encoding="utf-8")
    assert loader.load().problems == ()


def test_risk_bands_must_be_apart(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    agenda = root / "agenda.yaml"
    agenda.write_text(
        agenda.read_text(encoding="utf-8").replace("medium: 8", "medium: 15"), encoding="utf-8"
    )
    (problem,) = load_programme(root).problems
    assert (problem.file, problem.line, problem.code) == ("agenda.yaml", 19, "invalid-value")
    assert "medium 15 is not below high 15" in problem.message


def test_report_block_fields_are_known(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    agenda = root / "agenda.yaml"
    agenda.write_text(
        agenda.read_text(encoding="utf-8").replace("  author:", "  auteur:"), encoding="utf-8"
    )
    (problem,) = load_programme(root).problems
    assert (problem.code, problem.line) == ("unknown-field", 23)
    assert "did you mean 'author'?" in problem.hint


def test_an_issue_needs_no_likelihood_but_an_impact(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "measures/risks/more.yaml").write_text(
        "kind: risk\nid: I-2\ntitle: An issue\ntype: issue\nimpact: 2\n---\n"
        "kind: risk\nid: I-3\ntitle: No impact\ntype: issue\n",
        encoding="utf-8",
    )
    (problem,) = load_programme(root).problems
    assert (problem.file, problem.line, problem.code) == (
        "measures/risks/more.yaml",
        8,
        "missing-field",
    )
    assert "impact" in problem.message


def test_format1_loads_unchanged_with_the_new_codes_absent() -> None:
    programme = load_programme(GOOD)
    assert programme.problems == ()
    assert {item.kind for item in programme.items} <= {"measure", "pilot", "meeting", "indicator"}
