"""One writer at a time: a lock on the programme held across read, check, write and rename.

Without it two writers can both find the file as they read it, both rename, and
one note is gone while both said "saved". The lock is `.tracker/edit.lock`
in the programme folder (the history's folder, whose .gitignore leaves out
`*.lock`); the commands, and the terminal UI's forms, all take it. It is taken
again by the same process without waiting, so a command can hold it from its
read to its write while `write_edit` takes it too.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker.edit.errors import EditError
from tracker.workfolder import FOLDER
from tracker.workfolder import make as make_workfolder

LOCK_NAME = "edit.lock"
LOCK_TIMEOUT = 60.0

_held: dict[str, int] = {}
_guard = threading.Lock()


def _folder(root: Path) -> Path:
    """`.tracker`, made when missing; never a link (it could lead out of the programme)."""
    folder = root / FOLDER
    if not os.path.lexists(folder):
        make_workfolder(root)  # as the history makes it, with its .gitignore
    try:
        st = os.lstat(folder)
    except OSError as exc:
        raise EditError("write_failed", file=FOLDER, reason=exc.strerror or exc) from None
    if not stat.S_ISDIR(st.st_mode):
        raise EditError("safety.lock_not_folder", path=FOLDER)
    return folder


@contextmanager
def edit_lock(root: Path, timeout: float | None = None) -> Iterator[None]:
    from filelock import FileLock, Timeout

    key = os.path.realpath(root)
    with _guard:
        if key in _held:
            _held[key] += 1
            nested = True
        else:
            nested = False
    if nested:
        try:
            yield
        finally:
            with _guard:
                _held[key] -= 1
        return
    path = _folder(root) / LOCK_NAME
    if os.path.islink(path):
        raise EditError("safety.lock_not_folder", path=f"{FOLDER}/{LOCK_NAME}")
    lock = FileLock(str(path), timeout=LOCK_TIMEOUT if timeout is None else timeout)
    try:
        lock.acquire()
    except Timeout:
        raise EditError("safety.edit_locked", path=f"{FOLDER}/{LOCK_NAME}") from None
    except OSError as exc:
        raise EditError("write_failed", file=FOLDER, reason=exc.strerror or exc) from None
    with _guard:
        _held[key] = 1
    try:
        yield
    finally:
        with _guard:
            del _held[key]
        lock.release()
