"""Change rows: what changed for an item between two moments, as plain data.

The report (`tracker.summary`) shows change rows and the history
(`tracker.history.since`) makes them from a comparison; both import them from
here, so neither package imports the other (an import-linter contract,
`pyproject.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
        """Each change of status or phase (a risk's status too), with the row it belongs
        to (not corrections)."""
        return tuple(
            (row, change)
            for row in self.rows
            if not row.correction
            for change in row.changes
            if change.field in ("status", "phase", "risk_status")
        )
