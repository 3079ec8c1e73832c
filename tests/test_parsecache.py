"""Parse results kept between runs: a later run loads what a fresh load gives, faster."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgpack
import pytest

import tracker.loader as loader_module
from bench.generate import generate
from tests.conftest import REPO, TESTS
from tests.test_reload import PAUSE, edit_randomly, snapshot
from tracker import parsecache, records
from tracker.loader import ProgrammeLoader

BROKEN = TESTS / "fixtures" / "broken"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The files each load really parsed (rather than took from a cache)."""
    seen: list[str] = []
    parse = loader_module._parse_file

    def counted(rel: str, data: bytes, is_agenda: bool) -> Any:
        seen.append(rel)
        return parse(rel, data, is_agenda)

    monkeypatch.setattr(loader_module, "_parse_file", counted)
    yield seen


def run(root: Path) -> Any:
    """A load as a new run of a command makes it."""
    return ProgrammeLoader(root, persist=True).load()


def fresh(root: Path) -> Any:
    return ProgrammeLoader(root).load()


def copy(source: Path, tmp_path: Path) -> Path:
    root = tmp_path / "programme"
    shutil.copytree(source, root)
    return root


@pytest.mark.parametrize("source", [TESTS / "fixtures" / "good", BROKEN, REPO], ids=str)
def test_second_run_reads_nothing_again_and_loads_the_same(
    source: Path, tmp_path: Path, cache: Path, parses: list[str]
) -> None:
    root = tmp_path / "programme"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".*", "tests", "tracker", "bench"))
    first = run(root)
    assert parses, "the first run parses every file"
    parses.clear()
    second = run(root)
    assert parses == []
    assert snapshot(second) == snapshot(first) == snapshot(fresh(root))
    assert [p.text() for p in second.problems] == [p.text() for p in first.problems]


def test_runs_after_random_edits_match_fresh_loads(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Trust stamps after a short pause, so stored stamps are really relied upon.
    monkeypatch.setattr(loader_module, "_RACY_NS", 30_000_000)
    root = tmp_path / "programme"
    generate(root, 120, seed=7)
    time.sleep(PAUSE)
    run(root)
    rnd = random.Random(3)
    for step in range(40):
        edit_randomly(rnd, root, step)
        time.sleep(PAUSE)
        assert snapshot(run(root)) == snapshot(fresh(root)), step


def test_same_size_and_mtime_set_back_is_parsed_again(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader_module, "_RACY_NS", 30_000_000)
    root = tmp_path / "programme"
    generate(root, 10, seed=1)
    time.sleep(PAUSE)
    run(root)
    target = sorted((root / "measures").rglob("*.yaml"))[0]
    text = target.read_text(encoding="utf-8")
    mtime = target.stat().st_mtime_ns
    target.write_text(text.replace("kind: ", "kinx: ", 1), encoding="utf-8")
    os.utime(target, ns=(mtime, mtime))
    time.sleep(PAUSE)
    assert any(p.code == "unknown-kind" for p in run(root).problems)


def test_another_file_in_its_place_is_parsed_again(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader_module, "_RACY_NS", 30_000_000)
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    first, second = sorted((root / "measures").rglob("*.yaml"))[:2]
    spare = tmp_path / "spare.yaml"
    shutil.copy2(second, spare)
    os.replace(spare, first)
    time.sleep(PAUSE)
    assert snapshot(run(root)) == snapshot(fresh(root))


def test_removed_files_are_forgotten(tmp_path: Path, cache: Path) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    (db,) = cache.glob("*.sqlite")
    before = _rows(db)
    gone = sorted((root / "measures").rglob("*.yaml"))[0]
    gone.unlink()
    assert snapshot(run(root)) == snapshot(fresh(root))
    assert _rows(db) == before - {gone.relative_to(root).as_posix()}


def test_another_size_limit_does_not_use_results_made_under_this_one(
    tmp_path: Path, cache: Path, parses: list[str]
) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    parses.clear()
    small = ProgrammeLoader(root, persist=True, max_bytes=200).load()
    assert any(p.code == "too-large" for p in small.problems)
    assert snapshot(small) == snapshot(ProgrammeLoader(root, max_bytes=200).load())


@pytest.mark.parametrize("garbage", [b"", b"not a database at all" * 100, b"SQLite format 3\0"])
def test_a_broken_cache_file_is_replaced(
    garbage: bytes, tmp_path: Path, cache: Path, parses: list[str]
) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    (db,) = cache.glob("*.sqlite")
    db.write_bytes(garbage)
    parses.clear()
    assert snapshot(run(root)) == snapshot(fresh(root))
    assert parses, "nothing usable was stored"
    parses.clear()
    run(root)
    assert parses == []


def test_a_cache_written_by_an_older_parser_is_not_used(
    tmp_path: Path, cache: Path, parses: list[str]
) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    (db,) = cache.glob("*.sqlite")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'version'")
    conn.close()
    parses.clear()
    assert snapshot(run(root)) == snapshot(fresh(root))
    assert parses


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(parsecache.ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path))
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    assert not folder.exists()
    assert not (tmp_path / ".cache").exists()


