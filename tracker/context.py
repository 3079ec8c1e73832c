"""What every command gets: the programme folder, the as-of date and the language.

The command line (`tracker.cli`) makes one; commands, the terminal UI and the history
read it. It loads the programme and builds the state only when first asked.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.labels import Lang
    from tracker.loader import Programme, ProgrammeLoader
    from tracker.state import State


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write YYYY-MM-DD, e.g. 2018-10-11"
        ) from None


@dataclass
class Context:
    """What every command gets: where the programme is, the as-of date, the language."""

    root: Path
    as_of: date
    lang_option: str | None = None
    _loader: ProgrammeLoader | None = field(default=None, repr=False)

    @property
    def loader(self) -> ProgrammeLoader:
        if self._loader is None:
            from tracker.loader import ProgrammeLoader

            self._loader = ProgrammeLoader(self.root, persist=True)
        return self._loader

    @cached_property
    def programme(self) -> Programme:
        return self.loader.load()

    @cached_property
    def state(self) -> State:
        from tracker.state import build_state

        return build_state(self.programme, self.as_of)

    @property
    def lang(self) -> Lang:
        if self.lang_option in ("nl", "en"):
            return self.lang_option  # type: ignore[return-value]
        agenda = self.programme.agenda
        return agenda.programme.language if agenda else "en"
