"""`.tracker`: the programme folder's own working folder (the history file, the locks).

Both the history and the write-back use it, so it is defined below both: its name,
and the `.gitignore` that keeps locks and unfinished writes out of git.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from tracker.atomic import write_bytes_atomic

FOLDER = ".tracker"

GITIGNORE = (
    "# Written by ggp-tracker: the lock and unfinished writes are local;\n"
    "# history.json may be committed with the programme files.\n*.lock\n.*.tmp\n"
)


def write_gitignore(folder: Path) -> None:
    """The folder's `.gitignore`, unless one is there (or a link is: never written through)."""
    ignore = folder / ".gitignore"
    if not os.path.lexists(ignore):
        with contextlib.suppress(OSError):
            write_bytes_atomic(ignore, GITIGNORE.encode("utf-8"))


def make(root: Path) -> None:
    """Make `.tracker` when it is missing, with its `.gitignore`; the caller checks what is
    there afterwards (a link or a file is refused by the caller, in its own words)."""
    folder = Path(root) / FOLDER
    try:
        os.mkdir(folder)
    except OSError:
        return  # made a moment ago by another writer, or not makeable: the caller says
    write_gitignore(folder)
