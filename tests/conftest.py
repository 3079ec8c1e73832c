"""Shared fixtures: the small test programme and the programme shipped at the root."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker import parsecache

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


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A parse cache of this test alone, empty at its start."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(parsecache.ENV, str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def parse_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Parse results kept between runs go to a folder of the test session, not the user's."""
    folder = tmp_path_factory.mktemp("parse-cache")
    before = os.environ.get(parsecache.ENV)
    os.environ[parsecache.ENV] = str(folder)
    yield folder
    if before is None:
        del os.environ[parsecache.ENV]
    else:
        os.environ[parsecache.ENV] = before
