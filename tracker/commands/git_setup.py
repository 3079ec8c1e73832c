"""`ggp-tracker git-setup`: merge programme files with the merge driver in this repository."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tracker.labels import label

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "git-setup",
        parents=[common],
        help="let git merge programme files with the merge driver",
        description=(
            "Write .gitattributes in the programme folder (agenda.yaml and measures/** use "
            "the merge driver; commit it) and set merge.ggp.driver in the repository's "
            ".git/config (not committed: every clone runs git-setup once)."
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.merge.setup import SetupError, configure, write_attributes

    lang = ctx.lang
    try:
        written = write_attributes(ctx.root)
        repository = configure(ctx.root, lang)
    except SetupError as exc:
        print(label(exc.key, lang, **exc.values), file=sys.stderr)
        return 1
    except OSError as exc:
        print(label("merge.setup.failed", lang, reason=exc.strerror or str(exc)), file=sys.stderr)
        return 1
    key = "merge.setup.attributes_written" if written else "merge.setup.attributes_present"
    print(label(key, lang, file=ctx.root / ".gitattributes"))
    print(label("merge.setup.configured", lang, top=repository.top))
    return 0
