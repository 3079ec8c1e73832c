"""`ggp-tracker round`: what every owner still owes before an LOVP meeting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.context import parse_date
from tracker.labels import label

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "round",
        parents=[common],
        help="the progress round: what every owner still owes before an LOVP meeting",
        description=(
            "For each owner: active measures and pilots without an update in the reporting "
            "period, open actions and milestones due by the meeting; each with the command "
            "that gives it. -o DIR writes one Markdown file per owner, ready to mail."
        ),
    )
    parser.add_argument(
        "--meeting",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the LOVP meeting (a date in the calendar; default: the next)",
    )
    parser.add_argument(
        "--owner", metavar="NAME", help="only this owner, written exactly as in the files"
    )
    parser.add_argument("--format", choices=("text", "md", "json"), default="text")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write one Markdown file per owner into DIR",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from dataclasses import replace

    from tracker.exportfile import write_folder
    from tracker.round import render
    from tracker.round.model import NoMeeting, build_round
    from tracker.textsafe import json_text, one_line

    lang = ctx.lang
    state = ctx.state
    try:
        found = build_round(state, args.meeting)
    except NoMeeting as exc:
        if str(exc):
            dates = ", ".join(d.isoformat() for d in state.lovp_meetings)
            message = label("round.not_a_meeting", lang, date=exc, dates=dates)
        else:
            message = label("round.no_meeting", lang)
        print(label("edit.error", lang, message=message), file=sys.stderr)
        return 1
    if args.owner is not None:
        wanted = args.owner
        chosen = tuple(
            o
            for o in found.owners
            if render.owner_name(o.owner, lang) == wanted or o.owner == wanted
        )
        if not chosen:
            owners = ", ".join(render.owner_name(o.owner, lang) for o in found.owners) or "-"
            message = label("round.unknown_owner", lang, owner=one_line(wanted), owners=owners)
            print(label("edit.error", lang, message=message), file=sys.stderr)
            return 1
        found = replace(found, owners=chosen)
    if args.output is not None:
        names = render.file_names(found, lang)
        letters = {
            names[owner.owner]: render.mail(found, owner, lang).encode("utf-8")
            for owner in found.owners
        }
        error = write_folder(args.output, letters, lang)
        if error:
            print(error, file=sys.stderr)
            return 1
        print(label("round.written", lang, count=len(names), dir=args.output))
        for owner in found.owners:
            count = len(owner.owed)
            print(f"  {names[owner.owner]}  {render.owner_name(owner.owner, lang)} ({count})")
        return 0
    if args.format == "json":
        sys.stdout.write(json_text(render.as_json(found, lang), indent=2) + "\n")
    elif args.format == "md":
        sys.stdout.write(render.markdown(found, lang))
    else:
        sys.stdout.write(render.text(found, lang))
    return 0
