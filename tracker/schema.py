"""JSON Schemas of the programme files, generated from the models the loader validates with.

Editors use them for completion, hover text and red squiggles while policy staff
type; `ggp-tracker validate` stays the gate, because a schema cannot see across
files (opgave and unit ids, related items, duplicate ids).

The schemas declare draft 2020-12 but use only keywords that draft-07 engines
(the one inside most YAML editor plug-ins) read the same way, so an editor that
ignores the declared dialect still checks every rule.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, models_json_schema
from pydantic_core import core_schema

from tracker import models

DIALECT = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
ITEM_SCHEMA = "item.schema.json"
AGENDA_SCHEMA = "agenda.schema.json"
SCHEMA_DIR = "schemas"
MODELINE_PREFIX = "# yaml-language-server:"

# The models turn numbers into text where text is expected (`title: 2030` is
# the title "2030"); a schema that refused numbers there would flag files the
# loader accepts.
_NUMBERS_ARE_TEXT = bool(models.Strict.model_config.get("coerce_numbers_to_str"))


class _Generator(GenerateJsonSchema):
    def field_title_should_be_set(self, schema: Any) -> bool:
        # A title that repeats the key ("Owner" for owner) only clutters hover text.
        return False

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> dict[str, Any]:
        out = super().default_schema(schema)
        # An absent field is already "none"; and yaml-language-server 1.25 stops
        # offering completions at the first nested `default: null` it meets.
        if "default" in out and out["default"] is None:
            del out["default"]
        return out

    def date_schema(self, schema: core_schema.DateSchema) -> dict[str, Any]:
        # `format` alone is optional in many validators; the pattern always applies.
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}

    def str_schema(self, schema: core_schema.StringSchema) -> dict[str, Any]:
        out = super().str_schema(schema)
        if _NUMBERS_ARE_TEXT:
            out["type"] = ["string", "number"]
        return out

    def tagged_union_schema(self, schema: core_schema.TaggedUnionSchema) -> dict[str, Any]:
        # `decision_needed` is text or a mapping: the branches cannot both match, so
        # `anyOf` says the same as `oneOf` in the keywords every engine reads alike.
        out = super().tagged_union_schema(schema)
        if "oneOf" in out:
            out["anyOf"] = out.pop("oneOf")
        out.pop("discriminator", None)
        return out

    def nullable_schema(self, schema: core_schema.NullableSchema) -> dict[str, Any]:
        # `due:` left empty is allowed. A type list instead of `anyOf [X, null]` makes
        # validators report what is wrong with the value, not "no alternative matched".
        inner = self.generate_inner(schema["schema"])
        kind = inner.get("type")
        if kind is None or "const" in inner:
            return super().nullable_schema(schema)
        kinds = kind if isinstance(kind, list) else [kind]
        out = {**inner, "type": [*kinds, "null"]}
        if "enum" in inner:
            out["enum"] = [*inner["enum"], None]
        return out


def _definitions(*model_types: type[BaseModel]) -> tuple[dict[str, str], dict[str, Any]]:
    keys, top = models_json_schema(
        [(m, "validation") for m in model_types],
        ref_template="#/$defs/{model}",
        schema_generator=_Generator,
    )
    refs = {model.__name__: keys[(model, "validation")]["$ref"] for model in model_types}
    return refs, top.get("$defs", {})


def item_schema() -> dict[str, Any]:
    """One item document under measures/: the fields of its kind, chosen by `kind`."""
    kinds = list(models.MODELS)
    refs, defs = _definitions(*models.MODELS.values())
    branches = [
        {
            "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
            "then": {"$ref": refs[model.__name__]},
        }
        for kind, model in models.MODELS.items()
    ]
    return {
        "$schema": DIALECT,
        "title": "ggp-tracker item",
        "description": (
            "One document under measures/: a measure, pilot, meeting, indicator, risk or "
            "assessment. `kind` decides which fields apply. Cross-file checks (opgave, unit "
            "and basisteam ids, LOVP meeting dates, related items, duplicate ids and "
            "assessments) are done by `ggp-tracker validate`."
        ),
        "type": "object",
        "required": ["kind"],
        "properties": {
            "kind": {
                "description": (
                    "What this item is: measure (an LOVP measure), pilot (a basisteam "
                    "pilot), meeting, indicator, risk (a risk or an issue) or assessment "
                    "(the verdict on an opgave for one LOVP meeting)."
                ),
                "enum": kinds,
            }
        },
        "allOf": branches,
        "$defs": defs,
    }


def agenda_schema() -> dict[str, Any]:
    """agenda.yaml: the programme, its opgaven, units and reporting calendar."""
    refs, defs = _definitions(models.Agenda)
    root = defs.pop(refs["Agenda"].rsplit("/", 1)[-1])
    return {
        "$schema": DIALECT,
        "title": "ggp-tracker agenda",
        "description": (
            "agenda.yaml: the programme, its opgaven, units and LOVP calendar, "
            "tolerances, risk bands and report settings. "
            "Whether ids are unique and dates ascend is checked by `ggp-tracker validate`."
        ),
        **{key: value for key, value in root.items() if key not in ("title", "description")},
        "$defs": defs,
    }


def schema_text(agenda: bool = False) -> str:
    """The schema as `ggp-tracker schema` prints it and schemas/ holds it."""
    schema = agenda_schema() if agenda else item_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_path_for(rel: str) -> str:
    """The relative path from a programme file (POSIX, relative to the root) to its schema."""
    depth = rel.count("/")
    name = AGENDA_SCHEMA if rel == "agenda.yaml" else ITEM_SCHEMA
    return "../" * depth + f"{SCHEMA_DIR}/{name}"


def modeline(rel: str) -> str:
    return f"{MODELINE_PREFIX} $schema={schema_path_for(rel)}"


def with_modeline(data: bytes, rel: str) -> bytes:
    """`data` with the schema line put first; unchanged when a modeline is already there.

    Every other byte stays as it was: the line is inserted, never merged, and it
    takes the file's own line ending.
    """
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    body = data[len(bom) :]
    if body.startswith(MODELINE_PREFIX.encode()):
        return data
    newline = b"\r\n" if body.split(b"\n", 1)[0].endswith(b"\r") else b"\n"
    return bom + modeline(rel).encode() + newline + body
