"""Load a programme folder into validated models plus every problem found.

`load_programme` never raises on bad data. A `ProgrammeLoader` remembers what
it read per file, so reloading after one file changed re-reads about one file.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tracker import format2_checks
from tracker.files import AGENDA, MAX_FILE_BYTES, MEASURES, Found, decode, find_files, read_bytes
from tracker.gcpause import paused_gc
from tracker.models import MODELS, Agenda, Item
from tracker.parsecache import ParseCache, Stamp
from tracker.problems import Problem, Words, did_you_mean, say, words_data, words_from_data
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
        self.links = tuple(r for r in self.refs if r[0] in _LINKS) if self.refs else ()


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


def _date_order(item: Item, node: Node, rel: str) -> Iterable[Problem]:
    # Fields from the instance dict: getattr on a field a kind lacks goes through
    # pydantic's slow __getattr__ and an exception.
    fields = item.__dict__
    start = fields.get("start")
    for name in ("due", "end"):
        end = fields.get(name)
        if start and end and end < start:
            line, column = locate(node, (name,))
            yield Problem(
                rel,
                line,
                column,
                "date-order",
                say("problem.date-order", field=name, end=end, start=start),
                say("problem.date-order.hint", field=name),
            )
    if start:
        for index, milestone in enumerate(fields.get("milestones", ())):
            if milestone.done and milestone.done < start:
                line, column = locate(node, ("milestones", index, "done"))
                yield Problem(
                    rel,
                    line,
                    column,
                    "date-order",
                    say(
                        "problem.date-order.milestone",
                        title=milestone.title,
                        done=milestone.done,
                        start=start,
                    ),
                    say("problem.date-order.milestone.hint"),
                )


def _start(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def _refs(item: Item, node: Node) -> tuple[Ref, ...]:
    """Every reference with the position of its value, as `locate` gives it (the first of
    a repeated key), from one pass over the item's keys instead of one per reference."""
    fields = item.__dict__
    at: dict[str, Node] = {}
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if key_node.__class__ is ScalarNode and key_node.value not in at:
                at[key_node.value] = value_node
    refs: list[Ref] = []
    for name in ("opgaven", "related"):
        values = fields.get(name)
        if not values:
            continue
        holder = at.get(name)
        for index, value in enumerate(values):
            if holder is None:
                where = _start(node)
            elif isinstance(holder, SequenceNode) and index < len(holder.value):
                where = _start(holder.value[index])
            else:
                where = _start(holder)
            refs.append((name, value, *where))
    for name in ("unit", "basisteam", "measure", "opgave"):
        value = fields.get(name)
        if value:
            holder = at.get(name)
            refs.append((name, value, *_start(holder if holder is not None else node)))
    # Format 2: the LOVP meeting an assessment is written for, or a decision is put to.
    meeting = fields.get("meeting")
    if meeting is not None and fields.get("kind") == "assessment":
        holder = at.get("meeting")
        refs.append(("meeting", meeting.isoformat(), *_start(holder or node)))
    decision = fields.get("decision_needed")
    asked = getattr(decision, "meeting", None) if decision.__class__ is not str else None
    if asked is not None:
        where = locate(at["decision_needed"], ("meeting",)) if "decision_needed" in at else None
        refs.append(("decision_needed.meeting", asked.isoformat(), *(where or _start(node))))
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
                say("problem.invalid-value.not-mapping"),
                say("problem.invalid-value.not-mapping.hint"),
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
        message = (
            say("problem.unknown-kind", kind=shown)
            if "kind" in value
            else say("problem.unknown-kind.missing")
        )
        hint = did_you_mean(str(kind), MODELS) if isinstance(kind, str) else ""
        out.problems.append(
            Problem(
                rel,
                at[0],
                at[1],
                "unknown-kind",
                message,
                hint or say("problem.unknown-kind.hint"),
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
    own = format2_checks.check_item(item, node, rel, (line, column))
    if own:
        out.problems.extend(own)
        out.items.append(ParsedItem(item_id, None, source))
        return
    out.items.append(ParsedItem(item.id, item, source, _refs(item, node)))


def _parse_agenda(text: str, rel: str, out: FileResult) -> None:
    read = read_documents(text, rel)
    out.problems.extend(read.problems)
    docs = [d for d in read.documents if d.value is not None]
    if not docs:
        if not read.problems:
            out.problems.append(
                Problem(
                    rel,
                    1,
                    1,
                    "missing-field",
                    say("problem.missing-field.empty-agenda"),
                    say("problem.missing-field.empty-agenda.hint"),
                )
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
                say("problem.invalid-value.two-documents"),
                say("problem.invalid-value.two-documents.hint"),
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
                say("problem.date-order.programme"),
                say("problem.date-order.programme.hint"),
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
                    say("problem.date-order.lovp", date=dates[index], before=dates[index - 1]),
                    say("problem.date-order.lovp.hint"),
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
                        say("problem.duplicate-id.agenda", section=section, id=entry.id),
                        say("problem.duplicate-id.agenda.hint"),
                    )
                )
            seen.add(entry.id.lower())
    problems.extend(format2_checks.check_agenda(agenda, node, rel))


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


# A file or folder that changed this shortly before it was looked at may change again
# without its timestamp moving (file-system clocks are coarse, some to 2 s): its size
# and time are then not trusted to say it is unchanged.
_RACY_NS = 2_000_000_000


@dataclass(slots=True)
class _Cached:
    size: int
    mtime_ns: int
    ctime_ns: int  # moves on any change, also when mtime is set back by hand
    ino: int  # another file put in its place
    digest: bytes
    result: FileResult
    seen_ns: int  # when size and times were read

    def trusted(self, st: os.stat_result) -> bool:
        return (
            st.st_size == self.size
            and st.st_mtime_ns == self.mtime_ns
            and st.st_ctime_ns == self.ctime_ns
            and st.st_ino == self.ino
            and st.st_ctime_ns < self.seen_ns - _RACY_NS
        )

    def stamp(self) -> Stamp:
        return Stamp(self.size, self.mtime_ns, self.ctime_ns, self.ino, self.seen_ns, self.digest)

    @classmethod
    def restored(cls, stamp: Stamp, result: FileResult) -> _Cached:
        s = stamp
        return cls(s.size, s.mtime_ns, s.ctime_ns, s.ino, s.digest, result, s.seen_ns)


# A file's parse result as plain data for the parse cache: per item its id, its fields
# as the file gave them, where it is written and what it refers to; the problems; the
# agenda. The models' own definitions say how to write and read it back, so a stored
# row is checked as strictly as the file was, and a row that is not what was written
# fails here (the cache then parses the file again).
_StoredItem = tuple[
    str | None,  # id
    Annotated[Union[tuple(MODELS.values())], Field(discriminator="kind")] | None,  # noqa: UP007
    int,  # line
    int,  # column
    int,  # document
    tuple[tuple[str, str, int, int], ...],  # refs
]
# file, line, column, code, message and hint: the words by label key and values, so a
# problem read back from the cache is said in any language (`words_data`).
_StoredProblem = tuple[str, int, int, str, Any, Any]
_Stored = tuple[tuple[_StoredItem, ...], tuple[_StoredProblem, ...], Agenda | None]


@functools.cache
def _stored_form() -> TypeAdapter[Any]:
    return TypeAdapter(_Stored)


def encode_result(result: FileResult) -> object:
    """`result` as plain data: lists, maps, strings, numbers."""
    items = tuple(
        (e.id, e.item, e.source.line, e.source.column, e.source.document, e.refs)
        for e in result.items
    )
    problems = tuple(
        (p.file, p.line, p.column, p.code, words_data(p.message), words_data(p.hint))
        for p in result.problems
    )
    row = (items, problems, result.agenda)
    return _stored_form().dump_python(row, mode="json", exclude_unset=True)


def decode_result(rel: str, data: object) -> FileResult:
    """What `encode_result` made, back; ValidationError when `data` is anything else."""
    items, problems, agenda = _stored_form().validate_python(data)
    return FileResult(
        rel,
        [
            ParsedItem(item_id, item, Source(rel, line, column, document), refs)
            for item_id, item, line, column, document, refs in items
        ],
        [
            Problem(file, line, column, code, words_from_data(message), words_from_data(hint))
            for file, line, column, code, message, hint in problems
        ],
        agenda,
    )


FolderStamp = tuple[int, int, int, int]  # device, inode, mtime and ctime of a folder


def _folder_stamps(top: str, now_ns: int) -> dict[str, FolderStamp] | None:
    """A stamp of every folder below `top`, or None when a walk of it cannot be reused.

    Adding, removing or renaming an entry changes its folder's times, so while every
    stamp holds, `find_files` would find the same files with the same problems. Not
    reusable: a tree holding a link (what it leads to can change without any folder
    changing), an unreadable folder, or one that changed too recently to trust.
    """
    stamps: dict[str, FolderStamp] = {}
    stack = [top]
    while stack:
        path = stack.pop()
        try:
            st = os.lstat(path)
            if not stat.S_ISDIR(st.st_mode):
                return None
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError:
            return None
        if max(st.st_mtime_ns, st.st_ctime_ns) >= now_ns - _RACY_NS:
            return None
        stamps[path] = (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                return None
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
    return stamps


@dataclass(slots=True)
class _Walk:
    found: list[Found]
    problems: list[Problem]
    stamps: dict[str, FolderStamp]
    paths: list[str] = field(default_factory=list)  # of `found`, as text for os.stat

    def holds(self) -> bool:
        for path, stamp in self.stamps.items():
            try:
                st = os.lstat(path)
            except OSError:
                return False
            if (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_ctime_ns) != stamp:
                return False
        return True


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
                Problem(
                    entry.source.file,
                    entry.source.line,
                    entry.source.column,
                    "duplicate-id",
                    say("problem.duplicate-id", id=one_line(entry.id, 60), places=others),
                    say("problem.duplicate-id.hint"),
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
                data, _, _ = read_bytes(Found(rel, root / rel), root)
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


@dataclass(slots=True)
class _Loaded:
    """What the last load was made of, to hand back the same Programme when nothing changed."""

    agenda: FileResult
    walk: tuple[list[Found], list[Problem]]
    results: list[FileResult]
    programme: Programme


class ProgrammeLoader:
    """Loads a programme folder; keeps per-file results to make reloads cheap.

    A reload costs a look at each file's size and time, the checks between items,
    and the parsing of files that changed; the folders are walked again only when
    one of them changed.
    """

    def __init__(
        self,
        root: Path | str,
        *,
        max_bytes: int = MAX_FILE_BYTES,
        persist: bool = False,
    ) -> None:
        """`persist`: keep parse results between runs (parsecache.py), for the commands
        and the UI; off for one-off folders such as a programme read from git."""
        self.root = Path(root)
        self.max_bytes = max_bytes
        self._cache: dict[str, _Cached] = {}
        self._restore = persist
        self._store: ParseCache | None = None
        self._stored: dict[str, Stamp] = {}  # what the store holds, as far as we know
        self._walk: _Walk | None = None
        self._agenda_refs = _AgendaRefs(None)
        self._catalogue: _Catalogue | None = None
        self._last: _Loaded | None = None

    def _result(self, found: Found, is_agenda: bool) -> FileResult:
        cached = self._cache.get(found.rel)
        seen_ns = time.time_ns()
        data, st, problem = read_bytes(found, self.root, self.max_bytes)
        if problem is not None or data is None or st is None:
            self._cache.pop(found.rel, None)
            return FileResult(found.rel, problems=[problem] if problem else [])
        digest = hashlib.blake2b(data, digest_size=16).digest()
        if cached is not None and cached.digest == digest:
            cached.size, cached.mtime_ns, cached.seen_ns = st.st_size, st.st_mtime_ns, seen_ns
            cached.ctime_ns, cached.ino = st.st_ctime_ns, st.st_ino
            return cached.result
        result = _parse_file(found.rel, data, is_agenda)
        self._cache[found.rel] = _Cached(
            st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, digest, result, seen_ns
        )
        return result

    def _unchanged(self, found: Found) -> FileResult | None:
        """The cached result when size and mtime say the file is as it was."""
        cached = self._cache.get(found.rel)
        if cached is None:
            return None
        try:
            st = os.stat(found.path)
        except OSError:
            return None
        return cached.result if cached.trusted(st) else None

    def _find(self) -> tuple[list[Found], list[Problem]]:
        """The files below measures/, from the last walk while no folder changed."""
        if self._walk is not None and self._walk.holds():
            return self._walk.found, self._walk.problems
        stamps = _folder_stamps(os.path.join(self.root, MEASURES), time.time_ns())
        found, problems = find_files(self.root)
        self._walk = None
        if stamps is not None:
            self._walk = _Walk(found, problems, stamps, [os.fspath(f.path) for f in found])
        return found, problems

    def _results(self, found: list[Found]) -> list[FileResult]:
        """Each file's result: the cached one while its size and time say it is unchanged."""
        walk = self._walk
        paths = walk.paths if walk is not None and walk.found is found else None
        cache = self._cache
        results: list[FileResult] = []
        # The loop every reload runs once per file: a stat and a dict lookup, inline.
        for index, entry in enumerate(found):
            cached = cache.get(entry.rel)
            if cached is not None:
                try:
                    st = os.stat(paths[index] if paths is not None else entry.path)
                except OSError:
                    st = None
                if st is not None and cached.trusted(st):
                    results.append(cached.result)
                    continue
            results.append(self._result(entry, False))
        return results

    def load(self) -> Programme:
        with paused_gc():  # see tracker/gcpause.py
            if self._restore:
                self._restore = False
                self._open_store()
            programme = self._load()
            if self._store is not None:
                self._save(self._store)
            return programme

    def _open_store(self) -> None:
        """Results stored by earlier runs; each is used only while its file matches it."""
        if not self.root.is_dir():
            return
        self._store = ParseCache.open(self.root, self.max_bytes)
        if self._store is None:
            return
        for rel, (stamp, result) in self._store.read(decode_result).items():
            self._cache.setdefault(rel, _Cached.restored(stamp, result))
            self._stored[rel] = stamp

    def _save(self, store: ParseCache) -> None:
        """Tell the store what this load parsed, re-stamped, or no longer found."""
        stored = self._stored
        new: list[tuple[str, Stamp, object]] = []
        restamped: list[tuple[str, Stamp]] = []
        for rel, cached in self._cache.items():
            stamp = cached.stamp()
            before = stored.get(rel)
            if before == stamp:
                continue
            if before is not None and before.digest == stamp.digest:
                restamped.append((rel, stamp))
            else:
                try:
                    new.append((rel, stamp, encode_result(cached.result)))
                except Exception:  # text plain data cannot carry: that file is not cached
                    continue
        gone = [rel for rel in stored if rel not in self._cache]
        if not (new or restamped or gone):
            return
        if store.write(new, restamped, gone):
            self._stored = {rel: cached.stamp() for rel, cached in self._cache.items()}
        else:
            self._store = None  # unwritable: do not pay for trying on every reload

    def _load(self) -> Programme:
        problems: list[Problem] = []
        agenda_found = Found(AGENDA, self.root / AGENDA)
        if not self.root.is_dir():
            problems.append(
                Problem(
                    str(self.root),
                    0,
                    0,
                    "unreadable",
                    say("problem.unreadable.no-folder"),
                    say("problem.unreadable.no-folder.hint"),
                )
            )
            self._last = None
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
                        say("problem.missing-agenda"),
                        say("problem.missing-agenda.hint"),
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
                    say("problem.missing-agenda.unreadable"),
                    say("problem.missing-agenda.unreadable.hint"),
                )
            )
        walk = self._find()
        found, walk_problems = walk
        problems.extend(walk_problems)
        results = self._results(found)
        live = {AGENDA, *(entry.rel for entry in found)}
        for stale in set(self._cache) - live:
            del self._cache[stale]
        last = self._last
        if (
            last is not None
            and last.agenda is agenda_result
            and (last.walk[0] is found or last.walk == walk)
            and len(last.results) == len(results)
            and all(a is b for a, b in zip(last.results, results, strict=True))
        ):
            return last.programme
        if self._agenda_refs.agenda is not agenda_result.agenda:
            self._agenda_refs = _AgendaRefs(agenda_result.agenda)
        refs = self._agenda_refs
        if self._catalogue is None or last is None or not _same_ids(last.results, results):
            self._catalogue = _Catalogue(results, self.root)
        catalogue = self._catalogue
        cross: list[Problem] = []
        duplicated: set[int] = set()  # indexes over all files' items
        if catalogue.duplicates:
            parsed = [entry for result in results for entry in result.items]
            _duplicates(parsed, cross, duplicated)
        if catalogue.assessments:
            format2_checks.duplicate_assessments(results, cross, duplicated)
        items: list[Item] = []
        sources: dict[str, Source] = {}
        unsure: list[tuple[str, int, int, str]] = []
        base = 0
        for result in results:
            problems.extend(result.problems)
            if not result.items:
                continue
            checked = result.checked
            if checked is None or checked.refs is not refs or checked.catalogue is not catalogue:
                checked = result.checked = _check_file(result, refs, catalogue)
            cross.extend(checked.problems)
            unsure.extend(checked.unsure)
            if duplicated:
                for index, entry in enumerate(result.items):
                    if (
                        entry.item is not None
                        and index not in checked.failed
                        and base + index not in duplicated
                    ):
                        items.append(entry.item)
                        sources[entry.item.id] = entry.source
            else:
                items.extend(checked.items)
                sources.update(checked.sources)
            base += len(result.items)
        if unsure:
            cross.append(_unsure_references(unsure, catalogue.broken))
        problems.extend(cross)
        problems.sort(key=Problem.sort_key)
        programme = Programme(
            self.root,
            agenda_result.agenda,
            tuple(items),
            sources,
            tuple(problems),
            tuple([AGENDA, *(f.rel for f in found)]),
        )
        self._last = _Loaded(agenda_result, walk, results, programme)
        return programme


def _unsure_references(unsure: list[tuple[str, int, int, str]], broken: list[str]) -> Problem:
    """One warning for every reference that may point into a file that did not parse."""
    file, line, column, what = unsure[0]
    what_all: str = what
    if len(unsure) > 1:
        what_all = say("problem.and-more", places=what, count=len(unsure) - 1)
    files = ", ".join(broken[:3]) + (f" (+{len(broken) - 3})" if len(broken) > 3 else "")
    return Problem(
        file,
        line,
        column,
        "unresolved-reference",
        say("problem.unresolved-reference", what=what_all, files=files),
        say("problem.unresolved-reference.hint"),
    )


def load_programme(root: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> Programme:
    return ProgrammeLoader(root, max_bytes=max_bytes).load()
