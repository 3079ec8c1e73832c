"""`update` and `done` as a user runs them: happy paths, dry runs, and every refusal."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tracker.cli import build_parser, main
from tracker.commands import update
from tracker.context import Context
from tracker.edit import EditError, plan_update, write_edit
from tracker.loader import load_programme

NETWERK = "measures/lovp/netwerk.yaml"
WEBCARE = "measures/pilots/webcare.yaml"
BUDGET = "measures/lovp/budget.yaml"
MEETING = "measures/meetings/2018-10-11-lovp.yaml"


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--root", str(root), "--as-of", AS_OF.isoformat()])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def refused(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> str:
    """Run a command that must be refused: exit 1, a message, and no file changed."""
    before = snapshot(root)
    code, out, err = run(capsys, root, *argv)
    assert code == 1, (out, err)
    assert out == ""
    assert err.startswith(("error: ", "fout: ")) and err.count("\n") == 1
    assert snapshot(root) == before
    return err


# ---- update ---------------------------------------------------------------


def test_update_appends_an_entry(capsys: pytest.CaptureFixture[str], good_root: Path) -> None:
    old = (good_root / NETWERK).read_text()
    code, out, err = run(
        capsys,
        good_root,
        "update",
        "NETWERK",
        "--status",
        "active",
        "--health",
        "green",
        "--progress",
        "60",
        "--note",
        "Charter agreed: yes",
        "--by",
        "Programme office",
    )
    assert (code, err) == (0, "")
    assert out == f"Update added to netwerk: {NETWERK}:26\n"
    new = (good_root / NETWERK).read_text()
    assert new == old + (
        "  - date: 2018-11-01\n"
        '    note: "Charter agreed: yes"\n'
        "    by: Programme office\n"
        "    status: active\n"
        "    health: green\n"
        "    progress: 60\n"
    )
    state = load_programme(good_root)
    assert not state.problems
    assert state.item("netwerk").updates[-1].progress == 60  # type: ignore[union-attr]


def test_update_creates_the_list_in_the_right_document(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code, _, _ = run(
        capsys,
        good_root,
        "update",
        "teambudget",
        "--note",
        "Budget rules drafted.",
        "--date",
        "2018-10-30",
    )
    assert code == 0
    text = (good_root / BUDGET).read_text()
    assert (
        "status: planned\nupdates:\n  - date: 2018-10-30\n    note: Budget rules drafted.\n---\n"
        in text
    )
    assert load_programme(good_root).item("urgentie").updates == []  # type: ignore[union-attr]


def test_update_of_a_pilot_sets_its_phase(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code, _, _ = run(capsys, good_root, "update", "webcare", "--phase", "scaling", "--note", "x")
    assert code == 0
    assert (good_root / WEBCARE).read_text().endswith("    note: x\n    phase: scaling\n")


def test_update_of_a_meeting_takes_a_note(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code, out, _ = run(capsys, good_root, "update", "lovp-2018-10", "--note", "Minutes sent.")
    assert code == 0 and out.startswith("Update added to lovp-2018-10")


def test_dry_run_prints_the_diff_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    before = snapshot(good_root)
    code, out, _ = run(
        capsys, good_root, "update", "netwerk", "--note", "Done.", "--health", "amber", "--dry-run"
    )
    assert code == 0
    assert snapshot(good_root) == before
    assert out.splitlines() == [
        f"--- a/{NETWERK}",
        f"+++ b/{NETWERK}",
        "@@ -23,3 +23,6 @@",
        "     note: Second meeting held.",
        "     health: red",
        "     progress: 45",
        "+  - date: 2018-11-01",
        "+    note: Done.",
        "+    health: amber",
        "Dry run: nothing was written.",
    ]


def test_update_message_in_dutch(capsys: pytest.CaptureFixture[str], good_root: Path) -> None:
    code, out, _ = run(capsys, good_root, "update", "netwerk", "--note", "x", "--lang", "nl")
    assert code == 0 and out.startswith("Update toegevoegd aan netwerk: ")
    err = refused(
        capsys, good_root, "update", "netwerk", "--note", "x", "--progress", "120", "--lang", "nl"
    )
    assert err.startswith("fout: voortgang 120 valt buiten het bereik")


def test_update_dated_after_the_as_of_date_says_so(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code, _, err = run(
        capsys, good_root, "update", "netwerk", "--note", "x", "--date", "2019-01-02"
    )
    assert code == 0
    assert "after the as-of date 2018-11-01" in err


def test_update_dated_after_the_programmes_end_says_so(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code, _, err = run(
        capsys, good_root, "update", "netwerk", "--note", "x", "--date", "2020-01-05"
    )
    assert code == 0
    assert "after the programme's end 2019-12-31" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["netwerk2"], "no item has the id 'netwerk2' ('netwerk'?)"),
        (["nothing-like-it"], "no item has the id 'nothing-like-it';"),
        (["netwerk", "--phase", "running"], "netwerk is a measure: it has a status, not a phase"),
        (["webcare", "--status", "active"], "webcare is a pilot: it has a phase, not a status"),
        (["lovp-2018-10", "--health", "red"], "lovp-2018-10 (meeting) has no health"),
        (
            ["hic-terugkoppeling", "--progress", "3"],
            "hic-terugkoppeling (indicator) has no progress",
        ),
        (
            ["netwerk", "--status", "finished"],
            "status 'finished' is not allowed; choose one of: "
            "planned, active, done, paused, stopped",
        ),
        (["netwerk", "--health", "purple"], "health 'purple' is not allowed"),
        (["webcare", "--phase", "Running"], "phase 'Running' is not allowed"),
        (["netwerk", "--progress", "120"], "progress 120 is out of range"),
        (["netwerk", "--progress", "-1"], "progress -1 is out of range"),
        (["netwerk", "--progress", "50%"], "progress '50%' is not a whole number"),
        (["netwerk", "--date", "2018-02-30"], "'2018-02-30' is not a date; write YYYY-MM-DD"),
        (["netwerk", "--date", "1/11/2018"], "'1/11/2018' is not a date"),
    ],
)
def test_update_refusals(
    capsys: pytest.CaptureFixture[str], good_root: Path, argv: list[str], message: str
) -> None:
    err = refused(capsys, good_root, "update", *argv, "--note", "Some note")
    assert message in err


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("   ", "the note is empty"),
        ("bell\x07", "note holds a control character (U+0007)"),
        ("bad \udcff byte", "note holds bytes that are not UTF-8 text"),
    ],
)
def test_update_refuses_unusable_notes(
    capsys: pytest.CaptureFixture[str], good_root: Path, note: str, message: str
) -> None:
    assert message in refused(capsys, good_root, "update", "netwerk", "--note", note)


def test_update_refuses_an_item_with_errors(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    path = good_root / WEBCARE
    path.write_text(path.read_text().replace("phase: running", "phase: sprinting"))
    err = refused(capsys, good_root, "update", "webcare", "--note", "x")
    assert f"webcare ({WEBCARE}:1) has errors" in err
    assert "sprinting" in err and "'ggp-tracker validate'" in err


def test_update_refuses_an_item_whose_file_does_not_parse(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    path = good_root / WEBCARE
    path.write_text(path.read_text() + "scale_up: [unclosed\n")
    err = refused(capsys, good_root, "update", "webcare", "--note", "x")
    assert f"webcare ({WEBCARE}) has errors" in err and "yaml-syntax" in err


def test_update_refuses_an_item_in_a_file_with_errors(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    path = good_root / BUDGET
    path.write_text(path.read_text().replace("progress: 100", "progress: 101"))
    err = refused(capsys, good_root, "update", "teambudget", "--note", "x")
    assert f"{BUDGET} has 1 error(s), so it is not changed" in err


def test_update_reads_again_when_the_file_changed_since_loading(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    """The command loads again holding the edit lock: another writer's change is kept.
    (The terminal UI, which holds what it showed, refuses instead: see below.)"""
    ctx = Context(root=good_root, as_of=AS_OF)
    assert ctx.programme.item("netwerk") is not None  # loaded before the change
    path = good_root / NETWERK
    edited = path.read_text().replace("progress: 45", "progress: 50")
    path.write_text(edited)
    args = build_parser(("update",)).parse_args(["update", "netwerk", "--note", "x"])
    assert update.run(args, ctx) == 0, capsys.readouterr().err
    written = path.read_text()
    assert written.startswith(edited.rstrip("\n")) and "note: x\n" in written


def test_write_refuses_when_the_file_changed_after_planning(good_root: Path) -> None:
    edit = plan_update(load_programme(good_root), "netwerk", on=AS_OF, note="x")
    path = good_root / NETWERK
    path.write_text(path.read_text() + "# saved in an editor meanwhile\n")
    edited = path.read_bytes()
    with pytest.raises(EditError) as caught:
        write_edit(edit)
    assert "changed on disk while the change was being made" in caught.value.text()
    assert path.read_bytes() == edited
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def test_write_refuses_when_the_file_changed_while_writing(
    good_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit = plan_update(load_programme(good_root), "netwerk", on=AS_OF, note="x")
    path = good_root / NETWERK
    real_fsync = os.fsync
    saved = path.read_bytes() + b"# saved in an editor while the temporary file was written\n"

    def editor_saves(fd: int) -> None:
        # The first fsync is the temporary file's: the editor saves between it and the rename.
        real_fsync(fd)
        if path.read_bytes() == edit.old:
            path.write_bytes(saved)

    monkeypatch.setattr(os, "fsync", editor_saves)
    with pytest.raises(EditError) as caught:
        write_edit(edit)
    assert "changed on disk while the change was being made" in caught.value.text()
    assert path.read_bytes() == saved
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def test_write_keeps_the_mode_and_writes_through_a_link(good_root: Path) -> None:
    real = good_root / "store"
    real.mkdir()
    (good_root / WEBCARE).rename(real / "webcare.yaml")
    (good_root / WEBCARE).symlink_to(real / "webcare.yaml")
    os.chmod(real / "webcare.yaml", 0o640)
    edit = plan_update(load_programme(good_root), "webcare", on=AS_OF, note="x")
    write_edit(edit)
    assert (good_root / WEBCARE).is_symlink()
    assert (real / "webcare.yaml").read_bytes() == edit.new
    assert (real / "webcare.yaml").stat().st_mode & 0o777 == 0o640


# ---- done -----------------------------------------------------------------


def test_done_marks_an_action(capsys: pytest.CaptureFixture[str], good_root: Path) -> None:
    code, out, _ = run(capsys, good_root, "done", "LOVP-2018-10#1", "--date", "2018-10-24")
    assert code == 0
    assert out == f"Action lovp-2018-10#1 marked done on 2018-10-24: {MEETING}:12\n"
    assert (
        "    due: 2018-10-25\n    done: 2018-10-24\n  - title: Invite"
        in (good_root / MEETING).read_text()
    )


def test_done_marks_a_milestone_by_title_or_number(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code, out, _ = run(capsys, good_root, "done", "netwerk", "--milestone", "charter AGREED")
    assert code == 0 and out.startswith("Milestone 2 of netwerk marked done on 2018-11-01")
    text = (good_root / NETWERK).read_text()
    assert "    due: 2018-09-15\n    done: 2018-11-01\ndecision_needed" in text
    err = refused(capsys, good_root, "done", "netwerk", "--milestone", "2")
    assert "milestone 2 of netwerk ('Charter agreed') is already done, on 2018-11-01" in err


def test_done_fills_an_empty_done_in_place(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    path = good_root / MEETING
    path.write_text(
        path.read_text().replace("due: 2018-10-25\n", "due: 2018-10-25\n    done:  # open\n")
    )
    assert run(capsys, good_root, "done", "lovp-2018-10#1")[0] == 0
    assert "    done: 2018-11-01  # open\n" in path.read_text()


def test_done_dry_run(capsys: pytest.CaptureFixture[str], good_root: Path) -> None:
    before = snapshot(good_root)
    code, out, _ = run(capsys, good_root, "done", "lovp-2018-10#1", "--dry-run")
    assert code == 0 and "+    done: 2018-11-01" in out
    assert snapshot(good_root) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["lovp-2018-10#2"],
            "action lovp-2018-10#2 ('Invite the units') is already done, on 2018-10-15",
        ),
        (["lovp-2018-10#3"], "lovp-2018-10 has 2 action(s); there is no #3"),
        (["lovp-2018-10#0"], "'lovp-2018-10#0' does not name an action"),
        (["lovp-2018-10#x"], "'lovp-2018-10#x' does not name an action"),
        (["lovp-2018#1"], "no item has the id 'lovp-2018' ('lovp-2018-10'?)"),
        (["netwerk#1"], "netwerk (measure) is not a meeting"),
        (["netwerk"], "give MEETING#N for an action, or ITEM --milestone N|TITLE"),
        (["lovp-2018-10#1", "--milestone", "1"], "give MEETING#N for an action"),
        (
            ["netwerk", "--milestone", "1"],
            "milestone 1 of netwerk ('First meeting') is already done, on 2018-05-30",
        ),
        (
            ["netwerk", "--milestone", "Charter"],
            "netwerk has no milestone 'Charter'; its "
            "milestones: 1. First meeting; 2. Charter agreed",
        ),
        (["netwerk", "--milestone", "3"], "netwerk has no milestone '3'"),
        (["lovp-2018-10", "--milestone", "1"], "lovp-2018-10 (meeting) has no milestones"),
        (["lovp-2018-10#1", "--date", "2018-13-01"], "'2018-13-01' is not a date"),
    ],
)
def test_done_refusals(
    capsys: pytest.CaptureFixture[str], good_root: Path, argv: list[str], message: str
) -> None:
    assert message in refused(capsys, good_root, "done", *argv)


def test_done_date_defaults_to_the_as_of_date(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    code = main(
        ["done", "webcare", "--milestone", "1", "--root", str(good_root), "--as-of", "2018-12-24"]
    )
    assert code == 1  # webcare has no milestones
    assert main(["done", "lovp-2018-10#1", "--root", str(good_root), "--as-of", "2018-12-24"]) == 0
    action = load_programme(good_root).item("lovp-2018-10").actions[0]  # type: ignore[union-attr]
    assert action.done == date(2018, 12, 24)
