"""`summary --meeting` before the programme's start is refused with both dates and what to
do: its reporting period would end before it begins."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.helpers import run_cli


def test_a_meeting_before_the_start_is_refused(good_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    result = run_cli(
        "summary", "--meeting", "2017-12-14", "--root", str(good_root),
        "--as-of", "2018-11-01", "-o", str(out),
    )  # fmt: skip
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "2017-12-14" in result.stderr and "2018-01-01" in result.stderr
    assert "--meeting" in result.stderr and "agenda.yaml" in result.stderr
    assert not out.exists()


def test_a_meeting_on_the_start_day_is_reported(good_root: Path) -> None:
    result = run_cli(
        "summary", "--meeting", "2018-01-01", "--root", str(good_root),
        "--as-of", "2018-11-01", "--format", "md",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2018" in result.stdout
