"""A summary laid out in words: sections of paragraphs, lists, tables and charts.

`layout.py` fills it in one language from the model; every renderer (Markdown,
HTML, Word, terminal) walks the same Document, so the formats cannot drift apart.
Every string in it is clean one-line text; each renderer escapes for its format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, NamedTuple


class Span(NamedTuple):
    """A run of text; a tuple because a large summary holds hundreds of thousands."""

    text: str
    # green/amber/red/none (health), "bad" (overdue, below target), "good", "muted"
    tone: str | None = None
    strong: bool = False


Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A small line chart of an indicator's values, with its target as a dashed line."""

    kind: ClassVar[str] = "chart"
    values: tuple[float, ...]  # oldest first
    target: float | None
    alt: str  # the same facts in words, for readers who cannot see the picture


Cell = Line | Chart


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    numeric: bool = False
    wide: bool = False  # titles and notes: may wrap, gets the spare width
    short: bool = False  # dates, words from a fixed list: kept on one line


@dataclass(frozen=True, slots=True)
class Table:
    kind: ClassVar[str] = "table"
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    spans: Line
    muted: bool = False


@dataclass(frozen=True, slots=True)
class Bullets:
    kind: ClassVar[str] = "bullets"
    items: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Facts:
    """Label: value lines, e.g. the header's meeting date and reporting period."""

    kind: ClassVar[str] = "facts"
    rows: tuple[tuple[str, Line], ...]


Block = Paragraph | Bullets | Table | Facts


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # stable anchor, e.g. "attention"
    title: str
    blocks: tuple[Block, ...]
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    lang: str
    title: str
    subtitle: str
    facts: Facts
    sections: tuple[Section, ...]
    as_of: date | None = None  # the date the facts are derived for; the Word file's date
    # Page furniture from the document control: on every page of Word and PDF.
    classification: str | None = None
    author: str | None = None
    concept: bool = False  # not yet final: "Concept" / "Draft" beside the classification


def plain(line: Line) -> str:
    return "".join(span.text for span in line)
