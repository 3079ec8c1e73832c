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
    seen: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for item in programme.items:
        source = programme.sources[item.id]
        owners = [item.owner, *(a.owner for a in getattr(item, "actions", ()))]
        for owner in owners:
            if owner and owner.strip():
                where = (source.file, source.line)
                seen.setdefault(_key(owner), {}).setdefault(owner, []).append(where)
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
