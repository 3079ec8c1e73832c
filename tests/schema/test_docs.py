"""The editing and CI guides: examples that load, every problem code, a workflow GitHub accepts."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml

from tests.conftest import GOOD, REPO
from tests.schema import jsonschema_cli
from tracker.cli import main
from tracker.loader import load_programme
from tracker.problems import CODES

DOCS = REPO / "docs"
GUIDES = [DOCS / "editing.md", DOCS / "editing.nl.md"]
# GitHub's workflow-command syntax for an annotation, with the properties validate sets.
# In values `%`, CR and LF are escaped (%25, %0D, %0A); in properties also `:` and `,`.
_PROPERTY = r"(?:[^%,:\r\n]|%(?:25|0D|0A|3A|2C))+"
_MESSAGE = r"(?:[^%\r\n]|%(?:25|0D|0A))+"
ANNOTATION = re.compile(
    rf"::(error|warning) file={_PROPERTY}(?:,line=[1-9]\d*)?(?:,col=[1-9]\d*)?"
    rf",title={_PROPERTY}::{_MESSAGE}"
)


def _blocks(path: Path, lang: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [textwrap.dedent(b) for b in re.findall(rf"```{lang}\n(.*?)```", text, re.DOTALL)]


def _hook_manifest() -> dict[str, object]:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_problem_code_is_explained(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    rows = {m.group(1) for m in re.finditer(r"^\| `([a-z-]+)` \|", text, re.MULTILINE)}
    assert rows == set(CODES)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_examples_load_into_the_shipped_programme(guide: Path, tmp_path: Path) -> None:
    blocks = _blocks(guide, "yaml")
    items = [b for b in blocks if b.startswith("# yaml-language-server:") and "kind:" in b]
    (updates,) = [b for b in blocks if b.startswith("updates:")]
    assert [yaml.safe_load(b)["kind"] for b in items] == ["measure", "pilot", "meeting"]
    root = tmp_path / "programme"
    shutil.copytree(REPO, root, ignore=lambda d, names: [n for n in names if n not in _keep(d)])
    folder = root / "measures" / "docs"
    folder.mkdir()
    for index, block in enumerate(items):
        text = block + updates if index == 0 else block
        (folder / f"example{index}.yaml").write_text(text, encoding="utf-8")
    programme = load_programme(root)
    assert [p.text() for p in programme.problems] == []
    assert len(programme.items) == len(load_programme(REPO).items) + 3


def _keep(folder: str) -> set[str]:
    if Path(folder) == REPO:
        return {"agenda.yaml", "measures", "schemas"}
    return {n.name for n in Path(folder).iterdir()}


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_pre_commit_samples_use_the_hook_as_declared(guide: Path) -> None:
    hook = _hook_manifest()
    configs = [yaml.safe_load(b) for b in _blocks(guide, "yaml") if b.startswith("repos:")]
    assert len(configs) == 2
    remote, local = (c["repos"][0] for c in configs)
    assert [h["id"] for h in remote["hooks"]] == [hook["id"]]
    (local_hook,) = local["hooks"]
    assert local["repo"] == "local"
    for key in ("id", "entry", "pass_filenames", "files"):
        assert local_hook[key] == hook[key], key


def test_hook_manifest() -> None:
    hook = _hook_manifest()
    assert hook["id"] == "ggp-tracker-validate"
    assert hook["language"] == "python"
    assert hook["entry"] == "ggp-tracker validate"
    assert hook["pass_filenames"] is False
    files = re.compile(str(hook["files"]))
    for path in ("agenda.yaml", "measures/lovp/a.yaml", "measures/b.yml", "measures/x/y/z.yaml"):
        assert files.search(path), path
    for path in ("docs/agenda.yaml", "tests/fixtures/good/agenda.yaml", "measures/a.txt", "x.yaml"):
        assert not files.search(path), path


def test_workflow_is_a_valid_github_workflow(tmp_path: Path) -> None:
    (workflow,) = [b for b in _blocks(DOCS / "ci.md", "yaml") if b.startswith("name:")]
    path = tmp_path / "validate.yml"
    path.write_text(workflow, encoding="utf-8")
    result = subprocess.run(
        [jsonschema_cli.check_jsonschema(), "--builtin-schema", "vendor.github-workflows", path],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ggp-tracker validate --format github" in workflow


def test_annotations_follow_github_syntax(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    measure = root / "measures" / "lovp" / "netwerk.yaml"
    text = measure.read_text(encoding="utf-8")
    measure.write_text(text.replace("status: active", "status: actve", 1), encoding="utf-8")
    (root / "measures" / "odd, name: x.yaml").write_text("kind: measure\nid: 5%\n", "utf-8")
    monkeypatch.chdir(root)
    assert main(["validate", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(ANNOTATION.fullmatch(line) for line in lines), lines
    assert any("file=measures/odd%2C name%3A x.yaml," in line for line in lines)
    # The example in docs/ci.md is this very output.
    documented = [ln for ln in _blocks(DOCS / "ci.md", "") if ln.startswith("::error")]
    assert documented and documented[0].strip() in lines


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_command_line_examples_record_the_update(guide: Path, tmp_path: Path) -> None:
    blocks = _blocks(guide, "yaml")
    items = [b for b in blocks if b.startswith("# yaml-language-server:") and "kind:" in b]
    root = tmp_path / "programme"
    shutil.copytree(REPO, root, ignore=lambda d, names: [n for n in names if n not in _keep(d)])
    for index, block in enumerate(items):
        (root / "measures" / f"example{index}.yaml").write_text(block, encoding="utf-8")
    (commands,) = [b for b in _blocks(guide, "sh") if "ggp-tracker update" in b]
    for line in commands.replace("\\\n", " ").splitlines():
        # As in a shell, '#' starts a comment only after a space ('#1' is part of a word).
        args = shlex.split(re.sub(r"\s+#.*$", "", line))
        assert args[0] == "ggp-tracker"
        assert main([*args[1:], "--root", str(root)]) == 0, line
    programme = load_programme(root)
    assert [p.text() for p in programme.problems] == []
    measure = programme.item("wijkagent-op-school")
    meeting = programme.item("netwerk-2019-02-14")
    assert measure is not None and meeting is not None
    (update,) = measure.updates
    assert (update.status, update.health, update.progress) == ("active", "green", 20)
    assert meeting.actions[0].done is not None
