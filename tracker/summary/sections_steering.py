"""The sections a steering report leads with (format 2): key messages and risks."""

from __future__ import annotations

from tracker.summary.document import Bullets, Column, Line, Paragraph, Section, Span
from tracker.summary.model import Summary, VerdictRow
from tracker.summary.words import CAPS, Words, safe_line, table_block


def _verdict(row: VerdictRow, w: Words) -> Line:
    title = safe_line(row.title) if row.opgave_id else w("summary.programme_as_whole")
    spans: list[Span] = [Span(title, strong=True), Span(" — ")]
    if row.health is None:
        spans.append(Span(w("summary.no_verdict"), tone="muted"))
        return tuple(spans)
    # Health as symbol and word, never colour alone.
    spans += [w.health(row.health), Span(f": {safe_line(row.summary)}")]
    if row.contradicted:
        spans.append(Span(f" ({w('summary.verdict_contradicted')})", tone="bad", strong=True))
    if row.next:
        spans.append(Span(f" {w('summary.next')}: {safe_line(row.next)}"))
    if row.by:
        spans.append(Span(f" ({safe_line(row.by)})", tone="muted"))
    return tuple(spans)


def key_messages(s: Summary, w: Words) -> Section:
    """The verdicts of this meeting's assessments only; an opgave without one says so."""
    if not s.verdicts:
        blocks: tuple = (Paragraph((Span(w("summary.no_verdicts")),), muted=True),)
    else:
        blocks = (Bullets(tuple(_verdict(row, w) for row in s.verdicts)),)
    return Section("key-messages", w("summary.s.key_messages"), blocks)


def risks(s: Summary, w: Words) -> Section:
    """Open and mitigating risks and issues, highest score first; closed ones counted."""
    columns = (
        Column(w("summary.risk"), wide=True),
        Column(w("summary.score"), numeric=True),
        Column(w("summary.band"), short=True),
        Column(w("summary.risk_status"), short=True),
        Column(w("owner")),
        Column(w("summary.mitigation"), wide=True),
        Column(w("summary.review_by"), short=True),
    )
    band_tone = {"high": "red", "medium": "amber", "low": "green"}
    rows = []
    for r in s.risks:
        kind = w(f"summary.risk_type.{r.type}")
        review: Line = w.date_cell(r.review_by)
        if r.review_overdue:
            review = (Span(r.review_by.isoformat() if r.review_by else "–", tone="bad"),
                      Span(f" {w('reason.overdue')}", tone="bad"))  # fmt: skip
        rows.append(
            (
                (*w.item(r.title, r.item_id), Span(f" · {kind}", tone="muted")),
                (Span(str(r.score)),),
                (Span(w(f"summary.band.{r.band}"), tone=band_tone.get(r.band)),),
                w.cell(w(f"summary.risk_state.{r.status}")),
                w.cell(safe_line(r.owner or "–")),
                (Span(safe_line(r.mitigation or "–")),),
                review,
            )
        )
    blocks = tuple(table_block(w, columns, rows, CAPS["risks"]))
    if s.risks_closed:
        closed = w("summary.risks_closed", n=s.risks_closed)
        blocks += (Paragraph((Span(closed),), muted=True),)
    return Section("risks", w("summary.s.risks"), blocks)
