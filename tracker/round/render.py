"""The round as words: terminal text, one Markdown mail per owner, and JSON.

Every line says what is asked and how to give it: the `update` or `done` command,
or the lines to add to the file. Text from the YAML is data: control characters
are removed, and in Markdown every character with a meaning is escaped.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import Any

from tracker.labels import Lang, label
from tracker.round.model import KINDS, Owed, OwnerRound, Received, Round
from tracker.textsafe import one_line

# What starts emphasis, code, links, HTML or strike-through in CommonMark/GFM running text;
# an underscore only at a word's edge (inside a word, as in an id, it means nothing).
_MD_SPECIAL = re.compile(r"[\\`*\[\]<>~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_MD_LINE_START = re.compile(r"^([-+=#])|^(\d+)([.)])")


def md(text: object) -> str:
    """One line of YAML text, shown as written by a Markdown reader, and still plain
    enough to read as the text of a mail."""
    out = _MD_SPECIAL.sub(lambda m: "\\" + m[0], one_line(text))
    return _MD_LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], out)


def owner_name(owner: str | None, lang: Lang) -> str:
    return label("round.office", lang) if owner is None else one_line(owner)


def period_start(round_: Round) -> date | None:
    start = round_.period.start
    return start + timedelta(days=1) if start is not None else None


def _period(round_: Round, lang: Lang) -> str:
    start = period_start(round_)
    if start is None:
        return label("round.period_open", lang, end=round_.period.end)
    return label("round.period", lang, start=start, end=round_.period.end)


def ask(owed: Owed, lang: Lang) -> str:
    """What is asked, in one line."""
    values: dict[str, Any] = {
        "title": one_line(owed.title),
        "item": one_line(owed.item_title),
        "ref": owed.ref,
        "due": owed.due,
        "n": owed.number,
        "last": owed.last_update or label("round.never", lang),
    }
    return label(f"round.ask.{owed.kind}", lang, **values)


def command(owed: Owed, lang: Lang) -> str:
    """The command that gives what is asked."""
    if owed.kind == "update":
        note = label("round.note_placeholder", lang)
        return f'ggp-tracker update {owed.ref} --note "{note}"'
    if owed.kind == "action":
        return f"ggp-tracker done {owed.ref}"
    if owed.kind == "milestone":
        return f"ggp-tracker done {owed.ref} --milestone {owed.number}"
    return ""


def how(owed: Owed, lang: Lang) -> str:
    """How to give it: the command, else where to write it."""
    found = command(owed, lang)
    if found:
        return label("round.how.command", lang, command=found)
    return label(f"round.how.{owed.kind}", lang, file=owed.file, line=owed.line)


def yaml_lines(owed: Owed, on: date, lang: Lang) -> list[str]:
    """The lines to add to the file instead of running the command."""
    note = label("round.note_placeholder", lang)
    if owed.kind == "update":
        return ["updates:", f"  - date: {on.isoformat()}", f"    note: {note}"]
    if owed.kind in ("action", "milestone"):
        return [f"    done: {on.isoformat()}"]
    if owed.kind == "risk":
        return ["updates:", f"  - date: {on.isoformat()}", f"    note: {note}", "    status: open"]
    if owed.kind == "verdict" and owed.due is not None:
        meeting = owed.due.isoformat()
        return [
            "kind: assessment",
            f"id: A-{meeting}-{owed.ref}",
            f"meeting: {meeting}",
            f"opgave: {owed.ref}",
            f"health: amber  # {label('round.health_comment', lang)}",
            f"summary: {label('round.summary_placeholder', lang)}",
        ]
    return []


def received_line(got: Received, lang: Lang) -> str:
    return label(
        f"round.received.{got.kind}",
        lang,
        title=one_line(got.title),
        ref=got.ref,
        date=got.on,
        note=one_line(got.note, 80),
    )


# ---- text ----------------------------------------------------------------------------


def text(round_: Round, lang: Lang) -> str:
    out = [
        label("round.title", lang, meeting=round_.meeting),
        f"{_period(round_, lang)}; {label('as_of', lang)} {round_.as_of}",
    ]
    if not round_.owners:
        out += ["", label("round.nothing_at_all", lang)]
    for owner in round_.owners:
        out += [
            "",
            label(
                "round.owner_line", lang, owner=owner_name(owner.owner, lang), count=len(owner.owed)
            ),
        ]
        for owed in owner.owed:
            kind = label(f"round.kind.{owed.kind}", lang)
            out.append(f"  {kind}: {ask(owed, lang)}")
            out.append(f"      {how(owed, lang)}")
        for got in owner.received:
            out.append(f"  {label('round.got', lang)}: {received_line(got, lang)}")
    return "\n".join(out) + "\n"


# ---- Markdown: a mail per owner -------------------------------------------------------


def mail(round_: Round, owner: OwnerRound, lang: Lang) -> str:
    """One owner's part of the round as Markdown that also reads well as plain text."""
    name = owner_name(owner.owner, lang)
    start = period_start(round_)
    out = [
        f"# {md(label('round.title', lang, meeting=round_.meeting))}",
        "",
        md(label("round.mail.greeting", lang, owner=name)),
        "",
        md(
            label("round.mail.intro", lang, meeting=round_.meeting, start=start, end=round_.meeting)
            if start is not None
            else label("round.mail.intro_open", lang, meeting=round_.meeting)
        ),
    ]
    if not owner.owed:
        out += ["", md(label("round.mail.nothing", lang))]
    for kind in KINDS:
        entries = [o for o in owner.owed if o.kind == kind]
        if not entries:
            continue
        out += ["", f"## {md(label(f'round.heading.{kind}', lang))} ({len(entries)})", ""]
        for number, owed in enumerate(entries, 1):
            out.append(f"{number}. {md(ask(owed, lang))}")
            found = command(owed, lang)
            if found:
                out.append(f"   {md(label('round.mail.command', lang))} `{found}`")
            lines = yaml_lines(owed, round_.as_of, lang)
            where = label(f"round.mail.yaml.{kind}", lang, file=owed.file, line=owed.line)
            out.append(f"   {md(where)}")
            if lines:
                out += ["", "   ```yaml", *(f"   {line}" for line in lines), "   ```"]
            out.append("")
        if out[-1] == "":
            out.pop()
    if owner.received:
        out += ["", f"## {md(label('round.heading.received', lang))} ({len(owner.received)})", ""]
        out += [f"- {md(received_line(got, lang))}" for got in owner.received]
    out += ["", md(label("round.mail.close", lang))]
    return "\n".join(out) + "\n"


