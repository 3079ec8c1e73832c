"""FIFOs, devices, sockets and unreadable files: only regular files are ever opened."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from tests.hostile.helpers import good_copy, ids, load_with_good, only_problem, problems_in
from tracker.cli import main
from tracker.loader import load_programme

ITEM = "kind: measure\nid: locked-item\ntitle: Behind a locked door\n"


@pytest.mark.timeout(10)
def test_fifo_is_skipped_without_hanging(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    os.mkfifo(root / "measures" / "pipe.yaml")  # nobody writes: opening it would block
    problem = only_problem(load_with_good(root), "measures/pipe.yaml")
    assert (problem.code, problem.severity) == ("not-a-file", "warning")


@pytest.mark.timeout(10)
def test_fifo_swapped_in_after_the_check_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = good_copy(tmp_path)
    os.mkfifo(root / "measures" / "swapped.yaml")
    real_stat = os.stat

    def looks_regular(path: str | os.PathLike[str], *args: object, **kwargs: object):
        # What the check saw a moment before the file was replaced by a FIFO.
        st = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        if os.fspath(path).endswith("swapped.yaml"):
            fields = list(st)
            fields[0] = stat.S_IFREG | 0o644
            return os.stat_result(fields)
        return st

    monkeypatch.setattr(os, "stat", looks_regular)
    problem = only_problem(load_with_good(root), "measures/swapped.yaml")
    assert problem.code == "not-a-file"


@pytest.mark.timeout(10)
def test_device_file_is_skipped(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    device = root / "measures" / "zero.yaml"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero: endless
    except PermissionError:
        pytest.skip("creating a device node needs root")
    problem = only_problem(load_with_good(root), "measures/zero.yaml")
    assert problem.code == "not-a-file"


def test_link_to_a_device_outside_is_refused(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    (root / "measures" / "zero.yaml").symlink_to("/dev/zero")
    assert only_problem(load_with_good(root), "measures/zero.yaml").code == "outside-root"


def test_socket_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = good_copy(tmp_path)
    monkeypatch.chdir(root / "measures")  # a socket path must be short
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("socket.yaml")
        problem = only_problem(load_with_good(root), "measures/socket.yaml")
    assert problem.code == "not-a-file"


def test_folder_named_like_a_file_is_walked(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    folder = root / "measures" / "folder.yaml"
    folder.mkdir()
    (folder / "inside.yaml").write_text(ITEM, encoding="utf-8")
    assert "locked-item" in ids(load_with_good(root))


@pytest.mark.timeout(10)
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_agenda_that_is_not_a_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    root = good_copy(tmp_path)
    agenda = root / "agenda.yaml"
    agenda.unlink()
    if kind == "fifo":
        os.mkfifo(agenda)
    else:
        agenda.mkdir()
    programme = load_programme(root)
    codes = {p.code for p in problems_in(programme, "agenda.yaml")}
    assert codes == {"not-a-file", "missing-agenda"}
    assert programme.agenda is None
    assert main(["validate", "--root", str(root)]) == 1
    assert "missing-agenda" in capsys.readouterr().out


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod 000 does not stop a read: make open() refuse instead.
    root = good_copy(tmp_path)
    (root / "measures" / "secret.yaml").write_text(ITEM, encoding="utf-8")
    real_open = os.open

    def refuse(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
        if os.fspath(path).endswith("secret.yaml"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    programme = load_with_good(root)
    problem = only_problem(programme, "measures/secret.yaml")
    assert problem.code == "unreadable"
    assert "Permission denied" in problem.message
    assert str(tmp_path) not in problem.message  # no absolute paths in messages
    assert "locked-item" not in ids(programme)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    locked = root / "measures" / "secret.yaml"
    locked.write_text(ITEM, encoding="utf-8")
    locked.chmod(0)
    try:
        assert only_problem(load_with_good(root), "measures/secret.yaml").code == "unreadable"
    finally:
        locked.chmod(0o644)


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = good_copy(tmp_path)
    locked = root / "measures" / "locked"
    locked.mkdir()
    (locked / "item.yaml").write_text(ITEM, encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    programme = load_with_good(root)
    problem = only_problem(programme, "measures/locked")
    assert problem.code == "unreadable"
    assert "locked-item" not in ids(programme)
