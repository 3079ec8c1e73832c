"""Errors of the history, carried as a label key so that they are told in the user's language."""

from __future__ import annotations

from tracker.labels import Lang, label


class HistoryError(Exception):
    """A problem with the history file, a label or a git revision, for the user to fix."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(label(key, "en", **values))
        self.key = key
        self.values = values

    def text(self, lang: Lang) -> str:
        return label(self.key, lang, **self.values)
