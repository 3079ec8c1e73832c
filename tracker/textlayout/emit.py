"""Laid-out lines to a Rich console: plain text in one piece where no style would
show (a pipe, a file), else a Segment per styled range."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style

from tracker.textlayout.lines import Lines

# Lines for a width, styled or not, in ASCII only or not.
LayOut = Callable[[int, bool, bool], Lines]


class Printed:
    """Lines as a Rich renderable, laid out once at the console's width.

    `strip`: plain text loses the spaces at the ends of its lines, the padding
    that lines up a terminal's colours.
    """

    def __init__(self, lay_out: LayOut, strip: bool = False) -> None:
        self.lay_out = lay_out
        self.strip = strip

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width, ascii_only = options.max_width, options.ascii_only
        if console.color_system is None and not console.record:
            texts = self.lay_out(width, False, ascii_only).texts
            if self.strip:
                yield Segment("".join(f"{text.rstrip()}\n" for text in texts))
            else:
                yield Segment("".join(f"{text}\n" for text in texts))
            return
        styles: dict[str, Style] = {}
        # A segment per styled range, and one for all the plain text between two,
        # line breaks included: Rich handles each segment on its own.
        plain: list[str] = []
        for text, marks in self.lay_out(width, True, ascii_only):
            at = 0
            for start, end, name in marks:
                plain.append(text[at:start])
                yield Segment("".join(plain))
                plain.clear()
                style = styles.get(name)
                if style is None:
                    style = styles[name] = console.get_style(name)
                yield Segment(text[start:end], style)
                at = end
            plain += (text[at:], "\n")
        yield Segment("".join(plain))
