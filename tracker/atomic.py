"""Writing a file so that readers see the old content or the new, never half of it.

Every writer of the tool goes through `write_bytes_atomic`; write-back to the
programme files adds its changed-on-disk check as the `before_replace` hook. A writer
killed before its rename leaves its temporary file; the next write of the same file
removes it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path

STALE_AFTER = 3600  # seconds: a temporary file this old is not being written any more
_TEMP = re.compile(r"\.(?P<name>.+)\.(?:(?P<pid>[0-9]+)-)?[0-9a-f]{12}\.tmp")


def _writer_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False  # another thread of this process may be writing it
    try:
        os.kill(pid, 0)  # no signal sent: only asks whether the process exists
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (another user's), or the system will not say
    return False


def remove_stale_temps(folder: Path, name: str, now: float | None = None) -> None:
    """Remove temporary files an interrupted write of `name` left in `folder` (a writer
    killed between creating its temporary file and the rename).

    Only names this module makes for `name` (`.NAME.PID-HEX.tmp`, or `.NAME.HEX.tmp`
    from earlier versions), only regular files, and only when the process named in it
    is gone or the file was not changed for an hour: a write in progress on another
    machine sharing the folder is left alone. Nothing else is touched.
    """
    now = time.time() if now is None else now
    try:
        entries = os.scandir(folder)
    except OSError:
        return
    with entries:
        for entry in entries:
            match = _TEMP.fullmatch(entry.name)
            if match is None or match["name"] != name:
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            pid = match["pid"]
            if now - st.st_mtime > STALE_AFTER or (pid is not None and _writer_gone(int(pid))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _create_temp(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new, empty file next to the target, created with `mode` less the umask.

    Not tempfile.mkstemp: its 0600 is too private for a schema, export or programme
    file, and finding the umask to widen it afterwards means setting it for a moment,
    which would race with any other thread creating a file.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = os.path.join(folder, f".{name}.{os.getpid()}-{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {name} in {folder}")


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
    remove_stale_temps(folder, path.name)
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError:
        st = None  # no file to take after (or a dangling link, which the rename replaces)
    # A new file gets what a plain open() would give it; a replacement starts private
    # and is given the old file's owner and mode below.
    fd, temp = _create_temp(folder, path.name, 0o666 if st is None else 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if st is not None:
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
