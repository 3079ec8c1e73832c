"""`update` and `done` refuse a write the loader could not read back, or a read-only file
(issue 16, items 7 and 10)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import AS_OF
from tracker.cli import main
from tracker.files import MAX_FILE_BYTES
from tracker.loader import load_programme

NETWERK = "measures/lovp/netwerk.yaml"


def _update(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, str]:
    code = main(
        ["update", "netwerk", "--note", "A note.", "--root", str(root), "--as-of", str(AS_OF)]
    )
    return code, capsys.readouterr().err


def test_update_that_would_cross_the_size_limit_is_refused(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    path = good_root / NETWERK
    text = path.read_text(encoding="utf-8")
    pad = MAX_FILE_BYTES - len(text.encode()) - 10
    padded = text + "#" + "x" * (pad - 2) + "\n"  # a comment: the item loads as before
    path.write_text(padded, encoding="utf-8")
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert "netwerk" in {i.id for i in load_programme(good_root).items}
    code, err = _update(capsys, good_root)
    assert code == 1
    assert "past the" in err and NETWERK in err
    assert path.read_text(encoding="utf-8") == padded


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_update_of_a_read_only_file_is_refused(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    path = good_root / NETWERK
    before = path.read_bytes()
    path.chmod(0o444)
    code, err = _update(capsys, good_root)
    assert code == 1
    assert "read-only" in err
    assert path.read_bytes() == before
    assert path.stat().st_mode & 0o777 == 0o444


@pytest.mark.parametrize("ref", ["lovp-2018-10#٣", "lovp-2018-10#１", "lovp-2018-10#²"])
def test_done_reads_only_ascii_digits(
    capsys: pytest.CaptureFixture[str], good_root: Path, ref: str
) -> None:
    before = (good_root / "measures" / "meetings" / "2018-10-11-lovp.yaml").read_bytes()
    code = main(["done", ref, "--root", str(good_root), "--as-of", str(AS_OF)])
    assert code == 1, capsys.readouterr().out
    assert (good_root / "measures" / "meetings" / "2018-10-11-lovp.yaml").read_bytes() == before
