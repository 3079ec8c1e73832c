"""View 0: the round in the terminal UI, driven as a user would with the pilot."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from tests.round.programme import write
from tracker.tui.app import TrackerApp
from tracker.tui.round import RoundView

AS_OF = date(2018, 11, 20)


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.plain for c in row.cells] for row in table.rows]


def test_round_view(tmp_path: Path) -> None:
    root = write(tmp_path / "programme")

    async def drive() -> None:
        app = TrackerApp(root, AS_OF, "en", watch=False, cursor_blink=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.wait_settled()
            await pilot.press("0")
            await pilot.pause()
            view = app.current_view
            assert isinstance(view, RoundView)
            summary = str(view.query_one("#round-summary").render())
            assert "Progress round for the LOVP meeting of 2018-12-06" in summary
            assert "9 owed by 4 owner(s)" in summary
            assert "reporting period 2018-10-12 to 2018-12-06" in summary
            # Owners as written, the programme office last; owed and received counts.
            assert cells(view.owners) == [
                ["Anna de Vries", "3", "3"],
                ["anna de vries", "0", "1"],
                ["Bram", "3", "0"],
                ["Secretariaat", "1", "0"],
                ["Programme office", "2", "0"],
            ]
            # The first owner's lines: what is owed, then what came in.
            lines = cells(view.table)
            assert [line[0] for line in lines] == [
                "update",
                "milestone",
                "verdict",
                "✔ received",
                "✔ received",
                "✔ received",
            ]
            assert lines[1][1].startswith("Plan (milestone 1 of Old news, m-old): due 2018-11-30")
            how = str(view.query_one("#round-how").render())
            assert 'ggp-tracker update m-old --note "what happened"' in how
            # Bram: Enter moves to his lines; `d` marks the action under the cursor done.
            await pilot.press("down", "down", "enter")
            await pilot.pause()
            assert view.table.has_focus
            assert view.selection() is not None
            assert view.selection().action_id == "lovp-2018-10#1"  # type: ignore[union-attr]
            await pilot.press("d")
            await app.wait_settled()
            await pilot.pause()
            assert "    done: 2018-11-20" in (root / "measures/meeting.yaml").read_text()
            bram = next(r for r in cells(view.owners) if r[0] == "Bram")
            assert bram == ["Bram", "2", "1"]

    asyncio.run(drive())


def test_round_view_in_dutch_from_the_palette(tmp_path: Path) -> None:
    root = write(tmp_path / "programme")

    async def drive() -> None:
        app = TrackerApp(root, AS_OF, "nl", watch=False, cursor_blink=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.wait_settled()
            titles = [c.title for c in app.palette_commands()]
            assert "Toon: Ronde" in titles
            next(c for c in app.palette_commands() if c.title == "Toon: Ronde").run()
            await pilot.pause()
            view = app.current_view
            assert isinstance(view, RoundView)
            assert cells(view.owners)[-1][0] == "Programmabureau"
            summary = str(view.query_one("#round-summary").render())
            assert "Voortgangsronde voor het LOVP-overleg van 2018-12-06" in summary

    asyncio.run(drive())
