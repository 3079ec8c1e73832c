"""`round` on a small programme: exactly the owed items per owner, derived by hand."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.round.programme import write
from tracker.cli import main
from tracker.loader import load_programme
from tracker.round.model import build_round
from tracker.state import build_state

AS_OF = date(2018, 11, 20)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write(tmp_path / "programme")


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["round", *argv, "--root", str(root), "--as-of", AS_OF.isoformat()])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_owed_per_owner(root: Path) -> None:
    programme = load_programme(root)
    assert not programme.problems
    found = build_round(build_state(programme, AS_OF))
    # The next meeting, 6 December; its period runs from 12 October (the day after the
    # previous meeting) to 6 December.
    assert found.meeting == date(2018, 12, 6)
    owed = {o.owner: [(x.kind, x.ref, x.number) for x in o.owed] for o in found.owners}
    received = {
        o.owner: [(x.kind, x.ref, x.on.isoformat()) for x in o.received] for o in found.owners
    }
    assert list(owed) == ["Anna de Vries", "anna de vries", "Bram", "Secretariaat", None]
    assert owed == {
        # No update since 1 September; milestone 1 due 30 November. "Later" is due after
        # the meeting; action 3 is due the day after it.
        # Anna leads opgave digi, which has no verdict for the meeting yet.
        "Anna de Vries": [
            ("update", "m-old", None),
            ("milestone", "m-old", 1),
            ("verdict", "digi", None),
        ],
        "anna de vries": [],  # matched as written: a different owner, who reported
        # m-planned is not active, so owes no update, but its milestone is due; m-done is
        # finished, so its open milestone is not asked for.
        # R-1 is to be reviewed by 10 November; R-2 is closed. Opgave onder, which Bram
        # leads, has its verdict (A-1812-onder).
        "Bram": [
            ("action", "lovp-2018-10#1", 1),
            ("milestone", "m-planned", 1),
            ("risk", "R-1", None),
        ],
        # An action without an owner goes to the meeting's owner; due on the meeting day.
        "Secretariaat": [("action", "lovp-2018-10#2", 2)],
        # The running pilot's update is dated on the previous meeting: not in this period.
        # Opgave nabij has no lead and no verdict. R-3 is to be reviewed after the meeting.
        None: [("update", "p-running", None), ("verdict", "nabij", None)],
    }
    assert received == {
        "Anna de Vries": [
            ("update", "m-fresh", "2018-10-15"),
            ("milestone", "m-old", "2018-10-20"),
            ("action", "lovp-2018-10#4", "2018-10-30"),
        ],
        "anna de vries": [("update", "m-lower", "2018-11-02")],
        "Bram": [],
        "Secretariaat": [],
        None: [],
    }


def test_an_earlier_meeting(root: Path) -> None:
    found = build_round(build_state(load_programme(root), AS_OF), date(2018, 10, 11))
    owed = {o.owner: [(x.kind, x.ref) for x in o.owed] for o in found.owners}
    # Period: from the programme's start to 11 October. Updates dated after the meeting
    # do not count for it; no open milestone, action or risk review was due by then, and
    # no verdict is written for that meeting.
    assert owed == {
        "Anna de Vries": [("update", "m-fresh"), ("verdict", "digi")],
        "anna de vries": [("update", "m-lower")],
        "Bram": [("verdict", "onder")],
        None: [("verdict", "nabij")],
    }
    received = {o.owner: [(x.kind, x.ref) for x in o.received] for o in found.owners}
    assert received == {
        "Anna de Vries": [("update", "m-old")],
        "anna de vries": [],
        "Bram": [],
        None: [("update", "p-running")],
    }


def test_mail_files(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "mails"
    code, out, _ = run(capsys, root, "-o", str(out_dir))
    assert code == 0
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [
        "anna-de-vries-2.md",
        "anna-de-vries.md",
        "bram.md",
        "programme-office.md",
        "secretariaat.md",
    ]
    assert f"Written to {out_dir}: 5 file(s)" in out
    bram = (out_dir / "bram.md").read_text()
    assert bram.startswith("# Progress round for the LOVP meeting of 2018-12-06\n")
    assert "Dear Bram," in bram
    assert "`ggp-tracker done lovp-2018-10#1`" in bram
    assert "`ggp-tracker done m-planned --milestone 1`" in bram
    assert "Report budgets (lovp-2018-10#1, from LOVP October): due 2018-11-15" in bram
    office = (out_dir / "programme-office.md").read_text()
    assert 'ggp-tracker update p-running --note "what happened"' in office
    assert "    note: what happened" in office


def test_json_and_owner(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "--format", "json", "--owner", "Bram")
    assert code == 0
    data = json.loads(out)
    assert data["meeting"] == "2018-12-06"
    assert data["period"] == {"start": "2018-10-12", "end": "2018-12-06"}
    assert [o["owner"] for o in data["owners"]] == ["Bram"]
    assert [x["command"] for x in data["owners"][0]["owed"]] == [
        "ggp-tracker done lovp-2018-10#1",
        "ggp-tracker done m-planned --milestone 1",
        None,  # a risk is reviewed in its file
    ]


def test_refusals(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, root, "--meeting", "2018-12-07")
    assert code == 1
    assert "2018-12-07 is not an LOVP meeting date; choose one of: 2018-10-11, 2018-12-06" in err
    code, _, err = run(capsys, root, "--owner", "bram")
    assert code == 1
    assert "nobody named 'bram'" in err


def test_dutch_text(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "--lang", "nl")
    assert code == 0
    assert out.startswith("Voortgangsronde voor het LOVP-overleg van 2018-12-06\n")
    assert "Programmabureau: 2 openstaand" in out
    assert "Proximity (opgave nabij): nog geen oordeel geschreven voor dit overleg" in out


def test_validate_warns_about_owner_spellings(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["validate", "--root", str(root), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0  # a warning, not an error
    assert data["warnings"] == 1
    assert data["problems"] == [
        {
            "file": "measures/lower.yaml",
            "line": 2,
            "column": 0,
            "severity": "warning",
            "code": "owner-spelling",
            "message": "owner 'anna de vries' differs from 'Anna de Vries' only in case or "
            "spacing (the progress round matches owners as written: write one spelling "
            "everywhere)",
        }
    ]
