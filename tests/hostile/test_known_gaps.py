"""Crashes hostile input found outside the input layer (state, summary, models).

Each was first committed as a strict expected failure, so that the fix would turn
it into a failure asking for the marker to go; fixed ones stay as regression tests.
See docs/security.md."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tests.hostile.helpers import good_copy
from tracker.cli import main
from tracker.loader import load_programme
from tracker.state import build_state


def agenda_with(root: Path, old: str, new: str) -> None:
    agenda = root / "agenda.yaml"
    agenda.write_text(agenda.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_programme_starting_on_the_first_day_there_is(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    agenda_with(root, "start: 2018-01-01", "start: 0001-01-01")
    agenda_with(root, "    - 2018-10-11\n", "")
    state = build_state(load_programme(root), AS_OF)
    assert state.period(state.lovp_meetings[0]).start is None


def test_meeting_on_the_last_day_there_is(tmp_path: Path) -> None:
    from tracker.summary.export import summary_document

    root = good_copy(tmp_path)
    agenda_with(root, "end: 2019-12-31", "end: 9999-12-31")
    agenda_with(root, "    - 2019-03-14\n", "    - 2019-03-14\n    - 9999-12-31\n")
    state = build_state(load_programme(root), AS_OF)
    summary_document(state, "en", state.lovp_meetings[-1])


def test_indicator_values_are_finite_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = good_copy(tmp_path)
    (root / "measures" / "nan.yaml").write_text(
        "kind: indicator\nid: nan\ntitle: t\ntarget: .nan\n"
        "values:\n  - {date: 2018-09-30, value: .inf}\n",
        encoding="utf-8",
    )
    main(["list", "indicators", "--json", "--root", str(root), "--as-of", AS_OF.isoformat()])

    # Either the loader refuses them (invalid-value), or the output is valid JSON.
    def not_json(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    for row in json.loads(capsys.readouterr().out, parse_constant=not_json):
        for key in ("value", "target"):
            assert row[key] is None or math.isfinite(row[key])
