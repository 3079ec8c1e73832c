"""Git: the commit of the programme files now, and the programme as it was at a revision.

A revision is read with `git ls-tree` and `git cat-file` into a temporary folder,
never by checking anything out: the work tree and the index are not touched.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tracker.files import AGENDA, MEASURES
from tracker.history.errors import HistoryError

_TIMEOUT = 120
_SHORT = 10  # characters of a commit id shown
# Set by git hooks (pre-commit sets GIT_INDEX_FILE, for one); they would point these
# commands at another repository or index than the programme folder's own.
_REPO_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_PREFIX",
    "GIT_NAMESPACE",
)
_PROGRAMME_PATHS = (AGENDA, MEASURES)
_CHUNK = 1 << 20


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REPO_VARIABLES}
    env["GIT_OPTIONAL_LOCKS"] = "0"  # `git status` must not take the index lock
    env["LC_ALL"] = "C"
    return env


def _git(root: Path | None, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    """Run git in `root` (None: the current folder); None when git cannot be started."""
    try:
        return subprocess.run(
            ["git", *args],
            cwd=root,
            capture_output=True,
            env=_env(),
            timeout=_TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return None


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


def _copy_blob(out: IO[bytes], source: IO[bytes], size: int) -> None:
    left = size
    while left:
        chunk = source.read(min(left, _CHUNK))
        if not chunk:
            raise OSError("git cat-file ended early")
        out.write(chunk)
        left -= len(chunk)


def _extract(root: Path, commit: str, dest: Path) -> int:
    """Write agenda.yaml and measures/** of `commit` into `dest`; the number of files."""
    listing = _git(root, "ls-tree", "-r", "-z", commit, "--", *_PROGRAMME_PATHS)
    if listing is None or listing.returncode != 0:
        raise HistoryError("history.git_failed", rev=commit[:12], reason=_reason(listing))
    entries: list[tuple[str, str, str]] = []
    for record in listing.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, sha = meta.decode("ascii").split()
        path = raw_path.decode("utf-8", "surrogateescape")
        # Submodules (commits) carry no programme files; anything odd is left out.
        if kind == "blob" and _safe_rel(path):
            entries.append((mode, sha, path))
    if not entries:
        return 0
    process = subprocess.Popen(
        ["git", "cat-file", "--batch"],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        # One object at a time: cat-file flushes after each, so the pipes never fill up.
        for mode, sha, path in entries:
            process.stdin.write(sha.encode("ascii") + b"\n")
            process.stdin.flush()
            header = process.stdout.readline().split()
            if len(header) != 3:
                raise HistoryError("history.git_failed", rev=commit[:12], reason="cat-file")
            size = int(header[2])
            target = dest / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if mode == "120000":
                # A link is recreated as it was; the loader refuses one leading out.
                link = process.stdout.read(size)
                os.symlink(os.fsdecode(link), target)
            else:
                with open(target, "xb") as out:
                    _copy_blob(out, process.stdout, size)
            process.stdout.read(1)  # the newline after each object
    finally:
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.stdout.close()
        process.wait(timeout=_TIMEOUT)
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
