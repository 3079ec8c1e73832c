"""Positions in a file's text as YAML counts them, and the file's line-ending style."""

from __future__ import annotations

import re
from bisect import bisect_right

# The line breaks libyaml counts: CRLF, CR, LF, NEL, LS, PS.
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_WRITTEN = ("\n", "\r\n", "\r")  # first wins a tie


class Lines:
    """Offsets of line starts, so a (line, column) mark becomes an index into the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.breaks: list[str] = []  # the break that ends each line; "" for the last
        for match in _BREAK.finditer(text):
            self.starts.append(match.end())
            self.breaks.append(match.group())
        self.breaks.append("")

    def __len__(self) -> int:
        return len(self.starts)

    def offset(self, line: int, column: int) -> int:
        """Index of 0-based `line`, `column` (a PyYAML mark)."""
        return self.starts[line] + column

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def content(self, line: int) -> str:
        """The text of `line` without its break."""
        end = self.starts[line + 1] - len(self.breaks[line]) if line + 1 < len(self) else None
        return self.text[self.starts[line] : end]

    def end_with_break(self, line: int) -> int:
        """Index just past the break that ends `line` (the end of the text for the last)."""
        return self.starts[line + 1] if line + 1 < len(self) else len(self.text)

    def newline(self, near_line: int) -> str:
        """The line break to write near `near_line`: that line's own, else the file's most
        common one (LF, CRLF or a lone CR, as old Mac files have), else LF.

        NEL, LS and PS are line breaks to YAML but not to editors or git: never written.
        """
        for candidate in (near_line, near_line - 1):
            if 0 <= candidate < len(self.breaks) and self.breaks[candidate] in _WRITTEN:
                return self.breaks[candidate]
        counts = {b: self.breaks.count(b) for b in _WRITTEN}
        best = max(_WRITTEN, key=lambda b: counts[b])
        return best if counts[best] else "\n"


def indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def is_blank(line: str) -> bool:
    return not line.strip(" \t")


def is_comment(line: str) -> bool:
    return line.lstrip(" \t").startswith("#")
