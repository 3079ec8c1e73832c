"""What the loader makes: where an item is written, one file's parse, the programme."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tracker import format2_checks
from tracker.problems import Problem
from tracker.records import Agenda, Item

if TYPE_CHECKING:
    from tracker.loader.crossfile import _Checked


class Source(NamedTuple):
    """Where an item is written: file (relative), 1-based line and column of its id, document.

    A named tuple rather than a frozen dataclass: a warm start makes one per item, and a
    frozen dataclass sets each field through `object.__setattr__`."""

    file: str
    line: int
    column: int
    document: int

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


# (field, value, line, column) of every reference an item makes to another thing.
Ref = tuple[str, str, int, int]


_LINKS = ("related", "measure")  # references to other items; the rest name agenda entries


@dataclass(slots=True)
class ParsedItem:
    id: str | None
    item: Item | None  # None when the item has errors of its own
    source: Source
    refs: tuple[Ref, ...] = ()
    key: str | None = field(init=False)  # the id as ids are compared: ignoring case
    links: tuple[Ref, ...] = field(init=False)  # the refs to other items

    def __post_init__(self) -> None:
        self.key = self.id.lower() if self.id else None
        self.links = tuple([r for r in self.refs if r[0] in _LINKS]) if self.refs else ()


@dataclass(slots=True)
class FileResult:
    rel: str
    items: list[ParsedItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    agenda: Agenda | None = None
    # What the checks between files found for these items, against one agenda and one
    # catalogue of ids: kept with the file, so a reload checks again only files that
    # changed, or every file when agenda.yaml or the set of ids changed.
    checked: _Checked | None = field(default=None, compare=False, repr=False)
    _id_kinds: tuple[tuple[str | None, str | None], ...] | None = field(
        default=None, init=False, compare=False, repr=False
    )
    _assessments: tuple[tuple[int, format2_checks.AssessmentKey], ...] | None = field(
        default=None, init=False, compare=False, repr=False
    )

    def assessment_keys(self) -> tuple[tuple[int, format2_checks.AssessmentKey], ...]:
        """Index and (meeting, opgave) of each assessment that loaded by itself."""
        if self._assessments is None:
            self._assessments = format2_checks.assessment_keys(self)
        return self._assessments

    def id_kinds(self) -> tuple[tuple[str | None, str | None], ...]:
        """Each item's id and kind (None when it has errors of its own), in order."""
        if self._id_kinds is None:
            self._id_kinds = tuple(
                (e.id, e.item.kind if e.item is not None else None) for e in self.items
            )
        return self._id_kinds


@dataclass(frozen=True)
class Programme:
    root: Path
    agenda: Agenda | None
    items: tuple[Item, ...]  # the items that loaded without errors, in file order
    sources: dict[str, Source]  # id -> where it is written
    problems: tuple[Problem, ...]
    files: tuple[str, ...]

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def item(self, item_id: str) -> Item | None:
        lowered = item_id.lower()
        for item in self.items:
            if item.id.lower() == lowered:
                return item
        return None
