"""100,000 files in one programme: loading stays bounded (a timeout, not a timing)."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile.helpers import GOOD_IDS, good_copy, ids
from tracker.cli import main
from tracker.loader import load_programme
from tracker.problems import count_by_code

EMPTY, GOOD, UNKNOWN_REF, SAME_ID = 50_000, 49_000, 500, 500
PER_FOLDER = 1_000


@pytest.fixture(scope="module")
def crowded() -> Iterator[Path]:
    """The good programme plus 100,000 small files, on a RAM disk where there is one."""
    ram = Path("/dev/shm")
    where = Path(tempfile.mkdtemp(dir=ram if ram.is_dir() else None))
    try:
        root = good_copy(where)
        count = 0

        def put(text: str) -> None:
            nonlocal count
            folder = root / "measures" / "bulk" / f"f{count // PER_FOLDER:03d}"
            if count % PER_FOLDER == 0:
                folder.mkdir(parents=True)
            (folder / f"{count:06d}.yaml").write_text(text, encoding="utf-8")
            count += 1

        for _ in range(EMPTY):
            put("")
        for n in range(GOOD):
            put(f"kind: measure\nid: bulk-{n}\ntitle: Bulk {n}\n")
        for n in range(UNKNOWN_REF):
            put(f"kind: measure\nid: ref-{n}\ntitle: R\nrelated: [no-such-{n}]\n")
        for _ in range(SAME_ID):
            put("kind: measure\nid: same\ntitle: One id, many files\n")
        assert count == 100_000
        yield root
    finally:
        shutil.rmtree(where)


@pytest.mark.timeout(300)
def test_100000_files_load(crowded: Path) -> None:
    programme = load_programme(crowded)
    good_files = len(list((crowded / "measures").glob("[!b]*/*.yaml")))
    assert len(programme.files) == 1 + good_files + 100_000  # agenda.yaml first
    loaded = ids(programme)
    assert loaded >= GOOD_IDS
    assert len(loaded) == len(GOOD_IDS) + GOOD
    assert count_by_code(programme.problems) == {
        "duplicate-id": SAME_ID,
        "unknown-reference": UNKNOWN_REF,
    }
    # Each duplicate names a few other places, not all 499.
    lengths = Counter(len(p.message) < 300 for p in programme.problems)
    assert lengths == {True: SAME_ID + UNKNOWN_REF}
    duplicate = next(p for p in programme.problems if p.code == "duplicate-id")
    assert duplicate.message.endswith("and 496 more")


@pytest.mark.timeout(300)
def test_100000_files_validate(crowded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(crowded), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert f'"items": {len(GOOD_IDS) + GOOD}' in out
