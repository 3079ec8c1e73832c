"""Comparing with git revisions: read into a temporary folder, the work tree left alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tests.history.helpers import AS_OF, cli, commit_all, git, git_init, tree_listing
from tracker.history.errors import HistoryError
from tracker.history.gitrev import git_info, programme_at
from tracker.history.storage import HistoryStore

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The test programme in git: the fixture committed, then one measure changed and committed."""
    root = tmp_path / "repo"
    shutil.copytree(GOOD, root)
    git_init(root)
    commit_all(root, "programme as reported in October")
    netwerk = root / "measures" / "lovp" / "netwerk.yaml"
    netwerk.write_text(
        netwerk.read_text()
        + "  - date: 2018-10-30\n    note: Secretary funded.\n    status: done\n"
        + "    health: green\n    progress: 100\n"
    )
    (root / "measures" / "lovp" / "budget.yaml").unlink()
    commit_all(root, "netwerk done, budget measures dropped")
    return root


def test_diff_previous_commit_with_now(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = tree_listing(repo)
    status_before = git(repo, "status", "--porcelain")
    first = git(repo, "rev-parse", "HEAD~1")
    code, out, err = cli(capsys, "diff", "git:HEAD~1", "now", "--json", "--root", str(repo))
    assert code == 0, err
    data = json.loads(out)
    assert data["a"]["label"] == "git:HEAD~1"
    assert data["a"]["commit"] == first
    assert data["a"]["dirty"] is False
    assert data["b"]["commit"] == git(repo, "rev-parse", "HEAD")
    assert data["b"]["dirty"] is False
    assert data["a"]["as_of"] == data["b"]["as_of"]  # the same as-of date on both sides
    assert sorted(r["id"] for r in data["removed"]) == ["teambudget", "urgentie"]
    (netwerk,) = data["changed"]
    assert {"field": "status", "from": "active", "to": "done"} in netwerk["changes"]
    # Nothing in the work tree, the index or the status moved.
    assert tree_listing(repo) == before
    assert git(repo, "status", "--porcelain") == status_before


def test_default_b_is_now_and_text_names_the_commit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, "diff", "git:HEAD~1", "--root", str(repo), "--as-of", AS_OF)
    assert code == 0
    short = git(repo, "rev-parse", "HEAD~1")[:10]
    assert f"Compared: git:HEAD~1 (as of {AS_OF}; commit {short})" in out
    assert "Status: active → done" in out


def test_same_revision_as_now_reads_the_same_files(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out, _ = cli(capsys, "diff", "git:HEAD", "--json", "--root", str(repo))
    data = json.loads(out)
    assert data["same_files"] is True
    assert data["added"] == data["removed"] == data["changed"] == []


def test_snapshot_records_commit_and_dirty(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = git(repo, "rev-parse", "HEAD")
    assert git_info(repo) == {"commit": head, "dirty": False}
    code, out, _ = cli(capsys, "snapshot", "--root", str(repo), "--as-of", AS_OF)
    assert code == 0
    assert f"git commit {head[:10]}" in out and "Commit" in out
    # The history itself does not make the programme dirty.
    assert git_info(repo) == {"commit": head, "dirty": False}
    (repo / "measures" / "new.yaml").write_text("kind: measure\nid: new\ntitle: New\n")
    assert git_info(repo) == {"commit": head, "dirty": True}
    cli(capsys, "snapshot", "--label", "dirty", "--root", str(repo), "--as-of", AS_OF)
    stored = HistoryStore(repo).get("dirty")
    assert stored is not None and stored["git"] == {"commit": head, "dirty": True}
    # A snapshot against a revision, both stored and read back from git.
    code, out, _ = cli(capsys, "diff", AS_OF, "git:HEAD", "--json", "--root", str(repo))
    assert json.loads(out)["same_files"] is True


def test_programme_in_a_subfolder_of_the_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    top = tmp_path / "top"
    shutil.copytree(GOOD, top / "programmes" / "ggp")
    (top / "README").write_text("other files\n")
    git_init(top)
    commit_all(top, "first")
    root = top / "programmes" / "ggp"
    (root / "measures" / "indicators" / "hic.yaml").unlink()
    commit_all(top, "indicator dropped")
    with programme_at(root, "HEAD~1") as (folder, _):
        names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.yaml"))
    assert "agenda.yaml" in names and "measures/indicators/hic.yaml" in names
    assert not folder.exists()  # removed when done
    _code, out, _ = cli(capsys, "diff", "git:HEAD~1", "--json", "--root", str(root))
    assert [r["id"] for r in json.loads(out)["removed"]] == ["hic-terugkoppeling"]


@pytest.mark.parametrize(
    ("rev", "key"),
    [
        ("does-not-exist", "history.unknown_rev"),
        ("--output=/tmp/x", "history.bad_rev"),
        ("", "history.bad_rev"),
    ],
)
def test_bad_revisions(repo: Path, rev: str, key: str) -> None:
    with pytest.raises(HistoryError) as caught, programme_at(repo, rev):
        pass
    assert caught.value.key == key


def test_revision_without_the_programme(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "notes.txt").write_text("before the programme\n")
    git_init(root)
    commit_all(root, "notes")
    shutil.copytree(GOOD, root, dirs_exist_ok=True)
    commit_all(root, "programme")
    with pytest.raises(HistoryError) as caught, programme_at(root, "HEAD~1"):
        pass
    assert caught.value.key == "history.rev_no_programme"


def test_outside_git(good_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert git_info(good_root) is None
    code, _, err = cli(capsys, "diff", "git:HEAD", "--root", str(good_root))
    assert code == 1
    assert "not in a git repository" in err
