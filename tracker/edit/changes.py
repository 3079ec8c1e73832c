"""The changes the tracker makes to programme files: an update, an action or milestone done.

Each `plan_*` function checks the request with the format's own models, finds the
item in its file and document, and returns a checked `Edit`; nothing is written
until `write_edit`. Every refusal is an `EditError`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, SequenceNode

from tracker.edit.document import Edit, FileText, build_edit, read_file
from tracker.edit.errors import EditError
from tracker.edit.insert import Entry, LayoutError, append_to_sequence, find, set_scalar
from tracker.edit.style import Style, detect
from tracker.files import AGENDA
from tracker.loader import Programme
from tracker.models import (
    HEALTHS,
    MEASURE_STATUSES,
    MODELS,
    PILOT_PHASES,
    Item,
    MeasureUpdate,
    PilotUpdate,
    RiskUpdate,
    Update,
)
from tracker.records import from_model
from tracker.textsafe import is_blank
from tracker.yamlread import Document

_ALLOWED = {"status": MEASURE_STATUSES, "phase": PILOT_PHASES, "health": HEALTHS}
_UPDATE_MODELS: dict[str, type[Update]] = {
    "measure": MeasureUpdate,
    "pilot": PilotUpdate,
    "risk": RiskUpdate,
}
_RISK_STATUSES = ("open", "mitigating", "closed")
_WHOLE = re.compile(r"[+-]?[0-9]+")
# Control characters other than tab and newline, and lone surrogates (undecodable input).
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Target:
    """An item found for editing: the loaded model, its file, and its document there."""

    item: Item
    file: FileText
    document: Document

    @property
    def node(self) -> MappingNode:
        node = self.document.node
        if not isinstance(node, MappingNode):  # the loader only lets mappings through
            raise EditError("edit.changed_since_loaded", file=self.file.rel)
        return node

    def style(self) -> Style:
        others = [d.node for d in self.file.documents if d.index != self.document.index]
        return detect([self.document.node], others, self.file.lines)


def _suggestion(word: str, choices: list[str]) -> str:
    by_lower = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.6)
    return f" ('{by_lower[close[0]]}'?)" if close else ""


def _broken(programme: Programme, item_id: str) -> EditError | None:
    """The refusal for an item that is written but left out of the programme for errors."""
    wanted = item_id.lower()
    written = re.compile(rf"^[ \t]*id:[ \t]*['\"]?{re.escape(item_id)}['\"]?[ \t]*$", re.I | re.M)
    for rel in programme.files:
        if rel == AGENDA:
            continue
        try:
            file = read_file(programme.root, rel)
        except EditError as exc:
            try:
                raw = (programme.root / rel).read_text("utf-8", errors="replace")
            except OSError:
                continue
            if written.search(raw):
                return EditError(
                    "edit.item_has_errors", id=item_id, where=rel, problem=exc.values["problem"]
                )
            continue
        for doc in file.documents:
            value = doc.value
            if isinstance(value, dict) and str(value.get("id", "")).lower() == wanted:
                first, last = doc.node.start_mark.line + 1, doc.node.end_mark.line + 1
                errors = [p for p in programme.problems if p.file == rel and p.is_error]
                own = [p for p in errors if first <= p.line <= last] or errors
                return EditError(
                    "edit.item_has_errors",
                    id=item_id,
                    where=f"{rel}:{first}",
                    problem=own[0] if own else rel,
                )
    return None


def find_target(programme: Programme, item_id: str) -> Target:
    """The item `item_id` (ignoring case) with its file, checked against what was loaded."""
    item = programme.item(item_id)
    if item is None:
        broken = _broken(programme, item_id)
        if broken is not None:
            raise broken
        ids = [i.id for i in programme.items]
        raise EditError("edit.unknown_id", id=item_id, suggestion=_suggestion(item_id, ids))
    source = programme.sources[item.id]
    errors = [p for p in programme.problems if p.file == source.file and p.is_error]
    if errors:
        raise EditError(
            "edit.file_has_errors", file=source.file, count=len(errors), problem=errors[0]
        )
    file = read_file(programme.root, source.file)
    doc = file.document(source.document)
    model = MODELS[item.kind]
    try:
        unchanged = doc is not None and from_model(model.model_validate(doc.value)) == item
    except ValidationError:
        unchanged = False
    if doc is None or not unchanged:
        raise EditError("edit.changed_since_loaded", file=source.file)
    return Target(item, file, doc)


def _text(field: str, value: str) -> str:
    bad = _UNWANTED.search(value)
    if bad is not None:
        code = ord(bad.group())
        if 0xD800 <= code <= 0xDFFF:
            raise EditError("edit.not_utf8_field", field=field)
        raise EditError("edit.control_char", field=field, code=f"U+{code:04X}")
    return value


def _progress(value: str | int | None) -> int | None:
    if value is None or isinstance(value, int):
        return value
    text = value.strip()
    if not _WHOLE.fullmatch(text):
        raise EditError("edit.progress_not_number", value=value)
    return int(text)


def _whole(field: str, value: str | int | None) -> int | None:
    """A whole number given as text (a command-line option) or as a number."""
    if value is None or isinstance(value, int):
        return value
    text = value.strip()
    if not _WHOLE.fullmatch(text):
        raise EditError("edit.bad_value", field=field, message="not a whole number")
    return int(text)


def _validation_error(exc: ValidationError, item: Item) -> EditError:
    err = exc.errors(include_url=False)[0]
    field = str(err["loc"][0]) if err["loc"] else ""
    value = err.get("input")
    if err["type"] == "extra_forbidden":
        return EditError("edit.no_status_fields", id=item.id, kind=item.kind, field=field)
    if err["type"] == "literal_error":
        choices = _RISK_STATUSES if item.kind == "risk" and field == "status" else None
        allowed = ", ".join(choices or _ALLOWED.get(field, ()))
        return EditError("edit.bad_choice", field=field, value=value, allowed=allowed)
    if field == "progress":
        return EditError("edit.progress_range", value=value)
    return EditError("edit.bad_value", field=field, message=err["msg"])


def _entry(
    item: Item,
    on: date,
    note: str,
    by: str | None,
    status: str | None,
    phase: str | None,
    health: str | None,
    progress: int | None,
    likelihood: int | None = None,
    impact: int | None = None,
) -> Entry:
    kind = item.kind
    if status is not None and kind == "pilot":
        raise EditError("edit.use_phase", id=item.id, allowed=", ".join(PILOT_PHASES))
    if phase is not None and kind == "measure":
        raise EditError("edit.use_status", id=item.id, allowed=", ".join(MEASURE_STATUSES))
    pairs: list[tuple[str, Any]] = [("date", on), ("note", note)]
    for name, value in (
        ("by", by),
        ("status", status),
        ("phase", phase),
        ("health", health),
        ("progress", progress),
        ("likelihood", likelihood),
        ("impact", impact),
    ):
        if value is not None:
            pairs.append((name, value))
    model: type[BaseModel] = _UPDATE_MODELS.get(kind, Update)
    try:
        model.model_validate(dict(pairs))
    except ValidationError as exc:
        raise _validation_error(exc, item) from None
    return pairs


def _plain(entry: Entry) -> dict[str, Any]:
    """The entry as the loader's reader gives it back: dates stay text."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in entry}


