"""Checks the loader makes on the additions of format 2 (FORMAT.md, "Format 2").

Risks need a likelihood unless they are issues; an assessment or a decision names
an LOVP meeting of the calendar; one assessment per meeting and opgave; risk
bands that can be told apart. Every message and hint these checks write is in
`MESSAGES` below, in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from tracker.problems import Problem, Words, say
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from yaml.nodes import Node

    from tracker.loader import FileResult
    from tracker.records import Agenda, Item


def _text(key: str, hint: str, **values: object) -> tuple[Words, Words]:
    """The message `key` and the hint `hint` of the label table (`labels/problems.py`)."""
    return say(key, **values), say(hint, **values)


def check_item(item: Item, node: Node, rel: str, anchor: tuple[int, int]) -> list[Problem]:
    """Problems of one item that its model cannot state: a risk without a likelihood."""
    fields = item.__dict__
    if fields.get("kind") != "risk" or fields.get("type") != "risk":
        return []
    if fields.get("likelihood") is not None:
        return []
    # The log may set it later, but the risk must say how likely it is from the start.
    message, hint = _text(
        "problem.missing-field.likelihood",
        "problem.missing-field.likelihood.hint",
    )
    return [Problem(rel, anchor[0], anchor[1], "missing-field", message, hint)]


def check_agenda(agenda: Agenda, node: Node, rel: str) -> list[Problem]:
    """Problems of the format-2 settings in agenda.yaml."""
    bands = agenda.programme.risk_bands
    if bands.medium < bands.high:
        return []
    # The YAML reader is needed only here, when a file is parsed; not for cached results.
    from tracker.yamlread import locate

    line, column = locate(node, ("programme", "risk_bands", "medium"))
    message, hint = _text(
        "problem.invalid-value.risk-bands",
        "problem.invalid-value.risk-bands.hint",
        medium=bands.medium,
        high=bands.high,
    )
    return [Problem(rel, line, column, "invalid-value", message, hint)]


def meeting_problem(
    field: str, value: str, meetings: Sequence[str], rel: str, line: int, column: int
) -> Problem:
    """`unknown-meeting` for a date an assessment or a decision names."""
    nearby: str = ""
    if meetings:
        try:
            day = date.fromisoformat(value)
            closest = sorted(meetings, key=lambda d: abs((date.fromisoformat(d) - day).days))[:2]
        except ValueError:
            closest = list(meetings[:2])
        nearby = say("problem.calendar-has", dates=", ".join(sorted(closest)))
    message, hint = _text(
        "problem.unknown-meeting",
        "problem.unknown-meeting.hint",
        field=field,
        value=one_line(value, 20),
        nearby=nearby,
    )
    return Problem(rel, line, column, "unknown-meeting", message, hint)


# (meeting, opgave or "") of an assessment: at most one item per key.
AssessmentKey = tuple[date, str]

_SHOW_PLACES = 3


def assessment_keys(result: FileResult) -> tuple[tuple[int, AssessmentKey], ...]:
    """Index in the file's items and key of each assessment that loaded by itself."""
    out = []
    for index, entry in enumerate(result.items):
        item = entry.item
        if item is not None and item.__dict__.get("kind") == "assessment":
            fields = item.__dict__
            out.append((index, (fields["meeting"], fields.get("opgave") or "")))
    return tuple(out)


def duplicate_assessments(
    results: Iterable[FileResult], problems: list[Problem], failed: set[int]
) -> None:
    """`duplicate-assessment` at every place of a repeated (meeting, opgave); adds the
    indexes over all files' items of those assessments to `failed`."""
    places: dict[AssessmentKey, list[tuple[int, FileResult, int]]] = {}
    base = 0
    for result in results:
        for index, key in result.assessment_keys():
            places.setdefault(key, []).append((base + index, result, index))
        base += len(result.items)
    for (meeting, opgave), found in places.items():
        if len(found) < 2:
            continue
        about = (
            say("problem.about-opgave", opgave=one_line(opgave, 60))
            if opgave
            else say("problem.about-programme")
        )
        for number, result, index in found:
            source = result.items[index].source
            others = [r.items[i].source.location for n, r, i in found if n != number]
            shown: str = ", ".join(others[:_SHOW_PLACES])
            if len(others) > _SHOW_PLACES:
                shown = say("problem.and-more", places=shown, count=len(others) - _SHOW_PLACES)
            message, hint = _text(
                "problem.duplicate-assessment",
                "problem.duplicate-assessment.hint",
                about=about,
                meeting=meeting,
                others=shown,
            )
            failed.add(number)
            problems.append(
                Problem(
                    source.file, source.line, source.column, "duplicate-assessment", message, hint
                )
            )
