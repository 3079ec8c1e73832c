"""Shared fixtures: the small test programme and the programme shipped at the root."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
GOOD = TESTS / "fixtures" / "good"
AS_OF = date(2018, 11, 1)


@pytest.fixture
def good_root(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/good."""
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    return root
