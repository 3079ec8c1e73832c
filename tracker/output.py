"""Standard output that cannot take what is written: one line and a non-zero exit.

`> /dev/full`, a closed stdout (`>&-`) or an output encoding without the marks the
tracker uses (`PYTHONIOENCODING=ascii`, `LC_ALL=C` without UTF-8 mode) gave a
traceback. The marks fall back to ASCII where the encoding cannot carry them,
and a write or flush that fails ends the command with one line on stderr.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable
from typing import IO

from tracker.labels import label

ERROR_HANDLER = "ggp-tracker-ascii"
# Marks the views and reports use, and the ASCII written where they cannot be.
_ASCII = {
    "●": "*", "▲": "^", "■": "#", "○": "o", "→": "->", "←": "<-", "…": "...",
    "—": "-", "–": "-", "✓": "v", "✗": "x", "·": ".", "█": "#", "░": ".", "▏": "|",
    "“": '"', "”": '"', "‘": "'", "’": "'", "×": "x", "≤": "<=", "≥": ">=",
}  # fmt: skip
_OUTPUT_ERRORS = {errno.ENOSPC, errno.EPIPE, errno.EBADF, errno.EIO, errno.EDQUOT, errno.EFBIG}
FAILED = 1


def _to_ascii(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_ASCII.get(char, "?") for char in bad), exc.end


codecs.register_error(ERROR_HANDLER, _to_ascii)


class LoudParser(argparse.ArgumentParser):
    """argparse, except that a failed write of help, version or usage is not ignored."""

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        if message:
            (file or sys.stderr).write(message)


class _Closed(io.TextIOBase):
    """Standing in for a standard output that was closed before the start."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True


def guard_streams() -> None:
    """A closed stdout fails on first write; marks fall back to ASCII in any encoding."""
    if sys.stdout is None:
        sys.stdout = _Closed()
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=ERROR_HANDLER)


def _fail(exc: OSError) -> int:
    reason = exc.strerror or str(exc)
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - kept until exit
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(label("safety.output_failed", "en", reason=reason) + "\n")
        sys.stderr.flush()
    return FAILED


def run_guarded(main: Callable[[], int]) -> int:
    """`main()`'s exit status, or FAILED with one line when its output could not be written.

    `--help` and `--version` end in SystemExit from argparse; their output is flushed
    here too, so a failed write fails them as well.
    """
    guard_streams()
    try:
        try:
            code = main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        sys.stdout.flush()
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRORS:
            raise
        return _fail(exc)
    return code
