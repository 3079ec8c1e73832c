"""How the `ggp-tracker` process ends: the code `main` returned, every byte written,
every other exit handler run; the heap is not freed object by object."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD, REPO
from tracker.cli import main

BROKEN = GOOD.parent / "broken"


def _child(*argv: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "tracker"]
    env = dict(os.environ, GGP_TRACKER_CACHE="off")
    return subprocess.run(
        [*command, *argv], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "argv",
    [
        ("validate", "--root", str(GOOD)),
        ("validate", "--root", str(BROKEN)),
        ("summary", "--format", "md", "--root", str(GOOD), "--as-of", "2018-11-01"),
        ("list", "measures", "--json", "--root", str(GOOD), "--as-of", "2018-11-01"),
    ],
)
def test_the_process_ends_with_mains_code_and_all_its_output(
    argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    expected_code = main(list(argv))
    expected = capsys.readouterr()
    proc = _child(*argv)
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        expected_code,
        expected.out,
        expected.err,
    )


def test_a_wrong_argument_still_exits_as_argparse_says() -> None:
    proc = _child("summary", "--format", "odt")  # not a format: nothing is written
    assert proc.returncode == 2
    assert "invalid choice" in proc.stderr


def test_exit_handlers_of_libraries_run_first() -> None:
    code = (
        "import atexit, tracker.cli as cli\n"
        "def fake_main():\n"
        "    atexit.register(print, 'handler ran')\n"
        "    print('output', end='')\n"
        "    return 3\n"
        "cli.main = fake_main\n"
        "cli.entry()\n"
    )
    proc = _child(code=code)
    assert (proc.returncode, proc.stdout) == (3, "outputhandler ran\n")


def test_what_main_leaves_alive_is_not_freed_one_by_one() -> None:
    code = (
        "import sys, tracker.cli as cli\n"
        "class Loaded:\n"
        "    def __del__(self):\n"
        "        sys.stdout.write('freed')\n"
        "kept = Loaded()\n"
        "cli.main = lambda: 0\n"
        "cli.entry()\n"
    )
    proc = _child(code=code)
    assert (proc.returncode, proc.stdout) == (0, "")


def test_an_error_in_main_is_reported_as_python_reports_it() -> None:
    code = "import tracker.cli as cli\ncli.main = lambda: 1 / 0\ncli.entry()\n"
    proc = _child(code=code)
    assert proc.returncode == 1
    assert proc.stderr.rstrip().endswith("ZeroDivisionError: division by zero")


def test_output_cut_off_by_the_reader_is_no_error(tmp_path: Path) -> None:
    # `ggp-tracker summary | head -1`: the reader goes away before the output ends.
    script = (
        f"{sys.executable} -m tracker summary --format md --root {GOOD} --as-of 2018-11-01"
        " | head -c 10"
    )
    proc = subprocess.run(
        ["sh", "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, GGP_TRACKER_CACHE="off"),
    )  # fmt: skip
    assert proc.returncode == 0
    assert len(proc.stdout) == 10
    assert proc.stderr == ""
