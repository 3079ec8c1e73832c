"""A snapshot label is one that `diff` and `history` can take back: a label they could not
read is refused when the snapshot is taken, with what labels may look like."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import run_cli

COMMON = ("--as-of", "2018-11-01")


@pytest.mark.parametrize(
    "name",
    ["--x", "-x", "-", "", " ", "  lovp", "lovp ", "lo  vp", "\u200b", " \u200b\u2060 ",
     "a\tb", "a\nb", "a\x1bb", "now", "git:HEAD", "x" * 81],
)  # fmt: skip
def test_a_label_diff_could_not_take_is_refused(good_root: Path, name: str) -> None:
    result = run_cli("snapshot", f"--label={name}", "--root", str(good_root), *COMMON)
    assert result.returncode != 0
    assert "cannot be a label" in result.stderr and "Traceback" not in result.stderr
    assert not (good_root / ".tracker" / "history.json").exists()


@pytest.mark.parametrize("name", ["lovp-2018-12", "LOVP 13 december", "v1.2_final", "x" * 80])
def test_a_label_taken_is_read_back_by_diff(good_root: Path, name: str) -> None:
    result = run_cli("snapshot", "--label", name, "--root", str(good_root), *COMMON)
    assert result.returncode == 0, result.stderr
    result = run_cli("diff", name, "--root", str(good_root), *COMMON)
    assert result.returncode == 0, result.stderr
    listed = run_cli("history", "--json", "--root", str(good_root), *COMMON)
    assert f'"{name}"' in listed.stdout
