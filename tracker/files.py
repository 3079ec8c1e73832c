"""Finding and reading programme files safely.

Only regular files inside the programme folder are read; links that leave it,
link loops, FIFOs and devices are reported, never followed or opened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from tracker.problems import Problem, Words, say

MAX_FILE_BYTES = 2 * 1024 * 1024
AGENDA = "agenda.yaml"
MEASURES = "measures"
_SUFFIXES = (".yaml", ".yml")
# Opened without following a last link (checked before), without blocking on a FIFO
# swapped in after the check, and without becoming the controlling terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NOCTTY", 0)
)
# Control characters, bidi overrides, and bytes that are not UTF-8 (which os.scandir
# hands over as lone surrogates): a name holding one cannot be shown or printed safely.
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class Found:
    """A programme file: its path relative to the root (POSIX), and its real location.

    The location is the operating system's string, not a `Path`: the walk makes one per
    file, and making thousands of `Path` objects took longer than walking the folders."""

    rel: str
    path: str


def _inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def shown_name(name: str) -> str:
    """`name` safe to print: undecodable bytes and control characters as escapes."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        if 0xDC80 <= code <= 0xDCFF:
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE_NAME.sub(escape, name)


def _os_problem(rel: str, exc: OSError, what: str = "problem.unreadable") -> Problem:
    """An OSError as a problem; the message never carries the absolute path."""
    if exc.errno == errno.ELOOP:
        return Problem.at(rel, 0, 0, "outside-root", "problem.outside-root.loop")
    reason = exc.strerror or type(exc).__name__
    # The reason is the system's own words, as the system gives them.
    return Problem(
        rel, 0, 0, "unreadable", say(what, reason=reason), say("problem.unreadable.hint")
    )


def find_files(root: Path) -> tuple[list[Found], list[Problem]]:
    """`measures/**/*.y{a,}ml` in sorted path order, with problems for what is refused."""
    root_real = os.path.realpath(root)
    found: list[Found] = []
    problems: list[Problem] = []
    top = root / MEASURES
    if not top.is_dir():
        problems.append(_missing_measures(root))
        return found, problems
    if not _inside(os.path.realpath(top), root_real):
        problems.append(Problem.at(MEASURES, 0, 0, "outside-root", "problem.outside-root.measures"))
        return found, problems
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[tuple[str, str]] = [(MEASURES, str(top))]
    # Folders reached through a link wait until every real folder is read, so a folder
    # is always read under its own name and the link is the one reported.
    linked: list[tuple[str, str]] = []
    while stack or linked:
        rel_dir, dir_path = stack.pop() if stack else linked.pop()
        try:
            st = os.stat(dir_path)
            entries = list(os.scandir(dir_path))
        except OSError as exc:
            problems.append(_os_problem(rel_dir, exc, "problem.unreadable.folder"))
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            problems.append(
                Problem.at(rel_dir, 0, 0, "outside-root", "problem.outside-root.folder-twice")
            )
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            unsafe = _UNSAFE_NAME.search(name) is not None
            rel = f"{rel_dir}/{shown_name(name) if unsafe else name}"
            try:
                is_link = entry.is_symlink()
                if is_link:
                    real = os.path.realpath(entry.path)
                    if not _inside(real, root_real):
                        problems.append(
                            Problem.at(rel, 0, 0, "outside-root", "problem.outside-root")
                        )
                        continue
                is_dir = entry.is_dir()
            except OSError as exc:
                problems.append(_os_problem(rel, exc))
                continue
            if unsafe and (is_dir or name.endswith(_SUFFIXES)):
                problems.append(Problem.at(rel, 0, 0, "encoding", "problem.encoding.name"))
                continue
            if is_dir:
                (linked if is_link else stack).append((rel, entry.path))
            elif name.endswith(_SUFFIXES):
                found.append(Found(rel, entry.path))
    found.sort(key=lambda f: f.rel)
    return found, problems


def _missing_measures(root: Path) -> Problem:
    """An empty programme is an error, not a clean one: measures/ is absent or not a folder.

    A folder whose name differs only in case (`Measures/`) is named in the hint.
    """
    what = say("problem.missing-measures")
    if os.path.lexists(root / MEASURES):
        what = say("problem.missing-measures.not-a-folder")
    hint = say("problem.missing-measures.hint")
    with contextlib.suppress(OSError):
        for name in sorted(os.listdir(root)):
            if name.lower() == MEASURES and name != MEASURES:
                hint = say("problem.missing-measures.case.hint", name=shown_name(name))
                break
    return Problem(MEASURES, 0, 0, "missing-measures", what, hint)


def _not_a_file(rel: str) -> Problem:
    return Problem.at(rel, 0, 0, "not-a-file", "problem.not-a-file")


def _too_large(rel: str, message: Words) -> Problem:
    return Problem(rel, 0, 0, "too-large", message, say("problem.too-large.hint"))


def _read_to(fd: int, expected: int, most: int) -> bytes:
    """Up to `most` bytes of an open file, to its end. The first read asks for the size
    the file had and one byte more: a buffer of `most` for every file costs more in
    page faults than the reading does. It reads on, as a file may have grown since."""
    data = os.read(fd, expected)
    while len(data) < most:
        more = os.read(fd, most - len(data))
        if not more:
            break
        data += more
    return data


def read_bytes(
    found: Found, root: Path, limit: int = MAX_FILE_BYTES
) -> tuple[bytes | None, os.stat_result | None, Problem | None]:
    """The file's bytes, or a problem: never opens a FIFO or device, never reads a huge
    file, never follows a link out of `root`."""
    target = found.path
    try:
        st = os.lstat(target)  # one call: for most files, also the stat of what is read
        if stat.S_ISLNK(st.st_mode):
            real = os.path.realpath(target)
            if not _inside(real, os.path.realpath(root)):
                problem = Problem.at(found.rel, 0, 0, "outside-root", "problem.outside-root")
                return None, None, problem
            target = real
            st = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(found.path):
            problem = Problem.at(found.rel, 0, 0, "unreadable", "problem.unreadable.broken-link")
        else:
            problem = Problem.at(found.rel, 0, 0, "unreadable", "problem.unreadable.disappeared")
        return None, None, problem
    except OSError as exc:
        return None, None, _os_problem(found.rel, exc)
    # Checked before opening: opening a device or FIFO can block or have effects.
    if not stat.S_ISREG(st.st_mode):
        return None, st, _not_a_file(found.rel)
    if st.st_size > limit:
        return (
            None,
            st,
            _too_large(
                found.rel, say("problem.too-large", size=f"{st.st_size:,}", limit=f"{limit:,}")
            ),
        )
    try:
        fd = os.open(target, _OPEN_FLAGS)
        try:
            # Checked again on what was opened: it may have been swapped since.
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return None, st, _not_a_file(found.rel)
            data = _read_to(fd, min(st.st_size, limit) + 1, limit + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        return None, st, _os_problem(found.rel, exc)
    if len(data) > limit:
        return None, st, _too_large(found.rel, say("problem.too-large.grew", limit=f"{limit:,}"))
    return data, st, None


def decode(data: bytes, rel: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a leading BOM is dropped), or an `encoding` problem at the bad byte."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, Problem.at(
            rel, line, column, "encoding", "problem.encoding", byte=f"{data[exc.start]:02x}"
        )
