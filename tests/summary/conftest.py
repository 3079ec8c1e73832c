"""A summary fixture: tests/fixtures/good plus what a summary needs to show everything."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import AS_OF, GOOD
from tracker.loader import load_programme
from tracker.state import State, build_state

HERE = Path(__file__).parent
MEETING = date(2018, 12, 6)


def make_programme(root: Path) -> Path:
    """A copy of the good fixture with tests/summary/fixtures/*.yaml added under measures/."""
    shutil.copytree(GOOD, root)
    for extra in sorted((HERE / "fixtures").glob("*.yaml")):
        shutil.copy(extra, root / "measures" / extra.name)
    return root


@pytest.fixture(scope="session")
def summary_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_programme(tmp_path_factory.mktemp("summary") / "programme")


@pytest.fixture(scope="session")
def summary_state(summary_root: Path) -> State:
    return build_state(load_programme(summary_root), AS_OF)
