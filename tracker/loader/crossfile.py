"""The checks between files: duplicate ids, references to items and to the agenda."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

from tracker import format2_checks
from tracker.files import Found, read_bytes
from tracker.loader.results import FileResult, ParsedItem, Source
from tracker.problems import Problem, Words, did_you_mean, say
from tracker.records import Agenda, Item
from tracker.textsafe import one_line

_SHOW_PLACES = 3


class _IdSuggestions:
    """'Did you mean' hints for item ids, cheap per hint however many items there are."""

    _FEW = 200

    def __init__(self, ids: list[str]) -> None:
        self._given = ids
        self._ids: list[str] | None = None
        self._by_start: dict[str, list[str]] = {}

    def hint(self, value: str) -> Words:
        where = "'ggp-tracker list'"
        if self._ids is None:  # built on first use: most programmes have no bad reference
            self._ids = sorted(set(self._given))
            for item_id in self._ids:
                self._by_start.setdefault(item_id[:1].lower(), []).append(item_id)
        if len(self._ids) <= self._FEW:
            return did_you_mean(value, self._ids, where)
        # Many items: compare only with ids that start alike, a bounded number of them.
        pool = self._by_start.get(value[:1].lower(), [])[: self._FEW]
        close = difflib.get_close_matches(value, pool, n=1, cutoff=0.6)
        if close:
            return say("problem.did-you-mean", word=close[0])
        return say("problem.count-known", count=len(self._ids), where=where)


class _AgendaRefs:
    """Checks the references items make to the agenda's opgaven, units and basisteams."""

    def __init__(self, agenda: Agenda | None) -> None:
        self.agenda = agenda
        self.opgaven = {o.id for o in agenda.opgaven} if agenda else None
        self.units = {u.id: u for u in agenda.units} if agenda else None
        self.meetings = (
            tuple(d.isoformat() for d in agenda.programme.lovp_meetings) if agenda else None
        )

    def check(self, result: FileResult) -> tuple[list[Problem], list[int]]:
        """Problems, and the indexes in `result.items` of the items that have them."""
        problems: list[Problem] = []
        failed: list[int] = []
        opgaven, units = self.opgaven, self.units
        for index, entry in enumerate(result.items):
            item = entry.item
            if item is None or len(entry.links) == len(entry.refs):
                continue
            for name, value, line, column in entry.refs:
                problem: tuple[str, Words, Words] | None = None
                if name == "meeting" or name == "decision_needed.meeting":
                    if self.meetings is not None and value not in self.meetings:
                        if not failed or failed[-1] != index:
                            failed.append(index)
                        problems.append(
                            format2_checks.meeting_problem(
                                name, value, self.meetings, entry.source.file, line, column
                            )
                        )
                    continue
                if name in ("opgaven", "opgave") and opgaven is not None and value not in opgaven:
                    problem = (
                        "unknown-opgave",
                        say("problem.unknown-opgave", value=one_line(value, 60)),
                        did_you_mean(value, opgaven),
                    )
                elif name == "unit" and units is not None and value not in units:
                    problem = (
                        "unknown-unit",
                        say("problem.unknown-unit", value=one_line(value, 60)),
                        did_you_mean(value, units),
                    )
                elif name == "basisteam" and units is not None:
                    unit = units.get(item.unit or "")
                    listed = unit.basisteams if unit is not None else None
                    if unit is not None and listed is not None and value not in listed:
                        problem = (
                            "unknown-basisteam",
                            say(
                                "problem.unknown-basisteam", value=one_line(value, 60), unit=unit.id
                            ),
                            say(
                                "problem.unknown-basisteam.hint",
                                suggestion=did_you_mean(value, listed),
                            ),
                        )
                if problem is not None:
                    if not failed or failed[-1] != index:
                        failed.append(index)
                    code, message, hint = problem
                    problems.append(Problem(entry.source.file, line, column, code, message, hint))
        return problems, failed


def _duplicates(parsed: list[ParsedItem], problems: list[Problem], failed: set[int]) -> None:
    by_id: dict[str, list[int]] = {}
    for index, entry in enumerate(parsed):
        if entry.key:
            by_id.setdefault(entry.key, []).append(index)
    for indexes in by_id.values():
        if len(indexes) < 2:
            continue
        # At most a few places each: a thousand copies must not cost a million.
        shown = indexes[: _SHOW_PLACES + 1]
        for index in indexes:
            entry = parsed[index]
            places = [parsed[i].source.location for i in shown if i != index][:_SHOW_PLACES]
            others: str = ", ".join(places)
            if len(indexes) - 1 > len(places):
                others = say(
                    "problem.and-more", places=others, count=len(indexes) - 1 - len(places)
                )
            failed.add(index)
            problems.append(
                Problem.at(
                    entry.source.file,
                    entry.source.line,
                    entry.source.column,
                    "duplicate-id",
                    "problem.duplicate-id",
                    id=one_line(entry.id, 60),
                    places=others,
                )
            )


