"""Summary -> Document: the model put into words in one language, section by section.

The sections live in `sections_state.py` (where things stand) and `sections_period.py`
(the period and what follows); `words.py` holds the words, dates and numbers they share.
The order is a steering report's: what the meeting must know and decide comes first.
"""

from __future__ import annotations

from tracker.labels import Lang, label
from tracker.summary.document import Document, Facts, Line, Section, Span
from tracker.summary.model import Summary
from tracker.summary.sections_period import (
    actions,
    changes,
    indicators,
    meetings,
    quality,
    upcoming,
)
from tracker.summary.sections_state import attention, decisions, opgaven, overview
from tracker.summary.sections_steering import key_messages, risks
from tracker.summary.words import AUDIENCES, Words, safe_line

__all__ = ["AUDIENCES", "Words", "lay_out", "safe_line"]


def _control_facts(s: Summary, w: Words) -> list[tuple[str, Line]]:
    c = s.header.control
    rows: list[tuple[str, Line]] = []
    if c.classification:
        rows.append(
            (w("summary.classification"), (Span(safe_line(c.classification), strong=True),))
        )
    status = w(f"summary.status.{c.status}") if c.status in ("concept", "final") else c.status
    version = f"{status}, {w('summary.version')} {safe_line(c.version)}" if c.version else status
    rows.append((w("summary.doc_status"), (Span(version),)))
    meeting = w.long_date(s.header.meeting)
    if c.item:
        meeting = w("summary.meeting_item", date=meeting, item=safe_line(c.item))
    rows.append((w("summary.meeting"), (Span(meeting),)))
    if c.author:
        rows.append((w("summary.author"), (Span(safe_line(c.author)),)))
    if c.distribution:
        rows.append((w("summary.distribution"), (Span(safe_line(c.distribution)),)))
    return rows


def _header_facts(s: Summary, w: Words) -> Facts:
    h = s.header
    programme = safe_line(h.programme) + (f" ({safe_line(h.short)})" if h.short else "")
    as_of = w.long_date(h.as_of)
    if h.clamped:
        as_of = label(
            "as_of_clamped",
            w.lang,
            date=w.long_date(h.as_of),
            asked=w.long_date(h.requested_as_of),
        )
    rows: list[tuple[str, Line]] = [
        (w("summary.programme"), (Span(programme),)),
        *_control_facts(s, w),
        (w("reporting_period"), (Span(w.period(h.period)),)),
        (w("summary.as_of"), (Span(as_of),)),
    ]
    if h.git is not None and w.internal:
        key = "summary.commit_dirty" if h.git.dirty else "summary.commit"
        rows.append((w("summary.files"), (Span(w(key, commit=safe_line(h.git.commit))),)))
    if s.quality.errors and not w.internal:
        # The data-quality section is for the programme office; the LOVP gets one line.
        line = w("summary.quality_short", errors=s.quality.errors)
        rows.append((w("summary.s.quality"), (Span(line, tone="bad"),)))
    return Facts(tuple(rows))


def lay_out(summary: Summary, lang: Lang, audience: str = "lovp") -> Document:
    """The document for `audience`: "lovp" (ids, commits and data quality left out) or
    "internal" (everything, with the status of every item)."""
    w = Words(lang, audience)
    sections: list[Section] = [
        key_messages(summary, w),
        decisions(summary, w),
        risks(summary, w),
        attention(summary, w),
        overview(summary, w),
        indicators(summary, w),
        actions(summary, w),
        meetings(summary, w),
        upcoming(summary, w),
        changes(summary, w),
    ]
    if w.internal:
        sections += [opgaven(summary, w), quality(summary, w)]
    control = summary.header.control
    return Document(
        lang=lang,
        title=f"{w('summary.title')} — {w.long_date(summary.header.meeting)}",
        subtitle=safe_line(summary.header.programme),
        facts=_header_facts(summary, w),
        sections=tuple(sections),
        as_of=summary.header.as_of,
        classification=control.classification,
        author=control.author,
        concept=control.status != "final",
    )
