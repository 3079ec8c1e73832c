"""The one way the tracker runs git: with everything that could run a command switched off.

A programme folder may arrive as a zip or on a share with a `.git/config` of its
own; git reads that file, and some settings in it name programs git then runs
(`core.fsmonitor` runs on every `git status`). Every call goes through `run` or
`start` below, which override those settings on the command line (command-line
`-c` wins over every config file), skip the system and global config files, and
take no optional locks. Filter drivers have names of the config's choosing, so
their commands are listed first (`git config` only reads files) and blanked one
by one.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

TIMEOUT = 120
# Set by git hooks (pre-commit sets GIT_INDEX_FILE, for one); they would point these
# commands at another repository or index than the programme folder's own.
_REPO_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_PREFIX",
    "GIT_NAMESPACE",
    "GIT_CONFIG_PARAMETERS",  # `-c` from a calling git: ours must be the only ones
    "GIT_CONFIG_COUNT",
    "GIT_EXTERNAL_DIFF",
    "GIT_PAGER",
    "GIT_ASKPASS",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_PROXY_COMMAND",
    "GIT_EDITOR",
)
# Every setting that names a program git might run for the commands used here
# (rev-parse, status, ls-tree, cat-file, config), and then some.
_NEUTRAL = (
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "core.editor=true",
    "core.askPass=",
    "core.sshCommand=",
    "core.gitProxy=",
    "core.alternateRefsCommand=",
    "core.attributesFile=/dev/null",
    "core.untrackedCache=false",
    "diff.external=",
    "credential.helper=",
    "protocol.allow=never",  # a partial clone would fetch a missing object
    "gpg.program=",
    "sequence.editor=true",
    "status.submoduleSummary=false",
    "submodule.recurse=false",
    "uploadpack.packObjectsHook=",
)
_BASE = ("git", "--no-pager", "--no-optional-locks")


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in _REPO_VARIABLES}
    out["GIT_OPTIONAL_LOCKS"] = "0"  # `git status` must not take the index lock
    out["GIT_CONFIG_NOSYSTEM"] = "1"
    out["GIT_CONFIG_GLOBAL"] = os.devnull
    out["GIT_ATTR_NOSYSTEM"] = "1"
    out["GIT_NO_LAZY_FETCH"] = "1"
    out["GIT_TERMINAL_PROMPT"] = "0"
    out["LC_ALL"] = "C"
    return out


def _filter_overrides(root: Path | None) -> list[str]:
    """`-c filter.NAME.KEY=` for every filter command the repository's config names.

    `git status` runs a clean filter on a file whose stat data changed.
    """
    try:
        found = subprocess.run(
            [*_BASE, *_flags(()), "config", "--name-only", "-z", "--get-regexp", r"^filter\."],
            cwd=root,
            capture_output=True,
            env=env(),
            timeout=TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    names = {n for n in found.stdout.decode("utf-8", "surrogateescape").split("\0") if n}
    return [f"{name}=" for name in sorted(names) if "=" not in name]


def _flags(extra: tuple[str, ...] | list[str]) -> list[str]:
    out: list[str] = []
    for setting in (*_NEUTRAL, *extra):
        out += ["-c", setting]
    return out


def argv(root: Path | None, *args: str) -> list[str]:
    """The full command line for `git ARGS` run in `root`."""
    return [*_BASE, *_flags(_filter_overrides(root)), *args]


def run(root: Path | None, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    """Run `git ARGS` in `root` (None: the current folder); None when git cannot be started."""
    try:
        return subprocess.run(
            argv(root, *args),
            cwd=root,
            capture_output=True,
            env=env(),
            timeout=TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None


def start(root: Path, *args: str) -> subprocess.Popen[bytes]:
    """`git ARGS` in `root` with pipes to write to and read from (for `cat-file --batch`)."""
    return subprocess.Popen(
        argv(root, *args),
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env(),
    )