def plan_update(
    programme: Programme,
    item_id: str,
    *,
    on: date,
    note: str,
    by: str | None = None,
    status: str | None = None,
    phase: str | None = None,
    health: str | None = None,
    progress: str | int | None = None,
    likelihood: str | int | None = None,
    impact: str | int | None = None,
) -> Edit:
    """The edit that appends one entry to the item's `updates` (creating the list).

    For a risk (format 2) the entry may set `status`, `likelihood` and `impact`."""
    note = _text("note", note)
    if is_blank(note):
        raise EditError("edit.note_empty")
    by = _text("by", by) if by is not None else None
    if by is not None and is_blank(by):
        by = None
    target = find_target(programme, item_id)
    entry = _entry(
        target.item,
        on,
        note,
        by,
        status,
        phase,
        health,
        _progress(progress),
        _whole("likelihood", likelihood),
        _whole("impact", impact),
    )
    old = target.document.value
    expected = {**old, "updates": [*old.get("updates", []), _plain(entry)]}
    try:
        splices = append_to_sequence(
            target.file.lines, target.node, "updates", entry, target.style()
        )
    except LayoutError as exc:
        raise EditError("edit.unsafe", file=target.file.rel, reason=exc) from None
    return build_edit(
        target.file, target.document.index, splices, expected, MODELS[target.item.kind]
    )


