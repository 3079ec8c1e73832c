"""What the terminal UI's export screen offers, and the file each choice makes.

Beside the summary formats, the calendar and the workbook; the same bytes as the
commands `summary`, `calendar` and `export` give for the same as-of date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.labels import Lang
    from tracker.state import State

# choice -> its label key, in the order the screen lists them
CHOICES: dict[str, str] = {
    "summary-md": "tui.export.summary_md",
    "summary-html": "tui.export.summary_html",
    "summary-docx": "tui.export.summary_docx",
    "calendar": "tui.export.calendar",
    "workbook": "tui.export.workbook",
}


def default_name(choice: str, as_of: date, meeting: date | None = None) -> str:
    if choice.startswith("summary-"):
        return f"lovp-{(meeting or as_of).isoformat()}.{choice.removeprefix('summary-')}"
    return f"ggp-{as_of.isoformat()}.{'ics' if choice == 'calendar' else 'xlsx'}"


def make(choice: str, state: State, lang: Lang, root: Path) -> tuple[str, bytes]:
    """The file name and the bytes of one choice (slow for a large programme: a thread)."""
    if choice == "calendar":
        from tracker.reach.calendar import calendar_bytes
        from tracker.reach.events import events

        return default_name(choice, state.as_of), calendar_bytes(state, events(state, lang), lang)
    if choice == "workbook":
        from tracker.reach.sheets import sheets
        from tracker.reach.workbook import workbook_bytes

        data = workbook_bytes(state, sheets(state), lang, source_commit(root, lang))
        return default_name(choice, state.as_of), data
    if choice in CHOICES:
        from tracker.summary.export import render_bytes, summary_document
        from tracker.summary.source import git_info

        meeting = state.default_meeting() or state.as_of
        doc = summary_document(state, lang, meeting, None, git_info(root))
        fmt = choice.removeprefix("summary-")
        return default_name(choice, state.as_of, meeting), render_bytes(doc, fmt)
    raise ValueError(f"unknown export {choice!r}")


def source_commit(root: Path, lang: Lang) -> str:
    """The git commit of the programme files, in words for the workbook's about sheet."""
    from tracker.labels import label
    from tracker.summary.source import git_info

    git = git_info(root)
    if git is None:
        return label("reach.about.no_git", lang)
    return label("reach.about.dirty", lang, commit=git.commit) if git.dirty else git.commit
