"""The one way the merge and set-up code runs git: with the folder's own config defused.

The programme folder and its `.git` are not trusted: a config there could name a
program for git to run (fsmonitor, hooks, a pager, an editor). Every call goes
through `run_git`, which switches those off and drops the variables by which a
calling git points its children at another repository.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

TIMEOUT = 60
# Settings that would make git run a program named in the repository's config.
HARDENING: tuple[str, ...] = (
    "-c",
    "core.fsmonitor=",
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "core.pager=cat",
    "-c",
    "core.editor=true",
    "-c",
    "core.sshCommand=",
    "-c",
    "core.askPass=",
    "-c",
    "credential.helper=",
    "-c",
    "diff.external=",
    "-c",
    "protocol.allow=never",
)
_REPO_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_PREFIX",
    "GIT_NAMESPACE",
    "GIT_CONFIG",
    "GIT_CONFIG_PARAMETERS",
    "GIT_CONFIG_COUNT",
    "GIT_EXTERNAL_DIFF",
    "GIT_PAGER",
    "GIT_EDITOR",
)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REPO_VARIABLES}
    env["GIT_OPTIONAL_LOCKS"] = "0"
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["LC_ALL"] = "C"
    return env


def run_git(cwd: Path | None, args: Sequence[str]) -> subprocess.CompletedProcess[bytes] | None:
    """`git ARGS` in `cwd` with hostile config defused; None when git cannot be started."""
    try:
        return subprocess.run(
            ["git", *HARDENING, *args],
            cwd=cwd,
            capture_output=True,
            env=_env(),
            timeout=TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
