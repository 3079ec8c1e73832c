"""`ggp-tracker merge-driver %O %A %B %P`: git's merge driver for programme files.

Git runs it (after `ggp-tracker git-setup`) for a programme file changed on both
sides. See `tracker.merge.driver`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "merge-driver",
        parents=[common],
        help="git's merge driver for programme files (set up by git-setup)",
        description=(
            "Merge a programme file changed on both sides, as git's merge driver: when both "
            "sides only added entries or set a 'done' date, the result holds both and the "
            "exit status is 0; otherwise git's own three-way merge is used and conflicts "
            "give exit status 1. Git calls it as: merge-driver %%O %%A %%B %%P."
        ),
    )
    parser.add_argument("base", type=Path, help="the common ancestor's version (%%O)")
    parser.add_argument("ours", type=Path, help="our version; the result is written here (%%A)")
    parser.add_argument("theirs", type=Path, help="their version (%%B)")
    parser.add_argument("path", help="the file's path in the repository (%%P)")
    parser.add_argument(
        "--marker-size", type=int, default=7, metavar="N", help="conflict marker length (%%L)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.merge.driver import merge_paths, report

    lang = ctx.lang_option if ctx.lang_option in ("nl", "en") else "en"
    size = args.marker_size if 1 <= args.marker_size <= 100 else 7
    outcome = merge_paths(args.base, args.ours, args.theirs, args.path, size)
    report(outcome, args.path, lang)
    return outcome.code
