"""What `diff` compares: a stored snapshot by label, `git:REV`, or `now`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.history.errors import HistoryError
from tracker.history.gitrev import git_info, programme_at
from tracker.history.snapshot import Snapshot, snapshot_of_folder
from tracker.history.storage import HistoryStore

if TYPE_CHECKING:
    from tracker.context import Context
    from tracker.state import State

NOW = "now"
GIT_PREFIX = "git:"


def is_reserved(label: str) -> bool:
    """Labels a stored snapshot cannot have: they name the other kinds of side."""
    return label == NOW or label.startswith(GIT_PREFIX)


def now_side(state: State, root: Path) -> Snapshot:
    """The current programme as a snapshot that is not stored."""
    return snapshot_of_folder(state, NOW, None, git_info(root))


def revision_side(root: Path, rev: str, as_of: date) -> Snapshot:
    """The programme at git revision `rev`, loaded and derived as of `as_of`."""
    from tracker.loader import ProgrammeLoader
    from tracker.state import build_state

    with programme_at(root, rev) as (folder, commit):
        state = build_state(ProgrammeLoader(folder).load(), as_of)
        git: dict[str, Any] = {"commit": commit, "dirty": False}
        return snapshot_of_folder(state, f"{GIT_PREFIX}{rev}", None, git)


def stored_side(store: HistoryStore, label: str) -> Snapshot:
    found = store.get(label)
    if found is None and store.damaged_label(label):
        raise HistoryError("safety.snapshot_damaged", label=label, path=store.path)
    if found is None:
        labels = store.labels()
        if labels:
            raise HistoryError("history.unknown_label", label=label, known=", ".join(labels[-5:]))
        raise HistoryError("history.unknown_label_empty", label=label)
    return found


def side(root: Path, as_of: date, spec: str, state: State | None = None) -> Snapshot:
    """The snapshot `spec` names for a programme folder; `now` needs the State of it now."""
    if spec == NOW:
        if state is None:
            raise ValueError("the current State is needed to compare with now")
        return now_side(state, root)
    if spec.startswith(GIT_PREFIX):
        return revision_side(root, spec[len(GIT_PREFIX) :], as_of)
    return stored_side(HistoryStore(root), spec)


def load_side(ctx: Context, spec: str) -> Snapshot:
    """The snapshot `spec` names: a label, `git:REV` (as of the same date) or `now`."""
    return side(ctx.root, ctx.as_of, spec, ctx.state if spec == NOW else None)
