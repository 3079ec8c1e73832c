"""`ggp-tracker export`: every table in one Excel workbook, or as CSV files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export",
        parents=[common],
        help="every table as an Excel workbook (or CSV files)",
        description=(
            "One Excel workbook with a sheet per table (measures, pilots, meetings, "
            "actions, milestones, indicators and their values, risks, problems) after a sheet "
            "that says what it is, the as-of date and the source commit. --format csv "
            "writes the same tables as CSV files into a folder."
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="the workbook (default ggp-AS-OF.xlsx); for csv the folder (default ggp-AS-OF)",
    )
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.labels import label
    from tracker.reach.sheets import sheets

    lang = ctx.lang
    state = ctx.state
    tables = sheets(state)
    if ctx.programme.errors:
        print(label("reach.load_errors", lang, errors=ctx.programme.errors), file=sys.stderr)
    if args.format == "csv":
        from tracker.exportfile import write_folder
        from tracker.reach.csvfiles import csv_files

        folder = args.output or Path(f"ggp-{state.as_of.isoformat()}")
        if folder.exists() and not folder.is_dir():
            print(label("reach.export.not_a_folder", lang, dir=folder), file=sys.stderr)
            return 1
        files = csv_files(tables)
        error = write_folder(folder, files, lang)
        if error:
            print(error, file=sys.stderr)
            return 1
        print(
            label("reach.export.csv_written", lang, count=len(files), dir=folder), file=sys.stderr
        )
        return 0
    from tracker.exportfile import write_output
    from tracker.reach.choices import default_name, source_commit
    from tracker.reach.workbook import workbook_bytes

    target = args.output or Path(default_name("workbook", state.as_of))
    data = workbook_bytes(state, tables, lang, source_commit(ctx.root, lang))
    error = write_output(target, data, lang)
    if error:
        print(error, file=sys.stderr)
        return 1
    print(label("reach.export.written", lang, file=target), file=sys.stderr)
    return 0
