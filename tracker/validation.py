"""Turn pydantic validation errors into located, coded problems with hints."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from yaml.nodes import Node

from tracker.problems import Problem, did_you_mean
from tracker.textsafe import one_line
from tracker.yamlread import locate

_ID_HINT = (
    "ids are letters, digits, '.', '_' and '-', start with a letter or digit, "
    "and are at most 64 characters"
)
_DATE_HINT = "dates are written YYYY-MM-DD, e.g. 2018-10-11"
_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "text",
    "list_type": "a list (lines starting with '- ')",
    "model_type": "a mapping of fields (key: value lines)",
    "dict_type": "a mapping of fields (key: value lines)",
    "model_attributes_type": "a mapping of fields (key: value lines)",
    "bool_type": "true or false",
}


_FALLBACK_HINT = "correct the value; 'ggp-tracker schema' shows what each field accepts"


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
        if kind == "missing":
            parent = loc[:-1]
            line, column = locate(node, parent) if parent else anchor
            code = "missing-field"
            message = f"required field '{_path_text(loc)}' is missing"
            hint = f"add a line '{field}: ...'"
        elif kind == "extra_forbidden":
            line, column = locate(node, loc, key=True)
            code = "unknown-field"
            message = f"unknown field '{where}'"
            allowed = _model_at(model, loc[:-1]).model_fields
            hint = did_you_mean(str(field), allowed)
        else:
            line, column = locate(node, loc)
            code = "invalid-value"
            hint = ""
            message = f"{where}: {one_line(err['msg'], 120)}"
            if kind == "invalid_date":
                code = "invalid-date"
                hint = _DATE_HINT
            elif kind == "literal_error":
                message = f"{where}: {_shown(value, quote=True)} is not allowed"
                hint = "allowed: " + str(err.get("ctx", {}).get("expected", "")).replace("'", "")
            elif kind == "string_pattern_mismatch":
                message = f"{where}: {_shown(value, quote=True)} is not a valid id"
                hint = _ID_HINT
            elif kind in ("greater_than_equal", "less_than_equal"):
                message = f"{where}: {_shown(value)} is out of range"
                if field == "progress":
                    hint = "progress is a whole number from 0 to 100"
                else:
                    hint = str(err["msg"]).replace("Input should be", "it should be")
            elif kind == "too_short":
                message = f"{where}: needs at least one entry"
                hint = "add one entry starting with '- '"
            elif kind in _EXPECTED:
                shown = "nothing" if value is None else _shown(value)
                message = f"{where}: expected {_EXPECTED[kind]}, found {shown}"
                if kind in ("model_type", "list_type", "dict_type", "model_attributes_type"):
                    hint = "check the indentation below this key"
                elif kind == "string_type" and value is None:
                    hint = "write the text after the colon, on the same line"
                elif kind == "string_type" and isinstance(value, list | dict):
                    hint = "write one piece of text here, not a list or a mapping"
                elif kind == "string_type":
                    hint = "put the text in quotes so YAML does not read it as a number"
                else:
                    hint = "write a plain number without quotes or units, e.g. 90"
            elif kind == "one_line":
                hint = "put longer text in 'description'"
        hint = hint or _FALLBACK_HINT
        key = (line, column, code)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(file, line, column, code, message, hint))
    return problems
