"""Writing an export file safely: atomically, never through a link, never over a folder.

The one writer of every `-o`: the report, the calendar, the workbook and its CSV
folder, the schema and the round's letters. It imports neither the
report nor the reach code, so a calendar does not pay for loading the report. Its
refusals are worded per export (`words`: "summary" or "reach", a label-table prefix).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tracker.atomic import write_bytes_atomic
from tracker.labels import Lang, label


def refusal(target: Path, lang: Lang, words: str = "reach") -> str | None:
    """Why `target` must not be written, or None."""
    folder = target.parent
    if not folder.is_dir():
        return label(f"{words}.no_folder", lang, dir=folder)
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    if stat.S_ISLNK(mode):
        return label(f"{words}.symlink", lang, file=target)
    if not stat.S_ISREG(mode):
        return label(f"{words}.not_a_file", lang, file=target)
    return None


def write_output(target: Path, data: bytes, lang: Lang, words: str = "reach") -> str | None:
    """Write `data` to `target` atomically (temp file beside it, fsync, rename); an error
    message, or None. A target that is a link is refused, and the rename replaces the
    directory entry itself, so even a link made after the check is never written through.
    """
    why = refusal(target, lang, words)
    if why:
        return why
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    return None


def write_folder(
    folder: Path, files: dict[str, bytes], lang: Lang, words: str = "reach"
) -> str | None:
    """Write each of `files` (name to bytes) into `folder`, made when absent, with the
    rules of `write_output`; an error message, or None. A folder that is a link is
    refused too: what is written there would land wherever it leads."""
    if os.path.islink(folder):
        return label(f"{words}.symlink", lang, file=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return label("write_failed", lang, file=folder, reason=exc.strerror or str(exc))
    for name, data in files.items():
        error = write_output(folder / name, data, lang, words)
        if error:
            return error
    return None
