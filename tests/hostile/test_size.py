"""Files over the size limit are refused before they are read whole."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.helpers import good_copy, ids, load_with_good, only_problem, problems_in
from tracker.files import MAX_FILE_BYTES
from tracker.loader import ProgrammeLoader

ITEM = b"kind: measure\nid: sized\ntitle: Sized\n"


def padded(size: int) -> bytes:
    """A valid item file of exactly `size` bytes: the item, then a long comment."""
    filler = size - len(ITEM) - 2
    return ITEM + b"#" + b"x" * filler + b"\n"


@pytest.mark.timeout(30)
def test_sparse_3_gib_file_is_refused_unopened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = good_copy(tmp_path)
    huge = root / "measures" / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(3 * 2**30)  # sparse: takes no disk space
    opened: list[str] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    tracemalloc.start()
    try:
        programme = load_with_good(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    problem = only_problem(programme, "measures/huge.yaml")
    assert (problem.code, problem.line, problem.column) == ("too-large", 0, 0)
    assert "3,221,225,472 bytes" in problem.message
    assert "2,097,152" in problem.message
    assert str(huge) not in opened
    assert peak < 20 * 2**20


def test_a_file_of_exactly_the_limit_loads(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    (root / "measures" / "edge.yaml").write_bytes(padded(MAX_FILE_BYTES))
    programme = load_with_good(root)
    assert problems_in(programme, "measures/edge.yaml") == []
    assert "sized" in ids(programme)


def test_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    (root / "measures" / "edge.yaml").write_bytes(padded(MAX_FILE_BYTES + 1))
    programme = load_with_good(root)
    assert only_problem(programme, "measures/edge.yaml").code == "too-large"
    assert "sized" not in ids(programme)


def test_the_limit_can_be_set(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    (root / "measures" / "small.yaml").write_bytes(padded(1_000))
    programme = ProgrammeLoader(root, max_bytes=999).load()
    assert only_problem(programme, "measures/small.yaml").code == "too-large"
    programme = ProgrammeLoader(root, max_bytes=1_000).load()
    assert "sized" in ids(programme)


def test_a_file_that_grows_after_the_size_check_is_not_read_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = good_copy(tmp_path)
    grow = root / "measures" / "grow.yaml"
    grow.write_bytes(padded(MAX_FILE_BYTES + 4096))

    def stale(real: Callable[..., os.stat_result]) -> Callable[..., os.stat_result]:
        def stat(path: str | os.PathLike[str], *args: object, **kwargs: object) -> os.stat_result:
            # The size the file had when it was checked, before it grew.
            st = real(path, *args, **kwargs)
            if os.fspath(path).endswith("grow.yaml"):
                fields = list(st)
                fields[6] = 10  # st_size
                return os.stat_result(fields)
            return st

        return stat

    # The check before opening may look with either call.
    monkeypatch.setattr(os, "stat", stale(os.stat))
    monkeypatch.setattr(os, "lstat", stale(os.lstat))
    problem = only_problem(load_with_good(root), "measures/grow.yaml")
    assert problem.code == "too-large"
    assert "grew past the limit" in problem.message
