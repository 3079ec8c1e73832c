"""Section 5 of the summary, "changes in the period", as a small table of change rows.

A `ChangeSet` is what the summary shows; where it comes from is a seam:

- `changes_from_updates(state, period)` (here): every progress-log update dated in
  the reporting period, with the status/phase, health and progress it changed
  (from -> to). Used when there is nothing to compare with.
- `changes_from_diff(root, since, state, lang)` (below, implemented in
  tracker/history/since.py): the differences between a stored snapshot or a git
  revision (`since` is a label or `git:REV`) and the current State, as the same
  rows: one `FieldChange` per changed field (renderers show unknown fields by
  name), `date` when the change has one, and what was compared in
  `ChangeSet.since`. It raises `ValueError` with a message for the user when
  `since` names nothing. `tracker/commands/summary.py` chooses between the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.labels import Lang
    from tracker.state import Period, State

# The fields an update can set; "status" for measures, "phase" for pilots.
TRACKED_FIELDS = ("status", "phase", "health", "progress")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: object | None
    after: object | None


@dataclass(frozen=True, slots=True)
class ChangeRow:
    item_id: str
    kind: str
    title: str
    date: date | None
    note: str  # the update's note, or a description of the change
    changes: tuple[FieldChange, ...] = ()
    by: str | None = None
    # A reported past changed without a newer update: the log was rewritten. It is a
    # correction of what was reported, never progress.
    correction: bool = False


@dataclass(frozen=True, slots=True)
class ChangeSet:
    rows: tuple[ChangeRow, ...]
    since: str | None = None  # None: the updates dated in the period; else what was compared

    @property
    def status_rows(self) -> tuple[tuple[ChangeRow, FieldChange], ...]:
        """Each change of status or phase, with the row it belongs to (not corrections)."""
        return tuple(
            (row, change)
            for row in self.rows
            if not row.correction
            for change in row.changes
            if change.field in ("status", "phase")
        )


def changes_from_updates(state: State, period: Period) -> ChangeSet:
    """Every update dated in `period` (and known on the as-of date), oldest first.

    Linear in the number of updates: each item's log is walked once, carrying the
    current value of each field so that every change has its "from".
    """
    rows: list[ChangeRow] = []
    for s in state.items:
        if not s.updates:
            continue
        # A model's field values are its __dict__: looking there skips pydantic's
        # __getattr__, which every absent field would go through.
        fields = s.item.__dict__
        current: dict[str, object | None] = {
            name: fields[name] for name in TRACKED_FIELDS if name in fields
        }
        # ItemState.updates is newest first with same-date order reversed; walk it back.
        for update in reversed(s.updates):
            changes = []
            values = update.__dict__
            for name in current:
                value = values.get(name)
                if value is None:
                    continue
                if value != current[name]:
                    changes.append(FieldChange(name, current[name], value))
                current[name] = value
            if period.contains(update.date):
                rows.append(
                    ChangeRow(
                        s.id, s.kind, s.title, update.date, update.note, tuple(changes), update.by
                    )
                )
    rows.sort(key=lambda r: (r.date or date.min, r.item_id.lower()))
    return ChangeSet(tuple(rows))


def changes_from_diff(root: Path, since: str, state: State, lang: Lang | None = None) -> ChangeSet:
    """Changes from a history snapshot label or `git:REV` to `state` (tracker/history).

    Raises ValueError with a message for the user (in `lang`, default the programme's
    language) when `since` names nothing.
    """
    from tracker.history.since import changes_from_diff as from_history

    return from_history(root, since, state, lang)
