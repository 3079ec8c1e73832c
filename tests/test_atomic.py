"""The one atomic writer: old content or new, never half, and nothing left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tracker.atomic import write_bytes_atomic

OLD = b"kind: measure\nid: netwerk\n"
NEW = b"kind: measure\nid: netwerk\ntitle: Netwerk\n"


class Refused(Exception):
    pass


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "netwerk.yaml"
    path.write_bytes(OLD)
    (tmp_path / "other.yaml").write_bytes(b"id: other\n")
    return path


def test_replaces_the_file_with_a_new_one(target: Path) -> None:
    old_inode = target.stat().st_ino
    write_bytes_atomic(target, NEW)
    assert target.read_bytes() == NEW
    assert target.stat().st_ino != old_inode  # renamed over, not written in place
    assert sorted(p.name for p in target.parent.iterdir()) == ["netwerk.yaml", "other.yaml"]


def test_new_file_gets_the_mode_open_would_give(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    umask = os.umask(0o027)
    try:
        write_bytes_atomic(path, NEW)
    finally:
        os.umask(umask)
    assert path.read_bytes() == NEW
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_the_umask_is_never_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Setting it, even for a moment, would race with other threads creating files.
    def refuse(_: int) -> int:
        raise AssertionError("os.umask called")

    monkeypatch.setattr(os, "umask", refuse)
    write_bytes_atomic(tmp_path / "new.json", NEW)
    write_bytes_atomic(tmp_path / "new.json", NEW + NEW)
    assert (tmp_path / "new.json").read_bytes() == NEW + NEW


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o755, 0o600])
def test_mode_of_an_existing_file_is_kept(target: Path, mode: int) -> None:
    os.chmod(target, mode)
    write_bytes_atomic(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_owner_and_group_of_an_existing_file_are_kept(target: Path) -> None:
    os.chown(target, 4321, 8765)
    os.chmod(target, 0o664)
    write_bytes_atomic(target, NEW)
    st = target.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4321, 8765, 0o664)


def test_owner_that_cannot_be_kept_does_not_stop_the_write(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refuse)
    os.chmod(target, 0o640)
    write_bytes_atomic(target, NEW)
    assert target.read_bytes() == NEW
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_hook_runs_on_the_complete_temporary_file_before_the_rename(target: Path) -> None:
    seen: list[tuple[bytes, list[bytes]]] = []

    def hook() -> None:
        temps = [p.read_bytes() for p in target.parent.iterdir() if p.name.endswith(".tmp")]
        seen.append((target.read_bytes(), temps))

    write_bytes_atomic(target, NEW, before_replace=hook)
    assert seen == [(OLD, [NEW])]
    assert target.read_bytes() == NEW


def test_hook_that_raises_leaves_the_target_and_the_folder_untouched(target: Path) -> None:
    os.chmod(target, 0o640)
    before = listing(target.parent)
    old_inode = target.stat().st_ino

    def hook() -> None:
        raise Refused("changed on disk")

    with pytest.raises(Refused):
        write_bytes_atomic(target, NEW, before_replace=hook)
    assert listing(target.parent) == before
    assert target.stat().st_ino == old_inode
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_hook_that_raises_for_a_new_file_creates_nothing(tmp_path: Path) -> None:
    def hook() -> None:
        raise Refused("no")

    with pytest.raises(Refused):
        write_bytes_atomic(tmp_path / "new.yaml", NEW, before_replace=hook)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("step", ["fsync", "chmod", "replace"])
def test_failure_during_the_write_keeps_the_original(
    target: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    before = listing(target.parent)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(OSError, match="No space left"):
        write_bytes_atomic(target, NEW)
    assert listing(target.parent) == before


def test_failure_to_create_the_temporary_file_changes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "netwerk.yaml"
    with pytest.raises(FileNotFoundError):
        write_bytes_atomic(missing, NEW)
    assert list(tmp_path.iterdir()) == []


def test_folder_that_cannot_be_flushed_is_not_an_error(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def no_folders(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(path)) == target.parent:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_folders)
    write_bytes_atomic(target, NEW)
    assert target.read_bytes() == NEW
