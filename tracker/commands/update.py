"""`ggp-tracker update ID`: append a dated entry to an item's progress log."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from tracker.commands._editing import add_date_and_dry_run, finish, record_date, refuse
from tracker.edit import Edit, EditError, plan_update
from tracker.labels import label

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "update",
        parents=[common],
        help="record progress: append a dated update to a measure, pilot or meeting",
        description=(
            "Append one entry to the item's 'updates' in its own file; everything else in "
            "the file stays exactly as it is. Values are checked before anything is written."
        ),
    )
    parser.add_argument("id", metavar="ID", help="the item's id, e.g. netwerk-basisteamchefs")
    state = parser.add_mutually_exclusive_group()
    state.add_argument(
        "--status",
        help="a measure's new status (planned, active, done, ...) or a risk's (open, "
        "mitigating, closed)",
    )
    state.add_argument("--phase", help="a pilot's new phase: idea, preparing, running, ...")
    parser.add_argument("--health", help="green, amber or red")
    parser.add_argument("--progress", metavar="N", help="percent done, 0-100")
    parser.add_argument("--likelihood", metavar="N", help="a risk's likelihood, 1-5")
    parser.add_argument("--impact", metavar="N", help="a risk's impact, 1-5")
    parser.add_argument("--note", required=True, help="what happened, in a sentence or two")
    parser.add_argument("--by", metavar="NAME", help="who reports it")
    add_date_and_dry_run(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        on = record_date(args, ctx)

        def plan() -> Edit:
            return plan_update(
                ctx.programme,
                args.id,
                on=on,
                note=args.note,
                by=args.by,
                status=args.status,
                phase=args.phase,
                health=args.health,
                progress=args.progress,
                likelihood=args.likelihood,
                impact=args.impact,
            )

        def say(edit: Edit) -> str:
            item_id = ctx.programme.item(args.id).id  # type: ignore[union-attr]
            return label("edit.update_written", ctx.lang, id=item_id, location=edit.location)

        return finish(plan, on, args, ctx, say)
    except EditError as exc:
        return refuse(exc, ctx)
