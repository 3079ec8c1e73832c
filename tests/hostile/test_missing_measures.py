"""A programme without a measures/ folder is an error, not an empty clean programme
(issue 16, item 6)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.loader import load_programme


def _absent(root: Path) -> None:
    shutil.rmtree(root / "measures")


def _capitalised(root: Path) -> None:
    (root / "measures").rename(root / "Measures")


def _plain_file(root: Path) -> None:
    shutil.rmtree(root / "measures")
    (root / "measures").write_text("id: x\n")


def _dangling_link(root: Path) -> None:
    shutil.rmtree(root / "measures")
    os.symlink("gone", root / "measures")


CASES: dict[str, Callable[[Path], None]] = {
    "absent": _absent,
    "Measures": _capitalised,
    "plain file": _plain_file,
    "dangling link": _dangling_link,
}


@pytest.mark.parametrize("break_it", CASES.values(), ids=CASES.keys())
def test_missing_measures_is_an_error(
    capsys: pytest.CaptureFixture[str], good_root: Path, break_it: Callable[[Path], None]
) -> None:
    break_it(good_root)
    programme = load_programme(good_root)
    (problem,) = [p for p in programme.problems if p.code == "missing-measures"]
    assert problem.is_error and problem.file == "measures" and problem.hint
    code = main(["validate", "--format", "json", "--root", str(good_root)])
    report = json.loads(capsys.readouterr().out)
    assert code != 0
    assert "missing-measures" in json.dumps(report)


def test_a_capitalised_folder_is_named_in_the_hint(good_root: Path) -> None:
    _capitalised(good_root)
    (problem,) = [p for p in load_programme(good_root).problems if p.code == "missing-measures"]
    assert "rename Measures/ to measures/" in problem.hint
