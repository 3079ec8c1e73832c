"""Files the tool writes: atomically, and never through a link out of the folder.

The writers themselves have their own tests (tests/edit, tests/history,
tests/summary); these check the two promises from the outside, the same way for
each: a link planted where the tool writes is refused or replaced, never written
through, and a write that fails half-way leaves the old file whole.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.hostile.helpers import OUTSIDE, good_copy
from tracker.cli import main


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def cli(root: Path, *args: str) -> int:
    return main([*args, "--root", str(root), "--as-of", AS_OF.isoformat()])


# ---- the summary export ------------------------------------------------------------


def test_export_over_a_link_is_refused(tmp_path: Path, victim: Path) -> None:
    root = good_copy(tmp_path)
    target = tmp_path / "summary.html"
    target.symlink_to(victim)
    assert cli(root, "summary", "--format", "html", "-o", str(target)) == 1
    assert victim.read_bytes() == OUTSIDE
    assert target.is_symlink()


def test_export_that_fails_half_way_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = good_copy(tmp_path)
    target = tmp_path / "summary.md"
    target.write_bytes(b"last week's summary\n")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert cli(root, "summary", "--format", "md", "-o", str(target)) == 1
    assert target.read_bytes() == b"last week's summary\n"
    assert leftovers(tmp_path) == []


def test_export_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    target = tmp_path / "summary.docx"
    target.write_bytes(b"old")
    old_inode = target.stat().st_ino
    assert cli(root, "summary", "-o", str(target)) == 0
    assert target.read_bytes().startswith(b"PK")  # a new file renamed over the old one
    assert target.stat().st_ino != old_inode
    assert leftovers(tmp_path) == []


# ---- the history -----------------------------------------------------------------


def test_history_folder_that_is_a_link_is_refused(tmp_path: Path, victim: Path) -> None:
    root = good_copy(tmp_path)
    (root / ".tracker").symlink_to(victim.parent, target_is_directory=True)
    assert cli(root, "snapshot", "--label", "first") != 0
    assert sorted(p.name for p in victim.parent.iterdir()) == ["victim.txt"]
    assert victim.read_bytes() == OUTSIDE


def test_history_file_that_is_a_link_is_refused(tmp_path: Path, victim: Path) -> None:
    root = good_copy(tmp_path)
    (root / ".tracker").mkdir()
    (root / ".tracker" / "history.json").symlink_to(victim)
    assert cli(root, "snapshot", "--label", "first") != 0
    assert victim.read_bytes() == OUTSIDE


def test_history_write_that_fails_half_way_keeps_the_old_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = good_copy(tmp_path)
    assert cli(root, "snapshot", "--label", "first") == 0
    history = root / ".tracker" / "history.json"
    before = history.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert cli(root, "snapshot", "--label", "second") != 0
    assert history.read_bytes() == before
    assert leftovers(history.parent) == []


# ---- write-back to the programme files ---------------------------------------------


def test_update_of_an_item_linked_from_outside_writes_nothing(tmp_path: Path, victim: Path) -> None:
    root = good_copy(tmp_path)
    victim.write_text("kind: measure\nid: linked\ntitle: Outside\n", encoding="utf-8")
    before = victim.read_bytes()
    (root / "measures" / "linked.yaml").symlink_to(victim)
    assert cli(root, "update", "linked", "--note", "Should not be written.") != 0
    assert victim.read_bytes() == before


def test_update_that_fails_half_way_keeps_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = good_copy(tmp_path)
    path = root / "measures" / "lovp" / "netwerk.yaml"
    before = path.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert cli(root, "update", "netwerk", "--note", "Third meeting held.") != 0
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []


def test_update_through_a_link_inside_keeps_the_link(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    store = root / "store"
    store.mkdir()
    linked = root / "measures" / "lovp" / "netwerk.yaml"
    linked.rename(store / "netwerk.yaml")
    linked.symlink_to(Path("../../store/netwerk.yaml"))
    assert cli(root, "update", "netwerk", "--note", "Third meeting held.") == 0
    assert linked.is_symlink()
    assert "Third meeting held." in (store / "netwerk.yaml").read_text(encoding="utf-8")
