"""File and folder names that are not UTF-8 or hold control characters.

Such a name cannot be shown or printed safely, so the file is refused with an
`encoding` problem that names it with escapes; everything the tracker reports
then prints on any terminal and in strict UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hostile.helpers import good_copy, ids, load_with_good, only_problem

ITEM = "kind: measure\nid: {id}\ntitle: Named oddly\n"
NAMES = {
    # name on disk (bytes) -> how problems name it
    b"caf\xe9.yaml": "measures/caf\\xe9.yaml",
    b"\x1b[31mred.yaml": "measures/\\x1b[31mred.yaml",
    b"two\nlines.yaml": "measures/two\\x0alines.yaml",
    "\u202eloot.yaml".encode(): "measures/\\u202eloot.yaml",
    "csi\u009b.yml".encode(): "measures/csi\\x9b.yml",
}


def make(root: Path, raw: bytes, item_id: str) -> None:
    path = os.path.join(os.fsencode(root / "measures"), raw)
    with open(path, "wb") as handle:
        handle.write(ITEM.format(id=item_id).encode())


@pytest.mark.parametrize("raw", sorted(NAMES), ids=lambda raw: NAMES[raw])
def test_unsafe_file_name_is_refused_and_shown_escaped(tmp_path: Path, raw: bytes) -> None:
    root = good_copy(tmp_path)
    make(root, raw, "oddly-named")
    programme = load_with_good(root)
    problem = only_problem(programme, NAMES[raw])
    assert problem.code == "encoding"
    assert "rename" in problem.hint
    assert "oddly-named" not in ids(programme)


def test_unsafe_folder_name(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    folder = os.path.join(os.fsencode(root / "measures"), b"d\xe9j\xe0")
    os.mkdir(folder)
    with open(os.path.join(folder, b"item.yaml"), "wb") as handle:
        handle.write(ITEM.format(id="in-folder").encode())
    programme = load_with_good(root)
    assert only_problem(programme, "measures/d\\xe9j\\xe0").code == "encoding"
    assert "in-folder" not in ids(programme)


def test_other_files_with_odd_names_are_left_alone(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    make(root, b"notes\xff.txt", "ignored")
    assert load_with_good(root).problems == ()


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8:strict", LC_ALL="C.UTF-8", COLUMNS="120")
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )


@pytest.mark.timeout(120)
def test_every_output_prints_in_strict_utf8(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    for number, raw in enumerate(sorted(NAMES)):
        make(root, raw, f"odd-{number}")
    common = ("--root", str(root), "--as-of", "2018-11-01")
    for args, code in (
        (("validate",), 1),
        (("validate", "--format", "json"), 1),
        (("validate", "--format", "github"), 1),
        (("list", "measures"), 0),
        (("list", "measures", "--json"), 0),
    ):
        result = run_cli(*args, *common)
        assert result.stderr == b"", result.stderr.decode(errors="replace")
        assert result.returncode == code
        text = result.stdout.decode("utf-8")  # strict: fails on any stray byte
        assert "\x1b" not in text and "\u202e" not in text and "\x9b" not in text
        if "--json" in args or "json" in args:
            json.loads(text)
