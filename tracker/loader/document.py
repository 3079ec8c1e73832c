"""The checks of one document: an item (its fields, dates, references) or the agenda."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tracker import format2_checks
from tracker.loader.results import FileResult, ParsedItem, Ref, Source
from tracker.models import MODELS, Agenda, Item
from tracker.problems import Problem, did_you_mean, say
from tracker.records import from_model
from tracker.textsafe import one_line
from tracker.validation import problems_from_error
from tracker.yamlread import locate, read_documents


def _date_order(item: Item, node: Node, rel: str) -> Iterable[Problem]:
    # Fields from the instance dict: getattr on a field a kind lacks goes through
    # pydantic's slow __getattr__ and an exception.
    fields = item.__dict__
    start = fields.get("start")
    for name in ("due", "end"):
        end = fields.get(name)
        if start and end and end < start:
            line, column = locate(node, (name,))
            yield Problem.at(
                rel,
                line,
                column,
                "date-order",
                "problem.date-order",
                field=name,
                end=end,
                start=start,
            )
    if start:
        for index, milestone in enumerate(fields.get("milestones", ())):
            if milestone.done and milestone.done < start:
                line, column = locate(node, ("milestones", index, "done"))
                yield Problem.at(
                    rel,
                    line,
                    column,
                    "date-order",
                    "problem.date-order.milestone",
                    title=milestone.title,
                    done=milestone.done,
                    start=start,
                )


def _start(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def _refs(item: Item, node: Node) -> tuple[Ref, ...]:
    """Every reference with the position of its value, as `locate` gives it (the first of
    a repeated key), from one pass over the item's keys instead of one per reference."""
    fields = item.__dict__
    at: dict[str, Node] = {}
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if key_node.__class__ is ScalarNode and key_node.value not in at:
                at[key_node.value] = value_node
    refs: list[Ref] = []
    for name in ("opgaven", "related"):
        values = fields.get(name)
        if not values:
            continue
        holder = at.get(name)
        for index, value in enumerate(values):
            if holder is None:
                where = _start(node)
            elif isinstance(holder, SequenceNode) and index < len(holder.value):
                where = _start(holder.value[index])
            else:
                where = _start(holder)
            refs.append((name, value, *where))
    for name in ("unit", "basisteam", "measure", "opgave"):
        value = fields.get(name)
        if value:
            holder = at.get(name)
            refs.append((name, value, *_start(holder if holder is not None else node)))
    # Format 2: the LOVP meeting an assessment is written for, or a decision is put to.
    meeting = fields.get("meeting")
    if meeting is not None and fields.get("kind") == "assessment":
        holder = at.get("meeting")
        refs.append(("meeting", meeting.isoformat(), *_start(holder or node)))
    decision = fields.get("decision_needed")
    asked = getattr(decision, "meeting", None) if decision.__class__ is not str else None
    if asked is not None:
        where = locate(at["decision_needed"], ("meeting",)) if "decision_needed" in at else None
        refs.append(("decision_needed.meeting", asked.isoformat(), *(where or _start(node))))
    return tuple(refs)


def _parse_item(value: Any, node: Node, rel: str, document: int, out: FileResult) -> None:
    if not isinstance(value, dict):
        line, column = locate(node, ())
        out.problems.append(
            Problem.at(rel, line, column, "invalid-value", "problem.invalid-value.not-mapping")
        )
        return
    raw_id = value.get("id")
    item_id = raw_id if isinstance(raw_id, str) else None
    if "id" in value:
        line, column = locate(node, ("id",))
    else:
        line, column = locate(node, ())
    source = Source(rel, line, column, document)
    kind = value.get("kind")
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        at = locate(node, ("kind",)) if "kind" in value else (line, column)
        shown = one_line(kind, 40)
        message = (
            say("problem.unknown-kind", kind=shown)
            if "kind" in value
            else say("problem.unknown-kind.missing")
        )
        hint = did_you_mean(str(kind), MODELS) if isinstance(kind, str) else ""
        out.problems.append(
            Problem(
                rel,
                at[0],
                at[1],
                "unknown-kind",
                message,
                hint or say("problem.unknown-kind.hint"),
            )
        )
        out.items.append(ParsedItem(item_id, None, source))
        return
    try:
        item: Item = model.model_validate(value)  # type: ignore[assignment]
    except ValidationError as exc:
        out.problems.extend(problems_from_error(exc, model, node, rel, (line, column)))
        out.items.append(ParsedItem(item_id, None, source))
        return
    out.problems.extend(_date_order(item, node, rel))
    own = format2_checks.check_item(item, node, rel, (line, column))
    if own:
        out.problems.extend(own)
        out.items.append(ParsedItem(item_id, None, source))
        return
    out.items.append(ParsedItem(item.id, from_model(item), source, _refs(item, node)))


def _parse_agenda(text: str, rel: str, out: FileResult) -> None:
    read = read_documents(text, rel)
    out.problems.extend(read.problems)
    docs = [d for d in read.documents if d.value is not None]
    if not docs:
        if not read.problems:
            out.problems.append(
                Problem.at(rel, 1, 1, "missing-field", "problem.missing-field.empty-agenda")
            )
        return
    doc = docs[0]
    for extra in docs[1:]:
        line, column = locate(extra.node, ())
        out.problems.append(
            Problem.at(rel, line, column, "invalid-value", "problem.invalid-value.two-documents")
        )
    try:
        agenda = Agenda.model_validate(doc.value)
    except ValidationError as exc:
        out.problems.extend(problems_from_error(exc, Agenda, doc.node, rel, (1, 1)))
        return
    out.agenda = from_model(agenda)
    _check_agenda(agenda, doc.node, rel, out.problems)


def _check_agenda(agenda: Agenda, node: Node, rel: str, problems: list[Problem]) -> None:
    info = agenda.programme
    if info.start and info.end and info.end < info.start:
        line, column = locate(node, ("programme", "end"))
        problems.append(Problem.at(rel, line, column, "date-order", "problem.date-order.programme"))
    dates = info.lovp_meetings
    for index in range(1, len(dates)):
        if dates[index] <= dates[index - 1]:
            line, column = locate(node, ("programme", "lovp_meetings", index))
            problems.append(
                Problem.at(
                    rel,
                    line,
                    column,
                    "date-order",
                    "problem.date-order.lovp",
                    date=dates[index],
                    before=dates[index - 1],
                )
            )
    for section in ("opgaven", "units"):
        seen: set[str] = set()
        for index, entry in enumerate(getattr(agenda, section)):
            if entry.id.lower() in seen:
                line, column = locate(node, (section, index, "id"))
                problems.append(
                    Problem.at(
                        rel,
                        line,
                        column,
                        "duplicate-id",
                        "problem.duplicate-id.agenda",
                        section=section,
                        id=entry.id,
                    )
                )
            seen.add(entry.id.lower())
    problems.extend(format2_checks.check_agenda(agenda, node, rel))
