"""Problems found in programme files: located, coded, with a hint on how to fix them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from tracker.textsafe import clean, one_line


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Stable codes (FORMAT.md) and the severity each carries.
CODES: dict[str, Severity] = {
    "yaml-syntax": Severity.ERROR,
    "yaml-alias": Severity.ERROR,
    "yaml-tag": Severity.ERROR,
    "duplicate-key": Severity.ERROR,
    "encoding": Severity.ERROR,
    "too-large": Severity.ERROR,
    "outside-root": Severity.ERROR,
    "unreadable": Severity.ERROR,
    "not-a-file": Severity.WARNING,
    "missing-agenda": Severity.ERROR,
    "missing-measures": Severity.ERROR,
    "missing-field": Severity.ERROR,
    "unknown-field": Severity.ERROR,
    "invalid-value": Severity.ERROR,
    "invalid-date": Severity.ERROR,
    "duplicate-id": Severity.ERROR,
    "unknown-kind": Severity.ERROR,
    "unknown-opgave": Severity.ERROR,
    "unknown-unit": Severity.ERROR,
    "unknown-basisteam": Severity.ERROR,
    "unknown-reference": Severity.ERROR,
    "unresolved-reference": Severity.WARNING,
    "date-order": Severity.WARNING,
    "ambiguous-boolean": Severity.WARNING,
}


@dataclass(frozen=True, slots=True)
class Problem:
    file: str  # relative to the programme folder, POSIX separators
    line: int  # 1-based; 0 when the problem concerns the whole file
    column: int  # 1-based; 0 when unknown
    code: str
    message: str
    hint: str = ""

    def __post_init__(self) -> None:
        # Messages quote the user's text; whatever shows them, they stay inert plain lines.
        object.__setattr__(self, "file", clean(self.file))
        object.__setattr__(self, "message", one_line(self.message))
        object.__setattr__(self, "hint", one_line(self.hint))

    @property
    def severity(self) -> Severity:
        return CODES.get(self.code, Severity.ERROR)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file

    def text(self) -> str:
        """One line as `validate` prints it: file:line:col: severity[code] message (hint)."""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.location}: {self.severity}[{self.code}] {self.message}{hint}"

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message + (f" ({self.hint})" if self.hint else ""),
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


def did_you_mean(word: str, choices: Iterable[str], where: str = "agenda.yaml") -> str:
    """A 'did you mean' hint, or what is allowed when nothing is close."""
    options = sorted(set(choices))
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if not options:
        return f"none are defined; see {where}"
    if len(options) <= 24:
        return "known: " + ", ".join(options)
    return f"{len(options)} are known; see {where}"


def count_by_code(problems: Iterable[Problem]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in problems:
        counts[p.code] = counts.get(p.code, 0) + 1
    return dict(sorted(counts.items()))
