"""A snapshot: what the State said on one day, as plain JSON values.

Only derived facts are kept (status, health, progress, flags, roll-ups), never a
second copy of the programme: the files, or their git commit, stay the source.
Titles are kept as written; they are cleaned where they are shown. Notes and the
longer texts are kept as short digests only: enough to see that one was rewritten,
with the words themselves left in the files (docs/history.md).
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime
from typing import Any

from tracker.files import Found, read_bytes
from tracker.loader import Programme
from tracker.records import Record
from tracker.state import ItemState, Rollup, State
from tracker.steering import RiskState

# 2: items carry `notes` and `texts` digests; format 1 snapshots are read as they are.
FORMAT = 2
TRACKED = ("measure", "pilot")

Snapshot = dict[str, Any]


def timestamp(moment: datetime) -> str:
    """`moment` in UTC to the second, as `2018-10-11T09:30:00Z`."""
    if moment.tzinfo is None:
        raise ValueError("a snapshot time must carry its time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def source_hash(programme: Programme) -> str:
    """sha256 over the names and bytes of agenda.yaml and every item file, in path order."""
    digest = hashlib.sha256()
    for rel in programme.files:
        data, _, problem = read_bytes(Found(rel, os.path.join(programme.root, rel)), programme.root)
        digest.update(rel.encode("utf-8", "surrogateescape") + b"\0")
        if data is None:
            digest.update(b"-\0" + (problem.code if problem else "").encode("ascii") + b"\0")
        else:
            digest.update(str(len(data)).encode("ascii") + b"\0" + data)
    return f"sha256:{digest.hexdigest()}"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# The item's own texts the report shows; a rewrite of one is a change of what was reported.
TEXT_FIELDS = (
    "description",
    "evaluation",
    "mitigation",
    "summary",
    "next",
    "decisions",
    "decision_needed",
)
# 12 hex digits (48 bits): a chance rewrite going unseen is negligible, and the
# history file grows by a few bytes per update.
_DIGEST_CHARS = 12


def _plain(value: Any) -> Any:
    """`value` as JSON would hold it, fields left unset (None) out: the form the digests
    of earlier snapshots were taken of."""
    if isinstance(value, Record):
        return {k: _plain(v) for k, v in value.__dict__.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def digest(value: Any) -> str:
    """A short, stable digest of a note or text (text, a list, or a model such as a decision)."""
    plain = _plain(value)
    text = plain if isinstance(plain, str) else json.dumps(plain, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST_CHARS]


def update_keys(updates: Any) -> list[str]:
    """Each update's key in the file's order: its date, with `#2`, `#3` for a later one
    on the same date."""
    seen: dict[str, int] = {}
    keys = []
    for update in updates:
        day = update.date.isoformat()
        seen[day] = seen.get(day, 0) + 1
        keys.append(day if seen[day] == 1 else f"{day}#{seen[day]}")
    return keys


def note_digests(item: Any) -> dict[str, str]:
    """The digest of every update's note, by update key."""
    updates = item.__dict__.get("updates") or ()
    return {key: digest(u.note) for key, u in zip(update_keys(updates), updates, strict=True)}


def text_digests(item: Any) -> dict[str, str]:
    """The digest of each of the item's TEXT_FIELDS that is filled in."""
    fields = item.__dict__
    return {name: digest(fields[name]) for name in TEXT_FIELDS if fields.get(name)}


def item_entry(s: ItemState, risks: dict[str, RiskState] | None = None) -> dict[str, Any]:
    """The snapshot entry of one item; `risks` by id gives a risk's score and band."""
    entry: dict[str, Any] = {
        "id": s.id,
        "kind": s.kind,
        "title": s.title,
        "opgaven": list(s.item.opgaven),
        "status": s.status,
        "health": s.health,
        "progress": s.progress,
        "overdue": s.overdue,
        "stale": s.stale,
        "last_update": _iso(s.last_update),
        "notes": note_digests(s.item),
        "texts": text_digests(s.item),
    }
    if s.kind == "meeting":
        # A meeting's own flags stay false; its overdue actions are what matters.
        entry["overdue_actions"] = sum(1 for a in s.actions if a.overdue)
    if s.kind == "risk":
        risk = risks.get(s.id) if risks else None
        if risk is not None:
            # Format 2: status (above) and these follow the risk's log.
            entry["type"] = risk.type
            entry["likelihood"] = risk.likelihood
            entry["impact"] = risk.impact
            entry["score"] = risk.score
            entry["band"] = risk.band
            entry["review_overdue"] = risk.review_overdue
    if s.kind == "assessment":
        # Format 2: the verdict is `health`; which meeting and opgave it is for.
        fields = s.item.__dict__
        entry["meeting"] = _iso(fields["meeting"])
        entry["opgave"] = fields.get("opgave")
        entry["summary"] = fields["summary"]
    if s.indicator is not None:
        latest = s.indicator.latest
        entry["indicator"] = {
            "value": latest.value if latest else None,
            "date": _iso(latest.date) if latest else None,
            "target": getattr(s.item, "target", None),
            "meets_target": s.indicator.meets_target,
        }
    return entry


def rollup_entry(r: Rollup) -> dict[str, Any]:
    return {
        "id": r.opgave.id if r.opgave else None,
        "title": r.opgave.title if r.opgave else None,
        "items": sum(1 for s in r.items if s.kind in TRACKED),
        "health": dict(r.health),
        "status": dict(r.status),
        "mean_progress": None if r.mean_progress is None else round(r.mean_progress, 1),
        "overdue": r.overdue,
        "stale": r.stale,
        "decisions": r.decisions,
    }


def build_snapshot(
    state: State,
    label: str,
    taken: datetime | None,
    git: dict[str, Any] | None,
    source: str | None,
) -> Snapshot:
    """The snapshot of `state`; `taken` is passed in (the clock lives in the commands)."""
    programme = state.programme
    risks = {r.id: r for r in state.risks}
    return {
        "format": FORMAT,
        "label": label,
        "taken": timestamp(taken) if taken else None,
        "as_of": state.as_of.isoformat(),
        "programme": state.info.title,
        "git": git,
        "source_hash": source,
        "problems": {"errors": programme.errors, "warnings": programme.warnings},
        "items": {s.id: item_entry(s, risks) for s in state.items},
        "opgaven": [rollup_entry(r) for r in state.rollups],
    }


def snapshot_of_folder(
    state: State, label: str, taken: datetime | None, git: dict[str, Any] | None
) -> Snapshot:
    """`build_snapshot` with the source hash of the folder the state was loaded from."""
    return build_snapshot(state, label, taken, git, source_hash(state.programme))
