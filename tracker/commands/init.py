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
import contextlib
import errno
import os
import secrets
import shutil
import sys
from datetime import date
from pathlib import Path
from shlex import quote
from typing import TYPE_CHECKING

from tracker.atomic import write_bytes_atomic
from tracker.bundled import EMPTY, PROGRAMME, bundled
from tracker.labels import Lang, label
from tracker.merge.setup import ATTRIBUTES, attributes_text
from tracker.schema import AGENDA_SCHEMA, ITEM_SCHEMA, SCHEMA_DIR, schema_text, with_modeline
from tracker.workfolder import FOLDER as WORK_FOLDER
from tracker.workfolder import GITIGNORE as WORK_GITIGNORE

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
    files[f"{WORK_FOLDER}/.gitignore"] = WORK_GITIGNORE.encode()
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


def _build(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, data)


class _Taken(Exception):
    """Another run filled the folder while this one was building."""


def _claim(target: Path) -> None:
    """Make `target/.tracker`, which only one run can: the folder is this run's to fill."""
    try:
        (target / WORK_FOLDER).mkdir()
    except FileExistsError:
        raise _Taken from None


def _place(target: Path, files: dict[str, bytes]) -> None:
    """Build the programme in a new folder beside `target`, then move it into place.

    A new `target` is the built folder renamed: the rename fails when another run's
    folder is there by then (ENOTEMPTY, EEXIST), so of two `init` runs exactly one wins,
    whole, and the other keeps nothing. An existing empty `target` (perhaps the
    current folder of the user's shell, so never replaced) is claimed first by
    making its `.tracker` folder, which every built folder also holds; then the built
    entries are moved in.
    """
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    existed = target.is_dir()
    if existed:
        _claim(target)
    building: Path | None = None
    try:
        try:
            building = _new_folder(parent, target.name)
            _build(building, files)
        except BaseException:
            if existed:  # give the claim back, or a retry would find the folder not empty
                with contextlib.suppress(OSError):
                    (target / WORK_FOLDER).rmdir()
            raise
        if existed:
            for entry in sorted(os.listdir(building)):
                if entry != WORK_FOLDER:
                    os.rename(building / entry, target / entry)
            for entry in os.listdir(building / WORK_FOLDER):
                os.rename(building / WORK_FOLDER / entry, target / WORK_FOLDER / entry)
            return
        try:
            os.rename(building, target)
        except OSError as exc:
            if exc.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
                raise _Taken from None
            raise
    finally:
        if building is not None:
            shutil.rmtree(building, ignore_errors=True)


def _new_folder(parent: Path, name: str) -> Path:
    """A new folder beside the target, with the mode a plain folder gets (not mkdtemp's
    private 0700: it becomes the programme folder)."""
    for _ in range(100):
        folder = parent / f".{name}.init-{secrets.token_hex(6)}.tmp"
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(parent))


def run(args: argparse.Namespace, ctx: Context) -> int:
    lang: Lang = "nl" if ctx.lang_option == "nl" else "en"
    shown: Path = args.dir
    refusal = _refusal(shown)
    if refusal is not None:
        print(label(refusal, lang, dir=shown), file=sys.stderr)
        return 1
    # An empty folder reached through a link is filled where the link leads.
    target = Path(os.path.realpath(shown))
    files = init_files(args.empty, lang, ctx.as_of)
    try:
        _place(target, files)
    except _Taken:
        print(label("init_taken", lang, dir=shown), file=sys.stderr)
        return 1
    except OSError as exc:
        reason = exc.strerror or str(exc)
        where = exc.filename or shown
        print(label("write_failed", lang, file=where, reason=reason), file=sys.stderr)
        return 1

    from tracker.loader import load_programme

    programme = load_programme(target)
    for problem in programme.problems:
        print(problem.text(), file=sys.stderr)
    items = len(programme.items)
    print(
        label(
            "init_done", lang, dir=shown, files=len(files), items=items, cmd_dir=quote(str(shown))
        )
    )
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
