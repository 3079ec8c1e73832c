"""The table of key 9: risks and issues, highest score first (format 2). No Textual."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text

if TYPE_CHECKING:
    from tracker.labels import Lang
    from tracker.state import State
    from tracker.tui.tables import TableModel

COLUMNS = ("id", "title", "type", "status", "score", "band", "review_by", "owner")


def _cells(data: dict[str, Any], lang: Lang) -> tuple[Text, ...]:
    from tracker.render.table import cell

    return tuple(Text.assemble(cell(k, data, lang), end="") for k in COLUMNS)


def risk_table(state: State, lang: Lang) -> TableModel:
    """Every risk and issue, highest score first (State.risks' order)."""
    from tracker.listing import risk_row
    from tracker.tui.tables import Row, _model

    rows = []
    for r in state.risks:
        data = risk_row(r)
        s = r.state
        notes = " ".join(u.note for u in s.updates)
        haystack = f"{r.id} {r.title} {r.risk.owner or ''} {r.risk.mitigation or ''} {notes}"
        rows.append(
            Row(
                r.id,
                partial(_cells, data, lang),
                (r.id, r.title, r.type, r.status, r.score, r.score, r.review_by, r.risk.owner),
                haystack.lower(),
                item=s,
                file=s.source.file,
                line=s.source.line,
            )
        )
    return _model("risks", rows, lang)
