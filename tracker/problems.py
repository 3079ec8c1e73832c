"""Problems found in programme files: located, coded, with a hint on how to fix them.

A problem's message and hint are `Words`: the English text (what `message` and
`hint` read as strings, and what the parse cache stores) together with the label
key and values it was made from, so any view can say it again in Dutch
(`Problem.message_in(lang)`). The texts live in `tracker/labels/problems.py`; a new
message is a key there (and its hint the key plus `.hint`), and
`Problem.at(file, line, column, code, key, **values)` where the problem is made.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from tracker.labels import Lang, label
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
    # Format 2
    "unknown-meeting": Severity.ERROR,
    "duplicate-assessment": Severity.ERROR,
    "owner-spelling": Severity.WARNING,
    "ambiguous-boolean": Severity.WARNING,
}


class Words(str):
    """Text from the label table that can be said again in another language.

    The string itself is the English text, cleaned to one line. A value may be
    `Words` too (a "did you mean" inside a longer hint): it is said in the same
    language as the text around it.
    """

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, values: dict[str, object], english: str | None = None) -> Words:
        text = english if english is not None else _render(key, values, "en")
        made = super().__new__(cls, text)
        made.key = key
        made.values = values
        return made

    def say(self, lang: Lang) -> str:
        return _render(self.key, self.values, lang)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled by the parse cache: keep the English text as it was made.
        return (Words, (self.key, self.values, str(self)))


def _render(key: str, values: dict[str, object], lang: Lang) -> str:
    said = {k: v.say(lang) if isinstance(v, Words) else v for k, v in values.items()}
    return one_line(label(key, lang, **said))


def say(key: str, /, **values: object) -> Words:
    """The message or hint `key` of the label table (`problem.*`) with `values`."""
    return Words(key, values)


def words_data(text: str) -> object:
    """`text` as plain data that keeps its words: `Words` as [key, {name: value}], with
    values that are `Words` kept the same way; plain text as it is."""
    if not isinstance(text, Words):
        return str(text)
    values = {
        name: words_data(v) if isinstance(v, str) else v if isinstance(v, int | float) else str(v)
        for name, v in text.values.items()
    }
    return [text.key, values]


def words_from_data(data: object) -> str:
    """What `words_data` made, back; ValueError for anything else."""
    if isinstance(data, str):
        return data
    if (
        isinstance(data, list)
        and len(data) == 2
        and isinstance(data[0], str)
        and isinstance(data[1], dict)
    ):
        return Words(data[0], {str(k): _value_from_data(v) for k, v in data[1].items()})
    raise ValueError("not stored words")


def _value_from_data(data: object) -> object:
    if isinstance(data, int | float) and not isinstance(data, bool):
        return data
    return words_from_data(data)


def said(text: str, lang: Lang) -> str:
    """`text` in `lang` when it is `Words`; plain text as it is."""
    return text.say(lang) if isinstance(text, Words) else text


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
        # Words are made one line already (in every language) and keep their key.
        object.__setattr__(self, "file", clean(self.file))
        if not isinstance(self.message, Words):
            object.__setattr__(self, "message", one_line(self.message))
        if not isinstance(self.hint, Words):
            object.__setattr__(self, "hint", one_line(self.hint))

    @classmethod
    def at(
        cls, file: str, line: int, column: int, code: str, key: str, **values: object
    ) -> Problem:
        """The problem said by the label `key`, with the hint `key + ".hint"`; both are said
        with `values` (a hint uses the values it names)."""
        return cls(file, line, column, code, say(key, **values), say(key + ".hint", **values))

    def message_in(self, lang: Lang) -> str:
        return said(self.message, lang)

    def hint_in(self, lang: Lang) -> str:
        return said(self.hint, lang)

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

    def said(self, lang: Lang = "en") -> str:
        """The message and its hint in `lang`: `message (hint)`."""
        hint = self.hint_in(lang)
        return self.message_in(lang) + (f" ({hint})" if hint else "")

    def text(self, lang: Lang = "en") -> str:
        """One line as `validate` prints it: file:line:col: severity[code] message (hint).

        The code stays the same in every language: it is what one searches for.
        """
        severity = label(f"severity.{self.severity}", lang)
        return f"{self.location}: {severity}[{self.code}] {self.said(lang)}"

    def as_json(self, lang: Lang = "en") -> dict[str, object]:
        """Code and severity are stable; the message is in `lang`."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.said(lang),
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


def did_you_mean(word: str, choices: Iterable[str], where: str = "agenda.yaml") -> Words:
    """A 'did you mean' hint, or what is allowed when nothing is close."""
    options = sorted(set(choices))
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return say("problem.did-you-mean", word=close[0])
    if not options:
        return say("problem.none-defined", where=where)
    if len(options) <= 24:
        return say("problem.known", names=", ".join(options))
    return say("problem.count-known", count=len(options), where=where)


def count_by_code(problems: Iterable[Problem]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in problems:
        counts[p.code] = counts.get(p.code, 0) + 1
    return dict(sorted(counts.items()))
