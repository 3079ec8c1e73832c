"""One programme file as the editor sees it, and a checked change to it (`Edit`).

A change is accepted only when the changed text, read back with the loader's own
reader, holds every document exactly as before except the one changed, and that
one holds exactly the expected value and passes its model.
"""

from __future__ import annotations

import difflib
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tracker.edit.errors import EditError
from tracker.edit.insert import Splice, apply
from tracker.edit.scalars import UnwritableText
from tracker.edit.text import Lines
from tracker.files import Found, decode, read_bytes
from tracker.problems import Problem
from tracker.textsafe import clean
from tracker.yamlread import Document, read_documents

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class FileText:
    """A programme file read for editing: its bytes, text and composed documents."""

    rel: str
    path: Path  # the real file, where a link inside the folder leads
    data: bytes
    text: str  # without the byte-order mark
    documents: tuple[Document, ...]
    lines: Lines
    root: Path | None = None  # the programme folder, whose edit lock a write takes

    @property
    def bom(self) -> bool:
        return self.data.startswith(_BOM)

    def document(self, index: int) -> Document | None:
        for doc in self.documents:
            if doc.index == index:
                return doc
        return None


def read_file(root: Path, rel: str) -> FileText:
    """The file `rel` below `root`, or an EditError when it cannot be read or has errors."""
    found = Found(rel, os.path.join(root, rel))
    data, _, problem = read_bytes(found, root)
    text = None
    if problem is None and data is not None:
        text, problem = decode(data, rel)
    if data is None or text is None:
        shown: Problem | str = problem if problem is not None else rel
        raise EditError("edit.file_has_errors", file=rel, count=1, problem=shown)
    read = read_documents(text, rel)
    errors = [p for p in read.problems if p.is_error]  # a warning does not stop an edit
    if errors:
        raise EditError("edit.file_has_errors", file=rel, count=len(errors), problem=errors[0])
    real = Path(os.path.realpath(found.path))
    return FileText(rel, real, data, text, tuple(read.documents), Lines(text), root)


def same(a: Any, b: Any) -> bool:
    """Deep equality of plain values, where NaN equals NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def difference(a: Any, b: Any, path: str = "") -> str | None:
    """The path of the first place where two plain values differ ('' for the top), or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if key not in a or key not in b:
                return f"{path}.{key}" if path else str(key)
            inner = difference(a[key], b[key], f"{path}.{key}" if path else str(key))
            if inner is not None:
                return inner
        return None
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for number, (x, y) in enumerate(zip(a, b, strict=True), 1):
            inner = difference(x, y, f"{path}[{number}]")
            if inner is not None:
                return inner
        return None
    return None if same(a, b) else path


@dataclass(frozen=True)
class Edit:
    """A checked change to one file, ready to be shown (`diff`) or written."""

    file: str
    path: Path
    old: bytes
    new: bytes
    line: int  # 1-based line of the first new line in the changed file
    root: Path | None = None  # the programme folder, whose edit lock the write takes

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"

    def diff(self) -> str:
        """A unified diff of the change, safe to print on a terminal."""
        lines = difflib.unified_diff(
            _diff_lines(self.old),
            _diff_lines(self.new),
            fromfile=f"a/{self.file}",
            tofile=f"b/{self.file}",
            lineterm="",
        )
        return "".join(clean(line) + "\n" for line in lines)


def _diff_lines(data: bytes) -> list[str]:
    lines = Lines(data.decode("utf-8-sig"))
    out = [lines.content(n) for n in range(len(lines))]
    return out[:-1] if out and not out[-1] and len(out) > 1 else out


def _first_new_line(new_text: str, splices: Sequence[Splice]) -> int:
    """1-based line where the last (and main) insertion begins in the new text."""
    ordered = sorted(splices, key=lambda s: s.start)
    shift = sum(len(s.new) - (s.end - s.start) for s in ordered[:-1])
    main = ordered[-1]
    at = main.start + shift
    if main.new[:1] in ("\n", "\r"):
        at += 1 if main.new[:2] != "\r\n" else 2
    return Lines(new_text).line_of(at) + 1


def build_edit(
    file: FileText,
    index: int,
    splices: Sequence[Splice],
    expected: Any,
    model: type[BaseModel],
) -> Edit:
    """The edit that applies `splices`, once the result is read back and found as intended."""
    try:
        new_text = apply(file.text, splices)
        new_data = (_BOM if file.bom else b"") + new_text.encode("utf-8")
    except (UnwritableText, UnicodeEncodeError):
        raise EditError("edit.not_utf8") from None
    read = read_documents(new_text, file.rel)
    errors = [p for p in read.problems if p.is_error]
    if errors:
        reason = EditError("edit.layout_readback", detail=errors[0])
        raise EditError("edit.unsafe", file=file.rel, reason=reason)
    before = {doc.index: doc.value for doc in file.documents}
    after = {doc.index: doc.value for doc in read.documents}
    wanted = {**before, index: expected}
    if before.keys() != after.keys():
        reason = EditError("edit.layout_readback", detail=file.rel)
        raise EditError("edit.unsafe", file=file.rel, reason=reason)
    for doc_index, value in wanted.items():
        where = difference(value, after[doc_index])
        if where is not None:
            reason = EditError("edit.layout_changed", path=where or "item")
            raise EditError("edit.unsafe", file=file.rel, reason=reason)
    try:
        model.model_validate(after[index])
    except ValidationError as exc:
        reason = EditError("edit.layout_readback", detail=str(exc.errors()[0]["msg"]))
        raise EditError("edit.unsafe", file=file.rel, reason=reason) from None
    line = _first_new_line(new_text, splices)
    return Edit(file.rel, file.path, file.data, new_data, line, file.root)
