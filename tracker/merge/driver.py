"""The merge driver: both sides' additions merged, or git's own merge when that is not it.

Git runs `ggp-tracker merge-driver %O %A %B %P` for a programme file that changed
on both sides; the result goes into the %A file and the exit status says whether
it is clean (0) or left for a person (1). The files are only read as text and as
YAML with the loader's safe reader: nothing in them is ever run.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.files import MAX_FILE_BYTES
from tracker.merge.git import run_git
from tracker.merge.lines import STRATEGIES, NotOnlyAdded, additions, merge_additions, split
from tracker.merge.values import Clash, difference, merge3

_BOM = b"\xef\xbb\xbf"
MARKER_SIZE = 7


class Deferred(Exception):
    """The additions-only merge does not apply; `key` (a label) says why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True, slots=True)
class Outcome:
    code: int  # 0: merged cleanly; 1: conflicts (or a result that does not load) left
    data: bytes | None  # the result for %A; None: leave %A as it is
    deferred: Deferred | None  # why git's own merge was used
    problem: str | None = None  # what is wrong with a clean result of git's own merge


def _text(data: bytes) -> tuple[bool, str]:
    bom = data.startswith(_BOM)
    try:
        return bom, data[len(_BOM) if bom else 0 :].decode("utf-8")
    except UnicodeDecodeError:
        raise Deferred("merge.why.not_text") from None


def _read(text: str, path: str) -> dict[int, Any]:
    from tracker.yamlread import read_documents

    read = read_documents(text, path)
    if read.problems:
        raise Deferred("merge.why.unreadable", problem=read.problems[0].text())
    return {doc.index: doc.value for doc in read.documents}


def _model(path: str, value: Any) -> Any:
    from tracker.models import MODELS, Agenda

    if Path(path).name == "agenda.yaml" and "/" not in path.strip("/"):
        return Agenda
    if isinstance(value, dict) and isinstance(value.get("kind"), str):
        return MODELS.get(value["kind"])
    return None


def _valid(model: Any, value: Any) -> bool:
    from pydantic import ValidationError

    try:
        model.model_validate(value)
    except ValidationError:
        return False
    return True


def _check(
    merged: str, path: str, expected: dict[int, Any], mine: dict[int, Any], other: dict[int, Any]
) -> None:
    """`Deferred` unless `merged` reads as exactly the expected documents, valid as both were."""
    try:
        after = _read(merged, path)
    except Deferred as exc:
        raise Deferred("merge.why.result_unreadable", **exc.values) from None
    if after.keys() != expected.keys():
        raise Deferred("merge.why.documents")
    for index, value in after.items():
        where = difference(expected[index], value)
        if where is not None:
            raise Deferred("merge.why.result_differs", path=where or "-")
        model = _model(path, value)
        if (
            model is not None
            and _valid(model, mine[index])
            and _valid(model, other[index])
            and not _valid(model, value)
        ):
            raise Deferred("merge.why.result_invalid")


def merge_added(base: bytes, ours: bytes, theirs: bytes, path: str) -> bytes:
    """The merge of two sides that only added lines, checked; `Deferred` when not that."""
    marks = set()
    texts = []
    for data in (base, ours, theirs):
        bom, text = _text(data)
        marks.add(bom)
        texts.append(text)
    if len(marks) > 1:
        raise Deferred("merge.why.not_additions")
    base_lines, ours_lines, theirs_lines = (split(t) for t in texts)
    try:
        ours_added = additions(base_lines, ours_lines)
        theirs_added = additions(base_lines, theirs_lines)
    except NotOnlyAdded:
        raise Deferred("merge.why.not_additions") from None
    before, mine, other = (_read(t, path) for t in texts)
    if not before.keys() == mine.keys() == other.keys():
        raise Deferred("merge.why.documents")
    expected = {}
    for index, value in before.items():
        try:
            expected[index] = merge3(value, mine[index], other[index])
        except Clash:
            raise Deferred("merge.why.clash") from None
    failure = Deferred("merge.why.clash")
    for combine in STRATEGIES:
        merged = "".join(merge_additions(base_lines, ours_added, theirs_added, combine))
        try:
            _check(merged, path, expected, mine, other)
        except Deferred as exc:
            failure = exc
            continue
        break
    else:
        raise failure
    return (_BOM if marks == {True} else b"") + merged.encode("utf-8")


def _loads(data: bytes, path: str) -> str | None:
    """Why a merged file does not read, or None when it does."""
    try:
        _read(_text(data)[1], path)
    except Deferred as exc:
        from tracker.labels import label

        return label(exc.key, "en", **exc.values)
    return None


def git_merge_file(base: Path, ours: Path, theirs: Path, marker_size: int) -> int | None:
    """Git's own three-way merge into `ours`: the number of conflicts, None on failure."""
    result = run_git(
        None,
        [
            "merge-file",
            f"--marker-size={marker_size}",
            "-L",
            "ours",
            "-L",
            "base",
            "-L",
            "theirs",
            "--",
            str(ours),
            str(base),
            str(theirs),
        ],
    )
    if result is None or result.returncode < 0 or result.returncode > 127:
        return None
    return result.returncode


def merge_paths(
    base: Path, ours: Path, theirs: Path, path: str, marker_size: int = MARKER_SIZE
) -> Outcome:
    """Merge the three files git hands over; the result is written into `ours`."""
    datas = []
    for file in (base, ours, theirs):
        data = file.read_bytes()
        datas.append(data)
    try:
        if any(len(d) > MAX_FILE_BYTES for d in datas):
            raise Deferred("merge.why.too_large")
        merged = merge_added(datas[0], datas[1], datas[2], path)
    except Deferred as deferred:
        conflicts = git_merge_file(base, ours, theirs, marker_size)
        if conflicts is None:
            ours.write_bytes(datas[1])
            return Outcome(1, None, Deferred("merge.why.no_git"))
        if conflicts:
            return Outcome(1, None, deferred)
        problem = _loads(ours.read_bytes(), path)
        return Outcome(1 if problem else 0, None, deferred, problem)
    ours.write_bytes(merged)
    return Outcome(0, merged, None)


def report(outcome: Outcome, path: str, lang: Any = "en") -> None:
    """Say on standard error what the driver did when it was not a clean merge of additions."""
    from tracker.labels import label
    from tracker.textsafe import one_line

    if outcome.deferred is None or (outcome.code == 0 and outcome.problem is None):
        return  # merged cleanly, by the driver or by git's own merge
    reason = label(outcome.deferred.key, lang, **outcome.deferred.values)
    key = "merge.git_result_unreadable" if outcome.problem is not None else "merge.conflict"
    message = label(key, lang, path=path, reason=reason, problem=outcome.problem or "")
    sys.stderr.write(one_line(message) + "\n")