def _mark_done(target: Target, field: str, index: int, on: date, floor_key: str) -> Edit:
    """The edit that sets `done: on` on entry `index` of the item's `field` list."""
    found = find(target.node, field)
    seq = found[1] if found else None
    entry = seq.value[index] if isinstance(seq, SequenceNode) else None
    if not isinstance(seq, SequenceNode) or not isinstance(entry, MappingNode):
        reason = EditError("edit.layout_not_list", key=floor_key)
        raise EditError("edit.unsafe", file=target.file.rel, reason=reason)
    old = target.document.value
    entries = list(old[field])
    entries[index] = {**entries[index], "done": on.isoformat()}
    expected = {**old, field: entries}
    floor = seq.start_mark.column
    try:
        splices = set_scalar(target.file.lines, entry, "done", on, target.style(), floor)
    except LayoutError as exc:
        raise EditError("edit.unsafe", file=target.file.rel, reason=exc) from None
    return build_edit(
        target.file, target.document.index, splices, expected, MODELS[target.item.kind]
    )


def parse_action_ref(ref: str) -> tuple[str, int]:
    """`MEETING#N` as (meeting id, n)."""
    meeting, sep, number = ref.rpartition("#")
    number = number.strip()
    # ASCII digits only: int() also reads Arabic-Indic and other digits ('٣' is 3).
    if not sep or not meeting or not (number.isascii() and number.isdigit()) or int(number) < 1:
        raise EditError("edit.bad_action_ref", ref=ref)
    return meeting, int(number)


def plan_action_done(programme: Programme, ref: str, *, on: date) -> Edit:
    """The edit that marks action `MEETING#N` done on `on`."""
    meeting_id, number = parse_action_ref(ref)
    target = find_target(programme, meeting_id)
    item = target.item
    actions = getattr(item, "actions", None)
    if item.kind != "meeting" or actions is None:
        raise EditError("edit.not_a_meeting", id=item.id, kind=item.kind)
    if number > len(actions):
        raise EditError("edit.no_such_action", id=item.id, count=len(actions), n=number)
    action = actions[number - 1]
    if action.done is not None:
        raise EditError(
            "edit.action_already_done",
            ref=f"{item.id}#{number}",
            title=action.title,
            date=action.done.isoformat(),
        )
    return _mark_done(target, "actions", number - 1, on, "actions")


def milestone_index(item: Item, wanted: str) -> int:
    milestones = getattr(item, "milestones", None)
    if milestones is None:
        raise EditError("edit.no_milestones", id=item.id, kind=item.kind)
    known = "; ".join(f"{n}. {m.title}" for n, m in enumerate(milestones, 1)) or "-"
    text = wanted.strip()
    if text.isdigit() and 1 <= int(text) <= len(milestones):
        return int(text) - 1
    matches = [n for n, m in enumerate(milestones) if m.title.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    key = "edit.milestone_ambiguous" if matches else "edit.no_such_milestone"
    raise EditError(key, id=item.id, milestone=wanted, known=known)


def plan_milestone_done(programme: Programme, item_id: str, milestone: str, *, on: date) -> Edit:
    """The edit that marks a milestone (by number from 1, or by title) done on `on`."""
    target = find_target(programme, item_id)
    index = milestone_index(target.item, milestone)
    reached = target.item.milestones[index]  # type: ignore[union-attr]
    if reached.done is not None:
        raise EditError(
            "edit.milestone_already_done",
            n=index + 1,
            id=target.item.id,
            title=reached.title,
            date=reached.done.isoformat(),
        )
    return _mark_done(target, "milestones", index, on, "milestones")
