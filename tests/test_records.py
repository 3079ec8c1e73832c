"""The records the loader hands out hold what the models validated, through the cache too.

`tracker.models` defines the format; `tracker.records` holds what a parse gave, without
the validation library. These tests keep the two definitions one: every model field
has its record field with the same name, order and default, stored the way its type
needs; and any valid item, validated, then made a record, then stored in the parse
cache and read back, equals what was validated.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any

import msgpack
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticUndefined

from tracker import models, records
from tracker.loader.results import FileResult, ParsedItem, Source
from tracker.loader.stored import decode_result, encode_result


def _leaves(annotation: Any) -> set[Any]:
    """The plain types an annotation is made of (list[X] | None -> {list, X, NoneType})."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _leaves(typing.get_args(annotation)[0])
    origin = typing.get_origin(annotation)
    if origin is None:
        return {annotation}
    out = {origin} if isinstance(origin, type) else set()
    for arg in typing.get_args(annotation):
        out |= _leaves(arg)
    return out


MODEL_CLASSES = [
    cls
    for cls in vars(models).values()
    if isinstance(cls, type) and issubclass(cls, BaseModel) and cls.__name__ in records.BY_NAME
]


def test_every_model_has_its_record() -> None:
    named = {
        cls.__name__
        for cls in vars(models).values()
        if isinstance(cls, type) and issubclass(cls, models.Strict) and cls is not models.Strict
    }
    assert named - {"ItemBase"} == set(records.BY_NAME)
    assert set(models.MODELS) == set(records.RECORDS)


@pytest.mark.parametrize("model", MODEL_CLASSES, ids=lambda m: m.__name__)
def test_a_record_has_the_fields_of_its_model(model: type[BaseModel]) -> None:
    record = records.BY_NAME[model.__name__]
    assert record._fields == tuple(model.model_fields)
    nested = dict(record._one) | dict(record._many) | dict(record._text_or)
    for name, field in model.model_fields.items():
        if field.default_factory is not None:
            made = field.default_factory()  # type: ignore[call-arg]
            default = record._defaults[name]
            assert isinstance(default, type), name
            ours = default()
            if isinstance(made, BaseModel):
                assert ours == records.from_model(made), name
            else:
                assert type(ours) is type(made) and ours == made, name
        elif field.default is PydanticUndefined:
            assert name not in record._defaults, f"{name} is required"
        else:
            assert record._defaults[name] == field.default, name
        leaves = _leaves(field.annotation)
        inner = {t for t in leaves if isinstance(t, type) and issubclass(t, BaseModel)}
        if date in leaves:
            where = record._date_lists if list in leaves else record._dates
            assert name in where, f"{name} holds dates"
        else:
            assert name not in record._dates and name not in record._date_lists, name
        if inner:
            assert name in nested, f"{name} holds records"
            assert {t.__name__ for t in inner} == {nested[name].__name__}, name
            if str in leaves:
                assert name in dict(record._text_or), name
            elif list in leaves:
                assert name in dict(record._many), name
            else:
                assert name in dict(record._one), name
        else:
            assert name not in nested, name


# ---- any valid item, through the cache -----------------------------------------

line = st.text(st.characters(blacklist_characters="\n\r", codec="utf-8"), min_size=1, max_size=12)
text = st.text(st.characters(codec="utf-8"), max_size=20)
day = st.dates(date(1990, 1, 1), date(2040, 12, 31))
health = st.sampled_from(models.HEALTHS)
scale = st.integers(1, 5)
words = st.lists(line, max_size=3)


def _entry(required: dict[str, Any], **optional: Any) -> Any:
    return st.fixed_dictionaries(required, optional=optional)


