"""Load a programme folder into validated models plus every problem found.

`load_programme` never raises on bad data. A `ProgrammeLoader` remembers what
it read per file, so reloading after one file changed re-reads about one file.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from tracker import format2_checks
from tracker.files import AGENDA, MAX_FILE_BYTES, MEASURES, Found, find_files, read_bytes
from tracker.gcpause import paused_gc
from tracker.loader.crossfile import (
    _AgendaRefs,
    _Catalogue,
    _check_file,
    _duplicates,
    _same_ids,
    _unsure_references,
)
from tracker.loader.remembered import (
    CHECKS,
    WALK,
    Checks,
    FolderStamp,
    decode_checks,
    decode_walk,
    encode_checks,
    encode_walk,
    inputs_key,
    remembered_programme,
)
from tracker.loader.results import FileResult, ParsedItem, Programme, Ref, Source
from tracker.loader.stored import decode_result, encode_result
from tracker.parsecache import ParseCache, Stamp
from tracker.problems import Problem
from tracker.records import Item

__all__ = [
    "FileResult",
    "FolderStamp",
    "ParsedItem",
    "Programme",
    "ProgrammeLoader",
    "Ref",
    "Source",
    "decode_result",
    "encode_result",
    "load_programme",
]


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


@dataclass(slots=True)
class _Loaded:
    """What the last load was made of, to hand back the same Programme when nothing changed."""

    agenda: FileResult
    walk: tuple[list[Found], list[Problem]]
    results: list[FileResult]
    programme: Programme


def _parse_file(rel: str, data: bytes, is_agenda: bool) -> FileResult:
    # The YAML reader and the models are imported when a file is parsed: a run whose
    # files are all in the parse cache needs neither.
    from tracker.loader.parse import _parse_file as parse

    return parse(rel, data, is_agenda)


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
        # What the store holds beyond single files (remembered.py), as far as we know.
        self._stored_walk: _Walk | None = None
        self._stored_checks: Checks | None = None
        self._checks: Checks | None = None  # of the last load, when worth storing

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
            self._walk = _Walk(found, problems, stamps, [f.path for f in found])
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
        whole = self._store.whole
        try:
            found, problems, stamps = decode_walk(self.root, whole[WALK])
            self._walk = _Walk(found, problems, stamps, [f.path for f in found])
            self._stored_walk = self._walk  # of an earlier run: used while it holds
        except Exception:  # no row, or a damaged one: the folders are walked
            self._stored_walk = None
        try:
            self._stored_checks = decode_checks(whole[CHECKS])
        except Exception:  # as above: the files are checked
            self._stored_checks = None

    def _save(self, store: ParseCache) -> None:
        """Tell the store what this load parsed, re-stamped, or no longer found."""
        stored = self._stored
        new: list[tuple[str, Stamp, object]] = []
        restamped: list[tuple[str, Stamp]] = []
        for rel, cached in self._cache.items():
            before = stored.get(rel)
            # Most files are as stored: compared field by field, without a Stamp each.
            if (
                before is not None
                and before.seen_ns == cached.seen_ns
                and before.mtime_ns == cached.mtime_ns
                and before.ctime_ns == cached.ctime_ns
                and before.size == cached.size
                and before.ino == cached.ino
                and before.digest == cached.digest
            ):
                continue
            stamp = cached.stamp()
            if before is not None and before.digest == stamp.digest:
                restamped.append((rel, stamp))
            else:
                try:
                    new.append((rel, stamp, encode_result(cached.result)))
                except Exception:  # text plain data cannot carry: that file is not cached
                    continue
        gone = [rel for rel in stored if rel not in self._cache]
        whole: dict[str, object] = {}
        walk = self._walk
        if walk is not None and walk is not self._stored_walk:
            data = encode_walk(self.root, walk.found, walk.problems, walk.stamps)
            if data is not None:
                whole[WALK] = data
        checks = self._checks
        if checks is not None and checks is not self._stored_checks:
            whole[CHECKS] = encode_checks(checks)
        if not (new or restamped or gone or whole):
            return
        if store.write(new, restamped, gone, whole):
            self._stored = {rel: cached.stamp() for rel, cached in self._cache.items()}
            if WALK in whole:
                self._stored_walk = walk
            if CHECKS in whole:
                self._stored_checks = checks
        else:
            self._store = None  # unwritable: do not pay for trying on every reload

    def _load(self) -> Programme:
        problems: list[Problem] = []
        agenda_found = Found(AGENDA, os.path.join(self.root, AGENDA))
        if not self.root.is_dir():
            problems.append(
                Problem.at(str(self.root), 0, 0, "unreadable", "problem.unreadable.no-folder")
            )
            self._last = None
            return Programme(self.root, None, (), {}, tuple(problems), ())
        if os.path.lexists(agenda_found.path):
            agenda_result = self._unchanged(agenda_found) or self._result(agenda_found, True)
        else:
            agenda_result = FileResult(
                AGENDA,
                problems=[Problem.at(AGENDA, 0, 0, "missing-agenda", "problem.missing-agenda")],
            )
        problems.extend(agenda_result.problems)
        if agenda_result.agenda is None and not any(p.is_error for p in agenda_result.problems):
            # Not a regular file (a FIFO, a device): only a warning for an item file, but
            # without an agenda nothing can be checked.
            problems.append(
                Problem.at(AGENDA, 0, 0, "missing-agenda", "problem.missing-agenda.unreadable")
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
        key = self._inputs_key(agenda_result, found, results) if self._store else None
        stored = self._stored_checks
        if key is not None and stored is not None and stored.key == key:
            self._catalogue = None  # the next change checks every file again
            self._checks = stored
            programme = remembered_programme(self.root, agenda_result, results, stored, problems)
            self._last = _Loaded(agenda_result, walk, results, programme)
            return programme
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
        excluded: dict[int, frozenset[int]] = {}  # file index -> items left out
        base = 0
        for at, result in enumerate(results):
            problems.extend(result.problems)
            if not result.items:
                continue
            checked = result.checked
            if checked is None or checked.refs is not refs or checked.catalogue is not catalogue:
                checked = result.checked = _check_file(result, refs, catalogue)
            cross.extend(checked.problems)
            unsure.extend(checked.unsure)
            if duplicated:
                left_out = []
                for index, entry in enumerate(result.items):
                    if entry.item is None:
                        continue
                    if index not in checked.failed and base + index not in duplicated:
                        items.append(entry.item)
                        sources[entry.item.id] = entry.source
                    else:
                        left_out.append(index)
                if left_out:
                    excluded[at] = frozenset(left_out)
            else:
                items.extend(checked.items)
                sources.update(checked.sources)
                if checked.failed:
                    excluded[at] = frozenset(checked.failed)
            base += len(result.items)
        if unsure:
            cross.append(_unsure_references(unsure, catalogue.broken))
        self._checks = Checks(key, list(cross), excluded) if key is not None else None
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

    def _inputs_key(
        self, agenda: FileResult, found: list[Found], results: list[FileResult]
    ) -> bytes | None:
        """The digest the checks between files are remembered by: None unless every
        file's result is the one of the content whose digest is known."""
        pairs = []
        cache = self._cache
        for rel, result in zip((AGENDA, *(f.rel for f in found)), (agenda, *results), strict=True):
            cached = cache.get(rel)
            if cached is None or cached.result is not result:
                return None
            pairs.append((rel, cached.digest))
        return inputs_key(pairs)


def load_programme(root: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> Programme:
    return ProgrammeLoader(root, max_bytes=max_bytes).load()
