"""Read a rendered summary back, per format, as {section title: text} plus structure.

Each reader parses the real output (HTML with html.parser, Markdown rendered by
markdown-it, Word with python-docx, text as printed), so the tests check what a
reader of the document sees, not the renderer's own data.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from html.parser import HTMLParser

from docx import Document as open_docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from markdown_it import MarkdownIt

HEADER = "(header)"


@dataclass
class Read:
    title: str = ""
    sections: dict[str, str] = field(default_factory=dict)  # h2 / Heading 1 -> its text
    subheadings: list[str] = field(default_factory=list)  # h3 / Heading 2
    tags: dict[str, int] = field(default_factory=dict)  # HTML element counts
    tables: int = 0
    pictures: list[str] = field(default_factory=list)  # descriptions of charts

    def text(self) -> str:
        return "\n".join([self.title, *self.sections.values()])


class _SectionParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.read = Read()
        self.current = HEADER
        self.parts: dict[str, list[str]] = {HEADER: []}
        self.heading: str | None = None
        self.heading_text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.read.tags[tag] = self.read.tags.get(tag, 0) + 1
        if tag in ("h1", "h2", "h3"):
            self.heading, self.heading_text = tag, []
        elif tag == "table":
            self.read.tables += 1
        elif tag == "style":
            self.in_style = True
        elif tag == "span" and ("class", "chart") in attrs:
            self.read.pictures.append(dict(attrs).get("aria-label") or "")
        elif tag in ("td", "th", "li", "p", "dd", "dt", "tr"):
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False
        if tag == self.heading:
            text = "".join(self.heading_text).strip()
            if tag == "h1":
                self.read.title = text
            elif tag == "h2":
                self.current = text
                self.parts[text] = []
            else:
                self.read.subheadings.append(text)
                self._add(f"\n{text}\n")
            self.heading = None
        elif tag in ("td", "th"):
            self._add(" | ")

    def handle_data(self, data: str) -> None:
        if self.in_style:
            return
        if self.heading:
            self.heading_text.append(data)
        else:
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts[self.current].append(text)

    def result(self) -> Read:
        self.read.sections = {k: "".join(v) for k, v in self.parts.items()}
        return self.read


def read_html(html: str) -> Read:
    parser = _SectionParser()
    parser.feed(html)
    parser.close()
    return parser.result()


def markdown_to_html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def read_markdown(markdown: str) -> Read:
    return read_html(markdown_to_html(markdown))


def read_docx(data: bytes) -> Read:
    doc = open_docx(io.BytesIO(data))
    read = Read()
    current = HEADER
    parts: dict[str, list[str]] = {HEADER: []}
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = DocxParagraph(child, doc)
            style = paragraph.style.name if paragraph.style is not None else ""
            if style == "Title":
                read.title = paragraph.text
            elif style == "Heading 1":
                current = paragraph.text
                parts[current] = []
            elif style == "Heading 2":
                read.subheadings.append(paragraph.text)
                parts[current].append(f"\n{paragraph.text}\n")
            else:
                parts[current].append(paragraph.text + "\n")
        elif tag == "tbl":
            table = DocxTable(child, doc)
            read.tables += 1
            read.tags["table-style:" + (table.style.name if table.style else "")] = 1
            for row in table.rows:
                parts[current].append(" | ".join(cell.text for cell in row.cells) + "\n")
    for shape in doc.inline_shapes:
        read.pictures.append(shape._inline.docPr.get("descr") or "")
    read.sections = {k: "".join(v) for k, v in parts.items()}
    return read


def read_text(text: str, section_titles: list[str]) -> Read:
    """Sections of the terminal text: each starts at a rule line with its title."""
    read = Read()
    lines = text.splitlines()
    read.title = lines[0].strip() if lines else ""
    current = HEADER
    parts: dict[str, list[str]] = {HEADER: []}
    for line in lines[1:]:
        stripped = line.strip()
        title = next((t for t in section_titles if stripped.startswith(f"{t} ─")), None)
        if title:
            current = title
            parts[current] = []
        else:
            parts[current].append(line + "\n")
    read.sections = {k: "".join(v) for k, v in parts.items()}
    return read
