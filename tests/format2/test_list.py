"""`ggp-tracker list risks`: highest score first, filters, JSON, words in both languages."""

from __future__ import annotations

import json

import pytest

from tests.conftest import TESTS
from tracker.cli import main

ROOT = ["--root", str(TESTS / "fixtures" / "format2"), "--as-of", "2018-12-01"]


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main([*ROOT, "list", "risks", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_risks_highest_score_first(capsys: pytest.CaptureFixture[str]) -> None:
    found = _json(capsys)
    assert [(r["id"], r["score"], r["band"]) for r in found] == [
        ("R-OLD", 25, "high"),
        ("I-SYSTEM", 20, "high"),
        ("R-CAPACITY", 16, "high"),
        ("R-VENUE", 8, "medium"),
        ("R-DATA", 6, "low"),
    ]
    venue = found[3]
    assert venue["review_by"] == "2018-11-15" and venue["review_overdue"] is True
    assert (venue["file"], venue["line"]) == ("measures/risks/risks.yaml", 15)


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (("--band", "high"), ["R-OLD", "I-SYSTEM", "R-CAPACITY"]),
        (("--status", "mitigating"), ["I-SYSTEM", "R-VENUE"]),
        (("--overdue",), ["R-VENUE"]),
        (("--opgave", "digi"), ["I-SYSTEM", "R-VENUE"]),
        (("--owner", "ict"), ["I-SYSTEM"]),
    ],
)
def test_filters(capsys: pytest.CaptureFixture[str], args: tuple[str, ...], ids: list[str]) -> None:
    assert [r["id"] for r in _json(capsys, *args)] == ids


def test_table_in_dutch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    assert main([*ROOT, "--lang", "nl", "list", "risks", "--band", "medium"]) == 0
    out = capsys.readouterr().out
    assert "Risico's en issues" in out and "▲ middel" in out and "in beheersing" in out
    assert "2018-11-15 !" in out  # review overdue, marked as a due date is
