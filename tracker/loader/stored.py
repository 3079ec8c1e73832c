"""A file's parse result as plain data for the parse cache, and back."""

from __future__ import annotations

import functools
from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter

from tracker.loader.results import FileResult, ParsedItem, Source
from tracker.models import MODELS, Agenda
from tracker.problems import Problem, words_data, words_from_data

# A file's parse result as plain data for the parse cache: per item its id, its fields
# as the file gave them, where it is written and what it refers to; the problems; the
# agenda. The models' own definitions say how to write and read it back, so a stored
# row is checked as strictly as the file was, and a row that is not what was written
# fails here (the cache then parses the file again).
_StoredItem = tuple[
    str | None,  # id
    Annotated[Union[tuple(MODELS.values())], Field(discriminator="kind")] | None,  # noqa: UP007
    int,  # line
    int,  # column
    int,  # document
    tuple[tuple[str, str, int, int], ...],  # refs
]
# file, line, column, code, message and hint: the words by label key and values, so a
# problem read back from the cache is said in any language (`words_data`).
_StoredProblem = tuple[str, int, int, str, Any, Any]
_Stored = tuple[tuple[_StoredItem, ...], tuple[_StoredProblem, ...], Agenda | None]


@functools.cache
def _stored_form() -> TypeAdapter[Any]:
    return TypeAdapter(_Stored)


def encode_result(result: FileResult) -> object:
    """`result` as plain data: lists, maps, strings, numbers."""
    items = tuple(
        (e.id, e.item, e.source.line, e.source.column, e.source.document, e.refs)
        for e in result.items
    )
    problems = tuple(
        (p.file, p.line, p.column, p.code, words_data(p.message), words_data(p.hint))
        for p in result.problems
    )
    row = (items, problems, result.agenda)
    return _stored_form().dump_python(row, mode="json", exclude_unset=True)


def decode_result(rel: str, data: object) -> FileResult:
    """What `encode_result` made, back; ValidationError when `data` is anything else."""
    items, problems, agenda = _stored_form().validate_python(data)
    return FileResult(
        rel,
        [
            ParsedItem(item_id, item, Source(rel, line, column, document), refs)
            for item_id, item, line, column, document, refs in items
        ],
        [
            Problem(file, line, column, code, words_from_data(message), words_from_data(hint))
            for file, line, column, code, message, hint in problems
        ],
        agenda,
    )
