"""The dated things of a programme, as a calendar shows them: pure, read off the State.

Every event has a UID made from what it stands for (the item id, lower case, with
the milestone's or action's number), never from its title or date: the same
programme gives the same UIDs, so a subscribed calendar updates an event instead
of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tracker.labels import Lang, label, value_label
from tracker.textsafe import clean, one_line

if TYPE_CHECKING:
    from tracker.state import ItemState, State

UID_DOMAIN = "ggp-tracker"
# Pilot phases after its end date: the end is behind it.
_PILOT_ENDED = frozenset({"evaluating", "scaling", "embedded", "stopped"})


@dataclass(frozen=True, slots=True)
class Event:
    uid: str
    day: date
    kind: str  # lovp, meeting, milestone, action, due, pilot-end, scale-up, review
    title: str  # in the label language, done or not
    owner: str | None
    status: str  # in words
    done: bool
    source: str  # file:line, or agenda.yaml
    opgaven: tuple[str, ...] = ()
    location: str | None = None
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class EventFilter:
    owner: str | None = None  # events whose owner contains this text
    opgave: str | None = None  # events of items of this opgave (and the LOVP calendar)
    open_only: bool = False

    def match(self, event: Event) -> bool:
        if self.open_only and event.done:
            return False
        if self.owner and self.owner.lower() not in (event.owner or "").lower():
            return False
        return not (self.opgave and event.kind != "lovp" and self.opgave not in event.opgaven)


def _uid(*parts: object) -> str:
    return "-".join(str(p).lower() for p in parts) + f"@{UID_DOMAIN}"


def _source(s: ItemState) -> str:
    return f"{s.source.file}:{s.source.line}"


def _open_done(done: bool, lang: Lang) -> str:
    return label("reach.cal.done" if done else "reach.cal.open", lang)


def events(state: State, lang: Lang, keep: EventFilter = EventFilter()) -> list[Event]:
    """Every event of the programme, by date, then UID."""
    found = [e for e in _all(state, lang) if keep.match(e)]
    found.sort(key=lambda e: (e.day, e.uid))
    return found


def _all(state: State, lang: Lang) -> Iterator[Event]:
    # An LOVP meeting written as an item says more than its date in the calendar.
    written = {
        s.item.__dict__["date"]
        for s in state.items
        if s.kind == "meeting" and s.item.__dict__.get("type") == "lovp"
    }
    for day in state.lovp_meetings:
        if day in written:
            continue
        yield Event(
            uid=_uid("lovp", day.isoformat()),
            day=day,
            kind="lovp",
            title=label("reach.cal.lovp", lang, programme=one_line(state.info.short or "")).strip(),
            owner=None,
            status="",
            done=day < state.as_of,
            source="agenda.yaml",
        )
    for s in state.items:
        yield from _of_item(s, state, lang)
    for r in state.risks:
        if r.review_by is None:
            continue
        fields = r.risk.__dict__
        yield Event(
            uid=_uid("review", r.id),
            day=r.review_by,
            kind="review",
            title=_titled("reach.cal.review", lang, r.closed, title=one_line(r.title)),
            owner=fields.get("owner"),
            status=value_label("risk_status", r.status, lang),
            done=r.closed,
            source=_source(r.state),
            opgaven=tuple(fields.get("opgaven", ())),
        )


def _of_item(s: ItemState, state: State, lang: Lang) -> Iterator[Event]:
    item = s.item
    fields = item.__dict__
    owner = fields.get("owner")
    title = one_line(s.title)
    common = {"owner": owner, "source": _source(s), "opgaven": tuple(fields.get("opgaven", ()))}
    status = value_label("phase" if s.kind == "pilot" else "status", s.status, lang)
    closed = s.status in ("done", "stopped")
    if s.kind == "meeting":
        past = fields["date"] < state.as_of
        kind_word = value_label("type", fields.get("type"), lang)
        yield Event(
            uid=_uid("meeting", s.id),
            day=fields["date"],
            kind="meeting",
            title=label(
                "reach.cal.meeting", lang, what=kind_word[:1].upper() + kind_word[1:], title=title
            ),
            status="",
            done=past,  # held: --open-only leaves it out
            location=fields.get("location"),
            summary=fields.get("summary"),
            **common,
        )
        for a in s.actions:
            if a.action.due is None:
                continue
            yield Event(
                uid=_uid("action", s.id, a.index),
                day=a.action.due,
                kind="action",
                title=_titled("reach.cal.due", lang, a.done, what=one_line(a.title), parent=title),
                status=_open_done(a.done, lang),
                done=a.done,
                **{**common, "owner": a.action.owner},
            )
        return
    due = fields.get("due")
    if s.kind == "measure" and due is not None:
        yield Event(
            uid=_uid("due", s.id),
            day=due,
            kind="due",
            title=_titled("reach.cal.measure_due", lang, closed, title=title),
            status=status,
            done=closed,
            **common,
        )
    for m in s.milestones:
        yield Event(
            uid=_uid("milestone", s.id, m.index),
            day=m.milestone.due,
            kind="milestone",
            title=_titled(
                "reach.cal.due", lang, m.done, what=one_line(m.milestone.title), parent=title
            ),
            status=_open_done(m.done, lang),
            done=m.done,
            **common,
        )
    if s.kind == "pilot":
        end = fields.get("end")
        if end is not None:
            ended = s.status in _PILOT_ENDED
            yield Event(
                uid=_uid("pilot-end", s.id),
                day=end,
                kind="pilot-end",
                title=_titled("reach.cal.pilot_end", lang, ended, title=title),
                status=status,
                done=ended,
                **common,
            )
        scale_up = fields.get("scale_up")
        if scale_up is not None and scale_up.due is not None:
            scaled = s.status in ("embedded", "stopped")
            yield Event(
                uid=_uid("scale-up", s.id),
                day=scale_up.due,
                kind="scale-up",
                title=_titled(
                    "reach.cal.scale_up", lang, scaled, title=title, scope=one_line(scale_up.scope)
                ),
                status=status,
                done=scaled,
                **common,
            )


def _titled(key: str, lang: Lang, done: bool, **values: str) -> str:
    """The title of an open date, or of one that is done ("Due: …" or "Done: …")."""
    return label(f"{key}.done" if done else key, lang, **values)


def description(event: Event, lang: Lang) -> str:
    """The event's description: location, summary, owner, status and source, one a line."""
    lines = []
    if event.location:
        lines.append(f"{label('reach.location', lang)}: {one_line(event.location)}")
    if event.summary:
        lines.append(clean(event.summary).strip())
    if event.owner:
        lines.append(f"{label('owner', lang)}: {one_line(event.owner)}")
    if event.status:
        lines.append(f"{label('status', lang)}: {event.status}")
    lines.append(f"{label('reach.source', lang)}: {event.source}")
    return "\n".join(lines)
