"""Two snapshots compared: items added and removed, what changed, per opgave.

`diff_snapshots(a, b)` is pure and works on the snapshot dicts alone, so a
stored snapshot, a git revision and now compare the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Item fields compared, in the order they are shown; "status" is "phase" for a pilot.
ITEM_FIELDS = ("kind", "title", "status", "health", "progress", "overdue", "stale")
MEETING_FIELDS = ("overdue_actions",)
# Format 2: a risk's score and band follow its log; an assessment's verdict is `health`.
RISK_FIELDS = ("likelihood", "impact", "score", "band", "review_overdue")
ASSESSMENT_FIELDS = ("meeting", "opgave", "summary")
_KIND_FIELDS = {
    "meeting": MEETING_FIELDS,
    "risk": RISK_FIELDS,
    "assessment": ASSESSMENT_FIELDS,
}
ROLLUP_FIELDS = (
    "items",
    "mean_progress",
    "health.green",
    "health.amber",
    "health.red",
    "health.none",
    "overdue",
    "stale",
    "decisions",
)


@dataclass(frozen=True, slots=True)
class Side:
    """What one side of a comparison is: a stored snapshot, a git revision, or now."""

    label: str
    taken: str | None
    as_of: str
    commit: str | None
    dirty: bool | None
    source_hash: str | None

    @classmethod
    def of(cls, snapshot: Mapping[str, Any]) -> Side:
        git = snapshot.get("git") or {}
        return cls(
            label=snapshot["label"],
            taken=snapshot.get("taken") or None,
            as_of=snapshot["as_of"],
            commit=git.get("commit"),
            dirty=git.get("dirty"),
            source_hash=snapshot.get("source_hash"),
        )


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class ItemRef:
    """An item found on one side only, with its entry from that side."""

    id: str
    kind: str
    title: str
    opgaven: tuple[str, ...]
    entry: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ItemDiff:
    id: str
    kind: str
    title: str  # as it is on side b
    opgaven: tuple[str, ...]
    changes: tuple[Change, ...]

    def change(self, name: str) -> Change | None:
        return next((c for c in self.changes if c.field == name), None)

    def became(self, flag: str) -> bool | None:
        """True when `flag` (overdue, stale) turned on, False when it turned off."""
        change = self.change(flag)
        return None if change is None else bool(change.after)


@dataclass(frozen=True, slots=True)
class IndicatorMove:
    id: str
    title: str
    opgaven: tuple[str, ...]
    before: Mapping[str, Any]  # value, date, target, meets_target
    after: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class OpgaveDiff:
    id: str | None  # None: programme-wide items
    title: str | None
    added: tuple[ItemRef, ...]
    removed: tuple[ItemRef, ...]
    changed: tuple[ItemDiff, ...]
    indicators: tuple[IndicatorMove, ...]
    rollup: tuple[Change, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.indicators or self.rollup)


@dataclass(frozen=True, slots=True)
class Diff:
    a: Side
    b: Side
    added: tuple[ItemRef, ...]
    removed: tuple[ItemRef, ...]
    changed: tuple[ItemDiff, ...]
    indicators: tuple[IndicatorMove, ...]
    newly_overdue: tuple[str, ...]  # ids, added items included
    newly_stale: tuple[str, ...]
    no_longer_overdue: tuple[str, ...]
    no_longer_stale: tuple[str, ...]
    opgaven: tuple[OpgaveDiff, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.indicators)

    @property
    def same_files(self) -> bool:
        """Both sides were read from byte-identical programme files."""
        return self.a.source_hash is not None and self.a.source_hash == self.b.source_hash


def _sort_key(item_id: str) -> tuple[str, str]:
    return (item_id.lower(), item_id)


def _ref(entry: Mapping[str, Any]) -> ItemRef:
    return ItemRef(
        entry["id"], entry["kind"], entry["title"], tuple(entry.get("opgaven") or ()), entry
    )


def _field_name(entry: Mapping[str, Any], name: str) -> str:
    if name == "status" and entry.get("kind") == "pilot":
        return "phase"
    if name == "status" and entry.get("kind") == "risk":
        return "risk_status"
    return name


def _digests(entry: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    found = entry.get(name)
    return found if isinstance(found, Mapping) else None


def rewritten_notes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    """Keys of the updates on side a whose note is different, or gone, on side b.

    A snapshot of format 1 kept no notes: then nothing can be seen, and nothing is said.
    """
    old, new = _digests(before, "notes"), _digests(after, "notes")
    if old is None or new is None:
        return ()
    return tuple(sorted(key for key, value in old.items() if new.get(key) != value))


def changed_texts(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    """The item's text fields written, rewritten or emptied between the sides."""
    old, new = _digests(before, "texts"), _digests(after, "texts")
    if old is None or new is None:
        return ()
    return tuple(sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name)))


