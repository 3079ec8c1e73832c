"""A note of only invisible characters (zero-width space, joiners, word joiner, BOM),
with or without spaces, is an empty note: `update` refuses it and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import run_cli

NETWERK = "measures/lovp/netwerk.yaml"


@pytest.mark.parametrize(
    "note",
    ["\u200b", "\u200c\u200d", " \u2060 ", "\ufeff", "\u200b \u200c\u200d\u2060\ufeff  "],
)
def test_update_refuses_a_note_of_invisible_characters(good_root: Path, note: str) -> None:
    before = (good_root / NETWERK).read_bytes()
    result = run_cli(
        "update", "netwerk", "--note", note, "--root", str(good_root), "--as-of", "2018-11-01"
    )
    assert result.returncode != 0
    assert "note is empty" in result.stderr and "Traceback" not in result.stderr
    assert (good_root / NETWERK).read_bytes() == before


def test_a_note_with_a_visible_character_is_written(good_root: Path) -> None:
    result = run_cli(
        "update", "netwerk", "--note", "\u200bok\u200b", "--root", str(good_root),
        "--as-of", "2018-11-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
