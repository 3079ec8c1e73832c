"""The summary drawn with Rich's own Table, Rule and Padding: the reference for the terminal text.

The text renderer lays tables out by hand because Rich's Table costs about a
millisecond a row. This is how the summary was drawn before, kept so the tests
can hold the renderer to it wherever every table fits the terminal: the same
text, to the byte, and the same colours. Tables too wide for it now get column
widths of their own, which Rich's Table does not share.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tracker.summary import chart
from tracker.summary.document import Block, Chart, Document, Line, Section
from tracker.summary.to_text import STYLES


def _line(line: Line) -> Text:
    text = Text()
    for span in line:
        style = STYLES.get(span.tone or "", "")
        if span.strong:
            style = f"bold {style}".strip()
        text.append(span.text, style=style)
    return text


def _cell(value: Line | Chart) -> Text:
    if isinstance(value, Chart):
        return Text(chart.sparkline(value), style="blue")
    return _line(value)


def _blocks(blocks: tuple[Block, ...]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for block in blocks:
        if block.kind == "paragraph":
            text = _line(block.spans)
            if block.muted:
                text.stylize("italic")
            out.append(text)
        elif block.kind == "bullets":
            out.extend(Text.assemble("• ", _line(item)) for item in block.items)
        elif block.kind == "facts":
            for name, value in block.rows:
                out.append(Text.assemble((f"{name}: ", "bold"), _line(value)))
        elif block.kind == "table":
            table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
            for column in block.columns:
                table.add_column(
                    Text(column.label),
                    justify="right" if column.numeric else "left",
                    overflow="fold",
                )
            for row in block.rows:
                table.add_row(*(_cell(value) for value in row))
            out.append(table)
    return out


def _section(section: Section, level: int) -> list[RenderableType]:
    title = Text(section.title, style="bold blue" if level == 1 else "bold")
    out: list[RenderableType] = [Text(), Rule(title, align="left") if level == 1 else title]
    out.extend(_blocks(section.blocks))
    for sub in section.subsections:
        out.extend(Padding(r, (0, 0, 0, 2)) for r in _section(sub, level + 1))
    return out


def renderable(doc: Document) -> Group:
    parts: list[RenderableType] = [
        Text(doc.title, style="bold"),
        Text(doc.subtitle),
        *_blocks((doc.facts,)),
    ]
    for section in doc.sections:
        parts.extend(_section(section, 1))
    return Group(*parts)


def render_text(doc: Document, console: Console) -> None:
    console.print(renderable(doc))


def text_export(doc: Document, width: int = 80) -> str:
    """What Rich drew, each line without the spaces that pad it to the width."""
    console = Console(width=width, record=True, file=_Null(), color_system=None, highlight=False)
    console.print(renderable(doc))
    return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())


class _Null:
    def write(self, _: str) -> int:
        return 0

    def flush(self) -> None:
        pass
