"""`ggp-tracker calendar`: meetings and due dates as an iCalendar file to subscribe to."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "calendar",
        parents=[common],
        help="meetings and due dates as an iCalendar (.ics) file",
        description=(
            "An iCalendar file of the LOVP calendar, every meeting, and the due dates of "
            "measures, milestones, actions, pilot ends, scale-ups and risk reviews, as all-day "
            "events. "
            "The same item keeps the same event id, so a subscribed calendar updates. "
            "Written to standard output unless -o is given."
        ),
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE (.ics)")
    parser.add_argument("--owner", help="only dates whose owner contains this text")
    parser.add_argument("--opgave", metavar="ID", help="only dates of this opgave (and the LOVP)")
    parser.add_argument("--open-only", action="store_true", help="leave out what is done")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.labels import label
    from tracker.reach.calendar import calendar_bytes
    from tracker.reach.events import EventFilter, events

    lang = ctx.lang
    state = ctx.state
    found = events(state, lang, EventFilter(args.owner, args.opgave, args.open_only))
    data = calendar_bytes(state, found, lang)
    if ctx.programme.errors:
        print(label("reach.load_errors", lang, errors=ctx.programme.errors), file=sys.stderr)
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    from tracker.exportfile import write_output

    error = write_output(args.output, data, lang)
    if error:
        print(error, file=sys.stderr)
        return 1
    print(label("reach.cal.written", lang, count=len(found), file=args.output), file=sys.stderr)
    return 0
