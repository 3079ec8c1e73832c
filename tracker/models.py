"""Typed models of the programme files (FORMAT.md, format 1).

These models are the single definition of the format: the loader validates
with them and `ggp-tracker schema` prints their JSON Schema.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

MEASURE_STATUSES = ("planned", "active", "done", "paused", "stopped")
PILOT_PHASES = ("idea", "preparing", "running", "evaluating", "scaling", "embedded", "stopped")
HEALTHS = ("green", "amber", "red")
MEETING_TYPES = ("network", "lovp", "triangle", "other")
KINDS = ("measure", "pilot", "meeting", "indicator")

MeasureStatus = Literal["planned", "active", "done", "paused", "stopped"]
PilotPhase = Literal["idea", "preparing", "running", "evaluating", "scaling", "embedded", "stopped"]
Health = Literal["green", "amber", "red"]


def _iso_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "invalid_date", "'{value}' is not a real date", {"value": value}
            ) from None
    raise PydanticCustomError("invalid_date", "'{value}' is not a date", {"value": value})


IsoDate = Annotated[
    date,
    BeforeValidator(_iso_date),
    Field(description="A date written as YYYY-MM-DD."),
]
Text = Annotated[str, Field(description="Free text.")]
ItemId = Annotated[str, Field(pattern=ID_PATTERN, description="An item id.")]
Progress = Annotated[int, Field(strict=True, ge=0, le=100, description="Percent done, 0-100.")]
Number = Annotated[float, Field(strict=True)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


def _one_line(value: str) -> str:
    value = value.strip()
    if "\n" in value:
        raise PydanticCustomError("one_line", "a title is one line of text")
    return value


# ---- agenda.yaml ------------------------------------------------------------


class ProgrammeInfo(Strict):
    title: str = Field(description="Name of the programme.")
    short: str | None = Field(None, description="Short name, e.g. GGP.")
    language: Literal["nl", "en"] = Field("en", description="Language of labels and exports.")
    start: IsoDate | None = Field(None, description="Start of the programme period.")
    end: IsoDate | None = Field(None, description="End of the programme period.")
    stale_after_days: int = Field(
        42,
        strict=True,
        ge=1,
        description="An active item with no update for longer than this is stale.",
    )
    lovp_meetings: list[IsoDate] = Field(
        default_factory=list, description="Reporting calendar: LOVP meeting dates, ascending."
    )


class Opgave(Strict):
    id: ItemId
    title: str = Field(description="The opgave in the letter's words.")
    description: Text | None = None
    lead: str | None = Field(None, description="Who leads this opgave.")


class Unit(Strict):
    id: ItemId
    name: str = Field(description="Full name of the police unit (eenheid).")
    basisteams: list[str] | None = Field(
        None, description="Basisteams of this unit; when given, items must use one of them."
    )


class Agenda(Strict):
    programme: ProgrammeInfo
    opgaven: list[Opgave] = Field(min_length=1, description="The external tasks (opgaven).")
    units: list[Unit] = Field(default_factory=list, description="Registry of police units.")


# ---- items ----------------------------------------------------------------


class Update(Strict):
    """An entry of the progress log."""

    date: IsoDate
    note: Text = Field(description="What happened.")
    by: str | None = Field(None, description="Who reported it.")


class MeasureUpdate(Update):
    status: MeasureStatus | None = None
    health: Health | None = None
    progress: Progress | None = None


class PilotUpdate(Update):
    phase: PilotPhase | None = None
    health: Health | None = None
    progress: Progress | None = None


class Milestone(Strict):
    title: str
    due: IsoDate
    done: IsoDate | None = Field(None, description="The date the milestone was reached.")


class Action(Strict):
    title: str
    owner: str | None = None
    due: IsoDate | None = None
    done: IsoDate | None = Field(None, description="The date the action was completed.")


class ScaleUp(Strict):
    scope: Text = Field(description="Where the pilot is to be scaled up to.")
    due: IsoDate | None = None


class IndicatorValue(Strict):
    date: IsoDate
    value: Number
    note: Text | None = None


class ItemBase(Strict):
    kind: str
    id: ItemId
    title: str = Field(description="One line.")
    description: Text | None = None
    opgaven: list[str] = Field(
        default_factory=list, description="Opgave ids; empty means programme-wide."
    )
    owner: str | None = Field(None, description="Person, role or organisation responsible.")
    unit: str | None = Field(None, description="A unit id from agenda.yaml.")
    basisteam: str | None = Field(None, description="A basisteam of the unit.")
    tags: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list, description="Ids of related items.")

    @field_validator("title")
    @classmethod
    def _title_is_one_line(cls, value: str) -> str:
        return _one_line(value)


class Measure(ItemBase):
    kind: Literal["measure"]
    status: MeasureStatus = "planned"
    health: Health | None = None
    progress: Progress | None = None
    start: IsoDate | None = None
    due: IsoDate | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    decision_needed: Text | None = Field(None, description="A question the LOVP must decide.")
    updates: list[MeasureUpdate] = Field(default_factory=list)


class Pilot(ItemBase):
    kind: Literal["pilot"]
    unit: str = Field(description="A unit id from agenda.yaml.")
    phase: PilotPhase = "idea"
    health: Health | None = None
    progress: Progress | None = None
    start: IsoDate | None = None
    end: IsoDate | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    measure: str | None = Field(None, description="Id of the measure this pilot serves.")
    scale_up: ScaleUp | None = None
    evaluation: Text | None = None
    decision_needed: Text | None = Field(None, description="A question the LOVP must decide.")
    updates: list[PilotUpdate] = Field(default_factory=list)


class Meeting(ItemBase):
    kind: Literal["meeting"]
    date: IsoDate
    type: Literal["network", "lovp", "triangle", "other"] = "network"
    location: str | None = None
    participants: Annotated[int, Field(strict=True, ge=0)] | list[str] | None = None
    summary: Text | None = None
    decisions: list[Text] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list)


class Indicator(ItemBase):
    kind: Literal["indicator"]
    format: Literal["percent", "number"] = "number"
    target: Number | None = None
    better: Literal["higher", "lower"] = "higher"
    values: list[IndicatorValue] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list)


Item = Measure | Pilot | Meeting | Indicator

MODELS: dict[str, type[ItemBase]] = {
    "measure": Measure,
    "pilot": Pilot,
    "meeting": Meeting,
    "indicator": Indicator,
}
