"""What a load found beyond single files, as plain data for the parse cache: the walk
of the folders, and the outcome of the checks between files.

A run whose files and folders are all unchanged would otherwise walk every folder and
check every item against every other again, to find what the last run found. The walk
is kept with the stamps of its folders (used while each still holds, as a reload does
within one run); the checks' outcome with a digest of every file's name and content
(used only while each file is the one whose content had that digest). A row that does
not read as what was written is no row: the walk or the checks are done again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.files import AGENDA, MEASURES, Found
from tracker.loader.results import FileResult, Programme, Source
from tracker.problems import Problem, words_data, words_from_data
from tracker.records import Item

WALK = "walk"
CHECKS = "checks"
_WALK_LAYOUT = "walk-1"
_CHECKS_LAYOUT = "checks-1"

FolderStamp = tuple[int, int, int, int]  # device, inode, mtime and ctime of a folder


@dataclass(frozen=True, slots=True)
class Checks:
    """What the checks between files found for one set of files."""

    key: bytes  # `inputs_key` of the files checked
    problems: list[Problem]
    excluded: dict[int, frozenset[int]]  # file index -> indexes of items left out


def inputs_key(files: Iterable[tuple[str, bytes]]) -> bytes:
    """One digest of every file's name and content digest, in order."""
    key = hashlib.blake2b(digest_size=16)
    for rel, digest in files:
        name = rel.encode("utf-8", "surrogatepass")
        key.update(len(name).to_bytes(4, "big"))
        key.update(name)
        key.update(digest)
    return key.digest()


def problem_data(p: Problem) -> list[object]:
    return [p.file, p.line, p.column, p.code, words_data(p.message), words_data(p.hint)]


def problem_from_data(data: Any) -> Problem:
    file, line, column, code, message, hint = data
    if not (type(file) is type(code) is str and type(line) is type(column) is int):
        raise ValueError("not a stored problem")
    return Problem(file, line, column, code, words_from_data(message), words_from_data(hint))


def _tops(root: Path) -> tuple[str, str]:
    # How the loader spells the measures folder when it stamps the folders, and how
    # the walk spells it in the files' paths (a Path drops a leading "./").
    return os.path.join(root, MEASURES), os.fspath(root / MEASURES)


def _below(path: str) -> bool:
    # A stored path names a place below measures/ and never climbs out of it: a row
    # changed by hand must not make the loader read outside the programme folder.
    parts = path.split(os.sep)
    return parts[0] == "" and len(parts) > 1 and ".." not in parts


def encode_walk(
    root: Path, found: list[Found], problems: list[Problem], stamps: dict[str, FolderStamp]
) -> object | None:
    """The walk as plain data, its paths relative to `root`; None when a path is not
    spelled below `root` as the next run will spell it."""
    top, tree = _tops(root)
    folders = []
    for path, stamp in stamps.items():
        if not path.startswith(top):
            return None
        folders.append([path[len(top) :], *stamp])
    files = []
    for entry in found:
        path = os.fspath(entry.path)
        if not path.startswith(tree):
            return None
        files.append([entry.rel, path[len(tree) :]])
    return [_WALK_LAYOUT, folders, files, [problem_data(p) for p in problems]]


def decode_walk(root: Path, data: Any) -> tuple[list[Found], list[Problem], dict[str, FolderStamp]]:
    """What `encode_walk` made, back; ValueError (or another error) for anything else."""
    layout, folders, files, problems = data
    if layout != _WALK_LAYOUT:
        raise ValueError("not a stored walk")
    top, tree = _tops(root)
    stamps: dict[str, FolderStamp] = {}
    for rel, dev, ino, mtime, ctime in folders:
        if not (type(rel) is str and type(dev) is type(ino) is type(mtime) is type(ctime) is int):
            raise ValueError("not a stored folder")
        if rel and not _below(rel):
            raise ValueError("not a stored folder")
        stamps[top + rel] = (dev, ino, mtime, ctime)
    found = []
    for rel, path in files:
        if not (type(rel) is type(path) is str and _below(path)):
            raise ValueError("not a stored file")
        found.append(Found(rel, tree + path))
    return found, [problem_from_data(p) for p in problems], stamps


def encode_checks(checks: Checks) -> object:
    excluded = [[index, sorted(items)] for index, items in checks.excluded.items()]
    return [_CHECKS_LAYOUT, checks.key, [problem_data(p) for p in checks.problems], excluded]


def decode_checks(data: Any) -> Checks:
    """What `encode_checks` made, back; ValueError (or another error) for anything else."""
    layout, key, problems, excluded = data
    if layout != _CHECKS_LAYOUT or type(key) is not bytes:
        raise ValueError("not stored checks")
    left_out: dict[int, frozenset[int]] = {}
    for index, items in excluded:
        if type(index) is not int or not all(type(i) is int for i in items):
            raise ValueError("not stored checks")
        left_out[index] = frozenset(items)
    return Checks(key, [problem_from_data(p) for p in problems], left_out)


def remembered_programme(
    root: Path,
    agenda: FileResult,
    results: list[FileResult],
    checks: Checks,
    problems: list[Problem],
) -> Programme:
    """The programme of these files from what the checks between them found before."""
    items: list[Item] = []
    sources: dict[str, Source] = {}
    for at, result in enumerate(results):
        problems.extend(result.problems)
        left_out = checks.excluded.get(at, ())
        for index, entry in enumerate(result.items):
            if entry.item is not None and index not in left_out:
                items.append(entry.item)
                sources[entry.item.id] = entry.source
    problems.extend(checks.problems)
    problems.sort(key=Problem.sort_key)
    files = (AGENDA, *(r.rel for r in results))
    return Programme(root, agenda.agenda, tuple(items), sources, tuple(problems), files)
