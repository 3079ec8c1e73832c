"""`ggp-tracker schema [--agenda] [-o FILE]`: the JSON Schema of item files (or agenda.yaml)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.exportfile import write_output
from tracker.labels import Lang, label
from tracker.schema import schema_text

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema of item files, for editors",
        description=(
            "Print the JSON Schema (draft 2020-12) of the documents under measures/, or with "
            "--agenda of agenda.yaml. Editors use it for completion and checks while you type; "
            "'validate' also checks what a schema cannot (ids across files)."
        ),
    )
    parser.add_argument(
        "--agenda", action="store_true", help="the schema of agenda.yaml instead of item files"
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of printing"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    text = schema_text(agenda=args.agenda)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    lang: Lang = "nl" if ctx.lang_option == "nl" else "en"
    target: Path = args.output
    error = write_output(target, text.encode("utf-8"), lang)
    if error:
        print(error, file=sys.stderr)
        return 1
    print(label("schema_written", lang, file=target), file=sys.stderr)
    return 0
