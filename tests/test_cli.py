"""The `validate` and `list` commands as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tracker.cli import COMMANDS, build_parser, commands_needed, main

ITEM_FIELDS = {
    "id",
    "kind",
    "title",
    "opgaven",
    "unit",
    "basisteam",
    "owner",
    "health",
    "progress",
    "stale",
    "overdue",
    "last_update",
    "file",
    "line",
}
EXTRA_FIELDS = {
    "measures": {"status", "due"},
    "pilots": {"phase", "start", "end"},
    "meetings": {"date", "type"},
    "indicators": {"latest", "value", "target", "better", "meets_target", "trend"},
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def list_json(capsys: pytest.CaptureFixture[str], table: str, *extra: str) -> list[dict]:
    code, out = run(
        capsys, "list", table, "--root", str(GOOD), "--as-of", "2018-11-01", "--json", *extra
    )
    assert code == 0
    return json.loads(out)


def test_validate_clean_programme(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", "--root", str(GOOD))
    assert code == 0
    assert out.strip().endswith("0 errors, 0 warnings; 6 items loaded")


def test_validate_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--root", str(GOOD), "validate", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"problems": [], "errors": 0, "warnings": 0, "items": 6}


def test_validate_reports_error_with_location(capsys, good_root: Path) -> None:
    path = good_root / "measures/lovp/netwerk.yaml"
    path.write_text(
        path.read_text().replace("opgaven: [digitaal, nabijheid]", "opgaven: [digitaal2]")
    )
    code, out = run(capsys, "validate", "--root", str(good_root))
    assert code == 1
    assert (
        "measures/lovp/netwerk.yaml:4:11: error[unknown-opgave] opgave 'digitaal2' is not in "
        "agenda.yaml (did you mean 'digitaal'?)"
    ) in out
    code, out = run(capsys, "validate", "--root", str(good_root), "--format", "github")
    assert code == 1
    assert "::error file=" in out and "line=4,col=11,title=unknown-opgave::" in out


@pytest.mark.parametrize("table", ["measures", "pilots", "meetings", "indicators"])
def test_list_json_fields(capsys, table: str) -> None:
    found = list_json(capsys, table)
    assert found
    for row in found:
        assert set(row) == ITEM_FIELDS | EXTRA_FIELDS[table]


def test_list_actions_fields(capsys) -> None:
    found = list_json(capsys, "actions")
    assert [r["id"] for r in found] == ["lovp-2018-10#1", "lovp-2018-10#2"]
    assert set(found[0]) >= {"id", "meeting", "title", "owner", "due", "done", "overdue"}
    assert found[0]["overdue"] is True and found[1]["done"] == "2018-10-15"


def test_list_filters(capsys) -> None:
    assert [r["id"] for r in list_json(capsys, "measures", "--overdue")] == ["netwerk"]
    assert [r["id"] for r in list_json(capsys, "measures", "--health", "none")] == ["teambudget"]
    assert [r["id"] for r in list_json(capsys, "measures", "--opgave", "ondermijning")] == [
        "teambudget",
        "urgentie",
    ]
    assert [r["id"] for r in list_json(capsys, "pilots", "--stale")] == ["webcare"]
    assert list_json(capsys, "pilots", "--unit", "zwb") == []
    assert [r["id"] for r in list_json(capsys, "measures", "--owner", "programme")] == ["netwerk"]
    assert [r["id"] for r in list_json(capsys, "actions", "--status", "open")] == ["lovp-2018-10#1"]


def test_list_indicator_values(capsys) -> None:
    (hic,) = list_json(capsys, "indicators")
    assert hic["latest"] == "2018-09-30" and hic["value"] == 88 and hic["target"] == 90
    assert hic["meets_target"] is False and hic["trend"] == "down"


def test_list_text_never_reads_markup(capsys, good_root: Path) -> None:
    path = good_root / "measures/lovp/netwerk.yaml"
    path.write_text(
        path.read_text().replace(
            "title: Network of basisteam chiefs", 'title: "[bold red]X[/] \\e[31m"'
        )
    )
    code, out = run(capsys, "list", "measures", "--root", str(good_root), "--as-of", "2018-11-01")
    assert code == 0
    assert "[bold red]X[/]" in out
    assert "\x1b" not in out


def test_list_in_dutch(capsys) -> None:
    code, out = run(
        capsys, "list", "measures", "--root", str(GOOD), "--lang", "nl", "--as-of", "2018-11-01"
    )
    assert code == 0
    assert "Maatregelen" in out and "gepland" in out and "peildatum 2018-11-01" in out


def test_clamped_as_of_is_said(capsys) -> None:
    code, out = run(capsys, "list", "measures", "--root", str(GOOD), "--as-of", "2026-11-28")
    assert code == 0
    assert "as of 2019-12-31, the programme's end (asked for 2026-11-28)" in out


def test_bad_as_of_date(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", "measures", "--as-of", "2018-02-30"])
    assert exc.value.code == 2
    assert "write YYYY-MM-DD" in capsys.readouterr().err


def test_root_from_environment(capsys, monkeypatch) -> None:
    monkeypatch.setenv("GGP_TRACKER_ROOT", str(GOOD))
    code, out = run(capsys, "validate")
    assert code == 0 and "6 items loaded" in out


def test_json_escapes_what_a_terminal_would_act_on(capsys, good_root: Path) -> None:
    path = good_root / "measures/lovp/netwerk.yaml"
    path.write_text(
        path.read_text().replace(
            "title: Network of basisteam chiefs", 'title: "A\\u009b2J B\\u202eC \\x7f é"'
        )
    )
    found = list_json(capsys, "measures", "--root", str(good_root))
    assert [r["title"] for r in found if r["id"] == "netwerk"] == ["A\x9b2J B\u202eC \x7f é"]
    code, out = run(capsys, "list", "measures", "--json", "--root", str(good_root))
    assert code == 0
    assert "\x9b" not in out and "\u202e" not in out and "\x7f" not in out
    assert "\\u009b2J" in out and "é" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ()),
        (["--root", "validate", "--as-of", "2019-01-01"], ()),  # a folder named validate
        (["--lang", "nl"], ()),
        (["--root=x", "list", "measures"], ("list",)),
        (["summary", "--help"], ("summary",)),
        (["--help"], COMMANDS),
        (["--help", "summary"], COMMANDS),
        (["nonsense"], COMMANDS),  # so argparse can say it is not a command
    ],
)
def test_only_the_command_named_is_loaded(argv: list[str], expected: tuple[str, ...]) -> None:
    assert commands_needed(argv) == expected


@pytest.mark.parametrize("argv", [["--help"], ["nonsense"]], ids=" ".join)
def test_the_listed_commands_read_as_the_commands_themselves(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    said = []
    for listed_only in (False, True):
        with pytest.raises(SystemExit) as ended:
            build_parser(COMMANDS, listed_only=listed_only).parse_args(argv)
        out, err = capsys.readouterr()
        said.append((ended.value.code, out, err))
    assert said[0] == said[1]
    assert all(name in said[0][1] + said[0][2] for name in COMMANDS)
