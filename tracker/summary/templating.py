"""The Jinja2 environments for the Markdown and HTML templates (package files in templates/)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from tracker.summary import chart
from tracker.summary.document import Chart, Column, Line, Span

TEMPLATES = Path(__file__).parent / "templates"

# Characters with a meaning in CommonMark/GFM inline text and tables; `&` starts an entity.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
# At the start of a line: list markers, setext underlines, ordered-list numbers. Only
# where CommonMark would read them so: a marker needs a space or the line's end after
# it, so "88.5%" or "-5" are left as written (a backslash there shows to the reader).
_MD_LINE_START = re.compile(
    r"^([ \t]*)([-+=])(?=[ \t]|$|[-+=]*[ \t]*$)|^([ \t]*\d+)([.)])(?=[ \t]|$)", re.MULTILINE
)


def md_escape(text: object) -> str:
    """`text` shown as written by any CommonMark/GFM reader, also inside a table cell."""
    out = _MD_SPECIAL.sub(r"\\\1", str(text))
    return _MD_LINE_START.sub(_escape_line_start, out)


def _escape_line_start(match: re.Match[str]) -> str:
    if match[2] is not None:
        return f"{match[1]}\\{match[2]}"
    return f"{match[3]}\\{match[4]}"


def _md_span(span: Span) -> str:
    if not span.strong or not span.text.strip():
        return md_escape(span.text)
    # Emphasis markers must touch the text (CommonMark flanking rules): keep the spaces out.
    text = span.text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}**{md_escape(text.strip())}**{trail}"


def md_line(line: Line) -> str:
    return "".join(_md_span(span) for span in line)


def md_cell(cell: Line | Chart) -> str:
    if isinstance(cell, Chart):
        return chart.sparkline(cell)
    return md_line(cell) or " "


def _html_escape(text: str) -> str:
    # Plain str operations: markupsafe's per-call overhead dominated 10,000-item summaries,
    # and most texts hold none of the five characters, so look before replacing.
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return (
            text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&#34;")
            .replace("'", "&#39;")
        )
    return text


def _html_spans(line: Line) -> str:
    out = []
    for text, tone, strong in line:
        text = _html_escape(text)
        if tone:
            text = f'<span class="t-{tone}">{text}</span>'
        if strong:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _html_cell(cell: Line | Chart, lang: str) -> str:
    if isinstance(cell, Chart):
        # The SVG holds only numbers; its description is escaped like any text.
        alt = _html_escape(cell.alt)
        svg = chart.svg(cell, lang)
        return f'<span class="chart" role="img" aria-label="{alt}" title="{alt}">{svg}</span>'
    return _html_spans(cell)


def html_line(line: Line) -> Markup:
    return Markup(_html_spans(line))


@pass_context
def html_rows(
    context: Context, rows: tuple[tuple[Line | Chart, ...], ...], classes: list[str]
) -> Markup:
    """A table's body rows, each ending in a newline; `classes` from column_class. The
    document's language (the charts' numbers) comes from the template's `doc`."""
    lang = context["doc"].lang
    # One call per table rather than per row or cell: a 10,000-item summary has
    # 150,000 cells, a fifth of them distinct (dates, states, names), so each is
    # rendered once.
    seen: list[dict[Line | Chart, str]] = [{} for _ in classes]  # cell -> <td>, per column
    out = []
    for row in rows:
        tds = ["<tr>"]
        for done, cls, cell in zip(seen, classes, row, strict=True):
            td = done.get(cell)
            if td is None:
                td = done[cell] = f"<td{cls}>{_html_cell(cell, lang)}</td>"
            tds.append(td)
        tds.append("</tr>\n")
        out.append("".join(tds))
    return Markup("".join(out))


def column_class(column: Column) -> Markup:
    """The class attribute of a column's cells: alignment and wrapping."""
    name = "num" if column.numeric else "wide" if column.wide else "short" if column.short else ""
    return Markup(f' class="{name}"') if name else Markup("")


def _is_chart(value: object) -> bool:
    return isinstance(value, Chart)


@lru_cache(maxsize=2)
def environment(fmt: str) -> Environment:
    """`md`: no autoescaping, every value goes through a Markdown filter; `html`: autoescape."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=fmt == "html",
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_escape, md_line=md_line, md_cell=md_cell)
    env.filters.update(html_line=html_line, html_rows=html_rows, column_class=column_class)
    env.tests["chart"] = _is_chart
    return env
