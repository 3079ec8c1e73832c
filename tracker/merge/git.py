"""How the merge and set-up code runs git: through `tracker.gitcall`, the one way the
tracker starts git, with every program the folder's config could name switched off."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from tracker import gitcall


def run_git(cwd: Path | None, args: Sequence[str]) -> subprocess.CompletedProcess[bytes] | None:
    """`git ARGS` in `cwd` with hostile config defused; None when git cannot be started."""
    return gitcall.run(cwd, *args)
