"""`ggp-tracker summary`: the LOVP status summary as Markdown, HTML, Word or terminal text.

The command gathers what the pure builder may not (the git commit of the programme
files) and writes files; tracker/summary/ does the rest. `--since` reads the reported
history through `changes_from_diff` (see tracker/summary/changes.py), which arrives
with tracker/history; until then it exits 2 with a message.
"""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.atomic import write_bytes_atomic
from tracker.labels import Lang, label
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.cli import Context
    from tracker.state import State
    from tracker.summary.changes import ChangeSet
    from tracker.summary.document import Document
    from tracker.summary.model import GitInfo

FORMATS = ("md", "html", "docx", "text")
EXTENSIONS = {"md": "md", "html": "html", "docx": "docx", "text": "txt"}
_FROM_SUFFIX = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                ".docx": "docx", ".txt": "text"}  # fmt: skip
# The files whose commit the summary names; the history store and anything else is not.
PROGRAMME_PATHS = ("agenda.yaml", "measures")
GIT_TIMEOUT = 10


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from tracker.cli import parse_date

    parser = sub.add_parser(
        "summary",
        parents=[common],
        help="the LOVP status summary as Markdown, HTML, Word or text",
        description=(
            "The status summary for an LOVP meeting: overview per opgave, what needs "
            "attention or a decision, changes in the reporting period, status per opgave, "
            "meetings, indicators, what comes next and data quality. Markdown and text go "
            "to standard output unless -o is given; HTML and Word are written to -o FILE "
            "or to lovp-<meeting date>.<ext> in the current folder."
        ),
    )
    parser.add_argument(
        "--meeting",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the LOVP meeting to report to (default: the first on or after the as-of date)",
    )
    parser.add_argument(
        "--since",
        metavar="LABEL|git:REV",
        help="changes since a history snapshot or git revision instead of the period's updates",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="md, html, docx or text (default: from the -o file's extension, else text)",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    parser.set_defaults(run=run)


def git_info(root: Path) -> GitInfo | None:
    """The short commit of the programme files and whether they differ from it; None without git."""
    from tracker.summary.model import GitInfo

    def git(*argv: str) -> subprocess.CompletedProcess[str] | None:
        try:
            return subprocess.run(
                ["git", "-C", str(root), *argv],
                capture_output=True,
                text=True,
                timeout=GIT_TIMEOUT,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.SubprocessError):
            return None

    head = git("rev-parse", "--short", "HEAD")
    if head is None or head.returncode != 0 or not head.stdout.strip():
        return None
    status = git("status", "--porcelain", "--", *PROGRAMME_PATHS)
    dirty = status is not None and status.returncode == 0 and bool(status.stdout.strip())
    return GitInfo(one_line(head.stdout), dirty)


def _changes(args: argparse.Namespace, ctx: Context, state: State) -> ChangeSet | str | None:
    """The ChangeSet for --since, None without it, or a message when it cannot be had."""
    if not args.since:
        return None
    try:
        import tracker.history  # noqa: F401  (present once the reported history exists)
    except ModuleNotFoundError as exc:
        if exc.name != "tracker.history":
            raise
        return label("summary.no_history", ctx.lang)
    from tracker.summary import changes

    from_diff = getattr(changes, "changes_from_diff", None)
    if from_diff is None:
        return label("summary.no_history", ctx.lang)
    try:
        return from_diff(ctx.root, args.since, state)
    except ValueError as exc:
        return one_line(exc)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output is not None:
        return _FROM_SUFFIX.get(args.output.suffix.lower(), "text")
    return "text"


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
    """Write atomically (temp file beside it, fsync, rename); an error message or None.

    The rename replaces the directory entry itself, so even a link made after the
    check above is replaced, never followed.
    """
    refusal = _refusal(target, lang)
    if refusal:
        return refusal
    try:
        write_bytes_atomic(target, data)
    except OSError as exc:
        return label("write_failed", lang, file=target, reason=exc.strerror or str(exc))
    return None


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.summary.build import build_summary
    from tracker.summary.layout import lay_out

    lang = ctx.lang
    state = ctx.state
    changes = _changes(args, ctx, state)
    if isinstance(changes, str):
        print(changes, file=sys.stderr)
        return 2
    meeting = args.meeting or state.default_meeting() or state.as_of
    summary = build_summary(state, meeting, changes, git_info(ctx.root))
    doc = lay_out(summary, lang)
    if ctx.programme.errors:
        print(label("summary.load_errors", lang, errors=ctx.programme.errors), file=sys.stderr)

    fmt = _format(args)
    target: Path | None = args.output
    if target is None and fmt in ("md", "text"):
        if fmt == "md":
            from tracker.summary.to_markdown import render_markdown

            sys.stdout.write(render_markdown(doc))
        else:
            from tracker.summary.to_text import render_text

            render_text(doc)
        return 0
    if target is None:
        target = Path(f"lovp-{meeting.isoformat()}.{EXTENSIONS[fmt]}")
    error = write_export(target, _render_bytes(fmt, doc), lang)
    if error:
        print(error, file=sys.stderr)
        return 1
    print(label("summary.written", lang, file=target), file=sys.stderr)
    return 0


def _render_bytes(fmt: str, doc: Document) -> bytes:
    if fmt == "docx":
        from tracker.summary.to_word import render_word

        return render_word(doc)
    if fmt == "html":
        from tracker.summary.to_html import render_html

        return render_html(doc).encode("utf-8")
    if fmt == "md":
        from tracker.summary.to_markdown import render_markdown

        return render_markdown(doc).encode("utf-8")
    from tracker.summary.to_text import text_export

    return text_export(doc).encode("utf-8")
