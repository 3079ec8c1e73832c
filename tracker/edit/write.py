"""Writing an edit: atomically, and only over the bytes the edit was made from.

The file is compared with the edit's old bytes before the temporary file is
written and again right before the rename, so a save from an editor in between
is never overwritten: the edit is refused instead.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from tracker.edit.document import Edit
from tracker.edit.errors import EditError


def _current(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def _check_unchanged(edit: Edit) -> os.stat_result:
    try:
        st = os.stat(edit.path)
        current = _current(edit.path)
    except OSError as exc:
        raise EditError("write_failed", file=edit.file, reason=exc.strerror or exc) from None
    if current != edit.old or not stat.S_ISREG(st.st_mode):
        raise EditError("edit.changed_on_disk", file=edit.file)
    return st


def write_edit(edit: Edit) -> None:
    """Write `edit.new` over `edit.path` via a temporary file, fsync and rename,
    keeping the file's mode (and owner, where allowed)."""
    st = _check_unchanged(edit)
    folder = edit.path.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{edit.path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise EditError("write_failed", file=edit.file, reason=exc.strerror or exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(edit.new)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, stat.S_IMODE(st.st_mode))
        with contextlib.suppress(OSError):
            os.chown(temp, st.st_uid, st.st_gid)
        _check_unchanged(edit)
        os.replace(temp, edit.path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise EditError("write_failed", file=edit.file, reason=exc.strerror or exc) from None
        raise
    with contextlib.suppress(OSError):
        # The rename is durable only once the folder's entry is flushed too.
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
