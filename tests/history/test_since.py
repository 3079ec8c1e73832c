"""The summary's changes in the period, fed from the reported history."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tests.history.helpers import AS_OF, cli, commit_all, git_init
from tracker.history.errors import HistoryError
from tracker.history.since import changes_from_diff, default_since
from tracker.history.storage import history_path
from tracker.loader import load_programme
from tracker.state import build_state
from tracker.summary.changes import FieldChange


def _state(root: Path, as_of: str = AS_OF):
    return build_state(load_programme(root), date.fromisoformat(as_of))


def _snapshot(capsys: pytest.CaptureFixture[str], root: Path, name: str, as_of: str) -> None:
    code, _, err = cli(capsys, "snapshot", "--label", name, "--root", str(root), "--as-of", as_of)
    assert code == 0, err


def test_rows_from_a_snapshot(good_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _snapshot(capsys, good_root, "oct", "2018-10-11")
    changes = changes_from_diff(good_root, "oct", _state(good_root))
    assert changes.since == "the snapshot 'oct' as of 2018-10-11"
    rows = {r.item_id: r for r in changes.rows}
    assert set(rows) == {"netwerk", "lovp-2018-10"}
    netwerk = rows["netwerk"]
    assert netwerk.date == date(2018, 10, 20)
    assert netwerk.note == "Second meeting held."
    assert netwerk.changes == (
        FieldChange("health", "amber", "red"),
        FieldChange("progress", 30, 45),
    )
    assert rows["lovp-2018-10"].note == "Overdue actions: 0 → 1"
    assert [r.item_id for r in changes.rows] == ["lovp-2018-10", "netwerk"]  # undated first
    dutch = changes_from_diff(good_root, "oct", _state(good_root), "nl")
    assert dutch.since == "de snapshot 'oct' met peildatum 2018-10-11"


def test_added_removed_and_indicator_rows(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _snapshot(capsys, good_root, "oct", AS_OF)
    measures = good_root / "measures"
    (measures / "lovp" / "budget.yaml").unlink()
    (measures / "pilots" / "camper.yaml").write_text(
        "kind: pilot\nid: camper\ntitle: Police camper\nunit: zwb\nphase: running\n"
        "health: green\nstart: 2018-10-01\n"
    )
    hic = measures / "indicators" / "hic.yaml"
    hic.write_text(hic.read_text() + "  - date: 2018-10-31\n    value: 93\n")
    rows = {r.item_id: r for r in changes_from_diff(good_root, "oct", _state(good_root)).rows}
    assert rows["camper"].note == "added"
    assert rows["camper"].changes == (
        FieldChange("phase", None, "running"),
        FieldChange("health", None, "green"),
    )
    assert rows["urgentie"].note == "removed" and rows["teambudget"].changes == ()
    indicator = rows["hic-terugkoppeling"]
    assert indicator.date == date(2018, 10, 31)
    assert indicator.note == "88 on 2018-09-30 → 93 on 2018-10-31; meets target: yes"


def test_unknown_label_is_a_value_error(good_root: Path) -> None:
    with pytest.raises(ValueError, match="no snapshot is labelled 'oct'"):
        changes_from_diff(good_root, "oct", _state(good_root))


def test_default_is_the_latest_snapshot_before_the_period(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = _state(good_root)
    meeting = date(2018, 12, 6)  # period: after 2018-10-11 up to 2018-12-06
    assert default_since(good_root, state, meeting) is None
    _snapshot(capsys, good_root, "sep", "2018-09-20")
    _snapshot(capsys, good_root, "oct", "2018-10-11")
    _snapshot(capsys, good_root, "late-oct", "2018-10-30")
    assert default_since(good_root, state, meeting) == "oct"
    assert default_since(good_root, state, date(2018, 10, 11)) is None  # the first meeting
    # Taken later, but reporting an earlier date: not what was reported last.
    _snapshot(capsys, good_root, "backfilled", "2018-06-14")
    assert default_since(good_root, state, meeting) == "oct"
    history_path(good_root).write_text("{damaged")
    with pytest.raises(HistoryError):
        default_since(good_root, state, meeting)


def test_summary_command(good_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = ("--root", str(good_root), "--as-of", AS_OF, "--format", "md")
    code, out, _ = cli(capsys, "summary", *root)
    assert code == 0 and "Updates dated in the reporting period." in out
    _snapshot(capsys, good_root, "oct", "2018-10-11")
    code, out, _ = cli(capsys, "summary", *root)
    assert code == 0
    assert "Compared with the snapshot 'oct' as of 2018-10-11." in out
    assert "| Second meeting held. |" in out
    code, out, _ = cli(capsys, "summary", "--since", "oct", "--lang", "nl", *root)
    assert "Vergeleken met de snapshot 'oct' met peildatum 2018-10-11." in out
    assert "Beoordeling ▲ oranje → ■ rood" in out
    code, out, err = cli(capsys, "summary", "--since", "dec", *root)
    assert code == 2 and out == ""
    assert "no snapshot is labelled 'dec'" in err
    damaged = history_path(good_root).read_bytes()[:-20]
    history_path(good_root).write_bytes(damaged)
    code, out, err = cli(capsys, "summary", *root)
    assert code == 0
    assert "Updates dated in the reporting period." in out
    assert str(history_path(good_root)) in err and "not valid JSON" in err
    assert history_path(good_root).read_bytes() == damaged


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_summary_since_a_git_revision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    shutil.copytree(GOOD, root)
    git_init(root)
    commit_all(root, "first")
    webcare = root / "measures" / "pilots" / "webcare.yaml"
    webcare.write_text(
        webcare.read_text() + "  - date: 2018-10-25\n    note: Unit-wide.\n    phase: scaling\n"
    )
    commit_all(root, "webcare scaling")
    code, out, err = cli(
        capsys, "summary", "--since", "git:HEAD~1", "--root", str(root), "--as-of", AS_OF,
        "--format", "md",
    )  # fmt: skip
    assert code == 0, err
    assert "Compared with the programme files at git revision HEAD" in out
    assert "| Unit-wide. | Phase running → scaling up |" in out
