"""A reused ProgrammeLoader gives what a fresh one gives, whatever changed in between."""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

import tracker.loader as loader_module
from bench.generate import generate
from tracker.loader import Programme, ProgrammeLoader
from tracker.records import encode

PAUSE = 0.05  # longer than the racy window below, so stamps get trusted


def snapshot(programme: Programme) -> dict[str, Any]:
    return {
        "problems": [
            (p.file, p.line, p.column, p.code, p.message, p.hint) for p in programme.problems
        ],
        "items": [(type(i).__name__, encode(i)) for i in programme.items],
        "sources": dict(programme.sources),
        "files": programme.files,
        "agenda": encode(programme.agenda) if programme.agenda else None,
    }


@pytest.fixture
def programme_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Trust stamps after a short pause instead of two seconds, so the cached walk and
    # cached files are really reused between the steps below.
    monkeypatch.setattr(loader_module, "_RACY_NS", 30_000_000)
    root = tmp_path / "programme"
    generate(root, 120, seed=5)
    time.sleep(PAUSE)
    return root


def _files(root: Path) -> list[Path]:
    return sorted((root / "measures").rglob("*.yaml"))


def edit_randomly(rnd: random.Random, root: Path, step: int) -> None:
    files = _files(root)
    action = rnd.randrange(12)
    if len(files) < 10:
        action = 4
        files = files or [root / "measures" / "lovp" / "first.yaml"]
        files[0].parent.mkdir(parents=True, exist_ok=True)
    target = rnd.choice(files)
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    if action == 0:
        target.write_text(text.replace("note: ", f"note: step {step} ", 1), encoding="utf-8")
    elif action == 1:
        target.write_text(text + "\nbroken: [\n", encoding="utf-8")
    elif action == 2:
        target.unlink()
    elif action == 3:
        target.rename(target.with_name(f"renamed-{step}.yaml"))
    elif action == 4:
        (target.parent / f"new-{step}.yaml").write_text(
            f"kind: measure\nid: new-{step}\ntitle: New\nrelated: [{rnd.choice(['x', 'new-1'])}]\n",
            encoding="utf-8",
        )
    elif action == 5:
        folder = root / "measures" / f"folder-{step}"
        folder.mkdir()
        if rnd.random() < 0.5:  # an empty folder that gets a file at a later step
            (folder / "a.yaml").write_text(
                f"kind: meeting\nid: m-{step}\ntitle: M\ndate: 2018-05-01\n", encoding="utf-8"
            )
    elif action == 6:
        empty = [d for d in (root / "measures").glob("folder-*") if not any(d.iterdir())]
        if empty:
            (empty[0] / "late.yaml").write_text(
                f"kind: measure\nid: late-{step}\ntitle: Late\n", encoding="utf-8"
            )
    elif action == 7:
        agenda = root / "agenda.yaml"
        agenda.write_text(
            agenda.read_text(encoding="utf-8").replace("  - id: nabijheid", "  - id: nabij", 1),
            encoding="utf-8",
        )
    elif action == 8:
        other = rnd.choice(files).read_text(encoding="utf-8").split("\nid: ", 1)
        if len(other) == 2:
            duplicate = other[1].split("\n", 1)[0].upper()
            target.write_text(text.replace("\nid: ", f"\nid: {duplicate}\nx", 1))
    elif action == 9 and step > 30:  # with a link, every load walks the folders again
        link = target.parent / f"link-{step}.yaml"
        link.symlink_to(target.name)
    elif action == 10:
        shutil.rmtree(target.parent)
    else:
        target.write_text(text.replace("kind: ", "kind: x", 1), encoding="utf-8")


def test_reloads_match_fresh_loads(programme_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    walks = 0
    find_files = loader_module.find_files

    def counted(root: Path) -> Any:
        nonlocal walks
        walks += 1
        return find_files(root)

    monkeypatch.setattr(loader_module, "find_files", counted)
    rnd = random.Random(11)
    loader = ProgrammeLoader(programme_root)
    loader.load()
    for step in range(40):
        edit_randomly(rnd, programme_root, step)
        time.sleep(PAUSE)
        reloaded = loader.load()
        assert snapshot(reloaded) == snapshot(ProgrammeLoader(programme_root).load()), step
    assert walks < 1 + 2 * 40  # some reloads reused the last walk


def test_unchanged_programme_is_handed_back(programme_root: Path) -> None:
    loader = ProgrammeLoader(programme_root)
    first = loader.load()
    time.sleep(PAUSE)
    assert loader.load() is first
    target = _files(programme_root)[3]
    target.write_text(target.read_text(encoding="utf-8") + "# comment\n", encoding="utf-8")
    time.sleep(PAUSE)
    second = loader.load()
    assert second is not first
    assert snapshot(second) == snapshot(first)


def test_change_hidden_by_a_coarse_clock_is_seen(tmp_path: Path) -> None:
    """Same size, same mtime, other content, just after it was read: read it again."""
    root = tmp_path / "programme"
    generate(root, 10, seed=1)
    target = _files(root)[0]
    text = target.read_text(encoding="utf-8")
    loader = ProgrammeLoader(root)
    before = loader.load()
    mtime = target.stat().st_mtime_ns
    changed = text.replace("kind: ", "kinx: ", 1)
    assert len(changed) == len(text)
    target.write_text(changed, encoding="utf-8")
    os.utime(target, ns=(mtime, mtime))
    after = loader.load()
    assert any(p.code == "unknown-kind" for p in after.problems)
    assert not any(p.code == "unknown-kind" for p in before.problems)


def test_change_with_its_mtime_set_back_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same size, mtime set back by hand, long after the last read: read it again."""
    monkeypatch.setattr(loader_module, "_RACY_NS", 30_000_000)
    root = tmp_path / "programme"
    generate(root, 10, seed=1)
    time.sleep(PAUSE)
    target = _files(root)[0]
    text = target.read_text(encoding="utf-8")
    loader = ProgrammeLoader(root)
    loader.load()
    time.sleep(PAUSE)
    mtime = target.stat().st_mtime_ns
    target.write_text(text.replace("kind: ", "kinx: ", 1), encoding="utf-8")
    os.utime(target, ns=(mtime, mtime))
    time.sleep(PAUSE)
    assert any(p.code == "unknown-kind" for p in loader.load().problems)
