"""One file read into documents, and each document into an item or the agenda."""

from __future__ import annotations

from tracker.files import decode
from tracker.loader.document import _parse_agenda, _parse_item
from tracker.loader.results import FileResult
from tracker.yamlread import read_documents


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