def _item_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[Change, ...]:
    names = ITEM_FIELDS + _KIND_FIELDS.get(after.get("kind"), ())  # type: ignore[arg-type]
    changes = [
        Change(_field_name(after, name), before.get(name), after.get(name))
        for name in names
        if before.get(name) != after.get(name)
    ]
    # Which notes and texts changed, not their words: the snapshot keeps digests only.
    notes, texts = rewritten_notes(before, after), changed_texts(before, after)
    if notes:
        changes.append(Change("notes", None, list(notes)))
    if texts:
        changes.append(Change("texts", None, list(texts)))
    return tuple(changes)


def _indicator_moved(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    keys = ("value", "date", "meets_target", "target")
    return any(before.get(k) != after.get(k) for k in keys)


def _rollup_value(rollup: Mapping[str, Any] | None, name: str) -> Any:
    if rollup is None:
        return None
    if name.startswith("health."):
        return (rollup.get("health") or {}).get(name.partition(".")[2], 0)
    return rollup.get(name)


def _rollup_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> tuple[Change, ...]:
    changes = []
    for name in ROLLUP_FIELDS:
        old, new = _rollup_value(before, name), _rollup_value(after, name)
        if old != new:
            changes.append(Change(name, old, new))
    return tuple(changes)


def _groups(opgaven: Iterable[str], known: set[str]) -> tuple[str | None, ...]:
    mine = tuple(o for o in opgaven if o in known)
    return mine or (None,)


def diff_snapshots(a: Mapping[str, Any], b: Mapping[str, Any]) -> Diff:
    """What changed from snapshot `a` to snapshot `b`."""
    items_a: Mapping[str, Mapping[str, Any]] = a.get("items") or {}
    items_b: Mapping[str, Mapping[str, Any]] = b.get("items") or {}
    # Ids are unique ignoring case; an id whose case was edited is the same item.
    by_lower_a = {key.lower(): entry for key, entry in items_a.items()}
    by_lower_b = {key.lower(): entry for key, entry in items_b.items()}

    added = [_ref(by_lower_b[k]) for k in by_lower_b.keys() - by_lower_a.keys()]
    removed = [_ref(by_lower_a[k]) for k in by_lower_a.keys() - by_lower_b.keys()]
    changed: list[ItemDiff] = []
    moved: list[IndicatorMove] = []
    for key in by_lower_a.keys() & by_lower_b.keys():
        old, new = by_lower_a[key], by_lower_b[key]
        opgaven = tuple(new.get("opgaven") or ())
        changes = _item_changes(old, new)
        if changes:
            changed.append(ItemDiff(new["id"], new["kind"], new["title"], opgaven, changes))
        ind_old, ind_new = old.get("indicator"), new.get("indicator")
        moved_values = isinstance(ind_old, Mapping) and isinstance(ind_new, Mapping)
        if moved_values and _indicator_moved(ind_old, ind_new):
            moved.append(IndicatorMove(new["id"], new["title"], opgaven, ind_old, ind_new))
    added.sort(key=lambda r: _sort_key(r.id))
    removed.sort(key=lambda r: _sort_key(r.id))
    changed.sort(key=lambda d: _sort_key(d.id))
    moved.sort(key=lambda m: _sort_key(m.id))

    def ids(found: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(found, key=_sort_key))

    def newly(flag: str) -> tuple[str, ...]:
        return ids(
            [d.id for d in changed if d.became(flag)] + [r.id for r in added if r.entry.get(flag)]
        )

    newly_overdue, newly_stale = newly("overdue"), newly("stale")
    no_longer_overdue = ids(d.id for d in changed if d.became("overdue") is False)
    no_longer_stale = ids(d.id for d in changed if d.became("stale") is False)

    return Diff(
        a=Side.of(a),
        b=Side.of(b),
        added=tuple(added),
        removed=tuple(removed),
        changed=tuple(changed),
        indicators=tuple(moved),
        newly_overdue=newly_overdue,
        newly_stale=newly_stale,
        no_longer_overdue=no_longer_overdue,
        no_longer_stale=no_longer_stale,
        opgaven=_per_opgave(a, b, added, removed, changed, moved),
    )


def _per_opgave(
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    added: list[ItemRef],
    removed: list[ItemRef],
    changed: list[ItemDiff],
    moved: list[IndicatorMove],
) -> tuple[OpgaveDiff, ...]:
    rollups_a = {r.get("id"): r for r in a.get("opgaven") or ()}
    rollups_b = {r.get("id"): r for r in b.get("opgaven") or ()}
    # Side b's agenda order, then opgaven only side a had, then programme-wide items.
    order: list[str | None] = [k for k in rollups_b if k is not None]
    order += [k for k in rollups_a if k is not None and k not in rollups_b]
    order.append(None)
    known_a = {k for k in rollups_a if k is not None}
    known_b = {k for k in rollups_b if k is not None}

    out = []
    for key in order:
        rollup_a, rollup_b = rollups_a.get(key), rollups_b.get(key)
        title = (rollup_b or rollup_a or {}).get("title")
        group = OpgaveDiff(
            id=key,
            title=title,
            added=tuple(r for r in added if key in _groups(r.opgaven, known_b)),
            removed=tuple(r for r in removed if key in _groups(r.opgaven, known_a)),
            changed=tuple(d for d in changed if key in _groups(d.opgaven, known_b)),
            indicators=tuple(m for m in moved if key in _groups(m.opgaven, known_b)),
            rollup=_rollup_changes(rollup_a, rollup_b),
        )
        if key is not None or not group.empty:
            out.append(group)
    return tuple(out)


def _change_json(change: Change) -> dict[str, Any]:
    return {"field": change.field, "from": change.before, "to": change.after}


def _ref_json(ref: ItemRef) -> dict[str, Any]:
    entry = ref.entry
    return {
        "id": ref.id,
        "kind": ref.kind,
        "title": ref.title,
        "opgaven": list(ref.opgaven),
        _field_name(entry, "status"): entry.get("status"),
        "health": entry.get("health"),
        "progress": entry.get("progress"),
        "overdue": entry.get("overdue"),
        "stale": entry.get("stale"),
    }


def _side_json(side: Side) -> dict[str, Any]:
    return {
        "label": side.label,
        "taken": side.taken,
        "as_of": side.as_of,
        "commit": side.commit,
        "dirty": side.dirty,
        "source_hash": side.source_hash,
    }


def diff_to_json(diff: Diff) -> dict[str, Any]:
    """The comparison as JSON values; lists in a fixed order, so output is stable."""
    return {
        "a": _side_json(diff.a),
        "b": _side_json(diff.b),
        "same_files": diff.same_files,
        "added": [_ref_json(r) for r in diff.added],
        "removed": [_ref_json(r) for r in diff.removed],
        "changed": [
            {
                "id": d.id,
                "kind": d.kind,
                "title": d.title,
                "opgaven": list(d.opgaven),
                "changes": [_change_json(c) for c in d.changes],
            }
            for d in diff.changed
        ],
        "indicators": [
            {
                "id": m.id,
                "title": m.title,
                "opgaven": list(m.opgaven),
                "from": dict(m.before),
                "to": dict(m.after),
            }
            for m in diff.indicators
        ],
        "newly_overdue": list(diff.newly_overdue),
        "newly_stale": list(diff.newly_stale),
        "no_longer_overdue": list(diff.no_longer_overdue),
        "no_longer_stale": list(diff.no_longer_stale),
        "opgaven": [
            {
                "id": g.id,
                "title": g.title,
                "added": [r.id for r in g.added],
                "removed": [r.id for r in g.removed],
                "changed": [d.id for d in g.changed],
                "indicators": [m.id for m in g.indicators],
                "rollup": [_change_json(c) for c in g.rollup],
            }
            for g in diff.opgaven
        ],
    }
