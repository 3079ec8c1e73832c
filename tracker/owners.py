"""Owners written in more than one way: the round matches owners exactly as written, so
'Anna de Vries' and 'anna  de vries' would get two mails. `validate` warns about them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.problems import Problem, say

if TYPE_CHECKING:
    from tracker.loader import Programme

CODE = "owner-spelling"


def _key(owner: str) -> str:
    return " ".join(owner.split()).casefold()


def owner_spellings(programme: Programme) -> list[Problem]:
    """A warning at each owner that differs from the most used spelling only in case or
    spacing (on a tie, the first written wins)."""
    # Places by spelling first: there are few spellings, and each is compared once.
    places_of: dict[str, list[tuple[str, int]]] = {}
    sources = programme.sources
    for item in programme.items:
        source = sources[item.id]
        where = (source.file, source.line)
        owner = item.owner
        if owner:
            places_of.setdefault(owner, []).append(where)
        for action in item.__dict__.get("actions", ()):
            if action.owner:
                places_of.setdefault(action.owner, []).append(where)
    seen: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for owner, places in places_of.items():
        if owner.strip():
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
