"""What the app shows at one moment: Programme, State, language and table models.

Built off the UI thread (no Textual here): load through the app's one
`ProgrammeLoader` (its per-file cache makes a reload cost about the changed
files), derive the State, build every table model once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from tracker.gcpause import paused_gc
from tracker.labels import Lang

if TYPE_CHECKING:
    from tracker.loader import Programme, ProgrammeLoader
    from tracker.state import State
    from tracker.tui.rows import TableModel


@dataclass(frozen=True)
class Loaded:
    programme: Programme
    state: State
    lang: Lang
    tables: dict[str, TableModel]
    generation: int

    @property
    def problem_count(self) -> int:
        return len(self.programme.problems)


def programme_lang(programme: Programme, option: str | None) -> Lang:
    """The language asked for, else the programme's, else English (as `Context.lang`)."""
    if option in ("nl", "en"):
        return option  # type: ignore[return-value]
    agenda = programme.agenda
    return agenda.programme.language if agenda else "en"


# One load at a time: the loader's cache is not meant for two threads.
_LOCK = threading.Lock()


def load(loader: ProgrammeLoader, as_of: date, lang_option: str | None, generation: int) -> Loaded:
    from tracker.state import build_state
    from tracker.tui.builders import build_tables

    with _LOCK, paused_gc():
        programme = loader.load()
        state = build_state(programme, as_of)
        lang = programme_lang(programme, lang_option)
        return Loaded(programme, state, lang, build_tables(state, lang), generation)


def relabel(loaded: Loaded, lang: Lang, generation: int) -> Loaded:
    """The same State in another language."""
    from tracker.tui.builders import build_tables

    with paused_gc():
        tables = build_tables(loaded.state, lang)
    return replace(loaded, lang=lang, tables=tables, generation=generation)
