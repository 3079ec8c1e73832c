"""`update` and `done` write their new lines with the file's own line break: LF, CRLF or a
lone CR (old Mac files). A file of one style stays of that style, and loads as before
plus the new entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import run_cli
from tracker.loader import load_programme

NETWERK = "measures/lovp/netwerk.yaml"
MEETING = "measures/meetings/2018-10-11-lovp.yaml"
BREAKS = {"lf": b"\n", "crlf": b"\r\n", "cr": b"\r"}


def _restyle(path: Path, newline: bytes) -> None:
    path.write_bytes(path.read_bytes().replace(b"\n", newline))


def _only_breaks(data: bytes, newline: bytes) -> None:
    """Every line break in `data` is `newline`."""
    rest = data.replace(newline, b"")
    assert b"\n" not in rest and b"\r" not in rest, data


@pytest.mark.parametrize("style", sorted(BREAKS))
def test_update_keeps_the_files_line_breaks(good_root: Path, style: str) -> None:
    newline = BREAKS[style]
    path = good_root / NETWERK
    _restyle(path, newline)
    before = load_programme(good_root).item("netwerk")
    assert before is not None
    result = run_cli(
        "update", "netwerk", "--note", "Third meeting.", "--date", "2018-10-30",
        "--root", str(good_root), "--as-of", "2018-11-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    _only_breaks(path.read_bytes(), newline)
    after = load_programme(good_root).item("netwerk")
    assert after is not None
    assert [u.note for u in after.updates] == [*(u.note for u in before.updates), "Third meeting."]
    assert after.milestones == before.milestones


@pytest.mark.parametrize("style", sorted(BREAKS))
def test_done_keeps_the_files_line_breaks(good_root: Path, style: str) -> None:
    newline = BREAKS[style]
    path = good_root / MEETING
    _restyle(path, newline)
    result = run_cli(
        "done", "lovp-2018-10#1", "--date", "2018-10-24",
        "--root", str(good_root), "--as-of", "2018-11-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    _only_breaks(path.read_bytes(), newline)
    meeting = load_programme(good_root).item("lovp-2018-10")
    assert meeting is not None
    assert [str(a.done) for a in meeting.actions] == ["2018-10-24", "2018-10-15"]
    assert [a.title for a in meeting.actions] == ["Report on urgency budgets", "Invite the units"]
