"""Turn pydantic validation errors into located, coded problems with hints."""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from yaml.nodes import Node

from tracker.problems import Problem, Words, did_you_mean, say
from tracker.textsafe import one_line
from tracker.yamlread import locate

# What a value was expected to be, by pydantic's error type (tracker/labels/problems.py).
_EXPECTED = {
    "int_type": "problem.expected.whole-number",
    "int_parsing": "problem.expected.whole-number",
    "float_type": "problem.expected.number",
    "float_parsing": "problem.expected.number",
    "string_type": "problem.expected.text",
    "list_type": "problem.expected.list",
    "model_type": "problem.expected.mapping",
    "dict_type": "problem.expected.mapping",
    "model_attributes_type": "problem.expected.mapping",
    "bool_type": "problem.expected.bool",
}
_STRUCTURE = ("model_type", "list_type", "dict_type", "model_attributes_type")


def _either(expected: str) -> Words | str:
    """pydantic's "'a', 'b' or 'c'" as words: the values, the last joined by "or"."""
    values = re.findall(r"'([^']*)'", expected)
    if len(values) < 2:
        return expected.replace("'", "")
    return say("problem.list-or", first=", ".join(values[:-1]), last=values[-1])


def _shown(value: Any, quote: bool = False) -> str:
    """A value as a message shows it: one line, short, no control characters."""
    text = value if isinstance(value, str) and quote else repr(value)
    text = one_line(text, 60)
    return f"'{text}'" if quote else text


def _path_text(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "item"


def _submodel(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _submodel(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _submodel(arg)
            if found is not None:
                return found
    return None


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel]:
    current = model
    for part in loc:
        if isinstance(part, str) and part in current.model_fields:
            inner = _submodel(current.model_fields[part].annotation)
            if inner is None:
                break
            current = inner
    return current


def _clean_loc(loc: tuple[str | int, ...], model: type[BaseModel]) -> tuple[str | int, ...]:
    """Drop pydantic's union member tags (e.g. 'list[str]') that are not YAML keys."""
    out: list[str | int] = []
    current: type[BaseModel] | None = model
    entered = False  # the part before was a field: a union's tag may follow
    for part in loc:
        if isinstance(part, int):
            out.append(part)
            entered = False
            continue
        if entered and current is not None and part in (current.__name__, "str"):
            # A tagged union's branch (decision_needed: text or a mapping), not a key.
            entered = False
            current = current if part == current.__name__ else None
            continue
        entered = False
        if current is not None and part in current.model_fields:
            out.append(part)
            current = _submodel(current.model_fields[part].annotation)
            entered = True
        elif current is not None and current.model_config.get("extra") == "forbid":
            out.append(part)
            current = None
    return tuple(out)


def problems_from_error(
    exc: ValidationError,
    model: type[BaseModel],
    node: Node,
    file: str,
    anchor: tuple[int, int],
) -> list[Problem]:
    """One problem per offending location; `anchor` is where whole-item problems point."""
    problems: list[Problem] = []
    seen: set[tuple[int, int, str]] = set()
    for err in exc.errors(include_url=False):
        kind = err["type"]
        loc = _clean_loc(tuple(err["loc"]), model)
        field = loc[-1] if loc else ""
        where = _path_text(loc)
        value = err.get("input")
        message: Words
        hint: Words | None = None
        if kind == "missing":
            parent = loc[:-1]
            line, column = locate(node, parent) if parent else anchor
            code = "missing-field"
            message = say("problem.missing-field", path=_path_text(loc))
            hint = say("problem.missing-field.hint", field=field)
        elif kind == "extra_forbidden":
            line, column = locate(node, loc, key=True)
            code = "unknown-field"
            message = say("problem.unknown-field", path=where)
            allowed = _model_at(model, loc[:-1]).model_fields
            hint = did_you_mean(str(field), allowed)
        else:
            line, column = locate(node, loc)
            code = "invalid-value"
            # pydantic's own words (English) for a check without a message of ours.
            message = say("problem.invalid-value", path=where, detail=one_line(err["msg"], 120))
            ctx = err.get("ctx", {})
            if kind == "invalid_date":
                code = "invalid-date"
                shown = _shown(ctx.get("value", value), quote=True)
                real = str(err["msg"]).endswith("real date")
                key = "problem.invalid-date" if real else "problem.invalid-date.not-a-date"
                message = say(key, path=where, value=shown)
                hint = say("problem.invalid-date.hint")
            elif kind == "literal_error":
                message = say(
                    "problem.invalid-value.not-allowed", path=where, value=_shown(value, quote=True)
                )
                allowed = _either(str(ctx.get("expected", "")))
                hint = say("problem.invalid-value.not-allowed.hint", allowed=allowed)
            elif kind == "string_pattern_mismatch":
                message = say(
                    "problem.invalid-value.id", path=where, value=_shown(value, quote=True)
                )
                hint = say("problem.invalid-value.id.hint")
            elif kind in ("greater_than_equal", "less_than_equal"):
                message = say("problem.invalid-value.range", path=where, value=_shown(value))
                if field == "progress":
                    hint = say("problem.invalid-value.range.progress.hint")
                elif kind == "greater_than_equal":
                    hint = say("problem.invalid-value.range.min.hint", limit=ctx.get("ge"))
                else:
                    hint = say("problem.invalid-value.range.max.hint", limit=ctx.get("le"))
            elif kind == "too_short":
                message = say("problem.invalid-value.too-short", path=where)
                hint = say("problem.invalid-value.too-short.hint")
            elif kind in _EXPECTED:
                found = say("problem.nothing") if value is None else _shown(value)
                expected = say(_EXPECTED[kind])
                message = say(
                    "problem.invalid-value.expected", path=where, expected=expected, found=found
                )
                if kind in _STRUCTURE:
                    hint = say("problem.invalid-value.indentation.hint")
                elif kind == "string_type" and value is None:
                    hint = say("problem.invalid-value.text-missing.hint")
                elif kind == "string_type" and isinstance(value, list | dict):
                    hint = say("problem.invalid-value.text-not-list.hint")
                elif kind == "string_type":
                    hint = say("problem.invalid-value.text-quotes.hint")
                else:
                    hint = say("problem.invalid-value.number.hint")
            elif kind == "one_line":
                message = say("problem.invalid-value.one-line", path=where)
                hint = say("problem.invalid-value.one-line.hint")
        hint = hint or say("problem.invalid-value.hint")
        key = (line, column, code)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(file, line, column, code, message, hint))
    return problems
