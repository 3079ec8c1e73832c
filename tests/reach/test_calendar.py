"""`calendar`: an iCalendar file a real parser reads, with stable ids and the right dates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import icalendar
import pytest

from tests.conftest import AS_OF, GOOD
from tracker.cli import main


def calendar(
    tmp_path: Path, *argv: str, root: Path = GOOD, name: str = "c.ics"
) -> icalendar.Calendar:
    out = tmp_path / name
    code = main(
        ["calendar", "--root", str(root), "--as-of", AS_OF.isoformat(), "-o", str(out), *argv]
    )
    assert code == 0
    return icalendar.Calendar.from_ical(out.read_bytes())


def by_uid(cal: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_every_dated_thing_is_an_all_day_event(tmp_path: Path) -> None:
    events = by_uid(calendar(tmp_path, "--lang", "en"))
    assert set(events) == {
        "due-urgentie@ggp-tracker",
        "milestone-netwerk-1@ggp-tracker",
        "milestone-netwerk-2@ggp-tracker",
        "due-netwerk@ggp-tracker",
        "meeting-lovp-2018-10@ggp-tracker",
        "action-lovp-2018-10-1@ggp-tracker",
        "action-lovp-2018-10-2@ggp-tracker",
        "lovp-2018-12-06@ggp-tracker",
        "lovp-2019-03-14@ggp-tracker",
        "scale-up-webcare@ggp-tracker",
    }
    for event in events.values():
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and type(end) is date
        assert (end - start).days == 1
        assert event.decoded("DTSTAMP").date() == AS_OF
    action = events["action-lovp-2018-10-1@ggp-tracker"]
    assert str(action["SUMMARY"]) == "Due: Report on urgency budgets — LOVP progress meeting"
    description = str(action["DESCRIPTION"])
    assert "Owner: Programme office" in description
    assert "Status: open" in description
    assert "Source: measures/meetings/2018-10-11-lovp.yaml:" in description
    done = events["milestone-netwerk-1@ggp-tracker"]
    assert str(done["SUMMARY"]).startswith("Done: First meeting")
    assert "Status: done" in str(done["DESCRIPTION"])


def test_the_same_programme_gives_the_same_file(tmp_path: Path) -> None:
    calendar(tmp_path, name="a.ics")
    calendar(tmp_path, name="b.ics")
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()


def test_ids_survive_a_changed_title_and_date(tmp_path: Path, good_root: Path) -> None:
    before = set(by_uid(calendar(tmp_path, root=good_root, name="a.ics")))
    meeting = good_root / "measures/meetings/2018-10-11-lovp.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(
        text.replace("Report on urgency budgets", "Report on the budgets").replace(
            "2018-10-25", "2018-10-26"
        ),
        encoding="utf-8",
    )
    after = by_uid(calendar(tmp_path, root=good_root, name="b.ics"))
    assert set(after) == before
    moved = after["action-lovp-2018-10-1@ggp-tracker"]
    assert "Report on the budgets" in str(moved["SUMMARY"])
    assert moved.decoded("DTSTART") == date(2018, 10, 26)


def test_owner_filter_gives_one_persons_dates(tmp_path: Path) -> None:
    events = by_uid(calendar(tmp_path, "--owner", "programme OFFICE"))
    assert events
    assert all("Programme office" in str(e["DESCRIPTION"]) for e in events.values())
    assert "lovp-2018-12-06@ggp-tracker" not in events
    assert "action-lovp-2018-10-1@ggp-tracker" in events


def test_open_only_leaves_out_what_is_done(tmp_path: Path) -> None:
    events = by_uid(calendar(tmp_path, "--open-only", "--lang", "en"))
    assert "milestone-netwerk-1@ggp-tracker" not in events
    assert "milestone-netwerk-2@ggp-tracker" in events
    assert not any(str(e["SUMMARY"]).startswith("Done:") for e in events.values())


def test_opgave_filter_keeps_the_lovp_calendar(tmp_path: Path) -> None:
    events = by_uid(calendar(tmp_path, "--opgave", "no-such-opgave"))
    assert set(events) == {"lovp-2018-12-06@ggp-tracker", "lovp-2019-03-14@ggp-tracker"}


def test_dutch_labels(tmp_path: Path) -> None:
    cal = calendar(tmp_path, "--lang", "nl")
    events = by_uid(cal)
    assert str(events["lovp-2018-12-06@ggp-tracker"]["SUMMARY"]) == "LOVP-overleg TST"
    action = events["action-lovp-2018-10-1@ggp-tracker"]
    assert str(action["SUMMARY"]).startswith("Deadline: Report on urgency budgets")
    assert "Eigenaar: Programme office" in str(action["DESCRIPTION"])
    assert "Bron: " in str(action["DESCRIPTION"])
    assert str(cal["X-WR-CALNAME"]).endswith(": agenda")


def test_to_standard_output(capsysbinary) -> None:  # type: ignore[no-untyped-def]
    assert main(["calendar", "--root", str(GOOD), "--as-of", AS_OF.isoformat()]) == 0
    cal = icalendar.Calendar.from_ical(capsysbinary.readouterr().out)
    assert len(cal.walk("VEVENT")) == 10


def test_refuses_to_write_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.ics"
    link = tmp_path / "c.ics"
    link.symlink_to(target)
    code = main(["calendar", "--root", str(GOOD), "--as-of", AS_OF.isoformat(), "-o", str(link)])
    assert code == 1
    assert not target.exists()


def test_every_id_is_unique_in_a_generated_programme(tmp_path: Path) -> None:
    from bench.generate import generate

    root = tmp_path / "generated"
    generate(root, 150, seed=3)
    events = calendar(tmp_path, root=root).walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(events) > 150
    assert len(uids) == len(set(uids))


def test_risk_review_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = GOOD.parent / "format2"
    out = tmp_path / "f2.ics"
    argv = ["calendar", "--root", str(root), "--as-of", "2018-11-20", "-o", str(out)]
    assert main([*argv, "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["list", "risks", "--json", "--root", str(root), "--as-of", "2018-11-20"]) == 0
    risks = [r for r in json.loads(capsys.readouterr().out) if r["review_by"]]
    events = by_uid(icalendar.Calendar.from_ical(out.read_bytes()))
    assert risks
    for risk in risks:
        event = events[f"review-{risk['id'].lower()}@ggp-tracker"]
        assert event.decoded("DTSTART").isoformat() == risk["review_by"]
        word = "Risk closed: " if risk["status"] == "closed" else "Risk review: "
        assert str(event["SUMMARY"]) == word + risk["title"]