def test_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parsecache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert parsecache.cache_folder() == tmp_path / "xdg" / "ggp-tracker"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert parsecache.cache_folder() == tmp_path / ".cache" / "ggp-tracker"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
@pytest.mark.parametrize("how", ["others-may-write", "someone-elses", "a-link"])
def test_a_cache_others_could_have_written_is_never_read(
    how: str, tmp_path: Path, cache: Path, parses: list[str]
) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    (db,) = cache.glob("*.sqlite")
    if how == "others-may-write":
        cache.chmod(0o777)
    elif how == "someone-elses":
        if os.getuid() != 0:
            pytest.skip("only root can give a file away")
        os.chown(db, 65534, 65534)
    else:
        moved = tmp_path / "elsewhere.sqlite"
        db.rename(moved)
        db.symlink_to(moved)
    stamp = os.lstat(db)
    parses.clear()
    assert snapshot(run(root)) == snapshot(fresh(root))
    assert parses, "the stored results were not trusted"
    after = os.lstat(db)
    assert (after.st_mtime_ns, after.st_ino) == (stamp.st_mtime_ns, stamp.st_ino)


def test_a_cache_folder_that_cannot_be_made_is_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(parsecache.ENV, str(blocker / "cache"))
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    assert snapshot(run(root)) == snapshot(fresh(root))


