"""`ggp-tracker summary` as a user runs it: output, files, links, git, errors."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.summary.conftest import make_programme
from tests.summary.extract import read_docx, read_html
from tracker.cli import main

ARGS = ("--as-of", "2018-11-01", "--meeting", "2018-12-06")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_programme(tmp_path / "programme")


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["summary", "--root", str(root), *ARGS, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_and_text_go_to_stdout(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "--format", "md")
    assert code == 0
    assert out.startswith("# LOVP status summary — 6 December 2018\n")
    code, out, _ = run(capsys, root)  # text is the default
    assert code == 0
    assert out.startswith("LOVP status summary — 6 December 2018")
    assert "Needs attention" in out and "\x1b" not in out  # not a terminal: no colours


def test_load_errors_are_mentioned(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, root, "--format", "md")
    assert "the programme files have errors (1)" in err


def test_html_and_word_get_a_default_name(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.chdir(out_dir)
    code, out, err = run(capsys, root, "--format", "html")
    assert (code, out) == (0, "")
    assert err.splitlines()[-1] == "summary written to lovp-2018-12-06.html"
    assert read_html((out_dir / "lovp-2018-12-06.html").read_text()).title.startswith("LOVP")
    code, _, err = run(capsys, root, "--format", "docx", "--lang", "nl")
    assert code == 0
    assert err.splitlines()[-1] == "rapportage geschreven naar lovp-2018-12-06.docx"
    read = read_docx((out_dir / "lovp-2018-12-06.docx").read_bytes())
    assert read.title == "LOVP-voortgangsrapportage — 6 december 2018"
    assert sorted(os.listdir(out_dir)) == ["lovp-2018-12-06.docx", "lovp-2018-12-06.html"]


def test_output_file_format_from_its_extension(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "summary.md"
    target.write_text("old", encoding="utf-8")
    code, _, _ = run(capsys, root, "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("# LOVP status summary")
    text = tmp_path / "summary.txt"
    assert run(capsys, root, "-o", str(text))[0] == 0
    written = text.read_text(encoding="utf-8")
    assert written.startswith("LOVP status summary") and "\x1b" not in written
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "summary.md",
        "summary.txt",
    ]  # no temporary files left behind


def test_a_link_is_never_written_through(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "precious.html"
    victim.write_text("keep me", encoding="utf-8")
    folder = tmp_path / "exports"
    folder.mkdir()
    link = folder / "lovp.html"
    link.symlink_to(victim)
    code, _, err = run(capsys, root, "--format", "html", "-o", str(link))
    assert code == 1
    assert "is a symbolic link" in err
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert link.is_symlink()


def test_missing_folder_and_non_file_targets(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, root, "--format", "html", "-o", str(tmp_path / "no" / "x.html"))
    assert code == 1 and "does not exist" in err
    (tmp_path / "dir.html").mkdir()
    code, _, err = run(capsys, root, "--format", "html", "-o", str(tmp_path / "dir.html"))
    assert code == 1 and "not a regular file" in err


def test_unknown_since_exits_2(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, root, "--since", "no-such-snapshot", "--format", "md")
    assert code == 2
    assert out == ""
    assert err.strip()


def _git(root: Path, *argv: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(root), *argv],
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_commit_of_the_programme_files(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, root, "--format", "md")
    assert "git commit" not in out  # not a repository: nothing said
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "programme")
    head = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    _, out, _ = run(capsys, root, "--format", "md")
    assert head not in out  # the LOVP's report names no commit
    internal = ("--format", "md", "--audience", "internal")
    _, out, _ = run(capsys, root, *internal)
    assert f"- **Programme files:** git commit {head}\n" in out
    (root / "notes.txt").write_text("not a programme file", encoding="utf-8")
    _, out, _ = run(capsys, root, *internal)
    assert f"git commit {head}\n" in out  # files outside agenda.yaml and measures/ do not count
    path = root / "measures" / "lovp" / "netwerk.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _, out, _ = run(capsys, root, *internal)
    assert f"git commit {head}, with uncommitted changes" in out


def test_the_history_folder_looked_for_is_the_stores() -> None:
    # The command looks for it before importing the history code.
    from tracker.commands.summary import HISTORY_FOLDER
    from tracker.history.storage import FOLDER

    assert HISTORY_FOLDER == FOLDER
