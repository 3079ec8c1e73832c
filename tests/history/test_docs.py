"""docs/history.md: its workflow runs on the shipped programme, its JSON matches the output."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.history.helpers import cli, commit_all, git_env, git_init
from tracker.history.diff import diff_snapshots, diff_to_json
from tracker.history.storage import HistoryStore

GUIDE = REPO / "docs" / "history.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_workflow_runs_on_the_shipped_programme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "ggp"
    root.mkdir()
    shutil.copy(REPO / "agenda.yaml", root)
    shutil.copytree(REPO / "measures", root / "measures")
    git_init(root)
    commit_all(root, "the programme")
    monkeypatch.chdir(root)
    lines = [line.strip() for block in _blocks("sh") for line in block.splitlines()]
    commands = [line for line in lines if line.startswith(("ggp-tracker", "git"))]
    assert any(c.startswith("ggp-tracker snapshot") for c in commands)
    for command in commands:
        argv = shlex.split(command)
        if argv[0] == "git":
            subprocess.run(argv, env=git_env(), check=True, capture_output=True)
            continue
        code, _, err = cli(capsys, *argv[1:])
        assert code == 0, (command, err)
    assert HistoryStore(root).labels() == ["lovp-2018-09"]
    assert (root / "lovp-2018-09-13.docx").is_file()
    tracked = subprocess.run(
        ["git", "ls-files", ".tracker"], env=git_env(), capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked == [".tracker/.gitignore", ".tracker/history.json"]


def test_json_example_has_the_keys_of_the_output() -> None:
    (example,) = [b for b in _blocks("json") if '"same_files"' in b]
    documented = json.loads(example)
    item = {
        "id": "x",
        "kind": "measure",
        "title": "X",
        "opgaven": ["a"],
        "status": "active",
        "health": None,
        "progress": None,
        "overdue": False,
        "stale": False,
    }
    side = {"label": "a", "taken": None, "as_of": "2018-09-13", "items": {}, "opgaven": []}
    output = diff_to_json(diff_snapshots(side, {**side, "items": {"x": item}}))
    assert set(documented) == set(output)
    assert set(documented["a"]) == set(output["a"])
    assert set(documented["added"][0]) - {"phase"} == set(output["added"][0]) - {"status"}
