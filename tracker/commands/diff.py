"""`ggp-tracker diff A [B] [--json]`: what changed between two moments."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from rich.console import Console

from tracker.textsafe import json_text

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "diff",
        parents=[common],
        help="compare two snapshots, a git revision, or now",
        description=(
            "Compare A with B. Each is a snapshot label (see 'ggp-tracker history'), "
            "git:REV (the programme files as they were at that git revision, derived as of "
            "the same date), or 'now'."
        ),
    )
    parser.add_argument("a", metavar="A", help="snapshot label, git:REV or now")
    parser.add_argument(
        "b", metavar="B", nargs="?", default="now", help="snapshot label, git:REV or now (default)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.history.diff import diff_snapshots, diff_to_json
    from tracker.history.errors import HistoryError
    from tracker.history.render import print_error as error
    from tracker.history.render import render_diff
    from tracker.history.sides import load_side

    try:
        a = load_side(ctx, args.a)
        b = load_side(ctx, args.b)
    except HistoryError as exc:
        return error(exc.text(ctx.lang))
    diff = diff_snapshots(a, b)
    if args.json:
        sys.stdout.write(json_text(diff_to_json(diff), indent=2, sort_keys=True))
        sys.stdout.write("\n")
        return 0
    Console(highlight=False).print(render_diff(diff, ctx.lang))
    return 0
