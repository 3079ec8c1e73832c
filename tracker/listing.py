"""Rows for `list` (and any other table view): plain dicts read off the State."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from tracker.columns import ITEM_TABLES, KIND_OF

if TYPE_CHECKING:
    from tracker.state import ActionState, ItemState, State
    from tracker.steering import RiskState

TABLES = ITEM_TABLES  # the tables `list` offers; their columns are in tracker.columns


@dataclass(frozen=True, slots=True)
class Filters:
    opgave: str | None = None
    unit: str | None = None
    owner: str | None = None
    health: str | None = None
    status: str | None = None  # a status or a phase
    stale: bool = False
    overdue: bool = False
    band: str | None = None  # risks: high, medium or low

    def match(self, s: ItemState) -> bool:
        item = s.item
        if self.opgave and self.opgave not in item.opgaven:
            return False
        if self.unit and item.unit != self.unit:
            return False
        if self.owner and self.owner.lower() not in (item.owner or "").lower():
            return False
        if self.health and (s.health or "none") != self.health:
            return False
        if self.status and s.status != self.status:
            return False
        if self.stale and not s.stale:
            return False
        return not (self.overdue and not s.overdue)

    def match_risk(self, r: RiskState) -> bool:
        """A risk's status is open, mitigating or closed; overdue means review overdue."""
        item = r.risk
        if self.opgave and self.opgave not in item.opgaven:
            return False
        if self.unit and item.unit != self.unit:
            return False
        if self.owner and self.owner.lower() not in (item.owner or "").lower():
            return False
        if self.status and r.status != self.status:
            return False
        if self.band and r.band != self.band:
            return False
        return not (self.overdue and not r.review_overdue)

    def match_action(self, a: ActionState, meeting: ItemState) -> bool:
        if self.owner and self.owner.lower() not in (a.action.owner or "").lower():
            return False
        if self.overdue and not a.overdue:
            return False
        if self.status and self.status != ("done" if a.done else "open"):
            return False
        meeting_filters = Filters(self.opgave, self.unit)
        return meeting_filters.match(meeting)


def item_row(s: ItemState) -> dict[str, Any]:
    item = s.item
    row: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "title": item.title,
        "opgaven": list(item.opgaven),
        "unit": item.unit,
        "basisteam": item.basisteam,
        "owner": item.owner,
        "health": s.health,
        "progress": s.progress,
        "stale": s.stale,
        "overdue": s.overdue,
        "last_update": s.last_update,
        "file": s.source.file,
        "line": s.source.line,
    }
    if item.kind == "measure":
        row["status"] = s.status
        row["due"] = item.due  # type: ignore[union-attr]
    elif item.kind == "pilot":
        row["phase"] = s.status
        row["start"] = item.start  # type: ignore[union-attr]
        row["end"] = item.end  # type: ignore[union-attr]
    elif item.kind == "meeting":
        row["date"] = item.date  # type: ignore[union-attr]
        row["type"] = item.type  # type: ignore[union-attr]
    elif item.kind == "indicator" and s.indicator is not None:
        latest = s.indicator.latest
        row["latest"] = latest.date if latest else None
        row["value"] = latest.value if latest else None
        row["target"] = item.target  # type: ignore[union-attr]
        row["better"] = item.better  # type: ignore[union-attr]
        row["meets_target"] = s.indicator.meets_target
        row["trend"] = s.indicator.trend
    return row


def action_row(a: ActionState, meeting: ItemState) -> dict[str, Any]:
    return {
        "id": a.id,
        "meeting": a.meeting.id,
        "title": a.action.title,
        "owner": a.action.owner,
        "due": a.action.due,
        "done": a.action.done if a.done else None,
        "overdue": a.overdue,
        "file": meeting.source.file,
        "line": meeting.source.line,
    }


def risk_row(r: RiskState) -> dict[str, Any]:
    item = r.risk
    return {
        "id": item.id,
        "kind": "risk",
        "type": r.type,
        "title": item.title,
        "opgaven": list(item.opgaven),
        "owner": item.owner,
        "status": r.status,
        "likelihood": r.likelihood,
        "impact": r.impact,
        "score": r.score,
        "band": r.band,
        "mitigation": item.mitigation,
        "review_by": r.review_by,
        "review_overdue": r.review_overdue,
        "attention": r.attention,
        "last_update": r.state.last_update,
        "file": r.state.source.file,
        "line": r.state.source.line,
    }


def rows(state: State, table: str, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """The rows of one table, filtered, in file order (actions: by meeting, then number;
    risks: highest score first)."""
    if table == "risks":
        return [risk_row(r) for r in state.risks if filters.match_risk(r)]
    if table == "actions":
        out = []
        for meeting in state.of_kind("meeting"):
            for a in meeting.actions:
                if filters.match_action(a, meeting):
                    out.append(action_row(a, meeting))
        return out
    kind = KIND_OF[table]
    return [item_row(s) for s in state.of_kind(kind) if filters.match(s)]


_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    if type(value) is dict:  # a row: most of its values are plain already
        plain = _PLAIN
        return {k: v if type(v) in plain else jsonable(v) for k, v in value.items()}
    if type(value) is list:
        return [v if type(v) in _PLAIN else jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
