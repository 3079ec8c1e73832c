"""`ggp-tracker snapshot [--label TEXT] [--replace]`: keep what is reported now."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from tracker.labels import Lang, label
from tracker.textsafe import one_line

if TYPE_CHECKING:
    from tracker.context import Context

MAX_LABEL = 80


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "snapshot",
        parents=[common],
        help="keep what is reported now in .tracker/history.json",
        description=(
            "Store the state of the programme (as of --as-of) as a labelled snapshot in "
            "<root>/.tracker/history.json, to compare with later using 'ggp-tracker diff'. "
            "Take one when the summary goes out, and commit it with the programme files."
        ),
    )
    parser.add_argument(
        "--label", metavar="TEXT", help="name of the snapshot (default: the as-of date)"
    )
    parser.add_argument(
        "--replace", action="store_true", help="replace a snapshot that has the same label"
    )
    parser.set_defaults(run=run)


def label_problem(text: str, lang: Lang) -> str | None:
    """Why `text` cannot label a snapshot; None when it can."""
    from tracker.history.sides import is_reserved
    from tracker.textsafe import is_blank

    if not text or text != one_line(text) or len(text) > MAX_LABEL or is_blank(text):
        return label("history.label_form", lang)
    if text.startswith("-"):
        # `diff` and `summary --since` would read it as an option, never as this label.
        return label("history.label_dash", lang)
    if is_reserved(text):
        return label("history.label_reserved", lang)
    return None


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.history.errors import HistoryError
    from tracker.history.gitrev import git_info
    from tracker.history.render import print_error as error
    from tracker.history.snapshot import snapshot_of_folder
    from tracker.history.storage import HistoryStore

    lang = ctx.lang
    programme = ctx.programme
    if programme.agenda is None:
        return error(label("history.no_agenda", lang, path=ctx.root))
    name = args.label if args.label is not None else ctx.as_of.isoformat()
    problem = label_problem(name, lang)
    if problem is not None:
        return error(label("history.bad_label", lang, label=one_line(name, 100), reason=problem))
    if programme.errors:
        error(label("history.load_errors", lang, errors=programme.errors))
    git = git_info(ctx.root)
    # The one place a snapshot learns the time; everything below is given it.
    taken = datetime.now(UTC)
    snapshot = snapshot_of_folder(ctx.state, name, taken, git)
    store = HistoryStore(ctx.root)
    try:
        replaced = store.add(snapshot, replace=args.replace)
    except HistoryError as exc:
        return error(exc.text(lang))
    if git is None:
        where = label("history.no_git", lang)
    else:
        key = "history.git_dirty" if git["dirty"] else "history.git_commit"
        where = label(key, lang, commit=git["commit"][:10])
    out = Console(highlight=False, soft_wrap=True)
    out.print(
        Text(
            one_line(
                label(
                    "history.replaced" if replaced else "history.saved",
                    lang,
                    label=name,
                    path=store.path,
                    items=len(snapshot["items"]),
                    as_of=snapshot["as_of"],
                    git=where,
                )
            )
        )
    )
    if git is not None:
        hint = one_line(label("history.commit_hint", lang, path=store.path))
        out.print(Text(hint, style="dim"))
    return 0
