"""Git: a revision never writes outside its temporary folder, and a programme's own
`.git/config` never runs anything (issue 16, items 1 and 2)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tests.history.helpers import commit_all, git, git_env, git_init
from tracker.files import MAX_FILE_BYTES
from tracker.history.gitrev import programme_at
from tracker.loader import load_programme

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _obj(repo: Path, data: bytes) -> str:
    done = subprocess.run(
        ["git", "hash-object", "-w", "--stdin"],
        cwd=repo,
        input=data,
        env=git_env(),
        capture_output=True,
        check=True,
    )
    return done.stdout.decode().strip()


def _tree(repo: Path, entries: list[tuple[str, str, str, str]]) -> str:
    """A tree object from (mode, type, id, name), written as given (duplicates too)."""
    text = "".join(f"{mode} {kind} {sha}\t{name}\n" for mode, kind, sha, name in entries)
    done = subprocess.run(
        ["git", "mktree", "--missing"],
        cwd=repo,
        input=text.encode(),
        env=git_env(),
        capture_output=True,
        check=True,
    )
    return done.stdout.decode().strip()


def _commit(repo: Path, tree: str) -> str:
    return git(repo, "commit-tree", tree, "-m", "crafted")


def _programme_commit(repo: Path, measures: str) -> str:
    """A commit of the good agenda and the tree `measures` as measures/."""
    agenda = _obj(repo, (GOOD / "agenda.yaml").read_bytes())
    top = _tree(
        repo, [("100644", "blob", agenda, "agenda.yaml"), ("040000", "tree", measures, "measures")]
    )
    return _commit(repo, top)


def _empty_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git_init(repo)
    return repo


def test_a_file_below_a_link_of_the_same_name_is_not_written_through_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    repo = _empty_repo(tmp_path)
    item = b"id: evil\ntitle: Written through a link\n"
    inner = _tree(repo, [("100644", "blob", _obj(repo, item), "evil.yaml")])
    link = _obj(repo, os.fsencode(outside))
    # The same name twice: first a link to a folder outside, then a folder.
    measures = _tree(repo, [("120000", "blob", link, "x"), ("040000", "tree", inner, "x")])
    commit = _programme_commit(repo, measures)
    listing = git(repo, "ls-tree", "-r", commit)
    assert "measures/x\n" in listing + "\n" and "measures/x/evil.yaml" in listing
    with programme_at(repo, commit) as (folder, _):
        assert os.path.islink(folder / "measures" / "x")
        load_programme(folder)
    assert list(outside.iterdir()) == []


def test_a_blob_over_the_size_limit_is_never_read(tmp_path: Path) -> None:
    repo = _empty_repo(tmp_path)
    big = _obj(repo, b"# " + b"x" * (MAX_FILE_BYTES + 1024) + b"\n")
    commit = _programme_commit(repo, _tree(repo, [("100644", "blob", big, "big.yaml")]))
    with programme_at(repo, commit) as (folder, _):
        file = folder / "measures" / "big.yaml"
        # Its size is there for the loader to refuse, but none of its bytes are.
        assert file.stat().st_size > MAX_FILE_BYTES
        assert file.stat().st_blocks * 512 < MAX_FILE_BYTES
        codes = {(p.file, p.code) for p in load_programme(folder).problems}
        assert ("measures/big.yaml", "too-large") in codes


# -- a programme's own .git/config ---------------------------------------------------------------


def _hostile_repo(tmp_path: Path) -> tuple[Path, Path]:
    """The good programme in git, whose config names programs that write to `marker`."""
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    git_init(root)
    (root / ".gitattributes").write_text("*.yaml filter=evil diff=evil\n")
    commit_all(root, "programme")
    marker = tmp_path / "ran"
    script = tmp_path / "hook.sh"
    script.write_text(f'#!/bin/sh\necho "$0 $*" >> {marker}\ncat\n')
    script.chmod(0o755)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for hook in ("pre-commit", "post-checkout", "reference-transaction", "fsmonitor-watchman"):
        (hooks / hook).write_text(script.read_text())
        (hooks / hook).chmod(0o755)
    with open(root / ".git" / "config", "a") as config:
        config.write(
            f"[core]\n\tfsmonitor = {script}\n\thooksPath = {hooks}\n\tpager = {script}\n"
            f"[diff]\n\texternal = {script}\n"
            f'[diff "evil"]\n\ttextconv = {script}\n'
            f'[filter "evil"]\n\tclean = {script}\n\tsmudge = {script}\n'
            f"[credential]\n\thelper = !{script}\n"
        )
    # A changed file and a fresh stat: status must look at content (and would run a filter).
    with open(root / "agenda.yaml", "a") as agenda:
        agenda.write("# changed\n")
    return root, marker


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "--format", "text", "--as-of", "2018-11-01"],
        ["snapshot", "--label", "oct", "--as-of", "2018-11-01"],
        ["diff", "git:HEAD", "now", "--as-of", "2018-11-01"],
        ["diff", "git:HEAD", "--as-of", "2018-11-01"],
    ],
    ids=["summary", "snapshot", "diff-now", "diff-rev"],
)
def test_the_programmes_git_config_runs_nothing(tmp_path: Path, argv: list[str]) -> None:
    root, marker = _hostile_repo(tmp_path)
    # The hostile config does run where git is used plainly: the test can fail.
    subprocess.run(["git", "status"], cwd=root, env=git_env(), capture_output=True, check=False)
    assert marker.exists()
    marker.unlink()
    done = subprocess.run(
        [sys.executable, "-m", "tracker", *argv, "--root", str(root)],
        env=git_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert not marker.exists(), marker.read_text()


def test_every_git_call_goes_through_one_function() -> None:
    """Only tracker/gitcall.py starts git; anything else would skip its overrides."""
    tracker = Path(__file__).parents[2] / "tracker"
    starting = [
        path.relative_to(tracker).as_posix()
        for path in tracker.rglob("*.py")
        if re.search(r"""[\[(]\s*["']git["']\s*,""", path.read_text())
    ]
    assert starting == ["gitcall.py"]
