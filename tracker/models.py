"""Typed models of the programme files (FORMAT.md, format 1 and the additions of format 2).

These models are the single definition of the format: the loader validates
with them and `ggp-tracker schema` prints their JSON Schema.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tracker.vocabulary import (  # noqa: F401 - part of this module's interface
    HEALTHS,
    KINDS,
    MEASURE_STATUSES,
    MEETING_TYPES,
    PILOT_PHASES,
    RISK_STATUSES,
    RISK_TYPES,
)

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

MeasureStatus = Literal["planned", "active", "done", "paused", "stopped"]
PilotPhase = Literal["idea", "preparing", "running", "evaluating", "scaling", "embedded", "stopped"]
Health = Literal["green", "amber", "red"]
RiskStatus = Literal["open", "mitigating", "closed"]
RiskType = Literal["risk", "issue"]
Scale = Annotated[int, Field(strict=True, ge=1, le=5, description="1 (lowest) to 5 (highest).")]


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
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]


class Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, coerce_numbers_to_str=True, defer_build=True
    )


def _one_line(value: str) -> str:
    value = value.strip()
    if "\n" in value:
        raise PydanticCustomError("one_line", "a title is one line of text")
    return value


# ---- agenda.yaml ------------------------------------------------------------


class Tolerances(Strict):
    """How far an item may be off before its facts health turns red (format 2)."""

    time_days: int = Field(
        30,
        strict=True,
        ge=0,
        description="Days a date may slip past before it counts as red.",
    )
    progress_points: int = Field(
        20,
        strict=True,
        ge=0,
        le=100,
        description="Percentage points progress may lag behind plan before it counts as red.",
    )


class RiskBands(Strict):
    """Score thresholds of the risk bands; score = likelihood x impact, 1..25 (format 2)."""

    high: int = Field(15, strict=True, ge=1, le=25, description="Score from which a risk is high.")
    medium: int = Field(
        8, strict=True, ge=1, le=25, description="Score from which a risk is medium; below: low."
    )


class ReportSettings(Strict):
    """Document control printed on the exported report (format 2)."""

    classification: str | None = Field(
        None, description="e.g. Intern, Departementaal vertrouwelijk; printed on every page."
    )
    author: str | None = Field(None, description="Who writes the report.")
    distribution: str | None = Field(None, description="Who receives the report.")


class ProgrammeInfo(Strict):
    """The programme as a whole: its name, language, period and LOVP calendar."""

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
    tolerances: Tolerances = Field(
        default_factory=Tolerances,
        description="Slip allowed in days and progress points before the facts say red.",
    )
    risk_bands: RiskBands = Field(
        default_factory=RiskBands, description="Score thresholds of the high and medium bands."
    )


class Opgave(Strict):
    """An external task of the programme; items name it in `opgaven`."""

    id: ItemId = Field(description="Short id that items use in `opgaven`, e.g. digitaal.")
    title: str = Field(description="The opgave in the letter's words.")
    description: Text | None = Field(None, description="Longer explanation of the opgave.")
    lead: str | None = Field(None, description="Who leads this opgave.")


class Unit(Strict):
    """A police unit (eenheid); items name it in `unit`."""

    id: ItemId = Field(description="Short id that items use in `unit`, e.g. oost-nederland.")
    name: str = Field(description="Full name of the police unit (eenheid).")
    basisteams: list[str] | None = Field(
        None, description="Basisteams of this unit; when given, items must use one of them."
    )


class Agenda(Strict):
    programme: ProgrammeInfo = Field(
        description="Name, language, period and LOVP calendar of the programme."
    )
    opgaven: list[Opgave] = Field(min_length=1, description="The external tasks (opgaven).")
    units: list[Unit] = Field(default_factory=list, description="Registry of police units.")
    report: ReportSettings | None = Field(
        None, description="Classification, author and distribution of the exported report."
    )


# ---- items ----------------------------------------------------------------


class Update(Strict):
    """An entry of the progress log."""

    date: IsoDate = Field(description="When it happened (YYYY-MM-DD).")
    note: Text = Field(description="What happened.")
    by: str | None = Field(None, description="Who reported it.")


class MeasureUpdate(Update):
    """An entry of a measure's progress log; it may set status, health and progress."""

    status: MeasureStatus | None = Field(None, description="The measure's status from this date.")
    health: Health | None = Field(None, description="Health from this date: green, amber, red.")
    progress: Progress | None = Field(None, description="Percent done at this date, 0-100.")


