"""Snapshots and diff know risks (status, score, band) and assessments (the verdict)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from tests.conftest import TESTS
from tracker.history.diff import diff_snapshots, diff_to_json
from tracker.history.snapshot import build_snapshot
from tracker.loader import load_programme
from tracker.state import build_state

FORMAT2 = TESTS / "fixtures" / "format2"


def _snapshot(root: Path, as_of: date) -> dict[str, object]:
    return build_snapshot(build_state(load_programme(root), as_of), "t", None, None, None)


def test_snapshot_keeps_risk_score_band_and_verdicts() -> None:
    items = _snapshot(FORMAT2, date(2018, 12, 1))["items"]
    venue = items["R-VENUE"]  # type: ignore[index]
    assert (venue["status"], venue["likelihood"], venue["score"], venue["band"]) == (
        "mitigating",
        2,
        8,
        "medium",
    )
    issue = items["I-SYSTEM"]  # type: ignore[index]
    assert (issue["type"], issue["likelihood"], issue["score"]) == ("issue", None, 20)
    verdict = items["A-1812-digi"]  # type: ignore[index]
    assert (verdict["health"], verdict["meeting"], verdict["opgave"]) == (
        "green",
        "2018-12-06",
        "digi",
    )


def test_diff_shows_a_risk_moving_band_and_status() -> None:
    before = _snapshot(FORMAT2, date(2018, 10, 25))
    after = _snapshot(FORMAT2, date(2018, 12, 1))
    diff = diff_snapshots(before, after)
    venue = next(d for d in diff.changed if d.id == "R-VENUE")
    changes = {c.field: (c.before, c.after) for c in venue.changes}
    assert changes == {
        "risk_status": ("open", "mitigating"),
        "likelihood": (3, 2),
        "score": (12, 8),
        "review_overdue": (False, True),
    }
    assert diff_to_json(diff)["changed"]


def test_diff_shows_a_rewritten_verdict(tmp_path: Path) -> None:
    root = tmp_path / "programme"
    shutil.copytree(FORMAT2, root)
    before = _snapshot(root, date(2018, 12, 1))
    path = root / "measures/assessments/2018-12.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "opgave: digi\nhealth: green", "opgave: digi\nhealth: red"
    )
    path.write_text(text, encoding="utf-8")
    diff = diff_snapshots(before, _snapshot(root, date(2018, 12, 1)))
    (changed,) = diff.changed
    assert changed.id == "A-1812-digi"
    assert [(c.field, c.before, c.after) for c in changed.changes] == [("health", "green", "red")]
    (group,) = [g for g in diff.opgaven if g.changed]
    assert group.id == "digi"
