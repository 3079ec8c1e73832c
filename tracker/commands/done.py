"""`ggp-tracker done`: mark a meeting's action or an item's milestone done."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from tracker.commands._editing import add_date_and_dry_run, finish, record_date, refuse
from tracker.edit import (
    Edit,
    EditError,
    milestone_index,
    parse_action_ref,
    plan_action_done,
    plan_milestone_done,
)
from tracker.labels import label

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "done",
        parents=[common],
        help="mark an action (MEETING#N) or a milestone (ITEM --milestone N) done",
        description=(
            "Add 'done: DATE' to an action of a meeting (MEETING#N, N counting from 1) or to "
            "a milestone of a measure or pilot (ITEM --milestone N or TITLE)."
        ),
    )
    parser.add_argument("ref", metavar="MEETING#N|ITEM", help="an action id, or an item id")
    parser.add_argument(
        "--milestone", metavar="N|TITLE", help="the milestone's number (from 1) or title"
    )
    add_date_and_dry_run(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        on = record_date(args, ctx)
        if args.milestone is not None:
            if "#" in args.ref:
                raise EditError("edit.done_needs_ref")

            def plan() -> Edit:
                return plan_milestone_done(ctx.programme, args.ref, args.milestone, on=on)

            def say(edit: Edit) -> str:
                item = ctx.programme.item(args.ref)
                assert item is not None  # planning found it
                return label(
                    "edit.milestone_written",
                    ctx.lang,
                    n=milestone_index(item, args.milestone) + 1,
                    id=item.id,
                    date=on,
                    location=edit.location,
                )

        else:
            if "#" not in args.ref:
                raise EditError("edit.done_needs_ref")
            meeting, number = parse_action_ref(args.ref)

            def plan() -> Edit:
                return plan_action_done(ctx.programme, args.ref, on=on)

            def say(edit: Edit) -> str:
                item = ctx.programme.item(meeting)
                ref = f"{item.id if item else meeting}#{number}"
                return label(
                    "edit.action_written", ctx.lang, ref=ref, date=on, location=edit.location
                )

        return finish(plan, on, args, ctx, say)
    except EditError as exc:
        return refuse(exc, ctx)