_UPDATE = {"date": day, "note": text}
_DECISION = st.one_of(
    text,
    _entry({"question": text}, proposal=text, advice=text, meeting=day),
)
_MILESTONES = st.lists(_entry({"title": line, "due": day}, done=day), max_size=3)
_BASE = {
    "id": st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,8}", fullmatch=True),
    "title": line,
}
_BASE_OPTIONAL = {
    "description": text,
    "opgaven": words,
    "owner": line,
    "basisteam": line,
    "tags": words,
    "related": words,
}
KINDS: dict[str, Any] = {
    "measure": _entry(
        {**_BASE, "kind": st.just("measure")},
        **_BASE_OPTIONAL,
        unit=line,
        status=st.sampled_from(models.MEASURE_STATUSES),
        health=health,
        progress=st.integers(0, 100),
        start=day,
        due=day,
        milestones=_MILESTONES,
        decision_needed=_DECISION,
        updates=st.lists(
            _entry(
                _UPDATE,
                by=line,
                status=st.sampled_from(models.MEASURE_STATUSES),
                health=health,
                progress=st.integers(0, 100),
            ),
            max_size=3,
        ),
    ),
    "pilot": _entry(
        {**_BASE, "kind": st.just("pilot"), "unit": line},
        **_BASE_OPTIONAL,
        phase=st.sampled_from(models.PILOT_PHASES),
        health=health,
        progress=st.integers(0, 100),
        start=day,
        end=day,
        milestones=_MILESTONES,
        measure=line,
        scale_up=_entry({"scope": text}, due=day),
        evaluation=text,
        decision_needed=_DECISION,
        updates=st.lists(
            _entry(_UPDATE, phase=st.sampled_from(models.PILOT_PHASES), progress=st.integers(0, 9)),
            max_size=3,
        ),
    ),
    "meeting": _entry(
        {**_BASE, "kind": st.just("meeting"), "date": day},
        **_BASE_OPTIONAL,
        unit=line,
        type=st.sampled_from(models.MEETING_TYPES),
        location=line,
        participants=st.one_of(st.integers(0, 50), words),
        summary=text,
        decisions=st.lists(text, max_size=3),
        actions=st.lists(_entry({"title": line}, owner=line, due=day, done=day), max_size=3),
        updates=st.lists(_entry(_UPDATE, by=line), max_size=2),
    ),
    "indicator": _entry(
        {**_BASE, "kind": st.just("indicator")},
        **_BASE_OPTIONAL,
        format=st.sampled_from(("percent", "number")),
        target=st.floats(allow_nan=False, allow_infinity=False),
        better=st.sampled_from(("higher", "lower")),
        values=st.lists(
            _entry({"date": day, "value": st.floats(-1e6, 1e6)}, note=text), max_size=3
        ),
    ),
    "risk": _entry(
        {**_BASE, "kind": st.just("risk"), "impact": scale},
        **_BASE_OPTIONAL,
        type=st.sampled_from(models.RISK_TYPES),
        likelihood=scale,
        status=st.sampled_from(models.RISK_STATUSES),
        mitigation=text,
        review_by=day,
        updates=st.lists(
            _entry(_UPDATE, status=st.sampled_from(models.RISK_STATUSES), likelihood=scale),
            max_size=3,
        ),
    ),
    "assessment": _entry(
        {
            "kind": st.just("assessment"),
            "id": _BASE["id"],
            "meeting": day,
            "health": health,
            "summary": text,
        },
        title=line,
        opgave=line,
        next=text,
        by=line,
        description=text,
        owner=line,
        tags=words,
        related=words,
    ),
}


def _same(record: Any, model: Any) -> None:
    """`record` holds what `model` holds: the same class name, fields and values."""
    if isinstance(model, BaseModel):
        assert type(record).__name__ == type(model).__name__
        assert list(record.__dict__) == list(model.__dict__)
        for name, value in model.__dict__.items():
            _same(record.__dict__[name], value)
    elif isinstance(model, list):
        assert type(record) is list and len(record) == len(model)
        for ours, theirs in zip(record, model, strict=True):
            _same(ours, theirs)
    else:
        assert type(record) is type(model) and record == model


def _through_cache(result: FileResult) -> FileResult:
    stored = msgpack.unpackb(msgpack.packb(encode_result(result), use_bin_type=True), raw=False)
    return decode_result(result.rel, stored)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(*KINDS.values()))
def test_any_valid_item_reads_back_from_the_cache_as_validated(data: dict[str, Any]) -> None:
    try:
        model = models.MODELS[data["kind"]].model_validate(data)
    except ValidationError:
        assume(False)
        return
    record = records.from_model(model)
    _same(record, model)
    result = FileResult("measures/x.yaml", [ParsedItem(model.id, record, Source("x", 1, 1, 0))])
    (back,) = _through_cache(result).items
    assert back.item == record
    _same(back.item, model)
    assert back.item.opgaven == model.opgaven and back.item.unit == model.unit


def test_the_agenda_reads_back_from_the_cache_as_validated() -> None:
    model = models.Agenda.model_validate(
        {
            "programme": {
                "title": "P",
                "start": "2018-01-01",
                "lovp_meetings": ["2018-03-01", "2018-06-01"],
                "tolerances": {"time_days": 3},
            },
            "opgaven": [{"id": "o", "title": "O"}],
            "units": [{"id": "u", "name": "U", "basisteams": ["b"]}],
            "report": {"author": "A"},
        }
    )
    result = FileResult("agenda.yaml", agenda=records.from_model(model))
    back = _through_cache(result).agenda
    assert back == result.agenda
    _same(back, model)


def test_records_are_frozen_and_compare_by_fields() -> None:
    one = records.Milestone(title="a", due=date(2018, 1, 1))
    assert one == records.Milestone(title="a", due=date(2018, 1, 1), done=None)
    assert one != records.Milestone(title="b", due=date(2018, 1, 1))
    with pytest.raises(AttributeError):
        one.title = "b"  # type: ignore[misc]
    with pytest.raises(TypeError):
        records.Milestone(title="a")  # due is required
    assert isinstance(records.Measure(kind="measure", id="m", title="t").tags, list)
