"""`ggp-tracker history [--json] [--reset]`: the snapshots taken, oldest first."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

from tracker.labels import label
from tracker.textsafe import json_text, one_line

if TYPE_CHECKING:
    from tracker.context import Context
    from tracker.history.storage import HistoryStore
    from tracker.labels import Lang


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "history",
        parents=[common],
        help="list the snapshots in .tracker/history.json",
        description=(
            "The snapshots taken with 'ggp-tracker snapshot', oldest first: label, when it "
            "was taken (UTC), the as-of date and the git commit of the programme files."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument(
        "--reset",
        action="store_true",
        help="move the history aside to a timestamped backup and start a new one",
    )
    parser.set_defaults(run=run)


def row(snapshot: dict[str, Any]) -> dict[str, Any]:
    git = snapshot.get("git") or {}
    return {
        "label": snapshot["label"],
        "taken": snapshot["taken"],
        "as_of": snapshot["as_of"],
        "commit": git.get("commit"),
        "dirty": git.get("dirty"),
        "items": len(snapshot["items"]),
        "source_hash": snapshot.get("source_hash"),
    }


def _say_damaged(store: HistoryStore, lang: Lang) -> None:
    note = store.damaged_note(lang)
    if note:
        sys.stderr.write(note + "\n")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.history.errors import HistoryError
    from tracker.history.render import history_table
    from tracker.history.render import print_error as error
    from tracker.history.storage import HistoryStore

    store = HistoryStore(ctx.root)
    if args.json and not args.reset:
        # No words to choose, so the programme is not loaded for its language.
        try:
            snapshots = store.snapshots()
        except HistoryError as exc:
            return error(exc.text(ctx.lang))
        _say_damaged(store, "en")
        sys.stdout.write(json_text([row(s) for s in snapshots], indent=2))
        sys.stdout.write("\n")
        return 0
    lang = ctx.lang
    out = Console(highlight=False, soft_wrap=True)
    try:
        if args.reset:
            backup = store.reset(datetime.now(UTC))
            if backup is None:
                out.print(Text(one_line(label("history.reset_none", lang, path=store.path))))
            else:
                out.print(Text(one_line(label("history.reset_done", lang, backup=backup))))
            return 0
        snapshots = store.snapshots()
    except HistoryError as exc:
        return error(exc.text(lang))
    _say_damaged(store, lang)
    if not snapshots:
        out.print(Text(one_line(label("history.empty", lang, path=store.path))))
        return 0
    out.print(history_table(snapshots, lang))
    return 0
