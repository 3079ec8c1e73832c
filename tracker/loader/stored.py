"""A file's parse result as plain data for the parse cache, and back."""

from __future__ import annotations

from typing import Any

from tracker.loader.results import FileResult, ParsedItem, Source
from tracker.problems import Problem, words_data, words_from_data
from tracker.records import Agenda, decode, decode_item, encode

# A file's parse result as plain data for the parse cache: per item its id, its fields
# (tracker/records.py: in order, dates as day numbers), where it is written and what it
# refers to; the problems; the agenda. The first entry names this layout: a row of
# another layout, or one that does not decode, fails here (the cache then parses the
# file again). The fields were validated when the file was parsed; they are not again.
_LAYOUT = "result-1"


def encode_result(result: FileResult) -> object:
    """`result` as plain data: lists, maps, strings, numbers."""
    items = [
        [
            e.id,
            encode(e.item) if e.item is not None else None,
            e.source.line,
            e.source.column,
            e.source.document,
            [list(r) for r in e.refs],
        ]
        for e in result.items
    ]
    problems = [
        [p.file, p.line, p.column, p.code, words_data(p.message), words_data(p.hint)]
        for p in result.problems
    ]
    agenda = encode(result.agenda) if result.agenda is not None else None
    return [_LAYOUT, items, problems, agenda]


def _refs(data: Any) -> tuple[tuple[str, str, int, int], ...]:
    # One call for all of an item's references: per reference a call took a third of
    # the time of making the items' places and references.
    refs = tuple(map(tuple, data))
    for name, value, line, column in refs:
        if not (type(name) is type(value) is str and type(line) is type(column) is int):
            raise ValueError("not a stored reference")
    return refs


def decode_result(rel: str, data: object) -> FileResult:
    """What `encode_result` made, back; ValueError (or another error) for anything else."""
    if type(data) is not list or len(data) != 4 or data[0] != _LAYOUT:
        raise ValueError("not a stored result")
    _, items, problems, agenda = data
    parsed = []
    for item_id, item, line, column, document, refs in items:
        if not (item_id is None or type(item_id) is str):
            raise ValueError("not a stored item id")
        if not (type(line) is type(column) is type(document) is int):
            raise ValueError("not a stored place")
        parsed.append(
            ParsedItem(
                item_id,
                decode_item(item) if item is not None else None,
                Source(rel, line, column, document),
                _refs(refs) if refs else (),
            )
        )
    return FileResult(
        rel, parsed, [_problem(p) for p in problems], decode(Agenda, agenda) if agenda else None
    )


def _problem(data: Any) -> Problem:
    file, line, column, code, message, hint = data
    if not (type(file) is type(code) is str and type(line) is type(column) is int):
        raise ValueError("not a stored problem")
    return Problem(file, line, column, code, words_from_data(message), words_from_data(hint))
