"""`snapshot` and `history` as a user runs them; one item's health across snapshots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.history.helpers import AS_OF, cli
from tracker.history.storage import HistoryStore, history_path
from tracker.history.timeline import health_history


def test_snapshot_label_defaults_to_the_as_of_date(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, "snapshot", "--root", str(good_root), "--as-of", AS_OF)
    assert code == 0, err
    assert f"Snapshot '{AS_OF}' saved in {history_path(good_root)}: 6 items" in out
    assert "not in git" in out
    (stored,) = HistoryStore(good_root).snapshots()
    assert stored["label"] == AS_OF
    assert stored["as_of"] == AS_OF
    assert stored["taken"].endswith("Z") and len(stored["taken"]) == 20


def test_used_label_is_refused_then_replaced(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = ("--root", str(good_root))
    assert cli(capsys, "snapshot", "--label", "oct", *root, "--as-of", "2018-10-11")[0] == 0
    before = history_path(good_root).read_bytes()
    code, out, err = cli(capsys, "snapshot", "--label", "oct", *root, "--as-of", AS_OF)
    assert code == 1 and out == ""
    assert "a snapshot labelled 'oct' exists already" in err and "--replace" in err
    assert history_path(good_root).read_bytes() == before
    code, out, _ = cli(capsys, "snapshot", "--label", "oct", "--replace", *root, "--as-of", AS_OF)
    assert code == 0 and "replaced" in out
    (stored,) = HistoryStore(good_root).snapshots()
    assert stored["as_of"] == AS_OF


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("now", "other things"),
        ("git:HEAD", "other things"),
        ("", "one line"),
        ("two\nlines", "one line"),
        ("x" * 81, "one line"),
        ("bell\x07", "one line"),
    ],
)
def test_labels_that_cannot_be(
    good_root: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    code, _, err = cli(capsys, "snapshot", "--label", name, "--root", str(good_root))
    assert code == 1
    assert "cannot be a label" in err and reason in err
    assert "\x07" not in err
    assert not (good_root / ".tracker").exists()


def test_snapshot_refused_without_a_programme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "snapshot", "--root", str(tmp_path))
    assert code == 1
    assert "no agenda.yaml that loads" in err
    assert not (tmp_path / ".tracker").exists()


def test_snapshot_with_load_errors_says_so(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (good_root / "measures" / "broken.yaml").write_text("kind: measure\nid: broken\n")
    code, _out, err = cli(capsys, "snapshot", "--root", str(good_root), "--as-of", AS_OF)
    assert code == 0
    assert "1 errors in the programme files" in err
    (stored,) = HistoryStore(good_root).snapshots()
    assert stored["problems"]["errors"] == 1
    assert "broken" not in stored["items"]


def test_history_lists_oldest_first(good_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = ("--root", str(good_root))
    code, out, _ = cli(capsys, "history", *root)
    assert code == 0 and "No snapshots yet" in out
    code, out, _ = cli(capsys, "history", "--json", *root)
    assert json.loads(out) == []
    for name, as_of in (("oct", "2018-10-11"), ("[red]nov[/red]", AS_OF)):
        assert cli(capsys, "snapshot", "--label", name, *root, "--as-of", as_of)[0] == 0
    code, out, _ = cli(capsys, "history", "--json", *root)
    rows = json.loads(out)
    assert [r["label"] for r in rows] == ["oct", "[red]nov[/red]"]
    assert set(rows[0]) == {"label", "taken", "as_of", "commit", "dirty", "items", "source_hash"}
    assert rows[0]["as_of"] == "2018-10-11" and rows[0]["items"] == 6
    assert rows[0]["commit"] is None
    code, out, _ = cli(capsys, "history", *root)
    assert "Reported history" in out and "[red]nov[/red]" in out and "not in git" in out
    code, out, _ = cli(capsys, "history", "--lang", "nl", *root)
    assert "Rapportagegeschiedenis" in out and "niet in git" in out


def test_health_history_of_one_item(good_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = ("--root", str(good_root))
    for name, as_of in (("jun", "2018-06-01"), ("oct", "2018-10-11"), ("nov", AS_OF)):
        assert cli(capsys, "snapshot", "--label", name, *root, "--as-of", as_of)[0] == 0
    points = health_history(HistoryStore(good_root), "NETWERK")
    assert [(p.label, p.health, p.progress) for p in points] == [
        ("jun", None, None),
        ("oct", "amber", 30),
        ("nov", "red", 45),
    ]
    assert points[-1].status == "active"
    assert health_history(HistoryStore(good_root), "unknown") == ()
