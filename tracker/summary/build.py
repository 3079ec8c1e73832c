"""State -> Summary: pure, no I/O, no clock, linear in the size of the programme.

The rows come from `build_items.py` (headline, overview, decisions, status per
opgave), `build_attention.py`, `build_period.py` (meetings, actions, indicators,
coming up, data quality) and `build_steering.py` (verdicts, risks); `groups.py`
holds the kinds and group keys they share.
"""

from __future__ import annotations

from datetime import date

from tracker.state import State
from tracker.summary.build_attention import attention
from tracker.summary.build_items import decisions, headline, opgaven, overview
from tracker.summary.build_period import (
    actions,
    indicators,
    meetings,
    quality,
    upcoming,
    upcoming_until,
)
from tracker.summary.build_steering import risks, verdicts
from tracker.summary.changes import ChangeSet, changes_from_updates
from tracker.summary.model import (
    DocumentControl,
    GitInfo,
    Header,
    StatusChange,
    Summary,
)


def build_summary(
    state: State,
    meeting: date | None = None,
    changes: ChangeSet | None = None,
    git: GitInfo | None = None,
    control: DocumentControl | None = None,
) -> Summary:
    """The summary for the LOVP meeting on `meeting` (default: `state.default_meeting()`).

    `changes` fills section 5; by default the updates dated in the reporting period.
    """
    meeting = meeting or state.default_meeting() or state.as_of
    period = state.period(meeting)
    if changes is None:
        changes = changes_from_updates(state, period)
    status_changes = tuple(
        StatusChange(
            row.item_id,
            row.kind,
            row.title,
            row.date,
            change.field,
            _str(change.before),
            _str(change.after),
        )
        for row, change in changes.status_rows
    )
    until, is_meeting = upcoming_until(state, meeting)
    open_risks, closed = risks(state)
    return Summary(
        header=Header(
            programme=state.info.title,
            short=state.info.short,
            meeting=meeting,
            period=period,
            as_of=state.as_of,
            requested_as_of=state.requested_as_of,
            clamped=state.clamped,
            git=git,
            control=control or DocumentControl(),
        ),
        headline=headline(state),
        overview=overview(state),
        attention=attention(state),
        decisions=decisions(state),
        changes=changes,
        status_changes=status_changes,
        opgaven=opgaven(state),
        meetings=meetings(state, period),
        actions=actions(state, period),
        indicators=indicators(state),
        upcoming_until=until,
        upcoming_until_is_meeting=is_meeting,
        upcoming=upcoming(state, until),
        quality=quality(state),
        verdicts=verdicts(state, meeting),
        risks=open_risks,
        risks_closed=closed,
    )


def _str(value: object | None) -> str | None:
    return None if value is None else str(value)
