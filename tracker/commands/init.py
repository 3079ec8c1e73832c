"""`ggp-tracker init DIR [--empty]`: a new programme folder, ready for an editor and git.

The folder gets the bundled GGP programme (or, with --empty, one opgave and one
measure with a comment on every field), the JSON Schemas, a schema line at the
top of every YAML file, editor settings, a .gitignore and a .gitattributes that
names the merge driver; it becomes a git repository (unless it is inside one)
with the driver set in its config. An existing folder
with anything in it is refused, so nothing there can be overwritten.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.atomic import write_bytes_atomic
from tracker.bundled import EMPTY, PROGRAMME, bundled
from tracker.labels import Lang, label
from tracker.merge.setup import ATTRIBUTES, attributes_text
from tracker.schema import AGENDA_SCHEMA, ITEM_SCHEMA, SCHEMA_DIR, schema_text, with_modeline

if TYPE_CHECKING:
    from tracker.context import Context

GITIGNORE = """\
# Lock and temporary files the tracker uses while it writes.
# The history itself (.tracker/history.json) may be committed with the YAML.
.tracker/*.lock
.*.tmp
# Editor and system leftovers.
*.swp
*~
.DS_Store
Thumbs.db
"""

VSCODE_SETTINGS = f"""\
{{
  "yaml.schemas": {{
    "./{SCHEMA_DIR}/{AGENDA_SCHEMA}": ["agenda.yaml"],
    "./{SCHEMA_DIR}/{ITEM_SCHEMA}": ["measures/**/*.yaml", "measures/**/*.yml"]
  }}
}}
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "init",
        parents=[common],
        help="create a new programme folder",
        description=(
            "Create DIR with the bundled GGP programme (or --empty: one opgave and one "
            "measure with comments), the JSON Schemas, editor settings and a .gitignore. "
            "DIR must not exist yet or be empty."
        ),
    )
    parser.add_argument("dir", type=Path, metavar="DIR", help="the folder to create")
    parser.add_argument(
        "--empty",
        action="store_true",
        help="a minimal programme with comments instead of the GGP programme "
        "(comments in Dutch with --lang nl)",
    )
    parser.set_defaults(run=run)


def _fill_in(data: bytes, as_of: date) -> bytes:
    return data.replace(b"@NEXT_YEAR@", str(as_of.year + 1).encode()).replace(
        b"@YEAR@", str(as_of.year).encode()
    )


def init_files(empty: bool, lang: Lang, as_of: date) -> dict[str, bytes]:
    """Every file `init` writes: relative POSIX path -> bytes."""
    if empty:
        source = {rel: _fill_in(data, as_of) for rel, data in bundled(EMPTY, lang).items()}
    else:
        source = bundled(PROGRAMME)
    files = {
        rel: with_modeline(data, rel) if rel.endswith((".yaml", ".yml")) else data
        for rel, data in source.items()
    }
    files[f"{SCHEMA_DIR}/{ITEM_SCHEMA}"] = schema_text().encode()
    files[f"{SCHEMA_DIR}/{AGENDA_SCHEMA}"] = schema_text(agenda=True).encode()
    files[".vscode/settings.json"] = VSCODE_SETTINGS.encode()
    files[".gitignore"] = GITIGNORE.encode()
    files[ATTRIBUTES] = (attributes_text() or "").encode()
    return dict(sorted(files.items()))


def _refusal(target: Path) -> str | None:
    """Why `target` cannot be used, as a label key; None when it is new or empty."""
    if not target.exists() and not target.is_symlink():
        return None
    if not target.is_dir():
        return "init_not_a_folder"
    try:
        next(target.iterdir())
    except StopIteration:
        return None
    except OSError:
        return "init_unreadable"
    return "init_not_empty"


def run(args: argparse.Namespace, ctx: Context) -> int:
    lang: Lang = "nl" if ctx.lang_option == "nl" else "en"
    target: Path = args.dir
    refusal = _refusal(target)
    if refusal is not None:
        print(label(refusal, lang, dir=target), file=sys.stderr)
        return 1
    files = init_files(args.empty, lang, ctx.as_of)
    try:
        for rel, data in files.items():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            label("write_failed", lang, file=exc.filename or target, reason=reason), file=sys.stderr
        )
        return 1

    from tracker.loader import load_programme

    programme = load_programme(target)
    for problem in programme.problems:
        print(problem.text(), file=sys.stderr)
    print(label("init_done", lang, dir=target, files=len(files), items=len(programme.items)))
    _merge_driver(target, lang)
    return 1 if programme.errors else 0


def _merge_driver(target: Path, lang: Lang) -> None:
    """A git repository for the new folder (unless it is in one), with the merge driver set."""
    from tracker.merge.setup import SetupError, configure

    try:
        repository = configure(target, lang, create=True)
    except SetupError as exc:
        reason = label(exc.key, lang, **exc.values)
        print(label("merge.setup.skipped", lang, reason=reason), file=sys.stderr)
        return
    if repository.created:
        print(label("merge.setup.created", lang, top=repository.top))
    else:
        print(label("merge.setup.configured", lang, top=repository.top))
