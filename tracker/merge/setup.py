"""Enabling the merge driver: `.gitattributes` in the programme folder and the git config.

`.gitattributes` is committed with the programme, so every clone knows which files
the driver merges. Which program the driver is, is a setting of each clone's own
`.git/config`: git never takes a program to run from a committed file, so every
clone runs `ggp-tracker git-setup` once.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from tracker.merge.git import run_git

DRIVER = "ggp"
ATTRIBUTES = ".gitattributes"
PATTERNS = ("agenda.yaml", "measures/**")
HEADER = "# Programme files: merged by ggp-tracker's merge driver (see 'ggp-tracker git-setup')."


class SetupError(Exception):
    """Set-up is not possible; `key` (a label) says why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def attribute_lines() -> list[str]:
    return [f"{pattern} merge={DRIVER}" for pattern in PATTERNS]


def attributes_text(existing: str = "") -> str | None:
    """`existing` with the driver's lines added; None when they are all there already."""
    present = {line.strip() for line in existing.splitlines()}
    missing = [line for line in attribute_lines() if line not in present]
    if not missing:
        return None
    lead = existing
    if lead and not lead.endswith("\n"):
        lead += "\n"
    if lead:
        lead += "\n"
    return lead + "\n".join([HEADER, *missing]) + "\n"


def write_attributes(root: Path) -> bool:
    """Add the driver's lines to `root/.gitattributes`; False when nothing was missing."""
    from tracker.atomic import write_bytes_atomic

    path = root / ATTRIBUTES
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise SetupError("merge.setup.attributes_not_file", file=path)
    try:
        existing = path.read_text("utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SetupError("merge.setup.failed", reason=str(exc)) from None
    text = attributes_text(existing)
    if text is None:
        return False
    write_bytes_atomic(path, text.encode("utf-8"))
    return True


def driver_command(lang: str | None = None) -> str:
    """The command git runs, with this installation's Python, so no PATH is needed."""
    words = [sys.executable, "-m", "tracker", "merge-driver"]
    command = " ".join(shlex.quote(w) for w in words) + " %O %A %B %P --marker-size %L"
    return command + (f" --lang {lang}" if lang in ("nl", "en") else "")


@dataclass(frozen=True, slots=True)
class Repository:
    top: Path
    created: bool


def _top(root: Path) -> Path | None:
    result = run_git(root, ["rev-parse", "--show-toplevel"])
    if result is None or result.returncode != 0:
        return None
    return Path(result.stdout.decode("utf-8", "surrogateescape").strip())


def configure(root: Path, lang: str | None = None, *, create: bool = False) -> Repository:
    """Set `merge.ggp.*` in the repository holding `root` (with `create`: `git init` first)."""
    if run_git(None, ["--version"]) is None:
        raise SetupError("merge.setup.no_git")
    top = _top(root)
    created = False
    if top is None:
        if not create:
            raise SetupError("merge.setup.no_repository", dir=root)
        made = run_git(root, ["init", "-q"])
        if made is None or made.returncode != 0:
            raise SetupError("merge.setup.failed", reason=_stderr(made))
        top, created = _top(root), True
        if top is None:
            raise SetupError("merge.setup.no_repository", dir=root)
    for key, value in (
        (f"merge.{DRIVER}.name", "ggp-tracker: merge additions to programme files"),
        (f"merge.{DRIVER}.driver", driver_command(lang)),
    ):
        done = run_git(root, ["config", "--local", key, value])
        if done is None or done.returncode != 0:
            raise SetupError("merge.setup.failed", reason=_stderr(done))
    return Repository(top, created)


def _stderr(result: object) -> str:
    err = getattr(result, "stderr", b"") or b""
    lines = err.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "git"
