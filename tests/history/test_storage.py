"""The history file: stable order, atomic writes, damaged files left alone, links refused."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.history.helpers import AS_OF, cli
from tracker.history.errors import HistoryError
from tracker.history.storage import HistoryStore, history_path, serialise

MOMENT = datetime(2018, 10, 11, 9, 30, tzinfo=UTC)


def _snapshot(label: str, taken: str = "2018-10-11T09:30:00Z") -> dict:
    return {"label": label, "taken": taken, "as_of": "2018-10-11", "items": {}, "git": None}


def test_serialise_orders_documents_by_number_and_keys_by_name() -> None:
    item = {"title": "T\u00eb [x]", "id": "m", "opgaven": ["b", "a"]}
    doc = {"label": "oct", "items": {"z": item, "m": item}, "opgaven": [{"b": 1, "a": 2}]}
    data = {"snapshots": {str(n): doc for n in (10, 2, 1)}}
    text = serialise(data).decode("utf-8")
    assert text.endswith("}\n")
    assert list(json.loads(text)["snapshots"]) == ["1", "2", "10"]
    assert json.loads(text)["snapshots"]["2"] == doc
    lines = text.splitlines()
    # Down to the fields of a snapshot one key a line; then one item, one roll-up a line.
    assert lines[:5] == [
        "{",
        '  "snapshots": {',
        '    "1": {',
        '      "items": {',
        '        "m": {"id": "m", "opgaven": ["b", "a"], "title": "T\u00eb [x]"},',
    ]
    assert '        {"a": 2, "b": 1}' in lines
    assert serialise(json.loads(text)) == text.encode("utf-8")


def test_add_then_read_back_oldest_first(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    store.add(_snapshot("later", "2018-12-06T10:00:00Z"))
    store.add(_snapshot("earlier", "2018-10-11T10:00:00Z"))
    assert store.labels() == ["earlier", "later"]
    assert store.get("later")["taken"] == "2018-12-06T10:00:00Z"
    assert store.get("missing") is None
    # Only the history, its lock and the .gitignore for the lock: no temporary files left.
    names = sorted(p.name for p in (tmp_path / ".tracker").iterdir())
    assert names == [".gitignore", "history.json", "history.json.lock"]
    assert "*.lock" in (tmp_path / ".tracker" / ".gitignore").read_text()


def test_reading_creates_nothing(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    assert store.snapshots() == []
    assert not store.exists()
    assert not (tmp_path / ".tracker").exists()


def test_used_label_refused_unless_replace_which_keeps_the_entry(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    store.add(_snapshot("oct"))
    store.add(_snapshot("nov", "2018-11-01T10:00:00Z"))
    with pytest.raises(HistoryError) as caught:
        store.add(_snapshot("oct"))
    assert caught.value.key == "history.label_used"
    assert "--replace" in str(caught.value)
    replacement = _snapshot("oct", "2018-10-12T08:00:00Z")
    assert store.add(replacement, replace=True) is True
    data = json.loads(history_path(tmp_path).read_text())
    assert data["snapshots"]["1"]["taken"] == "2018-10-12T08:00:00Z"
    assert len(data["snapshots"]) == 2


@pytest.mark.parametrize(
    ("content", "key", "where"),
    [
        (b'{"snapshots": {"1": {"label": "oct",\n  "taken": 12,,}}}', "history.corrupt", "line 2"),
        (b'{"snapshots": []}', "history.bad_shape", "'snapshots'"),
        (b"[1, 2]", "history.bad_shape", "top level"),
        (b'{"snapshots": {"1": "\xff"}}', "history.corrupt", "UTF-8"),
    ],
)
def test_damaged_file_is_reported_and_never_written(
    tmp_path: Path, content: bytes, key: str, where: str
) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(content)
    store = HistoryStore(tmp_path)
    with pytest.raises(HistoryError) as caught:
        store.snapshots()
    assert caught.value.key == key
    assert str(path) in str(caught.value)
    assert where in str(caught.value)
    with pytest.raises(HistoryError):
        store.add(_snapshot("oct"))
    assert path.read_bytes() == content


def test_corrupt_file_through_the_commands(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, "snapshot", "--root", str(good_root), "--as-of", AS_OF)[0] == 0
    path = history_path(good_root)
    damaged = path.read_bytes().replace(b'"as_of"', b'"as_of" "', 1)
    path.write_bytes(damaged)
    before = os.stat(path)
    for argv in (
        ("snapshot", "--label", "again"),
        ("snapshot", "--label", "again", "--replace"),
        ("history",),
        ("diff", AS_OF),
    ):
        code, _out, err = cli(capsys, *argv, "--root", str(good_root), "--as-of", AS_OF)
        assert code == 1, argv
        assert str(path) in err
        assert "line 4" in err and "not valid JSON" in err
        assert "history --reset" in err
        assert "Traceback" not in err
    assert path.read_bytes() == damaged
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert os.stat(path).st_ino == before.st_ino


def test_reset_moves_a_damaged_history_aside(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = history_path(good_root)
    path.parent.mkdir()
    path.write_bytes(b"{not json")
    code, out, _ = cli(capsys, "history", "--reset", "--root", str(good_root))
    assert code == 0
    backups = sorted(path.parent.glob("history-*.json"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == b"{not json"
    assert str(backups[0]) in out
    assert not path.exists()
    assert cli(capsys, "snapshot", "--root", str(good_root), "--as-of", AS_OF)[0] == 0
    assert HistoryStore(good_root).labels() == [AS_OF]
    code, out, _ = cli(capsys, "history", "--reset", "--root", str(good_root))
    assert len(list(path.parent.glob("history-*.json"))) == 2
    code, out, _ = cli(capsys, "history", "--reset", "--root", str(good_root))
    assert "nothing to reset" in out


def test_reset_never_overwrites_an_earlier_backup(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path)
    store.add(_snapshot("one"))
    first = store.reset(MOMENT)
    store.add(_snapshot("two"))
    second = store.reset(MOMENT)
    assert first is not None and second is not None and first != second
    assert json.loads(first.read_text())["snapshots"]["1"]["label"] == "one"
    assert json.loads(second.read_text())["snapshots"]["1"]["label"] == "two"


def test_symlinked_tracker_folder_is_refused(
    good_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (good_root / ".tracker").symlink_to(outside, target_is_directory=True)
    for argv in (("snapshot",), ("history",), ("history", "--reset"), ("diff", "x")):
        code, _, err = cli(capsys, *argv, "--root", str(good_root), "--as-of", AS_OF)
        assert code == 1, argv
        assert "symbolic link" in err
    assert list(outside.iterdir()) == []


def test_symlinked_history_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "target.json"
    target.write_text('{"snapshots": {}}')
    folder = tmp_path / "programme" / ".tracker"
    folder.mkdir(parents=True)
    (folder / "history.json").symlink_to(target)
    store = HistoryStore(tmp_path / "programme")
    with pytest.raises(HistoryError) as caught:
        store.add(_snapshot("oct"))
    assert caught.value.key == "history.symlink"
    assert target.read_text() == '{"snapshots": {}}'


def test_tracker_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".tracker").write_text("mine")
    with pytest.raises(HistoryError) as caught:
        HistoryStore(tmp_path).add(_snapshot("oct"))
    assert caught.value.key == "history.not_a_folder"
    assert (tmp_path / ".tracker").read_text() == "mine"


def test_empty_file_is_an_empty_history(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(b"")
    store = HistoryStore(tmp_path)
    assert store.snapshots() == []
    store.add(_snapshot("oct"))
    assert store.labels() == ["oct"]


def test_errors_speak_dutch() -> None:
    error = HistoryError("history.label_used", label="oct")
    assert "--replace" in error.text("nl")
    assert error.text("nl") != error.text("en")


def test_reset_without_a_folder_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "not-there"
    code, out, _ = cli(capsys, "history", "--reset", "--root", str(missing), "--lang", "en")
    assert code == 0 and "nothing to reset" in out
    assert not missing.exists()
