"""Snapshots of each screen at 120x40, as of 2018-11-01 (`--snapshot-update` to accept changes).

The programme folder never shows on screen (only paths relative to it), so the
SVGs are the same on every machine.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import GOOD
from tests.tui.conftest import WIDE, make_app, settle
from tests.tui.test_app import break_programme

# The fixture pytest-textual-snapshot provides.
SnapCompare = Callable[..., bool]


def test_dashboard(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=settle)


TABLES = {"measures": "2", "pilots": "3", "meetings": "4", "actions": "5", "indicators": "6"}


@pytest.mark.parametrize("key", TABLES.values(), ids=TABLES.keys())
def test_table(snap_compare: SnapCompare, key: str) -> None:
    assert snap_compare(make_app(), press=[key], terminal_size=WIDE, run_before=settle)


def test_detail(snap_compare: SnapCompare) -> None:
    async def open_netwerk(pilot: Pilot[int]) -> None:
        await settle(pilot)
        pilot.app.open_detail("netwerk")  # type: ignore[attr-defined]

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=open_netwerk)


def test_search(snap_compare: SnapCompare) -> None:
    press = ["2", "slash", *"budget"]
    assert snap_compare(make_app(), press=press, terminal_size=WIDE, run_before=settle)


def test_problems(snap_compare: SnapCompare, tmp_path: Path) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    break_programme(root)
    assert snap_compare(make_app(root), press=["7"], terminal_size=WIDE, run_before=settle)


def test_help(snap_compare: SnapCompare) -> None:
    app = make_app()
    assert snap_compare(app, press=["question_mark"], terminal_size=WIDE, run_before=settle)


def test_dashboard_dutch_at_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(lang="nl"), terminal_size=(80, 24), run_before=settle)