def _slug(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60].strip("-")
    return slug or "owner"


def file_names(round_: Round, lang: Lang) -> dict[str | None, str]:
    """A file name per owner: the name in lower case and dashes, unique, `.md`."""
    out: dict[str | None, str] = {}
    taken: set[str] = set()
    for owner in round_.owners:
        base = _slug(owner_name(owner.owner, lang))
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        out[owner.owner] = f"{name}.md"
    return out


def markdown(round_: Round, lang: Lang) -> str:
    """All owners' mails after each other (for standard output)."""
    return "\n---\n\n".join(mail(round_, o, lang) for o in round_.owners) or (
        label("round.nothing_at_all", lang) + "\n"
    )


# ---- JSON ------------------------------------------------------------------------------


def _owed_json(owed: Owed, lang: Lang) -> dict[str, Any]:
    return {
        "kind": owed.kind,
        "ref": owed.ref,
        "title": owed.title,
        "item": owed.item_id,
        "file": owed.file,
        "line": owed.line,
        "due": owed.due.isoformat() if owed.due else None,
        "last_update": owed.last_update.isoformat() if owed.last_update else None,
        "milestone": owed.number if owed.kind == "milestone" else None,
        "asked": ask(owed, lang),
        "command": command(owed, lang) or None,
    }


def as_json(round_: Round, lang: Lang) -> dict[str, Any]:
    names = file_names(round_, lang)
    start = period_start(round_)
    return {
        "meeting": round_.meeting.isoformat(),
        "period": {
            "start": start.isoformat() if start else None,
            "end": round_.meeting.isoformat(),
        },
        "as_of": round_.as_of.isoformat(),
        "owners": [
            {
                "owner": o.owner,
                "file": names[o.owner],
                "owed": [_owed_json(x, lang) for x in o.owed],
                "received": [
                    {"kind": r.kind, "ref": r.ref, "title": r.title, "date": r.on.isoformat()}
                    for r in o.received
                ],
            }
            for o in round_.owners
        ],
    }
