"""Refusals: why nothing was written, in the user's language."""

from __future__ import annotations

from tracker.labels import Lang, label
from tracker.problems import Problem


class EditError(Exception):
    """A change that was refused; nothing was written. `key` names a label of the label
    table; a value that is an EditError or a Problem is said in the same language."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def text(self, lang: Lang = "en") -> str:
        values = {
            name: value.text(lang) if isinstance(value, EditError | Problem) else value
            for name, value in self.values.items()
        }
        return label(self.key, lang, **values)

    def __str__(self) -> str:
        return self.text("en")
