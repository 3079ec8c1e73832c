"""One call from a State to a finished summary, and a safe way to write it to a file.

Used by `ggp-tracker summary` and by any other view that exports the summary.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.gcpause import paused_gc
from tracker.labels import Lang
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


def write_export(target: Path, data: bytes, lang: Lang) -> str | None:
    """Write the report atomically, never through a link; an error message, or None."""
    from tracker.exportfile import write_output

    return write_output(target, data, lang, words="summary")
