"""The shape of one stored snapshot, checked before anything reads it.

A history file is edited by hand and merged by git; a snapshot with a wrong type
inside (`git: "abc"`, an item's `health: [1]`, `last_update: 1`) must be reported
as damaged, by its label, while the other snapshots are shown and compared as
usual. Every field the tracker reads is checked here with its type; fields it
does not read are let through.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

_STRICT = ConfigDict(strict=True, extra="allow", allow_inf_nan=False)


def _iso_date(text: str) -> str:
    date.fromisoformat(text)  # a ValueError says the snapshot is damaged
    return text


IsoDate = Annotated[str, AfterValidator(_iso_date)]
Number = int | float


class _Git(BaseModel):
    model_config = _STRICT
    commit: str | None = None
    dirty: bool | None = None


class _Problems(BaseModel):
    model_config = _STRICT
    errors: int = 0
    warnings: int = 0


class _Indicator(BaseModel):
    model_config = _STRICT
    value: Number | None = None
    date: IsoDate | None = None
    target: Number | None = None
    meets_target: bool | None = None


class _Item(BaseModel):
    model_config = _STRICT
    id: str
    kind: str
    title: str
    opgaven: list[str] = []
    status: str | None = None
    health: str | None = None
    progress: Number | None = None
    overdue: bool | None = None
    stale: bool | None = None
    last_update: IsoDate | None = None
    overdue_actions: int | None = None
    # Digests by update key and by text field; absent in snapshots of format 1.
    notes: dict[str, str] | None = None
    texts: dict[str, str] | None = None
    indicator: _Indicator | None = None


class _Rollup(BaseModel):
    model_config = _STRICT
    id: str | None = None
    title: str | None = None
    items: int = 0
    health: dict[str, int] = {}
    status: dict[str, int] = {}
    mean_progress: Number | None = None
    overdue: int = 0
    stale: int = 0
    decisions: int = 0


class SnapshotShape(BaseModel):
    model_config = _STRICT
    format: int | None = None
    label: str
    taken: str
    as_of: IsoDate
    programme: str | None = None
    git: _Git | None = None
    source_hash: str | None = None
    problems: _Problems | None = None
    items: dict[str, _Item]
    opgaven: list[_Rollup] = []


def damage(doc: dict[str, Any]) -> str | None:
    """Where `doc` is not a snapshot the tracker can read, in a few words; None when it is."""
    try:
        shape = SnapshotShape.model_validate(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "snapshot"
        return f"{where}: {first['msg']}"
    for key, item in shape.items.items():
        if item.id != key:
            return f"items.{key}: the id inside is '{item.id}'"
    return None
