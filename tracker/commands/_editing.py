"""What `update` and `done` share: the date option, showing or writing an edit, refusals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from tracker.edit import Edit, EditError, write_edit
from tracker.edit.lock import edit_lock
from tracker.labels import label
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.context import Context


def add_date_and_dry_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the date to record (default: the as-of date, i.e. today unless --as-of is given)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the change as a unified diff and write nothing",
    )


def record_date(args: argparse.Namespace, ctx: Context) -> date:
    if args.date is None:
        return ctx.as_of
    try:
        return date.fromisoformat(args.date)
    except ValueError:
        raise EditError("edit.bad_date", value=args.date) from None


def refuse(error: EditError, ctx: Context) -> int:
    message = label("edit.error", ctx.lang, message=error.text(ctx.lang))
    sys.stderr.write(one_line(message) + "\n")
    return 1


def date_note(on: date, ctx: Context) -> None:
    """Say so when the recorded date lies where the views do not look."""
    agenda = ctx.programme.agenda
    end = agenda.programme.end if agenda else None
    if end is not None and on > end:
        note = label("edit.after_end", ctx.lang, date=on, end=end)
    elif on > ctx.as_of:
        note = label("edit.after_as_of", ctx.lang, date=on, as_of=ctx.as_of)
    else:
        return
    sys.stderr.write(one_line(note) + "\n")


def finish(
    plan: Callable[[], Edit],
    on: date,
    args: argparse.Namespace,
    ctx: Context,
    say: Callable[[Edit], str],
) -> int:
    """Print the diff (dry run) or write the edit and say where."""
    try:
        edit: Edit | None = plan()  # a refusal comes before anything, the lock's file too
    except EditError as exc:
        # Another writer saved since the load: planned again below, on a fresh load.
        if exc.key != "edit.changed_since_loaded" or args.dry_run:
            raise
        edit = None
    if args.dry_run:
        assert edit is not None
        sys.stdout.write(edit.diff())
        sys.stdout.write(label("edit.dry_run", ctx.lang) + "\n")
        return 0
    with edit_lock(ctx.root):
        # Loaded and planned again holding the lock: a note another writer saved
        # meanwhile is read and kept, and no one else writes until this one is renamed.
        for cached in ("programme", "state"):  # Context's cached_property values
            vars(ctx).pop(cached, None)
        edit = plan()
        write_edit(edit)
    sys.stdout.write(one_line(say(edit)) + "\n")
    date_note(on, ctx)
    return 0
