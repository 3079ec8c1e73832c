"""Standard output that cannot be written: one line and a non-zero exit, never a
traceback; marks fall back to ASCII (issue 16, item 8). Real child processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import GOOD, REPO

COMMANDS = {
    "validate": ["validate"],
    "list": ["list", "measures"],
    "summary": ["summary", "--format", "text"],
    "history": ["history"],
    "diff": ["diff", "now", "now"],
    "schema": ["schema"],
    "help": ["--help"],
    "version": ["--version"],
}


def _run(argv: list[str], stdout: object, **env: str) -> subprocess.CompletedProcess[str]:
    root = [] if argv[0].startswith("--") else ["--root", str(GOOD), "--as-of", "2018-11-01"]
    return subprocess.run(
        [sys.executable, "-m", "tracker", *argv, *root],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
        check=False,
        timeout=120,
    )


def _one_line(err: str) -> None:
    assert "Traceback" not in err, err
    assert err.count("\n") == 1 and "could not be written" in err, err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("argv", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_full_disk_fails_with_one_line(argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _run(argv, full)
    assert done.returncode != 0
    _one_line(done.stderr)


@pytest.mark.parametrize("argv", [COMMANDS[n] for n in ("list", "summary", "help")])
def test_a_closed_stdout_fails_with_one_line(argv: list[str]) -> None:
    root = [] if argv[0].startswith("--") else ["--root", str(GOOD), "--as-of", "2018-11-01"]
    # The shell closes the descriptor before Python starts, as `>&-` does.
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "tracker", *argv, *root],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
        timeout=120,
    )
    assert done.returncode != 0
    _one_line(done.stderr)


@pytest.mark.parametrize(
    "argv", [COMMANDS[n] for n in ("validate", "list", "summary", "history", "diff", "schema")]
)
def test_an_ascii_only_output_gets_ascii_marks(argv: list[str]) -> None:
    done = _run(argv, subprocess.PIPE, PYTHONIOENCODING="ascii", LC_ALL="C", PYTHONUTF8="0")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stderr  # validate: 1 when the programme has errors
    done.stdout.encode("ascii")
