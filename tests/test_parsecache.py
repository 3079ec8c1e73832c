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

import pytest

import tracker.loader as loader_module
from bench.generate import generate
from tests.conftest import REPO, TESTS
from tests.test_reload import PAUSE, edit_randomly, snapshot
from tracker import parsecache
from tracker.loader import ProgrammeLoader

BROKEN = TESTS / "fixtures" / "broken"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(parsecache.ENV, str(folder))
    return folder


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
