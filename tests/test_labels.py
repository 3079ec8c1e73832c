"""The label table: one key, one place; both languages filled."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import tracker.labels as labels


def _keys_written(part: object) -> list[str]:
    """The keys as written in a part's source, repeats included (a dict literal keeps
    only the last of a repeated key, so the source is read, not the dict)."""
    tree = ast.parse(Path(part.__file__).read_text(encoding="utf-8"))
    keys: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys += [k.value for k in node.keys if isinstance(k, ast.Constant)]
    return keys


def test_every_part_is_merged() -> None:
    folder = Path(labels.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__"}
    assert modules == {part.__name__.rsplit(".", 1)[1] for part in labels.PARTS}


def test_no_key_is_written_twice() -> None:
    counts = Counter(key for part in labels.PARTS for key in _keys_written(part))
    assert [key for key, n in counts.items() if n > 1] == []


def test_every_label_has_both_languages() -> None:
    empty = [key for key, (en, nl) in labels.LABELS.items() if not en.strip() or not nl.strip()]
    assert empty == []
