"""Alias bombs, explicit tags and absurd nesting: refused, located, and harmless.

Anchors, aliases and tags are refused from the event stream, before anything is
composed or constructed: a document holding one never reaches the composer, so an
alias bomb is never expanded and a `!!python/...` tag never runs.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import yaml

from tests.hostile.helpers import good_copy, ids, load_with_good, problems_in
from tracker.yamlread import MAX_DEPTH, read_documents

LAUGHS = 'lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)  # 9**9 (387 million) strings once expanded
AFTER = "---\nkind: measure\nid: after-bomb\ntitle: Loads although the document before is refused\n"


def write(root: Path, name: str, text: str) -> str:
    path = root / "measures" / name
    path.write_text(text, encoding="utf-8")
    return f"measures/{name}"


@pytest.mark.timeout(30)
def test_billion_laughs_is_refused_without_expanding(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "bomb.yaml", "kind: measure\n" + LAUGHS + AFTER)
    tracemalloc.start()
    try:
        programme = load_with_good(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 2**20  # expanding even a tiny part would take gigabytes
    found = problems_in(programme, rel)
    assert {p.code for p in found} == {"yaml-alias"}
    # one problem per anchor and per alias, each at its own place
    assert len(found) == 9 + 8 * 9
    assert (found[0].line, found[0].column) == (2, 6)
    assert "&a" in found[0].message
    assert "after-bomb" in ids(programme)


@pytest.mark.timeout(30)
def test_one_big_anchor_used_many_times_is_refused(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    text = "big: &big " + "x" * 100_000 + "\nuses: [" + ", ".join(["*big"] * 50_000) + "]\n"
    rel = write(root, "quadratic.yaml", text)
    programme = load_with_good(root)
    assert {p.code for p in problems_in(programme, rel)} == {"yaml-alias"}


def test_alias_without_anchor_does_not_end_the_file(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    rel = write(root, "undefined.yaml", "kind: measure\ntitle: *nowhere\n" + AFTER)
    programme = load_with_good(root)
    [problem] = problems_in(programme, rel)
    assert (problem.code, problem.line, problem.column) == ("yaml-alias", 2, 8)
    assert "after-bomb" in ids(programme)


@pytest.mark.parametrize(
    ("value", "column"),
    [
        ('!!python/object/apply:os.system ["touch {canary}"]', 8),
        ("!!python/name:builtins.exit", 8),
        ('!!python/object/new:subprocess.Popen [["touch", "{canary}"]]', 8),
        ("!local-tag text", 8),
        ("!<tag:yaml.org,2002:str> verbatim", 8),
        ("!!str harmless but still refused", 8),
    ],
)
def test_explicit_tags_are_refused_and_never_constructed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, column: int
) -> None:
    def no_construction(*args: object, **kwargs: object) -> None:
        raise AssertionError("a YAML constructor ran")

    for name in ("construct_document", "construct_object"):
        monkeypatch.setattr(yaml.constructor.BaseConstructor, name, no_construction)
    canary = tmp_path / "constructed"
    root = good_copy(tmp_path)
    text = f"kind: measure\nid: tagged\ntitle: {value.format(canary=canary)}\n" + AFTER
    rel = write(root, "tag.yaml", text)
    programme = load_with_good(root)
    [problem] = problems_in(programme, rel)
    assert (problem.code, problem.line, problem.column) == ("yaml-tag", 3, column)
    assert not canary.exists()
    assert "tagged" not in ids(programme)
    assert "after-bomb" in ids(programme)


def test_tag_directive_and_tags_on_keys_and_documents(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    text = (
        "%TAG !e! tag:example.com,2000:\n--- !!map\n!e!key kind: measure\n"
        + AFTER
        + "--- !doc\nkind: measure\n"
    )
    rel = write(root, "tags.yaml", text)
    programme = load_with_good(root)
    found = [(p.code, p.line, p.column) for p in problems_in(programme, rel)]
    assert found == [("yaml-tag", 2, 5), ("yaml-tag", 3, 1), ("yaml-tag", 8, 5)]
    assert "after-bomb" in ids(programme)


NESTING = {
    # name: (text, line of the refusal when the whole thing is on one line)
    "flow-sequence": ("title: " + "[" * 20_000 + "]" * 20_000 + "\n", 1),
    "flow-mapping": ("title: " + "{a: " * 20_000 + "1" + "}" * 20_000 + "\n", 1),
    "block-sequence": ("- " * 20_000 + "x\n", 1),
    # Block mappings need one more space per level: 1,400 levels fill about 1 MiB.
    "block-mapping": ("".join(" " * i + "k:\n" for i in range(1_400)), None),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(NESTING))
def test_nesting_20000_deep_is_refused(tmp_path: Path, name: str) -> None:
    text, line = NESTING[name]
    root = good_copy(tmp_path)
    rel = write(root, f"{name}.yaml", text)
    programme = load_with_good(root)
    [problem] = problems_in(programme, rel)
    assert problem.code == "yaml-syntax"
    assert "deep" in problem.message or "depth" in problem.message
    assert problem.line >= 1 and problem.column >= 1
    if line is not None:
        assert problem.line == line


def test_nesting_the_parser_allows_is_still_refused_past_the_item_limit(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    depth = MAX_DEPTH + 10
    text = "kind: measure\nid: deep\ntitle: t\ntags: " + "[" * depth + "]" * depth + "\n"
    rel = write(root, "deep.yaml", text)
    programme = load_with_good(root)
    found = problems_in(programme, rel)
    assert {(p.code, p.line) for p in found} == {("invalid-value", 4)}
    assert any(f"more than {MAX_DEPTH} levels" in p.message for p in found)
    assert "deep" not in ids(programme)


def test_duplicate_key_keeps_the_item_out(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    text = "kind: measure\nid: twice-titled\ntitle: one\ntitle: two\n"
    rel = write(root, "dup.yaml", text)
    programme = load_with_good(root)
    [problem] = problems_in(programme, rel)
    assert (problem.code, problem.line, problem.column) == ("duplicate-key", 4, 1)
    assert "twice-titled" not in ids(programme)


def test_integer_with_more_digits_than_python_converts(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    text = "kind: measure\nid: huge\ntitle: t\nprogress: " + "9" * 5_000 + "\n"
    rel = write(root, "huge.yaml", text)
    programme = load_with_good(root)
    [problem] = problems_in(programme, rel)
    assert (problem.code, problem.line, problem.column) == ("invalid-value", 4, 11)
    assert len(problem.message) < 200


def test_documents_keep_their_index_around_a_refused_one() -> None:
    text = "a: 1\n---\nb: &x 2\n---\nc: 3\n"
    result = read_documents(text, "f.yaml")
    assert [(d.index, d.value, d.node.start_mark.line) for d in result.documents] == [
        (0, {"a": 1}, 0),
        (2, {"c": 3}, 4),
    ]


def test_syntax_error_after_a_refused_document_keeps_the_ones_before() -> None:
    text = "a: 1\n---\nb: *x\n---\nc: 3\n---\nd: [unclosed\n"
    result = read_documents(text, "f.yaml")
    assert [d.value for d in result.documents] == [{"a": 1}, {"c": 3}]
    assert [(p.code, p.line) for p in result.problems] == [("yaml-alias", 3), ("yaml-syntax", 8)]
