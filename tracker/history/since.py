"""The summary's "changes in the period" from the reported history.

`summary --since LABEL|git:REV` compares a stored snapshot, or the programme at
a git revision, with the current State, and turns the comparison into the
summary's change rows. Without `--since`, `default_since` names the latest
snapshot taken for an earlier meeting, if there is one.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.changes import ChangeRow, ChangeSet, FieldChange
from tracker.history.diff import Change, Diff, IndicatorMove, ItemDiff, ItemRef, diff_snapshots
from tracker.history.errors import HistoryError
from tracker.history.gitrev import short_commit
from tracker.history.render import text_name, update_name
from tracker.history.sides import GIT_PREFIX, now_side, side
from tracker.history.snapshot import Snapshot, update_keys
from tracker.history.storage import HistoryStore
from tracker.labels import Lang, label
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.state import ItemState, State
# The fields the summary's change rows carry; flags and counts go into the note.
_SUMMARY_FIELDS = ("status", "phase", "risk_status", "health", "progress")


def default_since(root: Path, state: State, meeting: date) -> str | None:
    """The label of the snapshot as of the previous meeting or the latest date before it.

    That is what was reported before the period of `meeting` began. Nothing is
    returned for the first meeting, or when there is no history; a damaged history
    raises HistoryError.
    """
    start = state.period(meeting).start
    if start is None:
        return None
    store = HistoryStore(root)
    earlier = [s for s in store.snapshots() if s["as_of"] <= start.isoformat()]
    note = store.damaged_note(state.info.language)
    if note:  # the summary still goes out, from the sound snapshots
        sys.stderr.write(note + "\n")
    if not earlier:
        return None
    # The latest as-of date wins; of two with that date, the one taken last.
    return max(earlier, key=lambda s: (s["as_of"], s["taken"]))["label"]


def _lang(state: State, lang: Lang | None) -> Lang:
    return lang or state.info.language


def _since_text(diff: Diff, spec: str, lang: Lang) -> str:
    a = diff.a
    if spec.startswith(GIT_PREFIX):
        return label(
            "history.since_rev",
            lang,
            rev=one_line(spec[len(GIT_PREFIX) :], 60),
            commit=short_commit(a.commit),
        )
    return label("history.since_snapshot", lang, label=one_line(a.label, 80), as_of=a.as_of)


def _latest_update(s: ItemState | None, after: str | None) -> Any:
    """The newest update of `s` dated after `after` (an ISO date; None: any), if any.

    `after` is the item's last update in the earlier snapshot: what is newer was not
    reported then, whether the snapshot is older or a git revision of the same date.
    """
    if s is None:
        return None
    return next((u for u in s.updates if after is None or u.date.isoformat() > after), None)


def _field_changes(item: ItemDiff) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(c.field, c.before, c.after) for c in item.changes if c.field in _SUMMARY_FIELDS
    )


def _notes(item: ItemDiff, lang: Lang, updated: bool) -> list[str]:
    """What changed beyond status, phase, health and progress, in words.

    With an update to show, "updated again" would only repeat it.
    """
    out = []
    change = item.change("overdue_actions")
    if change is not None:
        words = label("history.overdue_actions", lang)
        out.append(f"{words}: {change.before or 0} → {change.after or 0}")
    for flag in ("overdue", "stale"):
        became = item.became(flag)
        if updated and flag == "stale" and became is False:
            continue
        if became is True:
            out.append(label(f"history.now_{flag}", lang))
        elif became is False:
            out.append(label(f"history.no_longer_{flag}", lang))
    texts = _names(item.change("texts"))
    if texts:
        fields = ", ".join(text_name(n, lang) for n in texts)
        out.append(label("history.texts_changed", lang, fields=fields))
    return out


def _names(change: Change | None) -> list[str]:
    found = change.after if change is not None else None
    return [str(n) for n in found] if isinstance(found, list | tuple) else []


def _rewritten(item: ItemDiff, s: ItemState | None, lang: Lang) -> tuple[date | None, list[str]]:
    """The newest rewritten update's date, and each rewritten note as it reads now."""
    keys = _names(item.change("notes"))
    if not keys:
        return None, []
    updates = (s.item.__dict__.get("updates") or ()) if s is not None else ()
    now = dict(zip(update_keys(updates), updates, strict=True))
    days, out = [], []
    for key in keys:
        update = now.get(key)
        if update is None:
            out.append(label("history.update_removed", lang, date=update_name(key)))
            continue
        days.append(update.date)
        note = one_line(update.note, 300)
        out.append(label("history.note_correction", lang, date=update_name(key), note=note))
    return (max(days) if days else None), out


