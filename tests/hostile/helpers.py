"""Small helpers shared by the hostile-input tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from subprocess import CompletedProcess

from tests.conftest import GOOD, REPO
from tracker.loader import Programme, load_programme
from tracker.problems import Problem

# Every item of tests/fixtures/good: whatever else a folder holds, these must still load.
# What a file outside the programme folder holds (the `victim` fixture): no write may change it.
OUTSIDE = b"outside the programme: must stay as it is\n"

GOOD_IDS = frozenset(
    {"netwerk", "teambudget", "urgentie", "webcare", "lovp-2018-10", "hic-terugkoppeling"}
)


def good_copy(where: Path) -> Path:
    """A writable copy of the good programme at `where`/programme."""
    root = where / "programme"
    shutil.copytree(GOOD, root)
    return root


def ids(programme: Programme) -> set[str]:
    return {item.id for item in programme.items}


def problems_in(programme: Programme, file: str) -> list[Problem]:
    return [p for p in programme.problems if p.file == file]


def only_problem(programme: Programme, file: str) -> Problem:
    """The single problem reported for `file` (fails when there are none or several)."""
    found = problems_in(programme, file)
    assert len(found) == 1, [p.text() for p in programme.problems]
    return found[0]


def load_with_good(root: Path) -> Programme:
    """Load `root` and check the good items came through whatever else is there."""
    programme = load_programme(root)
    assert ids(programme) >= GOOD_IDS, [p.text() for p in programme.problems]
    for problem in programme.problems:
        assert problem.hint, problem.text()
    return programme


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> CompletedProcess[str]:
    """`ggp-tracker ARGS` as a user runs it: a child process of the installed tool."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
