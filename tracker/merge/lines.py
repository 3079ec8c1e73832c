"""A line merge for the one case git cannot merge: both sides added lines at the same place.

Each side's change from the common ancestor must consist of added lines only (no
line removed or changed). Added lines are moved as far down as they can go
without changing the side's text, so the same addition is found at the same place
whichever way the difference was computed. Where both sides added lines at the
same place, the two blocks are joined (`STRATEGIES`): lines both blocks hold
written once, or only their shared leading lines, or each block whole; runs that
differ follow in date order, ours first on a tie. The caller keeps the first join
whose result means both changes. Every line of the ancestor and of both sides'
additions is in the result, each exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

Additions = dict[int, list[str]]  # ancestor line index -> lines added before it

_DATE = re.compile(r"^[ \t]*(?:-[ \t]+)?date:[ \t]*['\"]?(\d{4}-\d{2}-\d{2})")


class NotOnlyAdded(Exception):
    """A side removed or changed a line: this is not a merge of additions."""


def split(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def additions(base: Sequence[str], side: Sequence[str]) -> Additions:
    """The lines `side` added to `base`, by the place they go; `NotOnlyAdded` otherwise."""
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    found: list[tuple[int, list[str]]] = []
    for tag, i1, _, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag != "insert":
            raise NotOnlyAdded(tag)
        found.append((i1, list(side[j1:j2])))
    out: Additions = {}
    for number, (at, block) in enumerate(found):
        limit = found[number + 1][0] if number + 1 < len(found) else len(base)
        # Slide down while the block's first line equals the ancestor line after it.
        while at < limit and block[0] == base[at]:
            block = [*block[1:], base[at]]
            at += 1
        out.setdefault(at, []).extend(block)
    return out


def _date(block: Sequence[str]) -> str | None:
    for line in block:
        match = _DATE.match(line)
        if match:
            return match.group(1)
    return None


def _ordered(ours: list[str], theirs: list[str]) -> list[str]:
    """Two different runs of added lines: by date when both name one, else ours first."""
    date_ours, date_theirs = _date(ours), _date(theirs)
    if date_ours is not None and date_theirs is not None and date_theirs < date_ours:
        return [*theirs, *ours]
    return [*ours, *theirs]


def whole(ours: list[str], theirs: list[str]) -> list[str]:
    """Both blocks of added lines, each kept whole (one written once when they are equal)."""
    return ours if ours == theirs else _ordered(ours, theirs)


def aligned(ours: list[str], theirs: list[str]) -> list[str]:
    """Both blocks, lines they share written once: a new `updates:` key that each side
    wrote above its entry, say. Where they differ, the runs follow each other."""
    out: list[str] = []
    matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(ours[i1:i2])
        else:
            out.extend(_ordered(ours[i1:i2], theirs[j1:j2]))
    return out


def prefixed(ours: list[str], theirs: list[str]) -> list[str]:
    """Both blocks, their shared leading lines (a new `updates:` key) written once and the
    rest of each kept whole."""
    shared = 0
    while shared < min(len(ours), len(theirs)) and ours[shared] == theirs[shared]:
        shared += 1
    return [*ours[:shared], *whole(ours[shared:], theirs[shared:])]


Combine = Callable[[list[str], list[str]], list[str]]
STRATEGIES: tuple[Combine, ...] = (aligned, prefixed, whole)


def merge_additions(
    base: Sequence[str], ours: Additions, theirs: Additions, combine: Combine = whole
) -> list[str]:
    """The ancestor's lines with both sides' additions put in; `combine` joins two
    blocks added at the same place."""
    out: list[str] = []
    for at in range(len(base) + 1):
        mine, other = ours.get(at), theirs.get(at)
        if mine is not None and other is not None:
            out.extend(combine(mine, other))
        elif mine is not None:
            out.extend(mine)
        elif other is not None:
            out.extend(other)
        if at < len(base):
            out.append(base[at])
    return out