_UNPARSED = frozenset({"yaml-syntax", "encoding", "too-large", "unreadable"})


class _Catalogue:
    """Every item id (ignoring case) with the kind of its first item: what references
    between items are checked against. Rebuilt only when some file's ids or kinds change."""

    def __init__(self, results: list[FileResult], root: Path | None = None) -> None:
        kinds: dict[str, str] = {}  # "" for an item with errors of its own
        ids: list[str] = []
        for result in results:
            for entry in result.items:
                if entry.key:
                    ids.append(entry.id)  # type: ignore[arg-type]
                    if entry.key not in kinds:
                        kinds[entry.key] = entry.item.kind if entry.item is not None else ""
        self.kinds = kinds
        self.duplicates = len(kinds) < len(ids)
        # Whether any file holds an assessment: only then are they compared per meeting.
        self.assessments = any(r.assessment_keys() for r in results)
        self.suggest = _IdSuggestions(ids)
        # Files that did not parse (in whole or part): an id not found may be in one,
        # when its raw text holds the id at all (a word written nowhere is still unknown).
        self.broken = [
            r.rel for r in results if any(p.code in _UNPARSED and p.is_error for p in r.problems)
        ]
        self._broken_text = ""
        if self.broken and root is not None:
            texts = []
            for rel in self.broken:
                data, _, _ = read_bytes(Found(rel, os.path.join(root, rel)), root)
                texts.append((data or b"").decode("utf-8", "replace").lower())
            self._broken_text = "\n".join(texts)

    def maybe_broken(self, value: str) -> bool:
        """Whether `value` may name an item of a file that did not parse."""
        return bool(self._broken_text) and value.lower() in self._broken_text


def _same_ids(before: list[FileResult], now: list[FileResult]) -> bool:
    """Whether `now` holds the same ids and kinds as `before`, file by file."""
    if len(before) != len(now):
        return False
    for old, new in zip(before, now, strict=True):
        if old is not new and (old.rel != new.rel or old.id_kinds() != new.id_kinds()):
            return False
    return True


@dataclass(slots=True)
class _Checked:
    refs: _AgendaRefs
    catalogue: _Catalogue
    problems: list[Problem]
    failed: set[int]  # indexes in the file's items
    items: list[Item]  # the file's items that passed every check, in order
    sources: dict[str, Source]
    # References to no known id while some file did not parse: (file, line, column, text).
    unsure: list[tuple[str, int, int, str]]


def _check_file(result: FileResult, refs: _AgendaRefs, catalogue: _Catalogue) -> _Checked:
    """References of one file's items to the agenda and to other items."""
    problems, agenda_failed = refs.check(result)
    failed = set(agenda_failed)
    unsure: list[tuple[str, int, int, str]] = []
    for index, entry in enumerate(result.items):
        if not entry.links or entry.item is None:
            continue
        for name, value, line, column in entry.links:
            problem: tuple[str, Words, Words] | None = None
            kind = catalogue.kinds.get(value.lower())
            if kind is None and catalogue.maybe_broken(value):
                # It may name an item of the file that did not parse: said once, below.
                unsure.append((entry.source.file, line, column, f"{name} '{one_line(value, 60)}'"))
            elif kind is None:
                problem = (
                    "unknown-reference",
                    say("problem.unknown-reference", field=name, value=one_line(value, 60)),
                    catalogue.suggest.hint(value),
                )
            elif name == "measure" and kind and kind != "measure":
                problem = (
                    "unknown-reference",
                    say("problem.unknown-reference.kind", value=value, kind=kind),
                    say("problem.unknown-reference.kind.hint"),
                )
            if problem is not None:
                failed.add(index)
                code, message, hint = problem
                problems.append(Problem(entry.source.file, line, column, code, message, hint))
    items: list[Item] = []
    sources: dict[str, Source] = {}
    for index, entry in enumerate(result.items):
        if entry.item is not None and index not in failed:
            items.append(entry.item)
            sources[entry.item.id] = entry.source
    return _Checked(refs, catalogue, problems, failed, items, sources, unsure)


def _unsure_references(unsure: list[tuple[str, int, int, str]], broken: list[str]) -> Problem:
    """One warning for every reference that may point into a file that did not parse."""
    file, line, column, what = unsure[0]
    what_all: str = what
    if len(unsure) > 1:
        what_all = say("problem.and-more", places=what, count=len(unsure) - 1)
    files = ", ".join(broken[:3]) + (f" (+{len(broken) - 3})" if len(broken) > 3 else "")
    return Problem.at(
        file,
        line,
        column,
        "unresolved-reference",
        "problem.unresolved-reference",
        what=what_all,
        files=files,
    )
