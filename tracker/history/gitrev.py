"""Git: the commit of the programme files now, and the programme as it was at a revision.

A revision is read with `git ls-tree` and `git cat-file` into a temporary folder,
never by checking anything out: the work tree and the index are not touched. The
folder is written through directory handles that never follow a link, and a blob
larger than the loader's size limit is never read (see `_extract`).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tracker import gitcall
from tracker.files import AGENDA, MAX_FILE_BYTES, MEASURES
from tracker.history.errors import HistoryError

_SHORT = 10  # characters of a commit id shown
_PROGRAMME_PATHS = (AGENDA, MEASURES)
_CHUNK = 1 << 20
_MAX_LINK = 4096
# What one revision may bring in, all files together: a few hundred times the
# largest file the loader accepts. A blob larger than that limit is never read at all.
MAX_REVISION_BYTES = 256 * MAX_FILE_BYTES


def _git(root: Path | None, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    return gitcall.run(root, *args)


def _out(result: subprocess.CompletedProcess[bytes] | None) -> str | None:
    if result is None or result.returncode != 0:
        return None
    return result.stdout.decode("utf-8", "surrogateescape").strip()


def in_repository(root: Path) -> bool:
    return _out(_git(root, "rev-parse", "--is-inside-work-tree")) == "true"


def git_info(root: Path) -> dict[str, Any] | None:
    """`{"commit": sha, "dirty": bool}` for the programme folder; None outside git.

    Dirty means agenda.yaml or measures/ differ from the commit (untracked files
    included); other files in the repository do not count.
    """
    if not in_repository(root):
        return None
    commit = _out(_git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}"))
    if not commit:
        return None  # a repository without a commit yet
    status = _git(
        root,
        "--literal-pathspecs",
        "status",
        "--porcelain",
        "-z",
        "--untracked-files=all",
        "--",
        *_PROGRAMME_PATHS,
    )
    dirty = status is None or status.returncode != 0 or bool(status.stdout)
    return {"commit": commit, "dirty": dirty}


def resolve(root: Path, rev: str) -> str:
    """The full commit id `rev` names, or a HistoryError saying what is wrong."""
    if not rev or rev.startswith("-") or any(c in rev for c in "\0\n\r"):
        raise HistoryError("history.bad_rev", rev=rev)
    if _git(None, "--version") is None:
        raise HistoryError("history.no_git_program")
    if not in_repository(root):
        raise HistoryError("history.no_repository", path=root)
    commit = _out(
        _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    )
    if not commit:
        raise HistoryError("history.unknown_rev", rev=rev)
    return commit


def _safe_rel(path: str) -> bool:
    parts = path.split("/")
    return not path.startswith("/") and all(p not in ("", ".", "..") for p in parts)


_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_NOFOLLOW", 0)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def _open_parent(dest_fd: int, path: str) -> int | None:
    """A handle on the folder that will hold `path`, made as needed below `dest_fd`.

    Every step is opened relative to the one before and never through a link: a tree
    may name the same path twice (a link to a folder elsewhere, and a folder), and a
    file below it must not be written through the link. None: `path` lies under a
    link or a file, and is left out.
    """
    fd = os.dup(dest_fd)
    try:
        for part in path.split("/")[:-1]:
            with contextlib.suppress(FileExistsError):
                os.mkdir(part, 0o700, dir_fd=fd)
            try:
                child = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except (NotADirectoryError, OSError):
                os.close(fd)
                return None
            os.close(fd)
            fd = child
    except BaseException:
        os.close(fd)
        raise
    return fd


def _write_entry(dest_fd: int, mode: str, path: str, size: int, source: IO[bytes] | None) -> None:
    """Create one file or link of the revision; `source` None: the blob is not read.

    A blob over the loader's size limit becomes a sparse file of its size, so the
    loader reports it as too large, and not one byte of it is read.
    """
    parent = _open_parent(dest_fd, path)
    if parent is None:
        return
    name = path.rsplit("/", 1)[-1]
    try:
        if mode == "120000":
            assert source is not None
            link = _read_exact(source, size)
            with contextlib.suppress(FileExistsError):
                # A link is recreated as it was; the loader refuses one leading out.
                os.symlink(os.fsdecode(link), name, dir_fd=parent)
            return
        try:
            fd = os.open(name, _NEW_FILE, 0o600, dir_fd=parent)
        except OSError:
            fd = None  # the path came twice, or is taken by a link: left out
        try:
            if source is None:
                if fd is not None:
                    os.ftruncate(fd, size)
                return
            left = size
            while left:
                chunk = source.read(min(left, _CHUNK))
                if not chunk:
                    raise OSError("git cat-file ended early")
                if fd is not None:
                    os.write(fd, chunk)  # a regular file just made: writes whole chunks
                left -= len(chunk)
        finally:
            if fd is not None:
                os.close(fd)
    finally:
        os.close(parent)


def _read_exact(source: IO[bytes], size: int) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise OSError("git cat-file ended early")
    return data


def _listing(root: Path, commit: str) -> list[tuple[str, str, int, str]]:
    """(mode, object id, size, path) of each blob of the programme at `commit`."""
    listing = _git(root, "ls-tree", "-r", "-z", "-l", commit, "--", *_PROGRAMME_PATHS)
    if listing is None or listing.returncode != 0:
        raise HistoryError("history.git_failed", rev=commit[:12], reason=_reason(listing))
    entries = []
    for record in listing.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, sha, size = meta.decode("ascii").split()
        path = raw_path.decode("utf-8", "surrogateescape")
        # Submodules (commits) carry no programme files; anything odd is left out.
        if kind == "blob" and _safe_rel(path) and size.isdigit():
            entries.append((mode, sha, int(size), path))
    return entries


def _extract(root: Path, commit: str, dest: Path) -> int:
    """Write agenda.yaml and measures/** of `commit` into `dest`; the number of files."""
    entries = _listing(root, commit)
    wanted = [e for e in entries if e[0] == "120000" or e[2] <= MAX_FILE_BYTES]
    total = sum(e[2] for e in wanted)
    if total > MAX_REVISION_BYTES:
        raise HistoryError(
            "safety.rev_too_large", rev=commit[:12], size=total, limit=MAX_REVISION_BYTES
        )
    if not entries:
        return 0
    dest_fd = os.open(dest, _DIR_FLAGS)
    process = gitcall.start(root, "cat-file", "--batch")
    assert process.stdin is not None and process.stdout is not None
    try:
        # One object at a time: cat-file flushes after each, so the pipes never fill up.
        for mode, sha, size, path in entries:
            if mode == "120000" and size > _MAX_LINK:
                continue  # no system takes a link that long
            if mode != "120000" and size > MAX_FILE_BYTES:
                _write_entry(dest_fd, mode, path, size, None)
                continue
            process.stdin.write(sha.encode("ascii") + b"\n")
            process.stdin.flush()
            header = process.stdout.readline().split()
            if len(header) != 3 or int(header[2]) != size:
                raise HistoryError("history.git_failed", rev=commit[:12], reason="cat-file")
            _write_entry(dest_fd, mode, path, size, process.stdout)
            process.stdout.read(1)  # the newline after each object
    finally:
        os.close(dest_fd)
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.stdout.close()
        process.wait(timeout=gitcall.TIMEOUT)
    return len(entries)


def _reason(result: subprocess.CompletedProcess[bytes] | None) -> str:
    if result is None:
        return "git is not installed"
    text = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return text[-1] if text else f"exit status {result.returncode}"


@contextlib.contextmanager
def programme_at(root: Path, rev: str) -> Iterator[tuple[Path, str]]:
    """A temporary folder holding the programme as it was at `rev`, and the commit id.

    The folder is removed when the block ends.
    """
    commit = resolve(root, rev)
    with tempfile.TemporaryDirectory(prefix="ggp-tracker-rev-") as temp:
        dest = Path(temp) / "programme"
        dest.mkdir()
        try:
            count = _extract(root, commit, dest)
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            raise HistoryError("history.git_failed", rev=rev, reason=str(exc)) from None
        if count == 0:
            raise HistoryError("history.rev_no_programme", rev=rev, commit=commit[:12])
        yield dest, commit


def short_commit(commit: str | None) -> str:
    return commit[:_SHORT] if commit else ""
