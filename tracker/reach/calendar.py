"""Events as an iCalendar (RFC 5545) file, made with the `icalendar` library.

Every event is all-day (a DATE start, the next day as its exclusive end), free
rather than busy, and stamped with the as-of date rather than the clock: the same
programme as of the same date gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from icalendar import Calendar
from icalendar import Event as VEvent

from tracker import __version__
from tracker.labels import Lang, label
from tracker.reach.events import Event, description
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.state import State


def calendar_bytes(state: State, found: Iterable[Event], lang: Lang) -> bytes:
    stamp = datetime.combine(state.as_of, time(), tzinfo=UTC)
    cal = Calendar()
    cal.add("prodid", f"-//ggp-tracker//ggp-tracker {__version__}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = one_line(state.info.title)
    cal.add("x-wr-calname", label("reach.cal.name", lang, programme=name))
    cal.add("x-wr-caldesc", label("reach.cal.about", lang, programme=name))
    for event in found:
        vevent = VEvent()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", event.day)
        vevent.add("dtend", event.day + timedelta(days=1))
        vevent.add("summary", event.title)
        vevent.add("description", description(event, lang))
        if event.location:
            vevent.add("location", one_line(event.location))
        vevent.add("categories", [label(f"reach.cal.kind.{event.kind}", lang)])
        vevent.add("transp", "TRANSPARENT")
        vevent.add("class", "PUBLIC")
        cal.add_component(vevent)
    return cal.to_ical()
