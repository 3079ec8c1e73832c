"""`init` run twice at once into one folder: one wins and its programme is whole, the
other says the folder was taken and leaves nothing; its hint quotes the folder for
the shell."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hostile.helpers import run_cli
from tracker.commands.init import init_files
from tracker.loader import load_programme

ROUNDS = 5


def _start(target: Path, go: Path, *options: str) -> subprocess.Popen[str]:
    # Both children wait for the same file, so their init runs start together.
    code = (
        "import os, sys\n"
        "while not os.path.exists(sys.argv[1]): pass\n"
        "from tracker.cli import main\n"
        "sys.exit(main(['init', *sys.argv[2:], '--as-of', '2018-11-01']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", code, str(go), str(target), *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, git's own folder left out."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).parts[0] != ".git"
    }


@pytest.mark.parametrize("existing", [False, True], ids=["new folder", "empty folder"])
def test_two_inits_at_once_give_one_whole_programme(tmp_path: Path, existing: bool) -> None:
    # One run writes the shipped programme, the other the empty one: a mix would show.
    day = date(2018, 11, 1)
    full, empty = init_files(False, "en", day), init_files(True, "en", day)
    for n in range(ROUNDS):
        target = tmp_path / f"round-{n}" / "programme"
        target.parent.mkdir()
        if existing:
            target.mkdir()
        go = tmp_path / f"go-{n}"
        children = [_start(target, go), _start(target, go, "--empty")]
        go.touch()
        results = [(c.wait(timeout=120), *c.communicate()) for c in children]
        assert sorted(code for code, _, _ in results) == [0, 1], results
        for code, _, err in results:
            assert "Traceback" not in err
            if code:
                assert "another run" in err or "not empty" in err, err
        assert _tree(target) in (full, empty)
        programme = load_programme(target)
        assert not programme.errors, [p.text() for p in programme.problems]
        assert [p.name for p in target.parent.iterdir()] == ["programme"]


def test_the_hint_quotes_the_folder_for_the_shell(tmp_path: Path) -> None:
    target = tmp_path / "my programme's folder"
    result = run_cli("init", str(target), "--as-of", "2018-11-01")
    assert result.returncode == 0, result.stderr
    command = next(line for line in result.stdout.splitlines() if "validate --root" in line)
    assert shlex.split(command.strip()) == ["ggp-tracker", "validate", "--root", str(target)]


def test_a_failed_init_into_an_empty_folder_leaves_it_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tracker.cli import main
    from tracker.commands import init

    target = tmp_path / "programme"
    target.mkdir()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(init, "write_bytes_atomic", full)
    assert main(["init", str(target), "--as-of", "2018-11-01"]) == 1
    assert "No space left" in capsys.readouterr().err
    assert list(target.iterdir()) == []  # a retry is not refused as "not empty"
    assert [p.name for p in tmp_path.iterdir()] == ["programme"]
