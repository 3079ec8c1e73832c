"""`ggp-tracker init`: new programme folders that validate, and the bundled copy kept current."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import REPO
from tracker.bundled import EMPTY, PROGRAMME, bundled, programme_files
from tracker.cli import main
from tracker.loader import load_programme
from tracker.schema import modeline, schema_text
from tracker.yamlread import read_documents

AS_OF = "2026-05-04"


def _init(*args: str) -> int:
    return main(["init", *args, "--as-of", AS_OF])


def _yaml_files(root: Path) -> list[Path]:
    return [root / "agenda.yaml", *sorted((root / "measures").rglob("*.yaml"))]


def _keys(value: object) -> set[str]:
    """Every mapping key in a loaded document, at any depth."""
    if isinstance(value, dict):
        return set(value).union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(v) for v in value))
    return set()


def test_bundled_programme_matches_the_repository() -> None:
    shipped = programme_files(REPO)
    assert "agenda.yaml" in shipped and len(shipped) > 1
    assert bundled(PROGRAMME) == shipped, (
        "tracker/bundled/programme/ differs from agenda.yaml and measures/ at the repository "
        "root: refresh it with `.venv/bin/python -m tracker.bundled`"
    )


def test_shipped_programme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ggp"
    assert _init(str(target)) == 0
    out = capsys.readouterr()
    assert str(target) in out.out and out.err == ""

    programme = load_programme(target)
    assert programme.errors == 0, [p.text() for p in programme.problems]
    assert len(programme.items) == len(load_programme(REPO).items)
    assert (target / "schemas" / "item.schema.json").read_text("utf-8") == schema_text()
    assert (target / "schemas" / "agenda.schema.json").read_text("utf-8") == schema_text(True)
    settings = json.loads((target / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings == json.loads((REPO / ".vscode" / "settings.json").read_text("utf-8"))
    assert ".tracker/*.lock" in (target / ".gitignore").read_text("utf-8")

    # Each file is the bundled one, with the schema line first and nothing else changed.
    source = bundled(PROGRAMME)
    for path in _yaml_files(target):
        rel = path.relative_to(target).as_posix()
        data = path.read_bytes()
        first, rest = data.split(b"\n", 1)
        assert first.decode() == modeline(rel)
        assert source[rel] in (data, rest)
        link = first.decode().split("$schema=", 1)[1]
        assert (path.parent / link).resolve().is_file()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_empty_programme(tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new"
    assert _init(str(target), "--empty", "--lang", lang) == 0
    assert capsys.readouterr().err == ""
    programme = load_programme(target)
    assert programme.problems == ()
    assert programme.agenda is not None
    assert programme.agenda.programme.language == lang
    assert len(programme.agenda.opgaven) == 1
    # Format 2: an assessment and a risk beside the measure (file order).
    assert [item.kind for item in programme.items] == ["assessment", "measure", "risk"]
    assert programme.agenda.programme.start == date(2026, 1, 1)

    for path in _yaml_files(target):
        text = path.read_text("utf-8")
        assert "@" not in text, "a placeholder was left"
        assert text.startswith(modeline(path.relative_to(target).as_posix()) + "\n")
        # Every field written is explained by a comment line naming it.
        value = read_documents(text, path.name).documents[0].value
        comments = " ".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
        for key in _keys(value):
            assert re.search(rf"\b{key}\b", comments), f"{path.name}: '{key}' has no comment"


def test_empty_existing_folder_is_used(tmp_path: Path) -> None:
    assert _init(str(tmp_path), "--empty") == 0
    assert load_programme(tmp_path).errors == 0


@pytest.mark.parametrize("content", ["file", "hidden", "folder"])
def test_non_empty_folder_is_refused_and_left_alone(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "programme"
    target.mkdir()
    if content == "file":
        (target / "agenda.yaml").write_text("mine\n", encoding="utf-8")
    elif content == "hidden":
        (target / ".git").mkdir()
    else:
        (target / "measures").mkdir()
    before = sorted((p.relative_to(target), p.stat().st_mtime_ns) for p in target.rglob("*"))
    assert _init(str(target)) == 1
    err = capsys.readouterr().err
    assert "is not empty" in err and str(target) in err
    after = sorted((p.relative_to(target), p.stat().st_mtime_ns) for p in target.rglob("*"))
    assert after == before
    if content == "file":
        assert (target / "agenda.yaml").read_text("utf-8") == "mine\n"


def test_a_file_in_the_way_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "programme"
    target.write_text("notes\n", encoding="utf-8")
    assert _init(str(target)) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert target.read_text("utf-8") == "notes\n"


def test_refusal_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x").write_text("", encoding="utf-8")
    assert _init(str(tmp_path), "--lang", "nl") == 1
    assert "is niet leeg" in capsys.readouterr().err


def test_empty_templates_carry_no_schema_line_of_their_own() -> None:
    # init adds the line; a template that had one would keep a path init did not choose.
    for lang in ("en", "nl"):
        for rel, data in bundled(EMPTY, lang).items():
            assert not data.startswith(b"# yaml-language-server"), rel
