"""Summary -> Document: the model put into words in one language, section by section.

The sections live in `sections_state.py` (where things stand) and `sections_period.py`
(the period and what follows); `words.py` holds the words, dates and numbers they share.
"""

from __future__ import annotations

from tracker.labels import Lang, label
from tracker.summary.document import Document, Facts, Line, Span
from tracker.summary.model import Summary
from tracker.summary.sections_period import changes, indicators, meetings, quality, upcoming
from tracker.summary.sections_state import attention, decisions, opgaven, overview
from tracker.summary.words import Words, safe_line

__all__ = ["Words", "lay_out", "safe_line"]


def _header_facts(s: Summary, w: Words) -> Facts:
    h = s.header
    programme = safe_line(h.programme) + (f" ({safe_line(h.short)})" if h.short else "")
    as_of: list[Span] = [Span(h.as_of.isoformat())]
    if h.clamped:
        as_of = [
            Span(
                label(
                    "as_of_clamped",
                    w.lang,
                    date=h.as_of.isoformat(),
                    asked=h.requested_as_of.isoformat(),
                )
            )
        ]
    rows: list[tuple[str, Line]] = [
        (w("summary.programme"), (Span(programme),)),
        (w("summary.meeting"), (Span(w.long_date(h.meeting)),)),
        (w("reporting_period"), (Span(w.period(h.period)),)),
        (w("summary.as_of"), tuple(as_of)),
    ]
    if h.git is not None:
        key = "summary.commit_dirty" if h.git.dirty else "summary.commit"
        rows.append((w("summary.files"), (Span(w(key, commit=safe_line(h.git.commit))),)))
    return Facts(tuple(rows))


def lay_out(summary: Summary, lang: Lang) -> Document:
    w = Words(lang)
    return Document(
        lang=lang,
        title=f"{w('summary.title')} — {w.long_date(summary.header.meeting)}",
        subtitle=safe_line(summary.header.programme),
        facts=_header_facts(summary, w),
        sections=(
            overview(summary, w),
            attention(summary, w),
            decisions(summary, w),
            changes(summary, w),
            opgaven(summary, w),
            meetings(summary, w),
            indicators(summary, w),
            upcoming(summary, w),
            quality(summary, w),
        ),
        as_of=summary.header.as_of,
    )