class PilotUpdate(Update):
    """An entry of a pilot's progress log; it may set phase, health and progress."""

    phase: PilotPhase | None = Field(None, description="The pilot's phase from this date.")
    health: Health | None = Field(None, description="Health from this date: green, amber, red.")
    progress: Progress | None = Field(None, description="Percent done at this date, 0-100.")


class RiskUpdate(Update):
    """An entry of a risk's log; it may set status, likelihood and impact."""

    status: RiskStatus | None = Field(
        None, description="open, mitigating or closed from this date."
    )
    likelihood: Scale | None = Field(None, description="Likelihood from this date, 1..5.")
    impact: Scale | None = Field(None, description="Impact from this date, 1..5.")


class Decision(Strict):
    """A question put to the LOVP with a proposal (voorstel) and an advice (advies)."""

    question: Text = Field(description="What the LOVP is asked to decide.")
    proposal: Text | None = Field(None, description="The proposal (voorstel).")
    advice: Text | None = Field(None, description="The advice on the proposal (advies).")
    meeting: IsoDate | None = Field(
        None, description="The LOVP meeting asked to decide: a date in lovp_meetings."
    )


_DECISION = "A question the LOVP must decide: text, or a mapping with question and proposal."


def _decision_form(value: Any) -> str:
    # One form is checked, so a bad mapping gets the mapping's errors, not also "not text".
    return "Decision" if isinstance(value, dict | Decision) else "str"


DecisionNeeded = Annotated[
    Annotated[Text, Tag("str")] | Annotated[Decision, Tag("Decision")],
    Discriminator(_decision_form),
    Field(description=_DECISION),
]


class Milestone(Strict):
    """A dated step towards the result; overdue when `due` has passed without `done`."""

    title: str = Field(description="What is to be reached; one line.")
    due: IsoDate = Field(description="When it is due (YYYY-MM-DD).")
    done: IsoDate | None = Field(None, description="The date the milestone was reached.")


class Action(Strict):
    """An action a meeting agreed on; its id is <meeting id>#<n>, n counting from 1."""

    title: str = Field(description="What is to be done.")
    owner: str | None = Field(None, description="Who does it.")
    due: IsoDate | None = Field(None, description="When it is due (YYYY-MM-DD).")
    done: IsoDate | None = Field(None, description="The date the action was completed.")


class ScaleUp(Strict):
    """The plan to scale a pilot up."""

    scope: Text = Field(description="Where the pilot is to be scaled up to.")
    due: IsoDate | None = Field(None, description="When the scale-up is due (YYYY-MM-DD).")


class IndicatorValue(Strict):
    """One measured value of an indicator."""

    date: IsoDate = Field(description="When it was measured (YYYY-MM-DD).")
    value: Number = Field(description="The figure; a percentage as a number, e.g. 62.5.")
    note: Text | None = Field(None, description="Source or remark.")


_STATUS = "planned, active, done, paused or stopped; an update can change it."
_PHASE = "idea, preparing, running, evaluating, scaling, embedded or stopped; updates change it."
_HEALTH = "green, amber or red; an update can change it."
_PROGRESS = "Percent done, 0-100; an update can change it."
_MILESTONES = "Dated steps towards the result."
_UPDATES = "The progress log: dated notes; the newest that sets a field gives its current value."


