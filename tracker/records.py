"""The programme's items and agenda as read: plain objects, no validation library.

`tracker.models` (pydantic) defines the format and checks every file that is parsed;
what a parse gives is then held as these records, with the same class names,
attribute names, value types and defaults. A result read back from the parse cache
becomes records directly, so a run whose files are all unchanged neither imports
nor runs the validation library. `tests/test_records.py` holds the two definitions
to each other.

A record is read like a model: attributes, and its fields in `__dict__` in the
model's order (much code reads `item.__dict__.get("owner")` for speed). It is
frozen, compares by class and fields, and carries no methods of the model library.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

_fromordinal = date.fromordinal


class Record:
    """Fields, their defaults and how each is stored: the class attributes below."""

    _fields: ClassVar[tuple[str, ...]] = ()
    # A missing name is required; a class given (list, a record) is called for a default.
    _defaults: ClassVar[dict[str, object]] = {}
    _dates: ClassVar[tuple[str, ...]] = ()  # a date or None
    _date_lists: ClassVar[tuple[str, ...]] = ()  # a list of dates
    _one: ClassVar[tuple[tuple[str, type[Record]], ...]] = ()  # a record or None
    _many: ClassVar[tuple[tuple[str, type[Record]], ...]] = ()  # a list of records
    _text_or: ClassVar[tuple[tuple[str, type[Record]], ...]] = ()  # text, a record or None

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__}: no field {sorted(unknown)}")
        fields: dict[str, Any] = {}
        for name in self._fields:
            if name in values:
                fields[name] = values[name]
            elif name in self._defaults:
                default = self._defaults[name]
                fields[name] = default() if isinstance(default, type) else default
            else:
                raise TypeError(f"{type(self).__name__}: {name} is required")
        object.__setattr__(self, "__dict__", fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({inner})"


def _made(cls: type[Record], fields: dict[str, Any]) -> Record:
    record = object.__new__(cls)
    object.__setattr__(record, "__dict__", fields)
    return record


# ---- agenda.yaml ------------------------------------------------------------


class Tolerances(Record):
    _fields = ("time_days", "progress_points")
    _defaults: ClassVar[dict[str, object]] = {"time_days": 30, "progress_points": 20}


class RiskBands(Record):
    _fields = ("high", "medium")
    _defaults: ClassVar[dict[str, object]] = {"high": 15, "medium": 8}


class ReportSettings(Record):
    _fields = ("classification", "author", "distribution")
    _defaults: ClassVar[dict[str, object]] = dict.fromkeys(_fields)


class ProgrammeInfo(Record):
    _fields = (
        "title",
        "short",
        "language",
        "start",
        "end",
        "stale_after_days",
        "lovp_meetings",
        "tolerances",
        "risk_bands",
    )
    _defaults: ClassVar[dict[str, object]] = {
        "short": None,
        "language": "en",
        "start": None,
        "end": None,
        "stale_after_days": 42,
        "lovp_meetings": list,
        "tolerances": Tolerances,
        "risk_bands": RiskBands,
    }
    _dates = ("start", "end")
    _date_lists = ("lovp_meetings",)
    _one = (("tolerances", Tolerances), ("risk_bands", RiskBands))


class Opgave(Record):
    _fields = ("id", "title", "description", "lead")
    _defaults: ClassVar[dict[str, object]] = {"description": None, "lead": None}


class Unit(Record):
    _fields = ("id", "name", "basisteams")
    _defaults: ClassVar[dict[str, object]] = {"basisteams": None}


class Agenda(Record):
    _fields = ("programme", "opgaven", "units", "report")
    _defaults: ClassVar[dict[str, object]] = {"units": list, "report": None}
    _one = (("programme", ProgrammeInfo), ("report", ReportSettings))
    _many = (("opgaven", Opgave), ("units", Unit))


# ---- items ----------------------------------------------------------------


class Update(Record):
    _fields = ("date", "note", "by")
    _defaults: ClassVar[dict[str, object]] = {"by": None}
    _dates = ("date",)


class MeasureUpdate(Update):
    _fields = (*Update._fields, "status", "health", "progress")
    _defaults: ClassVar[dict[str, object]] = {
        **Update._defaults,
        "status": None,
        "health": None,
        "progress": None,
    }


class PilotUpdate(Update):
    _fields = (*Update._fields, "phase", "health", "progress")
    _defaults: ClassVar[dict[str, object]] = {
        **Update._defaults,
        "phase": None,
        "health": None,
        "progress": None,
    }


class RiskUpdate(Update):
    _fields = (*Update._fields, "status", "likelihood", "impact")
    _defaults: ClassVar[dict[str, object]] = {
        **Update._defaults,
        "status": None,
        "likelihood": None,
        "impact": None,
    }


class Decision(Record):
    _fields = ("question", "proposal", "advice", "meeting")
    _defaults: ClassVar[dict[str, object]] = {"proposal": None, "advice": None, "meeting": None}
    _dates = ("meeting",)


class Milestone(Record):
    _fields = ("title", "due", "done")
    _defaults: ClassVar[dict[str, object]] = {"done": None}
    _dates = ("due", "done")


class Action(Record):
    _fields = ("title", "owner", "due", "done")
    _defaults: ClassVar[dict[str, object]] = {"owner": None, "due": None, "done": None}
    _dates = ("due", "done")


class ScaleUp(Record):
    _fields = ("scope", "due")
    _defaults: ClassVar[dict[str, object]] = {"due": None}
    _dates = ("due",)


class IndicatorValue(Record):
    _fields = ("date", "value", "note")
    _defaults: ClassVar[dict[str, object]] = {"note": None}
    _dates = ("date",)


_BASE = ("kind", "id", "title", "description", "opgaven", "owner", "unit", "basisteam")
_BASE_TAIL = ("tags", "related")
_BASE_DEFAULTS: dict[str, object] = {
    "description": None,
    "opgaven": list,
    "owner": None,
    "unit": None,
    "basisteam": None,
    "tags": list,
    "related": list,
}
_TRACKED = ("health", "progress", "start")


class Measure(Record):
    _fields = (*_BASE, *_BASE_TAIL, "status", *_TRACKED, "due", "milestones")
    _fields = (*_fields, "decision_needed", "updates")
    _defaults: ClassVar[dict[str, object]] = {
        **_BASE_DEFAULTS,
        "status": "planned",
        "health": None,
        "progress": None,
        "start": None,
        "due": None,
        "milestones": list,
        "decision_needed": None,
        "updates": list,
    }
    _dates = ("start", "due")
    _many = (("milestones", Milestone), ("updates", MeasureUpdate))
    _text_or = (("decision_needed", Decision),)


class Pilot(Record):
    _fields = (*_BASE, *_BASE_TAIL, "phase", *_TRACKED, "end", "milestones", "measure")
    _fields = (*_fields, "scale_up", "evaluation", "decision_needed", "updates")
    _defaults: ClassVar[dict[str, object]] = {
        **{k: v for k, v in _BASE_DEFAULTS.items() if k != "unit"},
        "phase": "idea",
        "health": None,
        "progress": None,
        "start": None,
        "end": None,
        "milestones": list,
        "measure": None,
        "scale_up": None,
        "evaluation": None,
        "decision_needed": None,
        "updates": list,
    }
    _dates = ("start", "end")
    _one = (("scale_up", ScaleUp),)
    _many = (("milestones", Milestone), ("updates", PilotUpdate))
    _text_or = (("decision_needed", Decision),)


class Meeting(Record):
    _fields = (*_BASE, *_BASE_TAIL, "date", "type", "location", "participants", "summary")
    _fields = (*_fields, "decisions", "actions", "updates")
    _defaults: ClassVar[dict[str, object]] = {
        **_BASE_DEFAULTS,
        "type": "network",
        "location": None,
        "participants": None,
        "summary": None,
        "decisions": list,
        "actions": list,
        "updates": list,
    }
    _dates = ("date",)
    _many = (("actions", Action), ("updates", Update))


class Indicator(Record):
    _fields = (*_BASE, *_BASE_TAIL, "format", "target", "better", "values", "updates")
    _defaults: ClassVar[dict[str, object]] = {
        **_BASE_DEFAULTS,
        "format": "number",
        "target": None,
        "better": "higher",
        "values": list,
        "updates": list,
    }
    _many = (("values", IndicatorValue), ("updates", Update))


class Risk(Record):
    _fields = (*_BASE, *_BASE_TAIL, "type", "likelihood", "impact", "status", "mitigation")
    _fields = (*_fields, "review_by", "updates")
    _defaults: ClassVar[dict[str, object]] = {
        **_BASE_DEFAULTS,
        "type": "risk",
        "likelihood": None,
        "status": "open",
        "mitigation": None,
        "review_by": None,
        "updates": list,
    }
    _dates = ("review_by",)
    _many = (("updates", RiskUpdate),)


class Assessment(Record):
    _fields = ("kind", "id", "title", "meeting", "opgave", "health", "summary", "next", "by")
    _fields = (*_fields, "description", "owner", "tags", "related")
    _defaults: ClassVar[dict[str, object]] = {
        "title": None,
        "opgave": None,
        "next": None,
        "by": None,
        "description": None,
        "owner": None,
        "tags": list,
        "related": list,
    }
    _dates = ("meeting",)

    # Read like an item's: the opgave it judges, and nothing that belongs to a unit.
    @property
    def opgaven(self) -> list[str]:
        opgave = self.__dict__["opgave"]
        return [opgave] if opgave else []

    @property
    def unit(self) -> None:
        return None

    @property
    def basisteam(self) -> None:
        return None


Item = Measure | Pilot | Meeting | Indicator | Risk | Assessment

RECORDS: dict[str, type[Item]] = {
    "measure": Measure,
    "pilot": Pilot,
    "meeting": Meeting,
    "indicator": Indicator,
    "risk": Risk,
    "assessment": Assessment,
}
# Every record class by name: the model of the same name becomes it (`from_model`).
BY_NAME: dict[str, type[Record]] = {
    cls.__name__: cls
    for cls in (
        Tolerances,
        RiskBands,
        ReportSettings,
        ProgrammeInfo,
        Opgave,
        Unit,
        Agenda,
        Update,
        MeasureUpdate,
        PilotUpdate,
        RiskUpdate,
        Decision,
        Milestone,
        Action,
        ScaleUp,
        IndicatorValue,
        *RECORDS.values(),
    )
}


def from_model(model: Any) -> Any:
    """The record of a validated model (of `tracker.models`): same class name, same fields."""
    cls = BY_NAME[type(model).__name__]
    fields = dict(model.__dict__)
    for name, _ in cls._one:
        value = fields[name]
        if value is not None:
            fields[name] = from_model(value)
    for name, _ in cls._many:
        fields[name] = [from_model(v) for v in fields[name]]
    for name, _ in cls._text_or:
        value = fields[name]
        if value is not None and not isinstance(value, str):
            fields[name] = from_model(value)
    return _made(cls, fields)


def encode(record: Record) -> list[Any]:
    """`record` as plain data for the parse cache: its fields in order, dates as ordinals."""
    cls = type(record)
    fields = dict(record.__dict__)
    for name in cls._dates:
        value = fields[name]
        if value is not None:
            fields[name] = value.toordinal()
    for name in cls._date_lists:
        fields[name] = [d.toordinal() for d in fields[name]]
    for name, _ in cls._one:
        value = fields[name]
        if value is not None:
            fields[name] = encode(value)
    for name, _ in cls._many:
        fields[name] = [encode(v) for v in fields[name]]
    for name, _ in cls._text_or:
        value = fields[name]
        if value is not None and not isinstance(value, str):
            fields[name] = encode(value)
    return [fields[name] for name in cls._fields]


def _decoder(cls: type[Record]) -> str:
    """The source of a function `_<class name>` that makes a `cls` of what `encode` made
    of one, written out for its fields: the warm start decodes some hundred thousand
    records, and a loop over the field specification per record took most of its time."""
    names = cls._fields
    one, many, text_or = dict(cls._one), dict(cls._many), dict(cls._text_or)
    parts = []
    for index, name in enumerate(names):
        v = f"v{index}"
        if name in cls._dates:
            expr = f"None if {v} is None else _day({v})"
        elif name in cls._date_lists:
            expr = f"[_day(d) for d in {v}]"
        elif name in one:
            expr = f"None if {v} is None else _{one[name].__name__}({v})"
        elif name in many:
            expr = f"[_{many[name].__name__}(x) for x in {v}]"
        elif name in text_or:
            expr = f"{v} if {v} is None or {v}.__class__ is str else _{text_or[name].__name__}({v})"
        else:
            expr = v
        parts.append(f"    fields[{name!r}] = {expr}\n")
    # Filled in place, always in the same order: the instances share one table of keys.
    return (
        f"def _{cls.__name__}(data):\n"
        "    if data.__class__ is not list:\n"
        "        raise ValueError('not a stored record')\n"
        f"    {', '.join(f'v{i}' for i in range(len(names)))}, = data\n"
        f"    record = _new({cls.__name__})\n"
        "    fields = record.__dict__\n"
        f"{''.join(parts)}"
        "    return record\n"
    )


def _decoders() -> dict[type[Record], Any]:
    # One source for all, compiled once: a decoder calls those of the records it holds.
    source = "\n".join(_decoder(cls) for cls in BY_NAME.values())
    scope: dict[str, Any] = {"_new": object.__new__}
    scope.update({"_day": _fromordinal, **BY_NAME})
    exec(compile(source, "<record decoders>", "exec"), scope)
    return {cls: scope[f"_{cls.__name__}"] for cls in BY_NAME.values()}


_DECODERS = _decoders()


def decode(cls: type[Record], data: Any) -> Any:
    """What `encode` made of a `cls`, back; ValueError or TypeError for anything else."""
    return _DECODERS[cls](data)


def decode_item(data: Any) -> Item:
    """An item `encode` made: its first field, the kind, names its class."""
    if type(data) is not list or not data:
        raise ValueError("not a stored item")
    return _DECODERS[RECORDS[data[0]]](data)
