"""The merge driver in real git repositories: two branches record progress on the same items."""

from __future__ import annotations

import difflib
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from tests.conftest import GOOD
from tests.history.helpers import commit_all, git, git_env, git_init
from tracker.cli import main
from tracker.loader import load_programme
from tracker.merge.setup import attributes_text, driver_command

NETWERK = "measures/lovp/netwerk.yaml"
MEETING = "measures/meetings/2018-10-11-lovp.yaml"


def tracker(root: Path, *argv: str) -> None:
    assert main([*argv, "--root", str(root), "--as-of", "2018-11-01"]) == 0


def merge(repo: Path, branch: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "merge", "-q", "--no-edit", branch],
        cwd=repo,
        env=git_env(),
        capture_output=True,
        text=True,
        check=False,
    )


def two_branches(tmp_path: Path, *, driver: bool) -> Path:
    """main holds the programme; branches `a` and `b` each record progress on one meeting
    and one measure: an update to the same item each, and a different action done each."""
    repo = tmp_path / "repo"
    shutil.copytree(GOOD, repo)
    with (repo / MEETING).open("a") as meeting:
        meeting.write("  - title: Send the minutes\n    owner: Secretary\n    due: 2018-11-15\n")
    git_init(repo)
    if driver:
        (repo / ".gitattributes").write_text(attributes_text() or "")
        git(repo, "config", "merge.ggp.driver", driver_command())
    commit_all(repo, "programme")
    git(repo, "checkout", "-q", "-b", "a")
    tracker(repo, "update", "netwerk", "--note", "Note from A.", "--date", "2018-10-28")
    tracker(repo, "update", "lovp-2018-10", "--note", "Minutes sent.", "--date", "2018-10-29")
    tracker(repo, "done", "lovp-2018-10#1", "--date", "2018-10-24")
    commit_all(repo, "a")
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-q", "-b", "b")
    tracker(repo, "update", "netwerk", "--note", "Note from B.", "--date", "2018-10-25")
    tracker(repo, "update", "lovp-2018-10", "--note", "Units invited.", "--date", "2018-10-30")
    tracker(repo, "done", "lovp-2018-10#3", "--date", "2018-10-26")
    commit_all(repo, "b")
    return repo


def added(old: str, new: str) -> list[str]:
    """The lines `new` adds to `old`; fails when anything else changed."""
    out = []
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        assert tag in ("equal", "insert"), (tag, old.splitlines()[i1:i2])
        if tag == "insert":
            out.extend(new.splitlines()[j1:j2])
    return out


def branch_file(repo: Path, branch: str, rel: str) -> str:
    return git(repo, "show", f"{branch}:{rel}") + "\n"


def test_without_the_driver_git_conflicts(tmp_path: Path) -> None:
    repo = two_branches(tmp_path, driver=False)
    result = merge(repo, "a")
    assert result.returncode != 0
    assert "<<<<<<<" in (repo / NETWERK).read_text()


def test_with_the_driver_both_sides_are_kept(tmp_path: Path) -> None:
    repo = two_branches(tmp_path, driver=True)
    base = {rel: branch_file(repo, "main", rel) for rel in (NETWERK, MEETING)}
    ours = {rel: branch_file(repo, "b", rel) for rel in (NETWERK, MEETING)}
    theirs = {rel: branch_file(repo, "a", rel) for rel in (NETWERK, MEETING)}
    result = merge(repo, "a")
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(repo, "status", "--porcelain") == ""
    for rel in (NETWERK, MEETING):
        merged = (repo / rel).read_text()
        assert "<<<<<<<" not in merged
        # The result differs from each side only by lines the other side added (a line
        # both added, such as a new `updates:` key, is written once).
        for side, other in ((ours[rel], theirs[rel]), (theirs[rel], ours[rel])):
            extra = Counter(added(side, merged))
            assert extra and extra <= Counter(added(base[rel], other))
    programme = load_programme(repo)
    assert not programme.problems
    netwerk = programme.item("netwerk")
    notes = [u.note for u in netwerk.updates]  # type: ignore[union-attr]
    # Both notes, in date order: B's (25 October) before A's (28 October).
    assert notes[-2:] == ["Note from B.", "Note from A."]
    meeting = programme.item("lovp-2018-10")
    assert [u.note for u in meeting.updates] == ["Minutes sent.", "Units invited."]  # type: ignore[union-attr]
    done = [a.done.isoformat() if a.done else None for a in meeting.actions]  # type: ignore[union-attr]
    assert done == ["2018-10-24", "2018-10-15", "2018-10-26"]
