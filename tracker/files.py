"""Finding and reading programme files safely.

Only regular files inside the programme folder are read; links that leave it,
link loops, FIFOs and devices are reported, never followed or opened.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from tracker.problems import Problem

MAX_FILE_BYTES = 2 * 1024 * 1024
AGENDA = "agenda.yaml"
MEASURES = "measures"
_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Found:
    """A programme file: its path relative to the root (POSIX), and its real location."""

    rel: str
    path: Path


def _inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def find_files(root: Path) -> tuple[list[Found], list[Problem]]:
    """`measures/**/*.y{a,}ml` in sorted path order, with problems for what is refused."""
    root_real = os.path.realpath(root)
    found: list[Found] = []
    problems: list[Problem] = []
    top = root / MEASURES
    if not top.is_dir():
        return found, problems
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[tuple[str, str]] = [(MEASURES, str(top))]
    while stack:
        rel_dir, dir_path = stack.pop()
        try:
            st = os.stat(dir_path)
            entries = list(os.scandir(dir_path))
        except OSError as exc:
            problems.append(
                Problem(
                    rel_dir,
                    0,
                    0,
                    "unreadable",
                    f"folder cannot be read: {exc.strerror}",
                    "check its permissions",
                )
            )
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            problems.append(
                Problem(
                    rel_dir,
                    0,
                    0,
                    "outside-root",
                    "link loop: this folder was already read",
                    "remove the link that points back up the tree",
                )
            )
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = f"{rel_dir}/{name}"
            try:
                is_link = entry.is_symlink()
                if is_link:
                    real = os.path.realpath(entry.path)
                    if not _inside(real, root_real):
                        problems.append(
                            Problem(
                                rel,
                                0,
                                0,
                                "outside-root",
                                "link points outside the programme folder",
                                "copy the file into the folder instead of linking to it",
                            )
                        )
                        continue
                is_dir = entry.is_dir()
            except OSError as exc:
                problems.append(
                    Problem(rel, 0, 0, "unreadable", f"cannot be read: {exc}", "check the link")
                )
                continue
            if is_dir:
                stack.append((rel, entry.path))
            elif name.endswith(_SUFFIXES):
                found.append(Found(rel, Path(entry.path)))
    found.sort(key=lambda f: f.rel)
    return found, problems


def read_bytes(
    found: Found, root: Path, limit: int = MAX_FILE_BYTES
) -> tuple[bytes | None, os.stat_result | None, Problem | None]:
    """The file's bytes, or a problem: never opens a FIFO or device, never a huge file."""
    try:
        st = os.stat(found.path)
    except FileNotFoundError:
        if os.path.islink(found.path):
            return (
                None,
                None,
                Problem(
                    found.rel,
                    0,
                    0,
                    "unreadable",
                    "broken link",
                    "point the link at an existing file",
                ),
            )
        return None, None, Problem(found.rel, 0, 0, "unreadable", "file disappeared", "")
    except OSError as exc:
        return (
            None,
            None,
            Problem(
                found.rel,
                0,
                0,
                "outside-root" if exc.errno == 40 else "unreadable",
                f"cannot be read: {exc.strerror}",
                "remove the link loop" if exc.errno == 40 else "check its permissions",
            ),
        )
    if not stat.S_ISREG(st.st_mode):
        return (
            None,
            st,
            Problem(
                found.rel,
                0,
                0,
                "not-a-file",
                "not a regular file; skipped",
                "only ordinary files are read; remove it or rename it so it does not end in .yaml",
            ),
        )
    if st.st_size > limit:
        return (
            None,
            st,
            Problem(
                found.rel,
                0,
                0,
                "too-large",
                f"file is {st.st_size:,} bytes; the limit is {limit:,}",
                "split the items over several files",
            ),
        )
    try:
        # O_NONBLOCK: a FIFO swapped in after the stat above must not hang the read.
        fd = os.open(found.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        return (
            None,
            st,
            Problem(
                found.rel,
                0,
                0,
                "unreadable",
                f"cannot be read: {exc.strerror}",
                "check the file's permissions",
            ),
        )
    if len(data) > limit:
        return (
            None,
            st,
            Problem(
                found.rel,
                0,
                0,
                "too-large",
                f"file is over {limit:,} bytes",
                "split the items over several files",
            ),
        )
    return data, st, None


def decode(data: bytes, rel: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a leading BOM is dropped), or an `encoding` problem at the bad byte."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, Problem(
            rel,
            line,
            column,
            "encoding",
            f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded",
            "save the file as UTF-8 (most editors: 'Save with encoding')",
        )
