"""tests/fixtures/broken: every problem code of FORMAT.md, each at its file, line and column.

The fixture holds text files only; the three cases that need bytes, a link or
size (encoding, outside-root, too-large) are added to a copy here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import GOOD, TESTS
from tests.hostile.helpers import ids
from tracker.cli import main
from tracker.files import MAX_FILE_BYTES
from tracker.loader import Programme, load_programme

BROKEN = TESTS / "fixtures" / "broken"

# (file, line, column, code) of every problem in tests/fixtures/broken.
TEXT_PROBLEMS = [
    ("measures/fields/date-order.yaml", 6, 6, "date-order"),
    ("measures/fields/invalid-date.yaml", 4, 6, "invalid-date"),
    ("measures/fields/invalid-value.yaml", 4, 11, "invalid-value"),
    ("measures/fields/missing-field.yaml", 2, 5, "missing-field"),
    ("measures/fields/unknown-field.yaml", 4, 1, "unknown-field"),
    ("measures/fields/unknown-kind.yaml", 1, 7, "unknown-kind"),
    ("measures/refs/duplicate-id-a.yaml", 2, 5, "duplicate-id"),
    ("measures/refs/duplicate-id-b.yaml", 2, 5, "duplicate-id"),
    ("measures/refs/unknown-basisteam.yaml", 5, 12, "unknown-basisteam"),
    ("measures/refs/unknown-opgave.yaml", 4, 11, "unknown-opgave"),
    ("measures/refs/unknown-reference.yaml", 5, 10, "unknown-reference"),
    ("measures/refs/unknown-unit.yaml", 4, 7, "unknown-unit"),
    ("measures/yaml/alias.yaml", 3, 8, "yaml-alias"),
    ("measures/yaml/alias.yaml", 4, 14, "yaml-alias"),
    ("measures/yaml/duplicate-key.yaml", 5, 1, "duplicate-key"),
    ("measures/yaml/syntax.yaml", 4, 8, "yaml-syntax"),
    ("measures/yaml/tag.yaml", 3, 8, "yaml-tag"),
]
GENERATED_PROBLEMS = [
    ("measures/generated/huge.yaml", 0, 0, "too-large"),
    ("measures/generated/latin-1.yaml", 3, 11, "encoding"),
    ("measures/generated/outside.yaml", 0, 0, "outside-root"),
]
# The codes FORMAT.md lists; the fixture must cover each one.
FORMAT_CODES = {
    "yaml-syntax",
    "yaml-alias",
    "yaml-tag",
    "duplicate-key",
    "encoding",
    "too-large",
    "outside-root",
    "missing-field",
    "unknown-field",
    "invalid-value",
    "invalid-date",
    "duplicate-id",
    "unknown-kind",
    "unknown-opgave",
    "unknown-unit",
    "unknown-basisteam",
    "unknown-reference",
    "date-order",
}
# Items without errors: a date-order problem is only a warning.
LOADED = {"good-measure", "good-pilot", "after-alias", "date-order"}


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A copy of the broken programme with the generated cases added."""
    root = tmp_path / "broken"
    shutil.copytree(BROKEN, root)
    generated = root / "measures" / "generated"
    generated.mkdir()
    (generated / "latin-1.yaml").write_bytes(b"kind: measure\nid: latin\ntitle: caf\xe9\n")
    with (generated / "huge.yaml").open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    outside = tmp_path / "outside.yaml"
    outside.write_text("kind: measure\nid: outside\ntitle: Outside\n", encoding="utf-8")
    (generated / "outside.yaml").symlink_to(outside)
    return root


def located(programme: Programme) -> list[tuple[str, int, int, str]]:
    return [(p.file, p.line, p.column, p.code) for p in programme.problems]


def test_fixture_text_problems_exactly() -> None:
    programme = load_programme(BROKEN)
    assert located(programme) == TEXT_PROBLEMS
    assert ids(programme) == LOADED


def test_every_format_code_is_covered_with_its_place(broken: Path) -> None:
    programme = load_programme(broken)
    assert located(programme) == sorted(TEXT_PROBLEMS + GENERATED_PROBLEMS)
    assert {p.code for p in programme.problems} == FORMAT_CODES
    assert ids(programme) == LOADED
    for problem in programme.problems:
        assert problem.hint, problem.text()
        assert problem.severity == ("warning" if problem.code == "date-order" else "error")


