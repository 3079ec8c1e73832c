"""`git-setup` and `init`: .gitattributes written (kept when there), the driver configured."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tests.history.helpers import git, git_init
from tracker.cli import main
from tracker.merge.setup import attributes_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_attributes_are_added_once() -> None:
    first = attributes_text("*.png binary")
    assert first is not None
    assert first.startswith("*.png binary\n\n# ")
    assert first.endswith("agenda.yaml merge=ggp\nmeasures/** merge=ggp\n")
    assert attributes_text(first) is None


def test_git_setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(GOOD, repo)
    git_init(repo)
    (repo / ".gitattributes").write_text("*.docx binary\n")
    code, out, _ = run(capsys, "git-setup", "--root", str(repo))
    assert code == 0
    assert "commit this file" in out
    assert "run 'ggp-tracker git-setup' once in every clone" in out
    text = (repo / ".gitattributes").read_text()
    assert text.startswith("*.docx binary\n")
    assert "measures/** merge=ggp" in text
    driver = git(repo, "config", "merge.ggp.driver")
    assert driver.endswith("-m tracker merge-driver %O %A %B %P --marker-size %L --lang en")
    # Git applies it to the programme files, and only to them.
    check = git(repo, "check-attr", "merge", "agenda.yaml", "measures/lovp/netwerk.yaml", "x.txt")
    assert check.splitlines() == [
        "agenda.yaml: merge: ggp",
        "measures/lovp/netwerk.yaml: merge: ggp",
        "x.txt: merge: unspecified",
    ]
    code, out, _ = run(capsys, "git-setup", "--root", str(repo))
    assert code == 0
    assert "already names the merge driver" in out
    assert (repo / ".gitattributes").read_text() == text


def test_git_setup_outside_a_repository(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "plain"
    shutil.copytree(GOOD, folder)
    ceiling = {"GIT_CEILING_DIRECTORIES": str(tmp_path)}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in ceiling.items():
            patch.setenv(key, value)
        code, _, err = run(capsys, "git-setup", "--root", str(folder))
    assert code == 1
    assert "is not in a git repository; run 'git init' there first" in err


def test_init_makes_a_repository_with_the_driver(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
        code, out, _ = run(capsys, "init", str(target), "--lang", "nl")
    assert code == 0
    assert "een nieuwe git-repository, met de merge-driver ingesteld" in out
    assert (target / ".gitattributes").read_text() == attributes_text()
    result = subprocess.run(
        ["git", "config", "merge.ggp.driver"], cwd=target, capture_output=True, text=True
    )
    assert "merge-driver %O %A %B %P" in result.stdout
    assert result.stdout.strip().endswith("--lang nl")
