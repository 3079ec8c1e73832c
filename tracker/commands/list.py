"""`ggp-tracker list TABLE`: scriptable tables of measures, pilots, meetings, actions."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from tracker.gcpause import paused_gc
from tracker.listing import TABLES, Filters, jsonable, rows
from tracker.textsafe import json_text

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "list",
        parents=[common],
        help="list measures, pilots, meetings, actions, indicators or risks",
        description="A table of one kind of item, filtered; --json for scripts.",
    )
    parser.add_argument("table", choices=TABLES)
    parser.add_argument("--opgave", help="only items of this opgave id")
    parser.add_argument("--unit", help="only items of this unit id")
    parser.add_argument("--owner", help="only items whose owner contains this text")
    parser.add_argument("--health", choices=("green", "amber", "red", "none"))
    parser.add_argument(
        "--status",
        help="only this status (measures, risks), phase (pilots), open/done (actions)",
    )
    parser.add_argument("--band", choices=("high", "medium", "low"), help="only risks in this band")
    parser.add_argument("--stale", action="store_true", help="only stale items")
    parser.add_argument("--overdue", action="store_true", help="only overdue items")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    filters = Filters(
        opgave=args.opgave,
        unit=args.unit,
        owner=args.owner,
        health=args.health,
        status=args.status,
        stale=args.stale,
        overdue=args.overdue,
        band=args.band,
    )
    state = ctx.state
    # Rows are many small objects that all stay alive: see tracker/gcpause.py.
    with paused_gc():
        found: list[dict[str, Any]] = rows(state, args.table, filters)
        text = json_text(jsonable(found), indent=2) if args.json else None
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.write("\n")
        return 0
    from tracker.render.table import print_table

    print_table(args.table, found, ctx.state, ctx.lang)
    return 0
