"""The merge driver on single files: what it merges itself, and what it leaves to git."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli import main
from tracker.merge.driver import merge_paths
from tracker.merge.lines import additions, split

BASE = """\
kind: measure
id: netwerk
title: Network
status: active
milestones:
  - title: Charter
    due: 2018-09-15
  - title: Launch
    due: 2018-12-01
updates:
  - date: 2018-07-04
    note: Started.
    by: office
"""


def entry(day: str, note: str) -> str:
    return f"  - date: {day}\n    note: {note}\n    by: office\n"


def merge(tmp_path: Path, base: str, ours: str, theirs: str, newline: str = "\n"):  # type: ignore[no-untyped-def]
    paths = [tmp_path / name for name in ("base", "ours", "theirs")]
    for path, text in zip(paths, (base, ours, theirs), strict=True):
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    outcome = merge_paths(*paths, "measures/netwerk.yaml")
    return outcome, paths[1].read_bytes().decode("utf-8")


def test_an_entry_that_repeats_a_line_is_found_where_it_was_appended() -> None:
    # Each entry ends with `by: office`: the difference may place the new lines one
    # line early; they are moved down to the end of the list where they belong.
    base = split(BASE)
    side = split(BASE + entry("2018-10-01", "More."))
    assert additions(base, side) == {len(base): split(entry("2018-10-01", "More."))}


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_two_appended_updates_in_date_order(tmp_path: Path, newline: str) -> None:
    ours = BASE + entry("2018-11-02", "Ours.")
    theirs = BASE + entry("2018-10-20", "Theirs.")
    outcome, merged = merge(tmp_path, BASE, ours, theirs, newline)
    assert (outcome.code, outcome.deferred) == (0, None)
    expected = BASE + entry("2018-10-20", "Theirs.") + entry("2018-11-02", "Ours.")
    assert merged == expected.replace("\n", newline)


def test_two_milestones_done(tmp_path: Path) -> None:
    ours = BASE.replace("    due: 2018-09-15\n", "    due: 2018-09-15\n    done: 2018-09-10\n")
    theirs = BASE.replace("    due: 2018-12-01\n", "    due: 2018-12-01\n    done: 2018-11-30\n")
    outcome, merged = merge(tmp_path, BASE, ours, theirs)
    assert outcome.code == 0
    assert merged == ours.replace(
        "    due: 2018-12-01\n", "    due: 2018-12-01\n    done: 2018-11-30\n"
    )


def test_one_milestone_done_on_two_dates_conflicts(tmp_path: Path) -> None:
    ours = BASE.replace("    due: 2018-09-15\n", "    due: 2018-09-15\n    done: 2018-09-10\n")
    theirs = BASE.replace("    due: 2018-09-15\n", "    due: 2018-09-15\n    done: 2018-09-11\n")
    outcome, merged = merge(tmp_path, BASE, ours, theirs)
    assert outcome.code == 1
    assert outcome.deferred is not None
    assert (
        "<<<<<<< ours\n    done: 2018-09-10\n=======\n    done: 2018-09-11\n>>>>>>> theirs"
        in merged
    )


def test_a_changed_field_and_an_appended_update_go_to_git(tmp_path: Path) -> None:
    ours = BASE.replace("title: Network", "title: Network of chiefs")
    theirs = BASE + entry("2018-10-20", "Theirs.")
    outcome, merged = merge(tmp_path, BASE, ours, theirs)
    assert outcome.deferred is not None and outcome.deferred.key == "merge.why.not_additions"
    assert outcome.code == 0  # git's own merge is clean here
    assert merged == ours + entry("2018-10-20", "Theirs.")


def test_the_same_field_added_twice_conflicts(tmp_path: Path) -> None:
    ours = BASE.replace("status: active\n", "status: active\nhealth: red\n")
    theirs = BASE.replace("status: active\n", "status: active\nhealth: green\n")
    outcome, merged = merge(tmp_path, BASE, ours, theirs)
    assert outcome.code == 1
    assert "<<<<<<<" in merged


def test_a_file_that_does_not_read_is_left_to_git(tmp_path: Path) -> None:
    ours = BASE + "  - [\n"
    theirs = BASE + entry("2018-10-20", "Theirs.")
    outcome, merged = merge(tmp_path, BASE, ours, theirs)
    assert outcome.code == 1
    assert "<<<<<<<" in merged


def test_the_command_reports_a_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [tmp_path / name for name in ("base", "ours", "theirs")]
    texts = (BASE, BASE.replace("Network", "Netwerk"), BASE.replace("Network", "Net"))
    for path, text in zip(paths, texts, strict=True):
        path.write_text(text)
    code = main(["merge-driver", *map(str, paths), "measures/netwerk.yaml", "--marker-size", "9"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("ggp-tracker: measures/netwerk.yaml: not only additions (a side ")
    assert "<<<<<<<<< ours" in paths[1].read_text()


RISK = """\
kind: risk
id: R-CAPACITY
title: Too little capacity
likelihood: 4
impact: 4
review_by: 2018-11-15
updates:
  - date: 2018-10-20
    note: Two districts freed capacity.
    likelihood: 3
"""


def test_format_2_lists_merge_the_same_way(tmp_path: Path) -> None:
    ours = RISK + "  - date: 2018-11-12\n    note: Reviewed.\n    status: mitigating\n"
    theirs = RISK + "  - date: 2018-11-01\n    note: A third district.\n"
    outcome, merged = merge(tmp_path, RISK, ours, theirs)
    assert (outcome.code, outcome.deferred) == (0, None)
    assert merged == RISK + theirs[len(RISK) :] + ours[len(RISK) :]
