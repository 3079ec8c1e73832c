"""Key 9: risks and issues (format 2), highest score first, with their detail.

The table is built with the others (`tracker.tui.tables.build_tables` calls
`tracker.tui.risk_table.risk_table`); Enter opens a risk's detail, where the
section added here shows score, band, mitigation and review date above the log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, label, value_label
from tracker.tui.registry import Registry, ViewSpec

if TYPE_CHECKING:
    from rich.console import RenderableType

    from tracker.labels import Lang
    from tracker.state import ItemState
    from tracker.tui.app import TrackerApp
    from tracker.tui.views.base import View

_BAND_HEALTH = {"high": "red", "medium": "amber", "low": "green"}


def _detail(app: TrackerApp, s: ItemState, lang: Lang) -> list[RenderableType]:
    if s.kind != "risk":
        return []
    risk = app.loaded.state.risk(s.id) if app.loaded is not None else None
    if risk is None:
        return []
    health = _BAND_HEALTH[risk.band]
    out: list[RenderableType] = [Text(label("risks", lang), style="bold")]
    line = Text()
    line.append(f"{label('risk.type', lang)}: {value_label('risk_type', risk.type, lang)}  ")
    line.append(f"{label('status', lang)}: {value_label('risk_status', risk.status, lang)}  ")
    if risk.likelihood is not None:
        line.append(f"{label('likelihood', lang)}: {risk.likelihood}  ")
    line.append(f"{label('impact', lang)}: {risk.impact}  ")
    line.append(f"{label('score', lang)}: {risk.score}  ")
    line.append(
        f"{HEALTH_SYMBOL[health]} {value_label('band', risk.band, lang)}",
        style=HEALTH_COLOUR[health],
    )
    out.append(line)
    if risk.review_by is not None:
        review = Text(f"{label('risk.review_by', lang)}: {risk.review_by.isoformat()}")
        if risk.review_overdue:
            review.append(f"  ! {label('risk.review_overdue', lang)}", style="bold red")
        out.append(review)
    if risk.risk.mitigation:
        out.append(Text(f"{label('risk.mitigation', lang)}: ", style="bold"))
        out.append(Text(risk.risk.mitigation))
    return out


def _view() -> View:
    from tracker.tui.views.table import TableView

    return TableView("risks")


def register(registry: Registry) -> None:
    registry.add_view(ViewSpec("risks", "9", "tui.view.risks", "tui.view.risks.short", _view))
    registry.add_detail(_detail)
