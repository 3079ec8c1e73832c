"""One call from a State to a finished summary, and a safe way to write it to a file.

Used by `ggp-tracker summary` and by any other view that exports the summary.
"""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

from tracker.atomic import write_bytes_atomic
from tracker.gcpause import paused_gc
from tracker.labels import Lang, label
from tracker.state import State
from tracker.summary import EXTENSIONS, FORMATS
from tracker.summary.build import build_summary
from tracker.summary.changes import ChangeSet
from tracker.summary.document import Document
from tracker.summary.layout import lay_out
from tracker.summary.model import DocumentControl, GitInfo


def summary_document(
    state: State,
    lang: Lang,
    meeting: date | None = None,
    changes: ChangeSet | None = None,
    git: GitInfo | None = None,
    *,
    control: DocumentControl | None = None,
    audience: str = "lovp",
) -> Document:
    """The summary for `meeting` in `lang`, for `audience` ("lovp" or "internal")."""
    with paused_gc():
        return lay_out(build_summary(state, meeting, changes, git, control), lang, audience)


def render_bytes(doc: Document, fmt: str) -> bytes:
    """The file contents of `doc` in `fmt` (md, html, docx, pdf or text); for pdf,
    `furniture.PdfUnavailable` where WeasyPrint cannot run."""
    with paused_gc():
        if fmt == "pdf":
            from tracker.summary.to_pdf import render_pdf

            return render_pdf(doc)
        if fmt == "docx":
            from tracker.summary.to_word import render_word

            return render_word(doc)
        if fmt == "html":
            from tracker.summary.to_html import render_html

            return render_html(doc).encode("utf-8")
        if fmt == "md":
            from tracker.summary.to_markdown import render_markdown

            return render_markdown(doc).encode("utf-8")
        if fmt == "text":
            from tracker.summary.to_text import text_export

            return text_export(doc).encode("utf-8")
    raise ValueError(f"unknown summary format {fmt!r}; use one of {', '.join(FORMATS)}")


def default_name(meeting: date, fmt: str) -> Path:
    return Path(f"lovp-{meeting.isoformat()}.{EXTENSIONS[fmt]}")


def _refusal(target: Path, lang: Lang) -> str | None:
    """Why `target` must not be written, or None. Links are never written through."""
    folder = target.parent
    if not folder.is_dir():
        return label("summary.no_folder", lang, dir=folder)
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    if stat.S_ISLNK(mode):
        return label("summary.symlink", lang, file=target)
    if not stat.S_ISREG(mode):
        return label("summary.not_a_file", lang, file=target)
    return None


def write_export(target: Path, data: bytes, lang: Lang) -> str | None:
    """Write atomically (temp file beside it, fsync, rename); an error message, or None.

    A target that is a symbolic link is refused rather than replaced or followed; and
    the rename replaces the directory entry itself, so even a link made after the
    check is replaced, never written through.
    """
    refusal = _refusal(target, lang)
    if refusal:
        return refusal
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    return None
