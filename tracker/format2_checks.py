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

from yaml.nodes import Node

from tracker.problems import Problem
from tracker.textsafe import one_line
from tracker.yamlread import locate

if TYPE_CHECKING:
    from tracker.loader import FileResult
    from tracker.models import Agenda, Item

# code -> (message, hint); formatted with the values each check passes.
MESSAGES: dict[str, tuple[str, str]] = {
    "risk-likelihood": (
        "required field 'likelihood' is missing: a risk needs a likelihood (1..5)",
        "add a line 'likelihood: 3' with a number from 1 to 5, or 'type: issue' if it happened",
    ),
    "unknown-meeting": (
        "{field} {value} is not an LOVP meeting in agenda.yaml",
        "{nearby}or add the date to programme.lovp_meetings in agenda.yaml",
    ),
    "unknown-meeting.nearby": ("", "the calendar has {dates}; "),
    "duplicate-assessment": (
        "a second assessment of {about} for the meeting of {meeting}: also at {others}",
        "keep one assessment per meeting and opgave; remove or merge the other",
    ),
    "duplicate-assessment.programme": ("the programme as a whole", ""),
    "duplicate-assessment.opgave": ("opgave '{opgave}'", ""),
    "risk-bands": (
        "risk_bands: medium {medium} is not below high {high}",
        "set medium lower than high, e.g. high: 15 and medium: 8",
    ),
}


def _text(key: str, **values: object) -> tuple[str, str]:
    message, hint = MESSAGES[key]
    return message.format(**values), hint.format(**values)


def check_item(item: Item, node: Node, rel: str, anchor: tuple[int, int]) -> list[Problem]:
    """Problems of one item that its model cannot state: a risk without a likelihood."""
    fields = item.__dict__
    if fields.get("kind") != "risk" or fields.get("type") != "risk":
        return []
    if fields.get("likelihood") is not None:
        return []
    # The log may set it later, but the risk must say how likely it is from the start.
    message, hint = _text("risk-likelihood")
    return [Problem(rel, anchor[0], anchor[1], "missing-field", message, hint)]


def check_agenda(agenda: Agenda, node: Node, rel: str) -> list[Problem]:
    """Problems of the format-2 settings in agenda.yaml."""
    bands = agenda.programme.risk_bands
    if bands.medium < bands.high:
        return []
    line, column = locate(node, ("programme", "risk_bands", "medium"))
    message, hint = _text("risk-bands", medium=bands.medium, high=bands.high)
    return [Problem(rel, line, column, "invalid-value", message, hint)]


def meeting_problem(
    field: str, value: str, meetings: Sequence[str], rel: str, line: int, column: int
) -> Problem:
    """`unknown-meeting` for a date an assessment or a decision names."""
    nearby = ""
    if meetings:
        try:
            day = date.fromisoformat(value)
            closest = sorted(meetings, key=lambda d: abs((date.fromisoformat(d) - day).days))[:2]
        except ValueError:
            closest = list(meetings[:2])
        nearby = _text("unknown-meeting.nearby", dates=", ".join(sorted(closest)))[1]
    message, hint = _text("unknown-meeting", field=field, value=one_line(value, 20), nearby=nearby)
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
            _text("duplicate-assessment.opgave", opgave=one_line(opgave, 60))[0]
            if opgave
            else _text("duplicate-assessment.programme")[0]
        )
        for number, result, index in found:
            source = result.items[index].source
            others = [r.items[i].source.location for n, r, i in found if n != number]
            shown = ", ".join(others[:_SHOW_PLACES])
            if len(others) > _SHOW_PLACES:
                shown += f" and {len(others) - _SHOW_PLACES} more"
            message, hint = _text(
                "duplicate-assessment", about=about, meeting=meeting, others=shown
            )
            failed.add(number)
            problems.append(
                Problem(
                    source.file, source.line, source.column, "duplicate-assessment", message, hint
                )
            )