def test_runs_at_the_same_time_keep_the_cache_whole(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "programme"
    generate(root, 300, seed=2)
    script = (
        "import sys; from tracker.loader import ProgrammeLoader; "
        "p = ProgrammeLoader(sys.argv[1], persist=True).load(); print(len(p.items))"
    )
    env = {**os.environ, parsecache.ENV: str(cache)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(root)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    counts = {child.communicate(timeout=120)[0].strip() for child in children}
    assert counts == {str(len(fresh(root).items))}
    (db,) = cache.glob("*.sqlite")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert snapshot(run(root)) == snapshot(fresh(root))


def _rows(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        rows = {rel for (rel,) in conn.execute("SELECT rel FROM files")}
    conn.close()
    return rows


def test_caches_of_folders_not_loaded_for_long_are_removed(tmp_path: Path, cache: Path) -> None:
    old_root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(old_root)
    (old,) = cache.glob("*.sqlite")
    recent = cache / "recent.sqlite"
    recent.write_bytes(b"")
    long_ago = time.time() - (parsecache.UNUSED_DAYS + 1) * 86_400
    os.utime(old, (long_ago, long_ago))
    new_root = tmp_path / "other"
    shutil.copytree(TESTS / "fixtures" / "good", new_root)
    run(new_root)
    assert not old.exists()
    assert recent.exists()
    assert len(list(cache.glob("*.sqlite"))) == 2


# Every way a stored row can be damaged: by hand, by a bug, by a planted file that got
# past the ownership checks. Each must read as "this file is not cached".
_PICKLE_PLANT = b"cos\nsystem\n(S'touch PLANTED'\ntR."
DAMAGE = {
    "result-garbage": "UPDATE files SET result = x'c1c1c1'",
    "result-empty": "UPDATE files SET result = x''",
    "result-truncated": "UPDATE files SET result = substr(result, 1, length(result) / 2)",
    "result-text": "UPDATE files SET result = 'plain text'",
    "result-null-ish": "UPDATE files SET result = x'c0'",  # msgpack nil
    "result-a-number": "UPDATE files SET result = x'2a'",  # msgpack 42
    "result-short-list": "UPDATE files SET result = x'9190'",  # [[]]
    "result-a-pickle": "UPDATE files SET result = ?",
    "size-text": "UPDATE files SET size = 'big'",
    "mtime-real": "UPDATE files SET mtime_ns = 1.5",
    "digest-number": "UPDATE files SET digest = 7",
    "rel-number": "UPDATE files SET rel = 12",
}


def _first_item_file(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        rels = sorted(rel for (rel,) in conn.execute("SELECT rel FROM files"))
    conn.close()
    return next(rel for rel in rels if rel.startswith("measures/"))


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_row_is_a_file_not_cached(
    damage: str, tmp_path: Path, cache: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    (db,) = cache.glob("*.sqlite")
    rel = _first_item_file(db)
    statement = DAMAGE[damage] + " WHERE rel = ?"
    values = (_PICKLE_PLANT, rel) if "?" in DAMAGE[damage] else (rel,)
    with sqlite3.connect(db) as conn:
        conn.execute(statement, values)
    conn.close()
    monkeypatch.chdir(tmp_path)
    parses.clear()
    again = run(root)
    assert parses == [rel], "only the damaged row is parsed again"
    assert snapshot(again) == snapshot(fresh(root))
    assert not (tmp_path / "PLANTED").exists()
    parses.clear()
    run(root)
    assert parses == [], "the row was written anew"


def _stored_result(db: Path, rel: str) -> Any:
    with sqlite3.connect(db) as conn:
        (blob,) = conn.execute("SELECT result FROM files WHERE rel = ?", (rel,)).fetchone()
    conn.close()
    return msgpack.unpackb(blob)


def _store_result(db: Path, rel: str, data: Any) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE files SET result = ? WHERE rel = ?", (msgpack.packb(data), rel))
    conn.close()


# A stored row: [layout, items, problems, agenda]; an item: [id, fields, line, column,
# document, refs], its fields in the record's order (tracker/records.py).
def _wrong_problem_line(data: Any) -> Any:
    data[2] = [[*data[2][0][:1], "one", *data[2][0][2:]]] if data[2] else [[1]]
    return data


def _date_as_text(data: Any) -> Any:
    fields = data[1][0][1]
    fields[records.Measure._fields.index("due")] = "2018-01-02"
    return data


def _a_field_short(data: Any) -> Any:
    data[1][0][1].pop()
    return data


def _unknown_kind(data: Any) -> Any:
    data[1][0][1][0] = "rocket"
    return data


def _refs_of_numbers(data: Any) -> Any:
    data[1][0][5] = [[1, 2, "x", "y"]]
    return data


def _another_layout(data: Any) -> Any:
    data[0] = "result-0"
    return data


def _fields_as_a_map(data: Any) -> Any:
    data[1][0][1] = dict(zip(records.Measure._fields, data[1][0][1], strict=True))
    return data


@pytest.mark.parametrize(
    "change",
    [
        _wrong_problem_line,
        _date_as_text,
        _a_field_short,
        _unknown_kind,
        _refs_of_numbers,
        _another_layout,
        _fields_as_a_map,
    ],
)
def test_a_row_of_plain_data_in_the_wrong_shape_is_a_file_not_cached(
    change: Any, tmp_path: Path, cache: Path, parses: list[str]
) -> None:
    root = copy(BROKEN, tmp_path)
    (root / "measures" / "zz-one.yaml").write_text(
        "kind: measure\nid: ZZ-1\ntitle: One\nprogress: 5\ndue: 2018-01-02\ndue: 2018-01-03\n",
        encoding="utf-8",
    )
    run(root)
    (db,) = cache.glob("*.sqlite")
    rel = "measures/zz-one.yaml"
    data = _stored_result(db, rel)
    # The file's item is flawed (two dues): put a good one in its place, then damage it.
    good = records.Measure(kind="measure", id="ZZ-1", title="One", progress=5)
    data[1][0][1] = records.encode(good)
    _store_result(db, rel, change(data))
    parses.clear()
    again = run(root)
    assert parses == [rel]
    assert snapshot(again) == snapshot(fresh(root))


def test_rows_hold_plain_data_not_objects(tmp_path: Path, cache: Path) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    run(root)
    (db,) = cache.glob("*.sqlite")
    with sqlite3.connect(db) as conn:
        blobs = [blob for (blob,) in conn.execute("SELECT result FROM files")]
    conn.close()
    plain = (str, int, float, bool, type(None), list, dict)

    def walk(value: Any) -> None:
        assert isinstance(value, plain), type(value)
        if isinstance(value, list):
            for part in value:
                walk(part)
        elif isinstance(value, dict):
            for key, part in value.items():
                walk(key)
                walk(part)

    for blob in blobs:
        walk(msgpack.unpackb(blob))
        assert b"pydantic" not in blob and b"tracker" not in blob


@pytest.mark.parametrize("setting", [".ggp-cache", "cache", "sub/dir", "./x"])
def test_a_relative_cache_folder_is_refused_with_the_way_out(setting: str, tmp_path: Path) -> None:
    root = copy(TESTS / "fixtures" / "good", tmp_path)
    env = {**os.environ, parsecache.ENV: setting}
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--root", str(root), "validate"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert "GGP_TRACKER_CACHE" in line and f"'{setting}'" in line
    assert "absolute" in line and "'off'" in line
    assert list(root.rglob("*.sqlite")) == []
    assert parsecache.cache_folder() is not None  # the session's own, absolute
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(parsecache.ENV, setting)
        assert parsecache.cache_folder() is None
