"""What a run keeps beyond single files (the walk of the folders, the outcome of the
checks between files) gives what a fresh load gives, and is dropped when anything
it was made from changed."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgpack
import pytest

import tracker.loader as loader_module
from bench.generate import generate
from tests.test_parsecache import fresh, run
from tests.test_reload import PAUSE, snapshot

MISSING = "mea-999999"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(loader_module, "_RACY_NS", 30_000_000)
    root = tmp_path / "programme"
    generate(root, 30, seed=2)
    # A reference to an item no file holds: a problem found only by the checks between files.
    first = _item_files(root)[0]
    text = first.read_text(encoding="utf-8").replace("related: [", f"related: [{MISSING}, ", 1)
    if MISSING not in text:
        text += f"related: [{MISSING}]\n"
    first.write_text(text, encoding="utf-8")
    time.sleep(PAUSE)
    return root


def _item_files(root: Path) -> list[Path]:
    return sorted((root / "measures").rglob("*.yaml"))


def _codes(programme: Any) -> list[str]:
    return [p.code for p in programme.problems]


def _same_as_fresh(root: Path) -> Any:
    time.sleep(PAUSE)
    programme = run(root)
    assert snapshot(programme) == snapshot(fresh(root))
    assert [p.text() for p in programme.problems] == [p.text() for p in fresh(root).problems]
    return programme


def test_an_unchanged_folder_is_not_walked_or_checked_again(
    root: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run(root)
    assert "unknown-reference" in _codes(first)

    def refused(*args: object, **kwargs: object) -> Any:
        raise AssertionError("done again for an unchanged folder")

    monkeypatch.setattr(loader_module, "find_files", refused)
    monkeypatch.setattr(loader_module, "_check_file", refused)
    monkeypatch.setattr(loader_module, "_Catalogue", refused)
    again = run(root)
    monkeypatch.undo()
    assert snapshot(again) == snapshot(first) == snapshot(fresh(root))


def _add_missing_item(root: Path) -> None:
    (root / "measures" / "new.yaml").write_text(
        f"kind: meeting\nid: {MISSING}\ntitle: Added\ntype: triangle\ndate: 2019-09-30\n",
        encoding="utf-8",
    )


def _remove_referring_file(root: Path) -> None:
    _item_files(root)[0].unlink()


def _edit_referring_file(root: Path) -> None:
    first = _item_files(root)[0]
    first.write_text(
        first.read_text(encoding="utf-8").replace(MISSING, "mea-000001"), encoding="utf-8"
    )


def _rename_folder(root: Path) -> None:
    folder = _item_files(root)[0].parent
    folder.rename(folder.with_name(folder.name + "-renamed"))


def _another_agenda(root: Path) -> None:
    agenda = root / "agenda.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8") + "\n# note\n", encoding="utf-8")


def _rename_a_file(root: Path) -> None:
    last = _item_files(root)[-1]
    last.rename(last.with_name("zz-" + last.name))


@pytest.mark.parametrize(
    "change",
    [
        _add_missing_item,
        _remove_referring_file,
        _edit_referring_file,
        _rename_folder,
        _another_agenda,
        _rename_a_file,
    ],
)
def test_any_change_is_seen(root: Path, cache: Path, change: Callable[[Path], None]) -> None:
    run(root)
    run(root)
    change(root)
    _same_as_fresh(root)
    _same_as_fresh(root)  # and what the changed folder keeps is right too


def test_a_removed_item_file_brings_its_reference_problem_back(root: Path, cache: Path) -> None:
    _add_missing_item(root)
    time.sleep(PAUSE)
    assert "unknown-reference" not in _codes(run(root))
    (root / "measures" / "new.yaml").unlink()
    assert "unknown-reference" in _codes(_same_as_fresh(root))


def _rows(db: Path) -> dict[str, bytes]:
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT name, result FROM whole"))
    conn.close()
    return rows


def _climbing(data: Any) -> Any:
    """A walk whose first file climbs out of measures/ (checks: a problem's line as text)."""
    if data[0].startswith("walk"):
        data[2][0][1] = "/../../outside.yaml"
    else:
        data[2] = [["../outside.yaml", 1, 1, "x", "y", "z"], *data[2]]
        data[2][0] = [data[2][0][0], "one", *data[2][0][2:]]
    return data


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"\xc1 not msgpack",
        lambda data: msgpack.packb("text"),
        lambda data: msgpack.packb([*msgpack.unpackb(data)[:-1]]),
        lambda data: msgpack.packb(["another-layout", *msgpack.unpackb(data)[1:]]),
        lambda data: msgpack.packb([*msgpack.unpackb(data)[:-1], [["x", [1]]]]),
        lambda data: msgpack.packb(_climbing(msgpack.unpackb(data))),
    ],
    ids=["not-msgpack", "text", "short", "layout", "wrong-type", "outside"],
)
@pytest.mark.parametrize("name", ["walk", "checks"])
def test_a_damaged_row_is_no_row(
    root: Path, cache: Path, name: str, damage: Callable[[bytes], bytes]
) -> None:
    run(root)
    (db,) = cache.glob("*.sqlite")
    rows = _rows(db)
    assert set(rows) == {"walk", "checks"}
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE whole SET result = ? WHERE name = ?", (damage(rows[name]), name))
    conn.close()
    _same_as_fresh(root)
    assert _rows(db)[name] == rows[name], "the row was written anew"


def test_a_folder_changed_just_before_the_walk_is_not_kept(
    root: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader_module, "_RACY_NS", 3_600_000_000_000)
    run(root)
    (db,) = cache.glob("*.sqlite")
    assert "walk" not in _rows(db)
    os.utime(root / "measures")
    _same_as_fresh(root)
