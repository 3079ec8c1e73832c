"""Property: a format-1 programme loads and derives the same with and without format 2.

"Without" is the loader with its format-2 checks switched off and only the four
format-1 kinds known; the state's format-1 facts are compared field by field,
and its attention list with the format-2 entries (contradictions, risks) taken
out must be the one built from the same items without their facts health.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import GOOD
from tracker import format2_checks
from tracker.attention import attention
from tracker.loader import Programme, document, load_programme
from tracker.state import State, build_state

AS_OF = date(2018, 11, 1)
FORMAT1 = ("measure", "pilot", "meeting", "indicator")

days = st.integers(-400, 400).map(lambda n: AS_OF + timedelta(days=n))
maybe_day = st.none() | days
health = st.none() | st.sampled_from(("green", "amber", "red"))
progress = st.none() | st.integers(0, 100)


@st.composite
def measure_or_pilot(draw: st.DrawFn, index: int) -> dict[str, Any]:
    kind = draw(st.sampled_from(("measure", "pilot")))
    doc: dict[str, Any] = {"kind": kind, "id": f"i{index}", "title": f"Item {index}"}
    doc["opgaven"] = draw(st.lists(st.sampled_from(("digitaal", "nabijheid")), max_size=2))
    if kind == "measure":
        doc["status"] = draw(st.sampled_from(("planned", "active", "done", "paused", "stopped")))
        doc["due"] = draw(maybe_day)
    else:
        doc["unit"] = "oost"
        doc["phase"] = draw(
            st.sampled_from(("idea", "preparing", "running", "evaluating", "scaling", "embedded"))
        )
        doc["end"] = draw(maybe_day)
        if draw(st.booleans()):
            doc["scale_up"] = {"scope": "unit", "due": draw(days)}
    doc["start"] = draw(maybe_day)
    doc["health"] = draw(health)
    doc["progress"] = draw(progress)
    doc["milestones"] = [
        {"title": f"m{n}", "due": draw(days), "done": draw(maybe_day)}
        for n in range(draw(st.integers(0, 2)))
    ]
    if draw(st.booleans()):
        doc["decision_needed"] = "Decide?"
    doc["updates"] = [
        {"date": draw(days), "note": "n", "health": draw(health), "progress": draw(progress)}
        for _ in range(draw(st.integers(0, 3)))
    ]
    # An absent field and `field: null` load alike; leave the nulls out as people do.
    return _without_nulls(doc)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


programmes = st.integers(1, 6).flatmap(
    lambda n: st.tuples(*(measure_or_pilot(i) for i in range(n)))
)


@contextmanager
def format1_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setattr(format2_checks, "check_item", lambda *a, **k: [])
        patch.setattr(format2_checks, "check_agenda", lambda *a, **k: [])
        patch.setattr(format2_checks, "duplicate_assessments", lambda *a, **k: None)
        patch.setattr(document, "MODELS", {k: document.MODELS[k] for k in FORMAT1})
        yield


def _write(root: Path, docs: tuple[dict[str, Any], ...]) -> None:
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(GOOD, root)
    text = yaml.safe_dump_all(list(docs), sort_keys=False)
    (root / "measures" / "generated.yaml").write_text(text, encoding="utf-8")


def _format1_facts(state: State) -> list[tuple[object, ...]]:
    return [
        (
            s.id,
            s.status,
            s.health,
            s.progress,
            s.stale,
            s.overdue,
            s.late,
            s.last_update,
            s.milestones,
            s.decision_needed,
        )
        for s in state.items
    ]


def _same(a: Programme, b: Programme) -> None:
    assert a.problems == b.problems
    assert a.items == b.items
    assert a.sources == b.sources


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(docs=programmes, as_of=days)
def test_format1_programmes_are_unchanged(
    docs: tuple[dict[str, Any], ...], as_of: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "programme"
        _write(root, docs)
        with_format2 = load_programme(root)
        with format1_only(monkeypatch):
            without = load_programme(root)
        _same(with_format2, without)
        state = build_state(with_format2, as_of)
        plain = build_state(without, as_of)
        assert _format1_facts(state) == _format1_facts(plain)
        assert state.rollups == plain.rollups
        assert state.risks == () and state.assessments == ()
        kept = [e for e in state.attention if e.reason != "contradicts"]
        stripped = [dataclasses.replace(s, facts=None, contradiction=None) for s in state.items]
        rebuilt = attention(stripped)
        assert [(e.reason, e.ref, e.since, e.detail) for e in kept] == [
            (e.reason, e.ref, e.since, e.detail) for e in rebuilt
        ]
        for s in state.items:
            # A contradiction only where a reported health is better than the facts.
            if s.contradiction is not None:
                assert s.health is not None and s.facts is not None
                assert ("green", "amber", "red").index(s.health) < (
                    "green",
                    "amber",
                    "red",
                ).index(s.facts.health)
            assert s.health_derived == (s.health is None and s.facts is not None)
