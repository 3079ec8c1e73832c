"""One rule for every `-o`: a target that is a link is refused with a message, never
written through and never replaced; the file it leads to stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import OUTSIDE, run_cli

COMMON = ("--as-of", "2018-11-01")

FILE_TARGETS = {
    "summary": ("summary", "--format", "md"),
    "schema": ("schema",),
    "calendar": ("calendar",),
    "workbook": ("export",),
}


def _refused(result_code: int, stderr: str, link: Path, victim: Path) -> None:
    assert result_code == 1, stderr
    assert "link" in stderr and "Traceback" not in stderr
    assert link.is_symlink()
    assert victim.read_bytes() == OUTSIDE


@pytest.mark.parametrize("command", sorted(FILE_TARGETS))
def test_o_naming_a_link_is_refused(
    good_root: Path, tmp_path: Path, victim: Path, command: str
) -> None:
    link = tmp_path / "out.file"
    link.symlink_to(victim)
    result = run_cli(*FILE_TARGETS[command], "--root", str(good_root), *COMMON, "-o", str(link))
    _refused(result.returncode, result.stderr, link, victim)
    assert link.resolve() == victim


def test_csv_export_over_a_link_in_its_folder_is_refused(
    good_root: Path, tmp_path: Path, victim: Path
) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    link = folder / "measures.csv"
    link.symlink_to(victim)
    result = run_cli(
        "export", "--format", "csv", "--root", str(good_root), *COMMON, "-o", str(folder)
    )
    _refused(result.returncode, result.stderr, link, victim)


@pytest.mark.parametrize("command", [("export", "--format", "csv"), ("round",)])
def test_o_naming_a_linked_folder_is_refused(
    good_root: Path, tmp_path: Path, victim: Path, command: tuple[str, ...]
) -> None:
    link = tmp_path / "letters"
    link.symlink_to(victim.parent, target_is_directory=True)
    result = run_cli(*command, "--root", str(good_root), *COMMON, "-o", str(link))
    _refused(result.returncode, result.stderr, link, victim)
    assert sorted(p.name for p in victim.parent.iterdir()) == ["victim.txt"]
