"""Writing an export file safely: atomically, never through a link, never over a folder.

The same rules as the summary's (`tracker.summary.export.write_export`) without
importing the summary's code, which a calendar or a workbook does not need.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tracker.atomic import write_bytes_atomic
from tracker.labels import Lang, label


def refusal(target: Path, lang: Lang) -> str | None:
    """Why `target` must not be written, or None."""
    folder = target.parent
    if not folder.is_dir():
        return label("reach.no_folder", lang, dir=folder)
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    if stat.S_ISLNK(mode):
        return label("reach.symlink", lang, file=target)
    if not stat.S_ISREG(mode):
        return label("reach.not_a_file", lang, file=target)
    return None


def write_output(target: Path, data: bytes, lang: Lang) -> str | None:
    """Write `data` to `target` atomically; an error message, or None."""
    why = refusal(target, lang)
    if why:
        return why
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    return None
