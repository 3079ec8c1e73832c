"""`ggp-tracker update` on a risk: --status, --likelihood, --impact through the located
insertion; wrong values refused with nothing written."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TESTS
from tracker.cli import main
from tracker.loader import load_programme
from tracker.state import build_state

FORMAT2 = TESTS / "fixtures" / "format2"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    target = tmp_path / "programme"
    shutil.copytree(FORMAT2, target)
    return target


def _update(root: Path, *args: str) -> int:
    return main(["--root", str(root), "update", *args, "--date", "2018-11-30"])


def test_a_risk_update_sets_status_likelihood_and_impact(root: Path) -> None:
    path = root / "measures/risks/risks.yaml"
    before = path.read_text(encoding="utf-8")
    args = ("R-DATA", "--status", "mitigating", "--likelihood", "3", "--impact", "4")
    assert _update(root, *args, "--note", "Units agreed deadlines.") == 0
    after = path.read_text(encoding="utf-8")
    added = (
        "updates:\n  - date: 2018-11-30\n    note: Units agreed deadlines.\n"
        "    status: mitigating\n    likelihood: 3\n    impact: 4\n"
    )
    assert added in after
    assert after.replace(added, "") == before  # nothing else in the file moved
    programme = load_programme(root)
    assert programme.problems == ()
    risk = build_state(programme, date(2018, 12, 1)).risk("R-DATA")
    assert risk is not None and (risk.status, risk.score, risk.band) == ("mitigating", 12, "medium")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--status", "done"), "open, mitigating, closed"),
        (("--likelihood", "7"), "likelihood"),
        (("--impact", "three"), "impact"),
    ],
)
def test_wrong_values_are_refused(
    root: Path, args: tuple[str, ...], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = root / "measures/risks/risks.yaml"
    before = path.read_bytes()
    assert _update(root, "R-DATA", *args, "--note", "x") == 1
    assert says in capsys.readouterr().err
    assert path.read_bytes() == before