def _row_changed(item: ItemDiff, state: State, after: str | None, lang: Lang) -> list[ChangeRow]:
    found = state.get(item.id)
    update = _latest_update(found, after)
    notes = ", ".join(_notes(item, lang, update is not None))
    note = update.note if update else ""
    if notes:
        note = f"{note} ({notes})" if note else notes
    fields = _field_changes(item)
    day, rewritten = _rewritten(item, found, lang)
    if update is None:
        # Reported fields or notes changed with no update newer than the snapshot's: a
        # past update was rewritten, a correction of what was reported.
        text = "; ".join(rewritten)
        if note:
            text = f"{text} ({note})" if text else note
        return [
            ChangeRow(
                item.id,
                item.kind,
                item.title,
                day,
                text,
                fields,
                correction=bool(fields) or bool(rewritten),
            )
        ]
    rows = [ChangeRow(item.id, item.kind, item.title, update.date, note, fields, update.by)]
    if rewritten:  # beside the progress, never folded into it
        rows.append(
            ChangeRow(item.id, item.kind, item.title, day, "; ".join(rewritten), correction=True)
        )
    return rows


def _row_added(ref: ItemRef, state: State, lang: Lang) -> ChangeRow:
    entry = ref.entry
    field = "phase" if ref.kind == "pilot" else "status"
    changes = tuple(
        FieldChange(name, None, entry.get(key))
        for name, key in ((field, "status"), ("health", "health"), ("progress", "progress"))
        if entry.get(key) is not None
    )
    update = _latest_update(state.get(ref.id), None)
    note = label("history.added", lang) + (f": {update.note}" if update else "")
    return ChangeRow(
        ref.id,
        ref.kind,
        ref.title,
        update.date if update else None,
        note,
        changes,
        update.by if update else None,
    )


def _row_removed(ref: ItemRef, lang: Lang) -> ChangeRow:
    return ChangeRow(ref.id, ref.kind, ref.title, None, label("history.removed", lang))


def _measured(facts: Any, lang: Lang) -> str:
    value = facts.get("value")
    if value is None:
        return label("history.no_value", lang)
    return label("history.measured", lang, value=f"{value:g}", date=facts.get("date"))


def _row_indicator(move: IndicatorMove, lang: Lang) -> ChangeRow:
    note = f"{_measured(move.before, lang)} → {_measured(move.after, lang)}"
    before, after = move.before.get("meets_target"), move.after.get("meets_target")
    if before != after and after is not None:
        words = label("meets_target", lang).lower()
        note += f"; {words}: {label('yes' if after else 'no', lang)}"
    day = move.after.get("date")
    return ChangeRow(
        move.id, "indicator", move.title, date.fromisoformat(day) if day else None, note
    )


def change_set(diff: Diff, before: Snapshot, state: State, spec: str, lang: Lang) -> ChangeSet:
    """The comparison as the summary's change rows, oldest dated first, then by id."""
    last = {k.lower(): e.get("last_update") for k, e in (before.get("items") or {}).items()}
    rows = [_row_added(r, state, lang) for r in diff.added]
    rows += [_row_removed(r, lang) for r in diff.removed]
    for d in diff.changed:
        rows += _row_changed(d, state, last.get(d.id.lower()), lang)
    rows += [_row_indicator(m, lang) for m in diff.indicators]
    rows.sort(key=lambda r: (r.date or date.min, r.item_id.lower()))
    return ChangeSet(tuple(rows), since=_since_text(diff, spec, lang))


def changes_from_diff(root: Path, since: str, state: State, lang: Lang | None = None) -> ChangeSet:
    """Changes from snapshot `since` (a label or `git:REV`) to `state`.

    Raises ValueError with a message for the user when `since` names nothing.
    """
    words = _lang(state, lang)
    try:
        before = side(Path(root), state.requested_as_of, since, state)
        diff = diff_snapshots(before, now_side(state, Path(root)))
    except HistoryError as exc:
        raise ValueError(exc.text(words)) from None
    return change_set(diff, before, state, since, words)
