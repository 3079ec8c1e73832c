"""`ggp-tracker validate`: every problem in the programme files; exit 1 on errors."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.labels import label
from tracker.problems import Problem
from tracker.textsafe import json_text, one_line

if TYPE_CHECKING:
    from tracker.context import Context
    from tracker.labels import Lang


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "validate",
        parents=[common],
        help="check the programme files and report every problem",
        description="Check agenda.yaml and measures/; exit 1 when any error is found.",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help="text lines, one JSON object, or GitHub workflow annotations",
    )
    parser.set_defaults(run=run)


def _github(problem: Problem, root: Path, lang: Lang) -> str:
    # Annotations name files relative to the repository, i.e. the working folder.
    path = os.path.relpath(root / problem.file)

    def prop(value: str) -> str:
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    parts = [f"file={prop(path).replace(',', '%2C').replace(':', '%3A')}"]
    if problem.line:
        parts.append(f"line={problem.line}")
    if problem.column:
        parts.append(f"col={problem.column}")
    parts.append(f"title={problem.code}")
    level = "error" if problem.is_error else "warning"
    message = problem.said(lang)
    return f"::{level} {','.join(parts)}::{prop(one_line(message))}"


def run(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.owners import owner_spellings

    programme = ctx.programme
    # Owners written in several ways matter to the progress round, not to loading.
    spellings = owner_spellings(programme)
    problems = sorted([*programme.problems, *spellings], key=lambda p: p.sort_key())
    errors, items = programme.errors, len(programme.items)
    warnings = programme.warnings + len(spellings)
    out = sys.stdout
    if args.format == "json":
        payload = {
            "problems": [p.as_json(ctx.lang) for p in problems],
            "errors": errors,
            "warnings": warnings,
            "items": items,
        }
        out.write(json_text(payload, indent=2))
        out.write("\n")
    elif args.format == "github":
        for problem in problems:
            out.write(_github(problem, ctx.root, ctx.lang) + "\n")
    else:
        for problem in problems:
            out.write(one_line(problem.text(ctx.lang)) + "\n")
        summary = label("problems_count", ctx.lang, errors=errors, warnings=warnings, items=items)
        out.write(summary + "\n")
    return 1 if errors else 0
