"""Command line: `ggp-tracker [COMMAND] [--root DIR] [--as-of DATE] [--lang nl|en]`.

Each command lives in `tracker.commands.<name>` with `register(subparsers, common)`
and `run(args, ctx) -> int`. The as-of date enters the program here and only here.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from tracker import __version__
from tracker.cachesetting import relative_setting
from tracker.context import Context, parse_date
from tracker.labels import label
from tracker.output import LoudParser
from tracker.textsafe import one_line

# Command modules, in the order `--help` lists them.
COMMANDS = (
    "validate",
    "list",
    "schema",
    "init",
    "summary",
    "update",
    "done",
    "snapshot",
    "history",
    "diff",
    "round",
    "merge-driver",
    "git-setup",
    "calendar",
    "export",
    "serve",
)


def _common(default: object) -> argparse.ArgumentParser:
    """--root/--as-of/--lang, accepted before or after the command."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--root",
        type=Path,
        default=default,
        metavar="DIR",
        help="programme folder (default: $GGP_TRACKER_ROOT or the current folder)",
    )
    parser.add_argument(
        "--as-of",
        type=parse_date,
        default=default,
        metavar="YYYY-MM-DD",
        help="derive every fact as of this date (default: today)",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=default,
        help="language of labels (default: the programme's)",
    )
    return parser


# The line `ggp-tracker --help` shows for each command, in `COMMANDS` order: the main
# help and the error for a word that is no command list every command, and importing
# all their code for that took longer than the rest of the start (tests/test_cli.py
# holds these to the help each command registers).
COMMAND_HELP = {
    "validate": "check the programme files and report every problem",
    "list": "list measures, pilots, meetings, actions, indicators or risks",
    "schema": "print the JSON Schema of item files, for editors",
    "init": "create a new programme folder",
    "summary": "the LOVP status summary as Markdown, HTML, Word or text",
    "update": "record progress: append a dated update to a measure, pilot or meeting",
    "done": "mark an action (MEETING#N) or a milestone (ITEM --milestone N) done",
    "snapshot": "keep what is reported now in .tracker/history.json",
    "history": "list the snapshots in .tracker/history.json",
    "diff": "compare two snapshots, a git revision, or now",
    "round": "the progress round: what every owner still owes before an LOVP meeting",
    "merge-driver": "git's merge driver for programme files (set up by git-setup)",
    "git-setup": "let git merge programme files with the merge driver",
    "calendar": "meetings and due dates as an iCalendar (.ics) file",
    "export": "every table as an Excel workbook (or CSV files)",
    "serve": "the terminal UI in a browser (textual-serve)",
}

_VALUE_OPTIONS = frozenset({"--root", "--as-of", "--lang"})


def commands_needed(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules argv needs registered: none to open the terminal UI or to say
    the version, only the one it names to run a command, every one for help or a word
    that is no command.

    Importing a command module costs start-up time (the editing, schema and history
    code behind them): what a user waits for on every run.
    """
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--version":
            return ()
        elif token in ("-h", "--help"):
            return COMMANDS
        elif token in _VALUE_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return (token,) if token in COMMANDS else COMMANDS  # else argparse lists them
    return ()


def build_parser(
    commands: Sequence[str] = COMMANDS, *, listed_only: bool = False
) -> argparse.ArgumentParser:
    """The parser with `commands` registered; `listed_only`: each by name and help line
    alone (`COMMAND_HELP`), enough to show the main help or refuse a word that is no
    command, not to run one."""
    parser = LoudParser(
        prog="ggp-tracker",
        description="Track the GGP development agenda. Without a command: open the terminal UI.",
        parents=[_common(None)],
    )
    parser.add_argument("--version", action="version", version=f"ggp-tracker {__version__}")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="terminal UI only: turn off the keys that change programme files (u, d, e)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common(argparse.SUPPRESS)
    for name in commands:
        if listed_only:
            sub.add_parser(name, help=COMMAND_HELP[name])
        else:
            module = importlib.import_module(f"tracker.commands.{name.replace('-', '_')}")
            module.register(sub, common)
    return parser


def make_context(args: argparse.Namespace) -> Context:
    root = args.root or Path(os.environ.get("GGP_TRACKER_ROOT") or ".")
    return Context(root=root, as_of=args.as_of or date.today(), lang_option=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    needed = commands_needed(argv)
    # Every command needed: no command is run, they are only listed (see commands_needed).
    parser = build_parser(needed, listed_only=needed == COMMANDS)
    args = parser.parse_args(argv)
    refused = relative_setting()
    if refused is not None:
        # Refused before anything is read: the cache would sit where the command runs.
        example = os.path.join(os.path.expanduser("~"), ".cache", "ggp-tracker")
        message = label("cache.relative", args.lang or "en", value=refused, example=example)
        parser.exit(2, f"{parser.prog}: {one_line(message)}\n")
    ctx = make_context(args)
    if _held is not None:
        _held.append(ctx)
    try:
        if args.command is None:
            from tracker.tui.app import run_app

            return run_app(ctx, read_only=args.read_only, follow_today=args.as_of is None)
        return int(args.run(args, ctx))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a trace.
        sys.stderr.close()
        return 0


_exit_code: list[int] = []
# Under `entry`, what a command read stays referenced until the process ends: freeing
# a loaded programme object by object when `main` returns costs as much as at exit.
_held: list[Context] | None = None


def _exit_without_teardown() -> None:
    """End the process once every other exit handler has run, without freeing the heap.

    A loaded programme is about a million small objects; freeing them one by one at
    exit took 0.4 s of a 2 s summary at 10,000 items, for memory the system takes back
    at once. Standard output and error are flushed first; files are closed by the
    code that opened them. When `main` raised, or a stream cannot be flushed, Python
    ends the usual way and reports it.
    """
    if not _exit_code:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(_exit_code[0])


def entry() -> NoReturn:
    """The `ggp-tracker` command and `python -m tracker`."""
    # Exit handlers run last registered, first run: registered before anything else,
    # this one runs after those of every library (and after threads were joined).
    atexit.register(_exit_without_teardown)
    global _held
    _held = []
    from tracker.output import run_guarded

    code = run_guarded(main)
    _exit_code.append(code)
    sys.exit(code)
