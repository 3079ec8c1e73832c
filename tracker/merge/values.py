"""The three-way merge of plain values (what a YAML document reads as) that a merge means.

Used to check a merged text: the merged document must read as exactly this value.
Where both sides changed one thing differently there is no such value (`Clash`).
"""

from __future__ import annotations

from typing import Any

from tracker.edit.document import same  # deep equality, NaN equal to NaN


class Clash(Exception):
    """The two sides changed the same thing differently: a merge must be decided by hand."""


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()


def difference(a: Any, b: Any, path: str = "") -> str | None:
    """Where two plain values first differ ('' for the whole), or None when they are the same."""
    if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        for key in a:
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


def _equal(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return same(a, b)


def date_key(entry: Any) -> str | None:
    """The `date` of a list entry that has one (dates are read as text: ISO sorts)."""
    if isinstance(entry, dict):
        value = entry.get("date")
        if isinstance(value, str):
            return value
    return None


def _same_start(ours: list[Any], theirs: list[Any]) -> bool:
    shorter, longer = sorted((ours, theirs), key=len)
    return bool(shorter) and all(same(a, b) for a, b in zip(shorter, longer, strict=False))


def ordered_additions(ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Both sides' new entries: each side's as it wrote them, the side whose first new
    entry is dated earlier first (ours on a tie, or where an entry has no date). Entries
    that both sides added alike at the start are one entry, as git takes one line for
    a line both sides added."""
    if _same_start(ours, theirs):
        return ours if len(ours) >= len(theirs) else theirs
    if ours and theirs:
        first_ours, first_theirs = date_key(ours[0]), date_key(theirs[0])
        if first_ours is not None and first_theirs is not None and first_theirs < first_ours:
            return [*theirs, *ours]
    return [*ours, *theirs]


def _merge_lists(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    if len(ours) < len(base) or len(theirs) < len(base):
        raise Clash("an entry was removed")
    kept = [merge3(o, a, b) for o, a, b in zip(base, ours, theirs, strict=False)]
    return kept + ordered_additions(ours[len(base) :], theirs[len(base) :])


def merge3(base: Any, ours: Any, theirs: Any) -> Any:
    """The merged value; `MISSING` stands for an absent key. Raises `Clash`."""
    if _equal(ours, theirs):
        return ours
    if _equal(base, ours):
        return theirs
    if _equal(base, theirs):
        return ours
    if isinstance(ours, dict) and isinstance(theirs, dict):
        old = base if isinstance(base, dict) else {} if base is MISSING else None
        if old is None:
            raise Clash("a mapping replaced a value")
        out = {}
        for key in dict.fromkeys([*old, *ours, *theirs]):
            value = merge3(old.get(key, MISSING), ours.get(key, MISSING), theirs.get(key, MISSING))
            if value is not MISSING:
                out[key] = value
        return out
    if isinstance(ours, list) and isinstance(theirs, list):
        old = base if isinstance(base, list) else [] if base is MISSING else None
        if old is None:
            raise Clash("a list replaced a value")
        return _merge_lists(old, ours, theirs)
    raise Clash("changed differently on both sides")
