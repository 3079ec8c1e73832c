"""The pre-commit hook, installed by pre-commit itself, in a programme repository.

pre-commit builds the hook's environment from a git repository holding this
package: the test commits the working tree's package files to a scratch
repository, so it checks the hook as it is now, not as last committed. The
install fetches the dependencies from the package index and takes tens of
seconds (measured: see docs/editing.md), hence the `slow` mark.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD, REPO

pytestmark = pytest.mark.slow

PACKAGE_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "tracker")
GIT_USER = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid"]


def _pre_commit() -> str:
    beside = Path(sys.executable).parent / "pre-commit"
    found = str(beside) if beside.exists() else shutil.which("pre-commit")
    assert found, "pre-commit is not installed (pip install -e '.[dev]')"
    return found


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    result = _run(["git", *GIT_USER, *args], cwd, env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    out = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    out.pop("GIT_DIR", None)
    out.pop("GIT_INDEX_FILE", None)
    return out


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository with this package as it is in the working tree; (path, commit)."""
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in PACKAGE_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, repo / name)
    _git(repo, env, "init", "-q")
    _git(repo, env, "add", "-A")
    _git(repo, env, "commit", "-q", "-m", "package")
    return repo, _git(repo, env, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def programme_repo(
    tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], hook_repo: tuple[Path, str]
) -> Path:
    """A programme repository using the hook, with the hook installed in git."""
    repo = tmp_path_factory.mktemp("programme") / "programme"
    shutil.copytree(GOOD, repo)
    path, rev = hook_repo
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {path.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: ggp-tracker-validate\n",
        encoding="utf-8",
    )
    _git(repo, env, "init", "-q")
    _git(repo, env, "add", "-A")
    result = _run([_pre_commit(), "install"], repo, env)
    assert result.returncode == 0, result.stdout + result.stderr
    return repo


def test_good_programme_passes(programme_repo: Path, env: dict[str, str]) -> None:
    result = _run(
        [_pre_commit(), "run", "ggp-tracker-validate", "--all-files"], programme_repo, env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ggp-tracker validate" in result.stdout and "Passed" in result.stdout


def test_broken_programme_fails_naming_file_and_line(
    programme_repo: Path, env: dict[str, str]
) -> None:
    measure = programme_repo / "measures" / "lovp" / "netwerk.yaml"
    original = measure.read_text(encoding="utf-8")
    measure.write_text(original.replace("status: active", "status: actve", 1), encoding="utf-8")
    line = 1 + original.splitlines().index("status: active")
    try:
        _git(programme_repo, env, "add", "measures/lovp/netwerk.yaml")
        result = _run(
            [_pre_commit(), "run", "ggp-tracker-validate", "--all-files"], programme_repo, env
        )
        assert result.returncode == 1, result.stdout + result.stderr
        assert "Failed" in result.stdout
        assert f"measures/lovp/netwerk.yaml:{line}:" in result.stdout
        assert "invalid-value" in result.stdout

        # The installed git hook refuses the commit itself.
        commit = _run(["git", *GIT_USER, "commit", "-m", "broken"], programme_repo, env)
        assert commit.returncode != 0
        assert f"measures/lovp/netwerk.yaml:{line}:" in commit.stdout + commit.stderr
    finally:
        measure.write_text(original, encoding="utf-8")
        _git(programme_repo, env, "add", "measures/lovp/netwerk.yaml")
    commit = _run(["git", *GIT_USER, "commit", "-q", "-m", "good"], programme_repo, env)
    assert commit.returncode == 0, commit.stdout + commit.stderr


def test_hook_skips_commits_that_touch_no_programme_file(
    programme_repo: Path, env: dict[str, str]
) -> None:
    (programme_repo / "notes.txt").write_text("minutes\n", encoding="utf-8")
    _git(programme_repo, env, "add", "notes.txt")
    commit = _run(["git", *GIT_USER, "commit", "-m", "notes"], programme_repo, env)
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "no files to check" in commit.stdout + commit.stderr
