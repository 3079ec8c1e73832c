"""The filters of the terminal UI's table views: which each table offers, the
values each can take in a State, and the active ones in words. No Textual here:
the filter screen (`tracker.tui.screens.filters`) shows what this computes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rich.text import Text

from tracker.labels import Lang, label, value_label
from tracker.listing import Filters
from tracker.tui import text
from tracker.vocabulary import HEALTHS, MEASURE_STATUSES, PILOT_PHASES

if TYPE_CHECKING:
    from tracker.state import State
    from tracker.tui.rows import TableModel

# Filters each table offers, in the order the filter screen lists them.
FILTER_FIELDS: dict[str, tuple[str, ...]] = {
    "measures": ("opgave", "unit", "owner", "health", "status", "stale", "overdue"),
    "pilots": ("opgave", "unit", "owner", "health", "status", "stale", "overdue"),
    "meetings": ("opgave", "unit", "owner"),
    "actions": ("opgave", "unit", "owner", "status", "overdue"),
    "indicators": ("opgave", "unit", "owner"),
    "risks": ("opgave", "owner", "status"),
}
STATUS_VALUES: dict[str, tuple[str, ...]] = {
    "measures": MEASURE_STATUSES,
    "pilots": PILOT_PHASES,
    "actions": ("open", "done"),
    "risks": ("open", "mitigating", "closed"),
}


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: Text


def filter_choices(
    state: State, model: TableModel, name: str, lang: Lang
) -> dict[str, list[Choice]]:
    """The values each filter of table `name` can take, as found in the State."""
    out: dict[str, list[Choice]] = {}
    fields = FILTER_FIELDS.get(name, ())
    if "opgave" in fields:
        out["opgave"] = [Choice(o.id, text.plain(f"{o.id} — {o.title}")) for o in state.opgaven]
    if "unit" in fields:
        agenda = state.programme.agenda
        names = {u.id: u.name for u in agenda.units} if agenda else {}
        for r in model.rows:
            unit = r.item.item.unit if r.item else None
            if unit and unit not in names:
                names[unit] = unit
        out["unit"] = [
            Choice(u, text.plain(u if n == u else f"{u} — {n}")) for u, n in names.items()
        ]
    if "owner" in fields:
        owners: set[str] = set()
        for r in model.rows:
            owner = r.action.action.owner if r.action else (r.item.item.owner if r.item else None)
            if owner:
                owners.add(owner)
        out["owner"] = [Choice(o, text.plain(o)) for o in sorted(owners, key=str.lower)]
    if "health" in fields:
        out["health"] = [
            Choice(h, text.health(None if h == "none" else h, lang)) for h in (*HEALTHS, "none")
        ]
    if "status" in fields:
        field_name = "phase" if name == "pilots" else "status"
        out["status"] = [
            Choice(
                v,
                Text(
                    value_label(field_name, v, lang)
                    if name != "actions"
                    else label(f"tui.{v}", lang)
                ),
            )
            for v in STATUS_VALUES[name]
        ]
    return out


def with_filter(filters: Filters, name: str, value: str | bool | None) -> Filters:
    return replace(filters, **{name: value})


def describe(filters: Filters, choices: dict[str, list[Choice]], lang: Lang) -> list[Text]:
    """Each active filter as `field: value` text, in the filter screen's order."""
    parts: list[Text] = []
    for name in ("opgave", "unit", "owner", "health", "status"):
        value = getattr(filters, name)
        if not value:
            continue
        shown = next((c.label for c in choices.get(name, []) if c.value == value), None)
        piece = Text(f"{label(f'tui.filter.{name}', lang)}: ", style="bold", end="")
        piece.append_text(shown.copy() if shown is not None else text.plain(value))
        parts.append(piece)
    for name in ("stale", "overdue"):
        if getattr(filters, name):
            parts.append(Text(label(name, lang), style="bold", end=""))
    return parts
