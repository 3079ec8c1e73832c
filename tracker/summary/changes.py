"""Section 5 of the summary, "changes in the period", as a small table of change rows.

A `ChangeSet` is what the summary shows; where it comes from is a seam:

- `changes_from_updates(state, period)` (here): every progress-log update dated in
  the reporting period, with the status/phase, health and progress it changed
  (from -> to). Used when there is nothing to compare with.
- `changes_from_diff(root, since, state, lang)` (in tracker/history/since.py,
  which this package never imports): the differences between a stored snapshot or a git
  revision (`since` is a label or `git:REV`) and the current State, as the same
  rows: one `FieldChange` per changed field (renderers show unknown fields by
  name), `date` when the change has one, and what was compared in
  `ChangeSet.since`. It raises `ValueError` with a message for the user when
  `since` names nothing. `tracker/commands/summary.py` chooses between the two.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

# The row types live in a neutral module that tracker.history also imports.
from tracker.changes import TRACKED_FIELDS, ChangeRow, ChangeSet, FieldChange

if TYPE_CHECKING:
    from tracker.state import Period, State

__all__ = ["TRACKED_FIELDS", "ChangeRow", "ChangeSet", "FieldChange", "changes_from_updates"]


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
