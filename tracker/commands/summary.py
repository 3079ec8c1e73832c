"""`ggp-tracker summary`: the LOVP status summary as Markdown, HTML, Word or terminal text.

The command gathers what the pure builder may not (the git commit of the programme
files) and writes files; tracker/summary/ does the rest. The changes in the period
come from the reported history (`changes_from_diff`, tracker/history/since.py) when
`--since` is given or a snapshot was taken for an earlier meeting; else from the updates.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.history import FOLDER as HISTORY_FOLDER
from tracker.labels import label
from tracker.summary import FORMATS
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from datetime import date

    from tracker.context import Context
    from tracker.state import State
    from tracker.summary.changes import ChangeSet
    from tracker.summary.model import DocumentControl

_FROM_SUFFIX = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                ".docx": "docx", ".pdf": "pdf", ".txt": "text"}  # fmt: skip
# The files whose commit the summary names; the history store and anything else is not.


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from tracker.context import parse_date

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
        help=(
            "changes since a history snapshot or git revision (default: the latest snapshot "
            "as of the previous meeting or earlier; without one, the period's updates)"
        ),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="md, html, docx, pdf or text (default: from the -o file's extension, else text)",
    )
    parser.add_argument(
        "--audience",
        choices=("lovp", "internal"),
        default="lovp",
        help="lovp (default): without ids, commits and data quality; internal: everything",
    )
    parser.add_argument(
        "--status",
        choices=("concept", "final"),
        default="concept",
        help="the document's status, printed on it (default: concept)",
    )
    parser.add_argument(
        "--doc-version", metavar="TEXT", help="the document's version, e.g. 0.3 (printed on it)"
    )
    parser.add_argument("--item", metavar="TEXT", help="the meeting's agenda item, e.g. 4b")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    parser.set_defaults(run=run)


def _changes(
    args: argparse.Namespace, ctx: Context, state: State, meeting: date
) -> ChangeSet | str | None:
    """Changes since --since, by default since the latest snapshot taken for an earlier
    meeting; None without either (the period's updates are reported), or a message."""
    since = args.since
    if not since and not os.path.lexists(ctx.root / HISTORY_FOLDER):
        return None  # no history: nothing to import and read
    from tracker.history.errors import HistoryError
    from tracker.history.since import changes_from_diff, default_since

    if not since:
        try:
            since = default_since(ctx.root, state, meeting)
        except HistoryError as exc:
            # The summary still goes out, from the updates; the damaged history is named.
            print(exc.text(ctx.lang), file=sys.stderr)
    if not since:
        return None
    try:
        return changes_from_diff(ctx.root, since, state, ctx.lang)
    except ValueError as exc:
        return one_line(exc)


def document_control(args: argparse.Namespace, state: State) -> DocumentControl:
    """The command's options, with author, distribution and classification from the
    agenda's `report:` block when it has one."""
    from tracker.summary.model import DocumentControl

    report = getattr(state, "report", None)
    return DocumentControl(
        status=args.status,
        version=args.doc_version,
        item=args.item,
        author=getattr(report, "author", None),
        distribution=getattr(report, "distribution", None),
        classification=getattr(report, "classification", None),
    )


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output is not None:
        return _FROM_SUFFIX.get(args.output.suffix.lower(), "text")
    return "text"


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.gcpause import paused_gc
    from tracker.summary.export import default_name, render_bytes, summary_document, write_export
    from tracker.summary.source import git_info

    lang = ctx.lang
    state = ctx.state
    meeting = args.meeting or state.default_meeting() or state.as_of
    start = state.info.start
    if start is not None and meeting < start:
        # The period runs from the programme's start to the meeting: it would end before
        # it begins, and every section would be empty without saying why.
        key = "summary.meeting_before_start"
        print(label(key, lang, meeting=meeting, start=start), file=sys.stderr)
        return 2
    changes = _changes(args, ctx, state, meeting)
    if isinstance(changes, str):
        print(changes, file=sys.stderr)
        return 2
    doc = summary_document(
        state,
        lang,
        meeting,
        changes,
        git_info(ctx.root),
        control=document_control(args, state),
        audience=args.audience,
    )
    if ctx.programme.errors:
        print(label("summary.load_errors", lang, errors=ctx.programme.errors), file=sys.stderr)

    fmt = _format(args)
    target: Path | None = args.output
    if target is None and fmt == "md":
        sys.stdout.write(render_bytes(doc, fmt).decode("utf-8"))
        return 0
    if target is None and fmt == "text":
        from tracker.summary.to_text import render_text

        with paused_gc():
            render_text(doc)
        return 0
    target = target or default_name(meeting, fmt)
    from tracker.summary.furniture import PdfUnavailable

    try:
        data = render_bytes(doc, fmt)
    except PdfUnavailable as exc:
        print(exc, file=sys.stderr)
        return 1
    error = write_export(target, data, lang)
    if error:
        print(error, file=sys.stderr)
        return 1
    print(label("summary.written", lang, file=target), file=sys.stderr)
    return 0
