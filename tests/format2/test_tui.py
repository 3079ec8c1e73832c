"""The terminal UI on a format-2 programme: key 9 (risks and issues), verdicts on the
dashboard cards, contradictions in the attention list."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TESTS
from tests.tui.conftest import WIDE, make_app, screen_text, settle
from tracker.tui.screens.detail import DetailScreen
from tracker.tui.widgets.keyed_table import KeyedTable

FORMAT2 = TESTS / "fixtures" / "format2"
AS_OF = date(2018, 12, 1)

pytestmark = pytest.mark.anyio


def _keys(app, view: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.key for r in app.query_one(f"#view-{view} KeyedTable", KeyedTable).rows]


async def test_key_9_lists_risks_highest_score_first() -> None:
    app = make_app(FORMAT2, AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("9")
        await pilot.pause()
        assert _keys(app, "risks") == ["R-OLD", "I-SYSTEM", "R-CAPACITY", "R-VENUE", "R-DATA"]
        shown = screen_text(app)
        assert "■ high" in shown and "▲ medium" in shown and "● low" in shown
        assert "2018-11-15 !" in shown  # review overdue
        assert "9 Risks" in shown


async def test_risk_detail_shows_mitigation_review_and_log() -> None:
    app = make_app(FORMAT2, AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("9", "down", "down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == "R-VENUE"
        shown = screen_text(app)
        assert "Ask the units for a venue." in shown  # mitigation
        assert "Review by: 2018-11-15" in shown and "review overdue" in shown
        assert "Two units offered a room." in shown  # the log
        assert "Score: 8" in shown and "▲ medium" in shown


async def test_risks_filter_by_status() -> None:
    app = make_app(FORMAT2, AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("9")
        await pilot.pause()
        view = app.view("risks")
        view.set_filter("status", "mitigating")  # type: ignore[attr-defined]
        await pilot.pause()
        assert _keys(app, "risks") == ["I-SYSTEM", "R-VENUE"]


async def test_cards_show_verdicts_and_the_attention_list_contradictions() -> None:
    app = make_app(FORMAT2, AS_OF, "nl")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "● Beoordeling: groen" in shown and "▲ Beoordeling: oranje" in shown
        assert "nog geen beoordeling" in shown  # onder
        assert "≠ strijdig met feiten" in shown


async def test_u_records_a_risk_update(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from textual.widgets import Input, Select

    from tracker.tui.update_form import RiskUpdateForm

    root = tmp_path / "programme"
    shutil.copytree(FORMAT2, root)
    path = root / "measures/risks/risks.yaml"
    app = make_app(root, AS_OF, "en")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.show_view("risks")
        await pilot.pause()
        assert app.view("risks").table.move_to("R-DATA")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, RiskUpdateForm)
        form.query_one("#update-state", Select).value = "mitigating"
        form.query_one("#update-likelihood", Input).value = "3"
        form.query_one("#update-impact", Input).value = "4"
        form.query_one("#update-note", Input).focus()
        await pilot.press(*"Deadlines agreed")
        await pilot.press("enter")
        await pilot.pause()
        await app.wait_settled()
        assert not isinstance(app.screen, RiskUpdateForm)
        assert (
            "  - date: 2018-12-01\n    note: Deadlines agreed\n    status: mitigating\n"
            "    likelihood: 3\n    impact: 4\n"
        ) in path.read_text(encoding="utf-8")
        risk = app.loaded.state.risk("R-DATA")  # type: ignore[union-attr]
        assert risk is not None and (risk.score, risk.band) == (12, "medium")
