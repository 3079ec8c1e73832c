"""Writing an edit: atomically, and only over the bytes the edit was made from.

The file is compared with the edit's old bytes before the temporary file is
written and again right before the rename, so a save from an editor in between
is never overwritten: the edit is refused instead. Another writer of the tracker
waits: both checks and the rename are made holding the programme's edit lock.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from tracker.atomic import write_bytes_atomic
from tracker.edit.document import Edit
from tracker.edit.errors import EditError
from tracker.edit.lock import edit_lock
from tracker.files import MAX_FILE_BYTES


def _current(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def _check_unchanged(edit: Edit) -> None:
    try:
        st = os.stat(edit.path)
        current = _current(edit.path)
    except OSError as exc:
        raise EditError("write_failed", file=edit.file, reason=exc.strerror or exc) from None
    if current != edit.old or not stat.S_ISREG(st.st_mode):
        raise EditError("edit.changed_on_disk", file=edit.file)


def _check_writable(edit: Edit) -> None:
    """Refuse what the loader would not read back, and a file its owner marked read-only."""
    if len(edit.new) > MAX_FILE_BYTES:
        raise EditError(
            "safety.edit_too_large", file=edit.file, size=len(edit.new), limit=MAX_FILE_BYTES
        )
    try:
        mode = os.stat(edit.path).st_mode
    except OSError as exc:
        raise EditError("write_failed", file=edit.file, reason=exc.strerror or exc) from None
    # The mode bits, not access(): a rename replaces a file its owner (or root) made 0444.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise EditError("safety.read_only", file=edit.file)


def write_edit(edit: Edit) -> None:
    """Write `edit.new` over `edit.path` atomically, keeping the file's mode (and owner,
    where allowed); refused with an `EditError` when the file is not the one read."""
    lock = edit_lock(edit.root) if edit.root is not None else contextlib.nullcontext()
    with lock:
        _check_writable(edit)
        _check_unchanged(edit)
        try:
            write_bytes_atomic(edit.path, edit.new, before_replace=lambda: _check_unchanged(edit))
        except OSError as exc:
            raise EditError("write_failed", file=edit.file, reason=exc.strerror or exc) from None
