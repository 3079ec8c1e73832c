"""The git commit the report's programme files come from, and whether they differ from it."""

from __future__ import annotations

from pathlib import Path

from tracker import gitcall
from tracker.summary.model import GitInfo
from tracker.textsafe import one_line

PROGRAMME_PATHS = ("agenda.yaml", "measures")


def git_info(root: Path) -> GitInfo | None:
    """The short commit of the programme files and whether they differ from it; None without git."""
    head = gitcall.run(root, "rev-parse", "--short", "HEAD")
    if head is None or head.returncode != 0 or not head.stdout.strip():
        return None
    status = gitcall.run(root, "status", "--porcelain", "--", *PROGRAMME_PATHS)
    dirty = status is not None and status.returncode == 0 and bool(status.stdout.strip())
    return GitInfo(one_line(head.stdout.decode("utf-8", "replace")), dirty)
