"""`x` and the palette export the summary, the calendar and the workbook from the UI."""

from __future__ import annotations

import asyncio
from pathlib import Path

import icalendar
import openpyxl
import pytest

from tests.conftest import AS_OF, GOOD
from tracker.tui.app import TrackerApp
from tracker.tui.export import ExportScreen

ROUNDS = 400  # pauses to wait for the export thread at most; a bound, not a timing


async def _export(choice_index: int, folder: Path, pattern: str) -> tuple[list[Path], TrackerApp]:
    app = TrackerApp(GOOD, AS_OF, "en", watch=False, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.wait_settled()
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        for _ in range(choice_index):
            await pilot.press("down")
        await pilot.press("enter")
        for _ in range(ROUNDS):
            await pilot.pause(0.05)
            if list(folder.glob(pattern)) and app._notifications:
                break
        found = sorted(folder.glob(pattern))
    return found, app


def test_x_writes_the_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    found, app = asyncio.run(_export(4, tmp_path, "*.xlsx"))
    assert [p.name for p in found] == [f"ggp-{AS_OF.isoformat()}.xlsx"]
    assert "Measures" in openpyxl.load_workbook(found[0]).sheetnames
    assert any("written to" in str(n.message) for n in app._notifications)


def test_x_writes_the_calendar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    found, _ = asyncio.run(_export(3, tmp_path, "*.ics"))
    assert len(found) == 1
    assert icalendar.Calendar.from_ical(found[0].read_bytes()).walk("VEVENT")


def test_x_writes_the_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    found, _ = asyncio.run(_export(0, tmp_path, "lovp-*.md"))
    assert len(found) == 1
    assert found[0].read_text(encoding="utf-8").startswith("#")


def test_palette_offers_calendar_and_workbook() -> None:
    async def titles() -> list[str]:
        app = TrackerApp(GOOD, AS_OF, "nl", watch=False, cursor_blink=False)
        async with app.run_test(size=(120, 40)):
            await app.wait_settled()
            return [c.title for c in app.palette_commands()]

    found = asyncio.run(titles())
    assert "Exporteren: Agenda (.ics) met bijeenkomsten en deadlines" in found
    assert "Exporteren: Excel-werkmap met alle tabellen" in found
    assert "Exporteren: Rapportage als Word" in found