class ItemBase(Strict):
    kind: str
    id: ItemId = Field(
        description="Unique over all items, ignoring case: letters, digits, '.', '_', '-'."
    )
    title: str = Field(description="Short name; one line.")
    description: Text | None = Field(None, description="Longer text; may span several lines.")
    opgaven: list[str] = Field(
        default_factory=list, description="Opgave ids; empty means programme-wide."
    )
    owner: str | None = Field(None, description="Person, role or organisation responsible.")
    unit: str | None = Field(None, description="A unit id from agenda.yaml.")
    basisteam: str | None = Field(None, description="A basisteam of the unit.")
    tags: list[str] = Field(default_factory=list, description="Free labels, e.g. for searching.")
    related: list[str] = Field(default_factory=list, description="Ids of related items.")

    @field_validator("title")
    @classmethod
    def _title_is_one_line(cls, value: str) -> str:
        return _one_line(value)


class Measure(ItemBase):
    """An LOVP measure (maatregel)."""

    kind: Literal["measure"] = Field(description="measure: an LOVP measure (maatregel).")
    status: MeasureStatus = Field("planned", description=_STATUS)
    health: Health | None = Field(None, description=_HEALTH)
    progress: Progress | None = Field(None, description=_PROGRESS)
    start: IsoDate | None = Field(None, description="When work starts or started (YYYY-MM-DD).")
    due: IsoDate | None = Field(None, description="When the measure is to be done (YYYY-MM-DD).")
    milestones: list[Milestone] = Field(default_factory=list, description=_MILESTONES)
    decision_needed: DecisionNeeded | None = Field(None, description=_DECISION)
    updates: list[MeasureUpdate] = Field(default_factory=list, description=_UPDATES)


class Pilot(ItemBase):
    """A basisteam pilot or local initiative."""

    kind: Literal["pilot"] = Field(description="pilot: a basisteam pilot or local initiative.")
    unit: str = Field(description="The unit running the pilot: a unit id from agenda.yaml.")
    phase: PilotPhase = Field("idea", description=_PHASE)
    health: Health | None = Field(None, description=_HEALTH)
    progress: Progress | None = Field(None, description=_PROGRESS)
    start: IsoDate | None = Field(None, description="When the pilot starts or started.")
    end: IsoDate | None = Field(None, description="When the pilot ends or ended.")
    milestones: list[Milestone] = Field(default_factory=list, description=_MILESTONES)
    measure: str | None = Field(None, description="Id of the measure this pilot serves.")
    scale_up: ScaleUp | None = Field(None, description="The plan to scale up: scope and due.")
    evaluation: Text | None = Field(None, description="How the pilot is evaluated, or the outcome.")
    decision_needed: DecisionNeeded | None = Field(None, description=_DECISION)
    updates: list[PilotUpdate] = Field(default_factory=list, description=_UPDATES)


class Meeting(ItemBase):
    """A network meeting, LOVP meeting or triangle consultation."""

    kind: Literal["meeting"] = Field(description="meeting: a network or LOVP meeting, a triangle.")
    date: IsoDate = Field(description="When the meeting is or was held (YYYY-MM-DD).")
    type: Literal["network", "lovp", "triangle", "other"] = Field(
        "network", description="network, lovp, triangle (driehoek) or other."
    )
    location: str | None = Field(None, description="Where it is held.")
    participants: Annotated[int, Field(strict=True, ge=0)] | list[str] | None = Field(
        None, description="How many took part, or a list of who took part."
    )
    summary: Text | None = Field(None, description="What was discussed.")
    decisions: list[Text] = Field(default_factory=list, description="Decisions taken, one each.")
    actions: list[Action] = Field(default_factory=list, description="Who does what, by when.")
    updates: list[Update] = Field(default_factory=list, description=_UPDATES)


class Indicator(ItemBase):
    """A figure with a target."""

    kind: Literal["indicator"] = Field(description="indicator: a figure with a target.")
    format: Literal["percent", "number"] = Field(
        "number", description="How values are shown: percent or number."
    )
    target: Number | None = Field(None, description="The value to reach.")
    better: Literal["higher", "lower"] = Field(
        "higher", description="Whether higher or lower values are better."
    )
    values: list[IndicatorValue] = Field(
        default_factory=list, description="Measured values with their dates, in any order."
    )
    updates: list[Update] = Field(default_factory=list, description=_UPDATES)


