"""Owners written in more than one way: the round matches owners exactly as written, so
'Anna de Vries' and 'anna  de vries' would get two mails. `validate` warns about them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tracker.problems import Problem, say

if TYPE_CHECKING:
    from tracker.loader import Programme
    from tracker.records import Item

CODE = "owner-spelling"


def _key(owner: str) -> str:
    return " ".join(owner.split()).casefold()


def _owners(items: Iterable[Item]) -> Iterator[str]:
    """Each owner written in `items`, the item's own and its actions', in order."""
    for item in items:
        if item.owner:
            yield item.owner
        for action in item.__dict__.get("actions", ()):
            if action.owner:
                yield action.owner


def owner_spellings(programme: Programme) -> list[Problem]:
    """A warning at each owner that differs from the most used spelling only in case or
    spacing (on a tie, the first written wins)."""
    # The spellings first, without places: most programmes have none to warn about, and
    # the places are looked up only for owners written in more than one way.
    items = programme.items
    spellings_of: dict[str, list[str]] = {}
    for owner in dict.fromkeys(_owners(items)):
        if owner.strip():
            spellings_of.setdefault(_key(owner), []).append(owner)
    doubtful = {s for spellings in spellings_of.values() if len(spellings) > 1 for s in spellings}
    if not doubtful:
        return []
    places_of: dict[str, list[tuple[str, int]]] = {}
    sources = programme.sources
    for item in items:
        source = sources[item.id]
        for owner in _owners((item,)):
            if owner in doubtful:
                places_of.setdefault(owner, []).append((source.file, source.line))
    seen: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for owner, places in places_of.items():
        seen.setdefault(_key(owner), {})[owner] = places
    out = []
    for spellings in seen.values():
        if len(spellings) < 2:
            continue
        usual = max(spellings, key=lambda s: len(spellings[s]))  # first of the most used
        for spelling, places in spellings.items():
            if spelling == usual:
                continue
            for file, line in places:
                message = say("problem.owner-spelling", owner=spelling, usual=usual)
                hint = say("problem.owner-spelling.hint")
                out.append(Problem(file, line, 0, CODE, message, hint))
    return out
