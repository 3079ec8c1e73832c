"""Load a programme folder into validated models plus every problem found.

`load_programme` never raises on bad data. A `ProgrammeLoader` remembers what
it read per file, so reloading after one file changed re-reads about one file.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from yaml.nodes import Node

from tracker.files import AGENDA, MAX_FILE_BYTES, Found, decode, find_files, read_bytes
from tracker.models import MODELS, Agenda, Item
from tracker.problems import Problem, did_you_mean
from tracker.textsafe import one_line
from tracker.validation import problems_from_error
from tracker.yamlread import locate, read_documents


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item is written: file (relative), 1-based line and column of its id, document."""

    file: str
    line: int
    column: int
    document: int

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


# (field, value, line, column) of every reference an item makes to another thing.
Ref = tuple[str, str, int, int]


@dataclass(slots=True)
class ParsedItem:
    id: str | None
    item: Item | None  # None when the item has errors of its own
    source: Source
    refs: tuple[Ref, ...] = ()


@dataclass(slots=True)
class FileResult:
    rel: str
    items: list[ParsedItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    agenda: Agenda | None = None


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


def _date_order(item: Item, node: Node, rel: str) -> Iterable[Problem]:
    start = getattr(item, "start", None)
    for name in ("due", "end"):
        end = getattr(item, name, None)
        if start and end and end < start:
            line, column = locate(node, (name,))
            yield Problem(
                rel,
                line,
                column,
                "date-order",
                f"{name} {end} is before start {start}",
                f"check both dates; {name} should be on or after start",
            )
    if start:
        for index, milestone in enumerate(getattr(item, "milestones", ())):
            if milestone.done and milestone.done < start:
                line, column = locate(node, ("milestones", index, "done"))
                yield Problem(
                    rel,
                    line,
                    column,
                    "date-order",
                    f"milestone '{milestone.title}' done {milestone.done}, before start {start}",
                    "check the done date",
                )


def _refs(item: Item, node: Node) -> tuple[Ref, ...]:
    refs: list[Ref] = []
    for index, opgave in enumerate(item.opgaven):
        refs.append(("opgaven", opgave, *locate(node, ("opgaven", index))))
    for index, other in enumerate(item.related):
        refs.append(("related", other, *locate(node, ("related", index))))
    for name in ("unit", "basisteam", "measure"):
        value = getattr(item, name, None)
        if value:
            refs.append((name, value, *locate(node, (name,))))
    return tuple(refs)


def _parse_item(value: Any, node: Node, rel: str, document: int, out: FileResult) -> None:
    if not isinstance(value, dict):
        line, column = locate(node, ())
        out.problems.append(
            Problem(
                rel,
                line,
                column,
                "invalid-value",
                "an item must be a mapping of fields",
                "start the document with 'kind: measure' (or pilot, meeting, indicator)",
            )
        )
        return
    raw_id = value.get("id")
    item_id = raw_id if isinstance(raw_id, str) else None
    if "id" in value:
        line, column = locate(node, ("id",))
    else:
        line, column = locate(node, ())
    source = Source(rel, line, column, document)
    kind = value.get("kind")
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        at = locate(node, ("kind",)) if "kind" in value else (line, column)
        shown = one_line(kind, 40)
        message = f"kind '{shown}' is not known" if "kind" in value else "kind is missing"
        hint = did_you_mean(str(kind), MODELS) if isinstance(kind, str) else ""
        out.problems.append(
            Problem(
                rel,
                at[0],
                at[1],
                "unknown-kind",
                message,
                hint or "add 'kind: measure' (or pilot, meeting, indicator)",
            )
        )
        out.items.append(ParsedItem(item_id, None, source))
        return
    try:
        item: Item = model.model_validate(value)  # type: ignore[assignment]
    except ValidationError as exc:
        out.problems.extend(problems_from_error(exc, model, node, rel, (line, column)))
        out.items.append(ParsedItem(item_id, None, source))
        return
    out.problems.extend(_date_order(item, node, rel))
    out.items.append(ParsedItem(item.id, item, source, _refs(item, node)))


def _parse_agenda(text: str, rel: str, out: FileResult) -> None:
    read = read_documents(text, rel)
    out.problems.extend(read.problems)
    docs = [d for d in read.documents if d.value is not None]
    if not docs:
        if not read.problems:
            out.problems.append(
                Problem(rel, 1, 1, "missing-field", "agenda.yaml is empty", "add 'programme:'")
            )
        return
    doc = docs[0]
    for extra in docs[1:]:
        line, column = locate(extra.node, ())
        out.problems.append(
            Problem(
                rel,
                line,
                column,
                "invalid-value",
                "agenda.yaml holds more than one document; only the first is read",
                "move everything into the first document and remove the '---' line",
            )
        )
    try:
        out.agenda = Agenda.model_validate(doc.value)
    except ValidationError as exc:
        out.problems.extend(problems_from_error(exc, Agenda, doc.node, rel, (1, 1)))
        return
    _check_agenda(out.agenda, doc.node, rel, out.problems)


def _check_agenda(agenda: Agenda, node: Node, rel: str, problems: list[Problem]) -> None:
    info = agenda.programme
    if info.start and info.end and info.end < info.start:
        line, column = locate(node, ("programme", "end"))
        problems.append(
            Problem(
                rel,
                line,
                column,
                "date-order",
                "programme end is before its start",
                "check both dates under 'programme:'; end should be on or after start",
            )
        )
    dates = info.lovp_meetings
    for index in range(1, len(dates)):
        if dates[index] <= dates[index - 1]:
            line, column = locate(node, ("programme", "lovp_meetings", index))
            problems.append(
                Problem(
                    rel,
                    line,
                    column,
                    "date-order",
                    f"LOVP meeting {dates[index]} does not come after {dates[index - 1]}",
                    "list the meeting dates in ascending order, each once",
                )
            )
    for section in ("opgaven", "units"):
        seen: set[str] = set()
        for index, entry in enumerate(getattr(agenda, section)):
            if entry.id.lower() in seen:
                line, column = locate(node, (section, index, "id"))
                problems.append(
                    Problem(
                        rel,
                        line,
                        column,
                        "duplicate-id",
                        f"{section} id '{entry.id}' is used twice",
                        "give each its own id",
                    )
                )
            seen.add(entry.id.lower())


def _parse_file(found_rel: str, data: bytes, is_agenda: bool) -> FileResult:
    out = FileResult(found_rel)
    text, problem = decode(data, found_rel)
    if problem is not None or text is None:
        out.problems.append(problem)  # type: ignore[arg-type]
        return out
    if is_agenda:
        _parse_agenda(text, found_rel, out)
        return out
    read = read_documents(text, found_rel)
    out.problems.extend(read.problems)
    for doc in read.documents:
        if doc.value is not None:
            count = len(out.items)
            _parse_item(doc.value, doc.node, found_rel, doc.index, out)
            if doc.flawed and len(out.items) > count:
                # YAML would keep one of two values for a key: do not guess which was meant.
                out.items[-1].item = None
    return out


@dataclass(slots=True)
class _Cached:
    size: int
    mtime_ns: int
    digest: bytes
    result: FileResult


_SHOW_PLACES = 3


class _IdSuggestions:
    """'Did you mean' hints for item ids, cheap per hint however many items there are."""

    _FEW = 200

    def __init__(self, parsed: list[ParsedItem]) -> None:
        self._parsed = parsed
        self._ids: list[str] | None = None
        self._by_start: dict[str, list[str]] = {}

    def hint(self, value: str) -> str:
        where = "'ggp-tracker list'"
        if self._ids is None:  # built on first use: most programmes have no bad reference
            self._ids = sorted({p.id for p in self._parsed if p.id})
            for item_id in self._ids:
                self._by_start.setdefault(item_id[:1].lower(), []).append(item_id)
        if len(self._ids) <= self._FEW:
            return did_you_mean(value, self._ids, where)
        # Many items: compare only with ids that start alike, a bounded number of them.
        pool = self._by_start.get(value[:1].lower(), [])[: self._FEW]
        close = difflib.get_close_matches(value, pool, n=1, cutoff=0.6)
        if close:
            return f"did you mean '{close[0]}'?"
        return f"{len(self._ids)} are known; see {where}"


def _cross_check(agenda: Agenda | None, parsed: list[ParsedItem]) -> tuple[list[Problem], set[int]]:
    """Duplicate ids and references between files; returns problems and failed item indexes."""
    problems: list[Problem] = []
    failed: set[int] = set()
    by_id: dict[str, list[int]] = {}
    for index, entry in enumerate(parsed):
        if entry.id:
            by_id.setdefault(entry.id.lower(), []).append(index)
    for indexes in by_id.values():
        if len(indexes) < 2:
            continue
        # At most a few places each: a thousand copies must not cost a million.
        shown = indexes[: _SHOW_PLACES + 1]
        for index in indexes:
            entry = parsed[index]
            places = [parsed[i].source.location for i in shown if i != index][:_SHOW_PLACES]
            others = ", ".join(places)
            if len(indexes) - 1 > len(places):
                others += f" and {len(indexes) - 1 - len(places)} more"
            failed.add(index)
            problems.append(
                Problem(
                    entry.source.file,
                    entry.source.line,
                    entry.source.column,
                    "duplicate-id",
                    f"id '{entry.id}' is also used at {others}",
                    "give each item its own id (ids are compared ignoring case)",
                )
            )
    opgaven = {o.id for o in agenda.opgaven} if agenda else None
    units = {u.id: u for u in agenda.units} if agenda else None
    kinds = {key: parsed[idx[0]].item for key, idx in by_id.items()}
    suggest = _IdSuggestions(parsed)
    for index, entry in enumerate(parsed):
        item = entry.item
        if item is None:
            continue
        for name, value, line, column in entry.refs:
            problem: tuple[str, str, str] | None = None
            if name == "opgaven" and opgaven is not None and value not in opgaven:
                problem = (
                    "unknown-opgave",
                    f"opgave '{value}' is not in agenda.yaml",
                    did_you_mean(value, opgaven),
                )
            elif name == "unit" and units is not None and value not in units:
                problem = (
                    "unknown-unit",
                    f"unit '{value}' is not in agenda.yaml",
                    did_you_mean(value, units),
                )
            elif name == "basisteam" and units is not None:
                unit = units.get(item.unit or "")
                listed = unit.basisteams if unit is not None else None
                if unit is not None and listed is not None and value not in listed:
                    problem = (
                        "unknown-basisteam",
                        f"basisteam '{value}' is not listed for unit '{unit.id}'",
                        did_you_mean(value, listed)
                        + "; or add it to the unit's basisteams in agenda.yaml",
                    )
            elif name in ("related", "measure"):
                target = kinds.get(value.lower(), False)
                if target is False:
                    problem = (
                        "unknown-reference",
                        f"{name} '{value}' names no item",
                        suggest.hint(value),
                    )
                elif name == "measure" and target is not None and target.kind != "measure":
                    problem = (
                        "unknown-reference",
                        f"measure '{value}' is a {target.kind}, not a measure",
                        "name the id of a measure",
                    )
            if problem is not None:
                failed.add(index)
                code, message, hint = problem
                problems.append(Problem(entry.source.file, line, column, code, message, hint))
    return problems, failed


class ProgrammeLoader:
    """Loads a programme folder; keeps per-file results to make reloads cheap."""

    def __init__(self, root: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self._cache: dict[str, _Cached] = {}

    def _result(self, found: Found, is_agenda: bool) -> FileResult:
        cached = self._cache.get(found.rel)
        data, st, problem = read_bytes(found, self.root, self.max_bytes)
        if problem is not None or data is None or st is None:
            self._cache.pop(found.rel, None)
            return FileResult(found.rel, problems=[problem] if problem else [])
        digest = hashlib.blake2b(data, digest_size=16).digest()
        if cached is not None and cached.digest == digest:
            cached.size, cached.mtime_ns = st.st_size, st.st_mtime_ns
            return cached.result
        result = _parse_file(found.rel, data, is_agenda)
        self._cache[found.rel] = _Cached(st.st_size, st.st_mtime_ns, digest, result)
        return result

    def _unchanged(self, found: Found) -> FileResult | None:
        """The cached result when size and mtime say the file is as it was."""
        cached = self._cache.get(found.rel)
        if cached is None:
            return None
        try:
            st = found.path.stat()
        except OSError:
            return None
        if st.st_size == cached.size and st.st_mtime_ns == cached.mtime_ns:
            return cached.result
        return None

    def load(self) -> Programme:
        problems: list[Problem] = []
        agenda_found = Found(AGENDA, self.root / AGENDA)
        if not self.root.is_dir():
            problems.append(
                Problem(
                    str(self.root),
                    0,
                    0,
                    "unreadable",
                    "programme folder not found",
                    "pass --root with the folder holding agenda.yaml",
                )
            )
            return Programme(self.root, None, (), {}, tuple(problems), ())
        if agenda_found.path.exists() or agenda_found.path.is_symlink():
            agenda_result = self._unchanged(agenda_found) or self._result(agenda_found, True)
        else:
            agenda_result = FileResult(
                AGENDA,
                problems=[
                    Problem(
                        AGENDA,
                        0,
                        0,
                        "missing-agenda",
                        "agenda.yaml not found",
                        "run 'ggp-tracker init' or pass --root with the programme folder",
                    )
                ],
            )
        problems.extend(agenda_result.problems)
        if agenda_result.agenda is None and not any(p.is_error for p in agenda_result.problems):
            # Not a regular file (a FIFO, a device): only a warning for an item file, but
            # without an agenda nothing can be checked.
            problems.append(
                Problem(
                    AGENDA,
                    0,
                    0,
                    "missing-agenda",
                    "agenda.yaml could not be read",
                    "make agenda.yaml an ordinary file in the programme folder",
                )
            )
        found, walk_problems = find_files(self.root)
        problems.extend(walk_problems)
        parsed: list[ParsedItem] = []
        live = {AGENDA}
        for entry in found:
            live.add(entry.rel)
            result = self._unchanged(entry) or self._result(entry, False)
            problems.extend(result.problems)
            parsed.extend(result.items)
        for stale in set(self._cache) - live:
            del self._cache[stale]
        cross, failed = _cross_check(agenda_result.agenda, parsed)
        problems.extend(cross)
        items: list[Item] = []
        sources: dict[str, Source] = {}
        for index, entry in enumerate(parsed):
            if entry.item is not None and index not in failed:
                items.append(entry.item)
                sources[entry.item.id] = entry.source
        problems.sort(key=Problem.sort_key)
        return Programme(
            self.root,
            agenda_result.agenda,
            tuple(items),
            sources,
            tuple(problems),
            tuple([AGENDA, *(f.rel for f in found)]),
        )


def load_programme(root: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> Programme:
    return ProgrammeLoader(root, max_bytes=max_bytes).load()