class Risk(ItemBase):
    """A risk, or an issue (a risk that has happened) (format 2)."""

    # The schema says what the loader says: a risk (not an issue) needs a likelihood.
    model_config = ConfigDict(
        json_schema_extra={
            # Without `type` the `if` holds too: a risk is the default.
            "if": {"properties": {"type": {"const": "risk"}}},
            "then": {"required": ["likelihood"]},
        }
    )

    kind: Literal["risk"] = Field(description="risk: a risk or an issue.")
    type: RiskType = Field("risk", description="risk, or issue: a risk that has happened.")
    likelihood: Scale | None = Field(
        None, description="1..5; required for a risk, ignored for an issue; updates change it."
    )
    impact: Scale = Field(description="1..5; updates change it.")
    status: RiskStatus = Field("open", description="open, mitigating or closed; updates change it.")
    mitigation: Text | None = Field(None, description="What is done about it.")
    review_by: IsoDate | None = Field(
        None, description="When it is to be reviewed; passed and not closed: overdue."
    )
    updates: list[RiskUpdate] = Field(
        default_factory=list,
        description="The log: dated notes that may set status, likelihood and impact.",
    )


class Assessment(Strict):
    """The verdict on one opgave, or the programme, for one LOVP meeting (format 2).

    It takes no `opgaven`, `unit`, `basisteam` or `updates`: it is about exactly one
    opgave (or none: the programme as a whole) and is written once per meeting.
    """

    kind: Literal["assessment"] = Field(
        description="assessment: the verdict on an opgave for one LOVP meeting."
    )
    id: ItemId = Field(
        description="Unique over all items, ignoring case: letters, digits, '.', '_', '-'."
    )
    title: str | None = Field(None, description="Optional short name; one line.")
    meeting: IsoDate = Field(
        description="The LOVP meeting it is written for: a date in lovp_meetings."
    )
    opgave: str | None = Field(
        None, description="The opgave it is about; absent: the programme as a whole."
    )
    health: Health = Field(description="The verdict: green, amber or red.")
    summary: Text = Field(description="The key message (kernboodschap).")
    next: Text | None = Field(None, description="What happens before the next meeting.")
    by: str | None = Field(None, description="Who wrote the verdict.")
    description: Text | None = Field(None, description="Longer text; may span several lines.")
    owner: str | None = Field(None, description="Person, role or organisation responsible.")
    tags: list[str] = Field(default_factory=list, description="Free labels, e.g. for searching.")
    related: list[str] = Field(default_factory=list, description="Ids of related items.")

    @model_validator(mode="before")
    @classmethod
    def _default_title(cls, data: Any) -> Any:
        # Every item has a title that lists and views show; an assessment is named
        # by what it judges unless the file gives one.
        if isinstance(data, dict) and data.get("title") is None:
            about = data.get("opgave")
            data = {**data, "title": f"{data.get('meeting')} {about if about else 'programme'}"}
        return data

    @field_validator("title")
    @classmethod
    def _title_is_one_line(cls, value: str | None) -> str | None:
        return None if value is None else _one_line(value)

    # Read like an item's: the opgave it judges, and nothing that belongs to a unit.
    @property
    def opgaven(self) -> list[str]:
        return [self.opgave] if self.opgave else []

    @property
    def unit(self) -> None:
        return None

    @property
    def basisteam(self) -> None:
        return None


Item = Measure | Pilot | Meeting | Indicator | Risk | Assessment

MODELS: dict[str, type[ItemBase] | type[Assessment]] = {
    "measure": Measure,
    "pilot": Pilot,
    "meeting": Meeting,
    "indicator": Indicator,
    "risk": Risk,
    "assessment": Assessment,
}
