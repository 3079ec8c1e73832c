"""The attention rows: per opgave, grouped when many share a reason, and cut short.

Part of the builder (`build.py`): pure, no I/O, no clock.
"""

from __future__ import annotations

from datetime import date

from tracker.state import ItemState, State
from tracker.steering import Verdict
from tracker.summary.groups import SEVERAL
from tracker.summary.model import AttentionBlock, AttentionRow

# Attention is kept short: at most this many rows per opgave, then "and N more" (the
# full lists are in the terminal UI and `list`).
MAX_ATTENTION_ROWS = 10
# This many entries or more with the same reason, part and date become one row
# ("20 measures: last update 4 July 2018").
GROUP_FROM = 3
NAME_UP_TO = 5


def _attention_rows(state: State) -> list[tuple[str | None, AttentionRow]]:
    known = {o.id for o in state.opgaven}
    out = []
    for e in state.attention:
        if e.reason in ("decision", "risk"):
            continue  # each has its own section
        s = e.item
        value = target = None
        fmt = "number"
        if e.reason == "below-target" and s.indicator is not None:
            latest = s.indicator.latest
            value = latest.value if latest else None
            target = getattr(s.item, "target", None)
            fmt = getattr(s.item, "format", "number")
        part = e.detail if e.reason == "overdue" else None
        contradicts = e.reason == "contradicts"
        verdict = e.verdict
        if verdict is not None:  # a green verdict over an item with red facts
            out.append(_verdict_row(verdict, known))
            continue
        out.append(
            (
                _group_key(s, known),
                AttentionRow(
                    reason=e.reason,
                    item_id=s.id,
                    kind=s.kind,
                    title=s.title,
                    part=part or None,
                    part_title=e.title if part in ("milestone", "action") else None,
                    ref=e.ref if part == "action" else s.id,
                    owner=e.owner,
                    day=e.due if e.reason == "overdue" else e.since,
                    value=value,
                    target=target,
                    format=fmt,
                    reported=s.health if contradicts else None,
                    facts=getattr(s, "facts_health", None) if contradicts else None,
                ),
            )
        )
    return out


def _verdict_row(verdict: Verdict, known: set[str]) -> tuple[str | None, AttentionRow]:
    red = verdict.red_facts[0] if verdict.red_facts else None
    opgave = verdict.opgave.id if verdict.opgave is not None else None
    return (
        opgave if opgave in known else None,
        AttentionRow(
            reason="contradicts",
            item_id=verdict.state.id,
            kind="assessment",
            title=red.title if red is not None else "",
            part="verdict",
            part_title=None,
            ref=red.id if red is not None else verdict.state.id,
            owner=verdict.by,
            day=verdict.meeting,
            reported=verdict.health,
            facts="red",
        ),
    )


def _group_key(s: ItemState, known: set[str]) -> str | None:
    own = s.item.__dict__.get("opgave")  # a risk's or verdict's one opgave
    if own in known:
        return own
    serves = list(dict.fromkeys(o for o in s.item.opgaven if o in known))
    return serves[0] if len(serves) == 1 else SEVERAL if serves else None


def _grouped(rows: list[AttentionRow]) -> list[AttentionRow]:
    """Rows with the same reason, part and date in one row when there are many."""
    groups: dict[tuple[str, str | None, date | None], list[AttentionRow]] = {}
    for row in rows:
        key = (
            (row.reason, row.part, row.day)
            if row.reason != "below-target"
            else (row.reason, row.ref, row.day)
        )
        groups.setdefault(key, []).append(row)
    out = []
    for members in groups.values():
        if len(members) < GROUP_FROM:
            out.extend(members)
            continue
        kinds = {m.kind for m in members}
        first = members[0]
        out.append(
            AttentionRow(
                reason=first.reason,
                item_id="",
                kind=kinds.pop() if len(kinds) == 1 else "item",
                title="",
                part=first.part,
                part_title=None,
                ref="",
                owner=None,
                day=first.day,
                count=len(members),
                # A few are named; many would make the row as long as the rows it replaces.
                members=tuple(m.title for m in members) if len(members) <= NAME_UP_TO else (),
            )
        )
    return out


def attention(state: State) -> tuple[AttentionBlock, ...]:
    """Per opgave, in the opgaven's order: grouped, and cut at MAX_ATTENTION_ROWS."""
    per: dict[str | None, list[AttentionRow]] = {o.id: [] for o in state.opgaven}
    per[SEVERAL] = []
    per[None] = []
    for key, row in _attention_rows(state):
        per[key].append(row)
    titles = {o.id: o.title for o in state.opgaven}
    out = []
    for key, rows in per.items():
        if not rows:
            continue
        grouped = _grouped(rows)
        shown = grouped[:MAX_ATTENTION_ROWS]
        more = sum(r.count for r in grouped[MAX_ATTENTION_ROWS:])
        out.append(AttentionBlock(key, titles.get(key or "", ""), tuple(shown), more))
    return tuple(out)
