"""Writing a file so that readers see the old content or the new, never half of it.

Every writer of the tool goes through `write_bytes_atomic`; write-back to the
programme files adds its changed-on-disk check as the `before_replace` hook.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def _new_file_mode() -> int:
    """What a plain `open()` would give a new file: mkstemp's 0600 is too private for a
    schema, export or programme file, which is meant to be shared like any other."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder's entry is flushed. Some file
    # systems refuse to open or fsync a folder; the data is written by then, so not an error.
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_bytes_atomic(
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Write `data` to a temporary file next to `path`, fsync it, then rename it over `path`.

    An existing file keeps its mode and, where the system allows, its owner and group.
    `before_replace` runs once the temporary file is complete, just before the rename; if
    it raises (or anything else fails), the temporary file is removed, `path` is left as
    it was and the exception propagates.
    """
    folder = path.parent
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError:
        st = None  # no file to take after (or a dangling link, which the rename replaces)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if st is None:
            os.chmod(temp, _new_file_mode())
        else:
            # Owner first: an unprivileged chown clears set-id bits, which chmod then restores
            # where the system allows it.
            with contextlib.suppress(OSError):
                os.chown(temp, st.st_uid, st.st_gid)
            os.chmod(temp, stat.S_IMODE(st.st_mode))
        if before_replace is not None:
            before_replace()
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(folder)
