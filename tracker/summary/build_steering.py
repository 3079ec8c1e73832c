"""The rows for steering: the meeting's verdicts and the open risks.

Part of the builder (`build.py`): pure, no I/O, no clock.
"""

from __future__ import annotations

from datetime import date

from tracker.state import State
from tracker.summary.model import RiskRow, VerdictRow


def verdicts(state: State, meeting: date) -> tuple[VerdictRow, ...]:
    """The programme's verdict, then each opgave's, from that meeting's assessments
    only; empty when none was written for it (a format-1 programme)."""
    verdicts_for = getattr(state, "verdicts", None)
    if verdicts_for is None:
        return ()
    found = verdicts_for(meeting)
    if found.programme is None and not found.by_opgave:
        return ()

    def row(opgave_id: str | None, title: str, v: object | None) -> VerdictRow:
        if v is None:
            return VerdictRow(opgave_id, title, None, None, None, None, False)
        return VerdictRow(
            opgave_id,
            title,
            v.health,  # type: ignore[attr-defined]
            v.summary,  # type: ignore[attr-defined]
            v.next,  # type: ignore[attr-defined]
            v.by,  # type: ignore[attr-defined]
            bool(v.contradicted),  # type: ignore[attr-defined]
        )

    out = [row(None, "", found.programme)]
    out += [row(o.id, o.title, found.by_opgave.get(o.id)) for o in state.opgaven]
    return tuple(out)


def risks(state: State) -> tuple[tuple[RiskRow, ...], int]:
    """Open and mitigating risks and issues, highest score first; closed ones counted."""
    risks = getattr(state, "risks", ())
    rows = tuple(
        RiskRow(
            item_id=r.id,
            title=r.title,
            type=r.type,
            status=r.status,
            score=r.score,
            band=r.band,
            owner=r.state.item.owner,
            mitigation=r.risk.mitigation,
            review_by=r.review_by,
            review_overdue=r.review_overdue,
        )
        for r in sorted((r for r in risks if r.status != "closed"), key=lambda r: -r.score)
    )
    return rows, sum(1 for r in risks if r.status == "closed")
