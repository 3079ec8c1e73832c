"""Binary data, NUL bytes, invalid UTF-8, byte order marks and line endings.

The broken file gets one located problem; the rest of the programme loads.
Binary cases are generated here, never committed.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.hostile.helpers import good_copy, ids, load_with_good, only_problem, problems_in

ITEM = b"kind: measure\nid: bytes-item\ntitle: A title\n"


def write(root: Path, name: str, data: bytes) -> str:
    (root / "measures" / name).write_bytes(data)
    return f"measures/{name}"


def first_bad_byte(data: bytes) -> tuple[int, int]:
    """1-based line and column of the first byte that is not UTF-8, counted by hand."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        return before.count(b"\n") + 1, exc.start - before.rfind(b"\n")
    raise AssertionError("the data decodes as UTF-8")


@pytest.mark.parametrize(
    ("data", "line", "column", "byte"),
    [
        (b"kind: measure\nid: latin\ntitle: caf\xe9 au lait\n", 3, 11, "0xe9"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, 1, "0x89"),
        ("kind: measure\n".encode("utf-16"), 1, 1, "0xff"),
        (b"kind: measure\ntitle: \xc0\xaf overlong\n", 2, 8, "0xc0"),
        (b"kind: measure\ntitle: \xed\xa0\x80 surrogate\n", 2, 8, "0xed"),
        (b"title: cut short \xe2\x82", 1, 18, "0xe2"),
    ],
    ids=["latin-1", "png", "utf-16", "overlong", "surrogate", "truncated"],
)
def test_invalid_utf8_is_located_at_the_bad_byte(
    tmp_path: Path, data: bytes, line: int, column: int, byte: str
) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "bad.yaml", data)
    problem = only_problem(load_with_good(root), rel)
    assert (problem.code, problem.line, problem.column) == ("encoding", line, column)
    assert byte in problem.message
    assert "UTF-8" in problem.hint


@pytest.mark.parametrize("seed", range(5))
def test_random_binary_data(tmp_path: Path, seed: int) -> None:
    data = random.Random(seed).randbytes(64 * 1024)
    root = good_copy(tmp_path)
    rel = write(root, "noise.yaml", data)
    problem = only_problem(load_with_good(root), rel)
    assert problem.code == "encoding"
    assert (problem.line, problem.column) == first_bad_byte(data)


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (b"kind: measure\nid: nul\ntitle: a\x00b\n", 3, 9),
        (b"\x00" * 4096, 1, 1),
        ("kind: measure\ntitle: csi \u009b31m\n".encode(), 2, 12),
        ("kind: measure\ntitle: \ufffe\n".encode(), 2, 8),
        (b"kind: measure\ntitle: bell \x07 and escape \x1b[2J\n", 2, 13),
    ],
    ids=["nul", "all-nul", "c1-control", "non-character", "c0-controls"],
)
def test_control_characters_in_the_text_are_a_located_syntax_problem(
    tmp_path: Path, data: bytes, line: int, column: int
) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "controls.yaml", data)
    problem = only_problem(load_with_good(root), rel)
    assert (problem.code, problem.line, problem.column) == ("yaml-syntax", line, column)
    assert "control" in problem.hint


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + ITEM + b"statsu: active\n",
        ITEM.replace(b"\n", b"\r\n") + b"statsu: active\r\n",
        ITEM.replace(b"\n", b"\r") + b"statsu: active\r",
        b"\xef\xbb\xbf" + ITEM.replace(b"\n", b"\r\n") + b"statsu: active\r\n",
    ],
    ids=["bom", "crlf", "cr", "bom-crlf"],
)
def test_bom_and_line_endings_do_not_shift_positions(tmp_path: Path, data: bytes) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "endings.yaml", data)
    problem = only_problem(load_with_good(root), rel)
    assert (problem.code, problem.line, problem.column) == ("unknown-field", 4, 1)


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf" + ITEM, ITEM.replace(b"\n", b"\r\n")],
    ids=["bom", "crlf"],
)
def test_bom_and_crlf_files_load(tmp_path: Path, data: bytes) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "fine.yaml", data)
    programme = load_with_good(root)
    assert problems_in(programme, rel) == []
    assert programme.item("bytes-item").title == "A title"  # type: ignore[union-attr]


@pytest.mark.parametrize("data", [b"", b"\n\n", b"# only a comment\n", b"---\n...\n"])
def test_empty_documents_are_ignored(tmp_path: Path, data: bytes) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "empty.yaml", data)
    assert problems_in(load_with_good(root), rel) == []


def test_escaped_controls_are_data_not_errors(tmp_path: Path) -> None:
    # A double-quoted string may spell controls as escapes; they reach the model as
    # data and are stripped only where text is shown (see test_output.py).
    root = good_copy(tmp_path)
    write(root, "escaped.yaml", ITEM.replace(b"A title", b'"\\e[31mred\\x9b\\0"'))
    programme = load_with_good(root)
    assert "bytes-item" in ids(programme)
    assert programme.item("bytes-item").title == "\x1b[31mred\x9b\x00"  # type: ignore[union-attr]
