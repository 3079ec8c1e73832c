"""Fixtures shared by the tests of hostile folders and outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import OUTSIDE


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside the programme folder, holding `OUTSIDE`: where a planted link leads."""
    target = tmp_path / "outside" / "victim.txt"
    target.parent.mkdir()
    target.write_bytes(OUTSIDE)
    return target