@pytest.mark.parametrize(
    ("file", "message", "hint"),
    [
        (
            "unknown-opgave.yaml",
            "opgave 'digitaal2' is not in agenda.yaml",
            "did you mean 'digitaal'?",
        ),
        ("unknown-field.yaml", "unknown field 'statsu'", "did you mean 'status'?"),
        ("unknown-kind.yaml", "kind 'measur' is not known", "did you mean 'measure'?"),
        ("unknown-unit.yaml", "unit 'oosten' is not in agenda.yaml", "did you mean 'oost'?"),
        (
            "duplicate-id-a.yaml",
            "id 'twice' is also used at measures/refs/duplicate-id-b.yaml:2",
            "",
        ),
        (
            "duplicate-id-b.yaml",
            "id 'Twice' is also used at measures/refs/duplicate-id-a.yaml:2",
            "",
        ),
        ("invalid-date.yaml", "due: '2018-02-30' is not a real date", "YYYY-MM-DD"),
    ],
)
def test_messages_say_what_is_wrong_and_how_to_fix_it(file: str, message: str, hint: str) -> None:
    [problem] = [p for p in load_programme(BROKEN).problems if p.file.endswith("/" + file)]
    assert problem.message == message
    assert hint in problem.hint


def test_validate_json_has_the_shape_format_md_shows(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--root", str(broken), "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert list(payload) == ["problems", "errors", "warnings", "items"]
    expected = sorted(TEXT_PROBLEMS + GENERATED_PROBLEMS)
    assert [(p["file"], p["line"], p["column"], p["code"]) for p in payload["problems"]] == expected
    for problem in payload["problems"]:
        assert list(problem) == ["file", "line", "column", "severity", "code", "message"]
        assert isinstance(problem["line"], int) and isinstance(problem["column"], int)
        assert problem["severity"] in ("error", "warning")
    assert (payload["errors"], payload["warnings"], payload["items"]) == (
        len(expected) - 1,
        1,
        len(LOADED),
    )
    opgave = next(p for p in payload["problems"] if p["code"] == "unknown-opgave")
    assert opgave == {
        "file": "measures/refs/unknown-opgave.yaml",
        "line": 4,
        "column": 11,
        "severity": "error",
        "code": "unknown-opgave",
        "message": "opgave 'digitaal2' is not in agenda.yaml (did you mean 'digitaal'?)",
    }


def test_validate_github_annotations(
    broken: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(broken)  # annotations name files relative to the working folder
    assert main(["validate", "--root", str(broken), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(TEXT_PROBLEMS + GENERATED_PROBLEMS)
    assert (
        "::error file=measures/refs/unknown-opgave.yaml,line=4,col=11,title=unknown-opgave::"
        "opgave 'digitaal2' is not in agenda.yaml (did you mean 'digitaal'?)"
    ) in lines
    assert (
        "::warning file=measures/fields/date-order.yaml,line=6,col=6,title=date-order::"
        "due 2018-05-01 is before start 2018-06-01"
        " (check both dates; due should be on or after start)"
    ) in lines
    assert (
        "::error file=measures/generated/huge.yaml,title=too-large::"
        f"file is {MAX_FILE_BYTES + 1:,} bytes; the limit is {MAX_FILE_BYTES:,}"
        " (split the items over several files)"
    ) in lines
    for line in lines:
        assert line.startswith(("::error file=measures/", "::warning file=measures/"))


def test_validate_text_lines(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert (
        "measures/refs/unknown-opgave.yaml:4:11: error[unknown-opgave] opgave 'digitaal2' is not"
        " in agenda.yaml (did you mean 'digitaal'?)"
    ) in lines
    total = len(TEXT_PROBLEMS + GENERATED_PROBLEMS)
    assert lines[-1] == f"{total - 1} errors, 1 warnings; {len(LOADED)} items loaded"


def test_exit_codes(tmp_path: Path, broken: Path) -> None:
    assert main(["validate", "--root", str(broken)]) == 1
    assert main(["validate", "--root", str(GOOD)]) == 0
    warnings_only = tmp_path / "warnings-only"
    shutil.copytree(GOOD, warnings_only)
    shutil.copy(BROKEN / "measures" / "fields" / "date-order.yaml", warnings_only / "measures")
    programme = load_programme(warnings_only)
    assert (programme.errors, programme.warnings) == (0, 1)
    for output in ("text", "json", "github"):
        assert main(["validate", "--root", str(warnings_only), "--format", output]) == 0
    assert main(["validate", "--root", str(tmp_path / "no-such-folder")]) == 1
