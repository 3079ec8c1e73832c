"""Where new lines go, and how they look, in particular layouts."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tracker.edit import EditError, plan_action_done, plan_update
from tracker.loader import load_programme

ON = date(2018, 11, 1)


def programme_with(tmp_path: Path, text: str | bytes) -> Path:
    root = tmp_path / "p"
    (root / "measures").mkdir(parents=True)
    shutil.copy(GOOD / "agenda.yaml", root / "agenda.yaml")
    data = text.encode() if isinstance(text, str) else text
    (root / "measures" / "x.yaml").write_bytes(data)
    return root


def updated(tmp_path: Path, text: str | bytes, **fields: object) -> str:
    root = programme_with(tmp_path, text)
    programme = load_programme(root)
    assert not programme.problems, [p.text() for p in programme.problems]
    edit = plan_update(programme, "m", on=ON, note=str(fields.pop("note", "Done.")), **fields)  # type: ignore[arg-type]
    return edit.new.decode("utf-8")


HEAD = "kind: measure\nid: m\ntitle: M\n"


def test_new_list_follows_the_files_indentation(tmp_path: Path) -> None:
    text = HEAD + "milestones:\n-   title: A\n    due: 2018-01-01\n"
    assert updated(tmp_path, text, health="red") == text + (
        "updates:\n-   date: 2018-11-01\n    note: Done.\n    health: red\n"
    )


def test_entry_follows_the_last_entry(tmp_path: Path) -> None:
    text = HEAD + "updates:\n    -   date: 2018-01-01\n        note: a\n"
    assert updated(tmp_path, text) == text + "    -   date: 2018-11-01\n        note: Done.\n"


def test_flow_entries_get_a_flow_entry(tmp_path: Path) -> None:
    text = HEAD + "updates:\n  - {date: 2018-01-01, note: a}  # first\n"
    assert updated(tmp_path, text, note="x, y") == text + ('  - {date: 2018-11-01, note: "x, y"}\n')


def test_flow_list_gets_a_flow_entry(tmp_path: Path) -> None:
    text = HEAD + "updates: [{date: 2018-01-01, note: a}]  # log\nstatus: active\n"
    assert updated(tmp_path, text) == HEAD + (
        "updates: [{date: 2018-01-01, note: a}, {date: 2018-11-01, note: Done.}]  # log\n"
        "status: active\n"
    )


def test_empty_flow_list_becomes_a_block_list(tmp_path: Path) -> None:
    text = HEAD + "updates: []  # none yet\nstatus: active\n"
    assert updated(tmp_path, text) == HEAD + (
        "updates:  # none yet\n  - date: 2018-11-01\n    note: Done.\nstatus: active\n"
    )


def test_whole_item_in_flow_style(tmp_path: Path) -> None:
    text = "{kind: measure, id: m, title: M}\n"
    assert updated(tmp_path, text, progress=5) == (
        "{kind: measure, id: m, title: M, updates: [{date: 2018-11-01, note: Done., "
        "progress: 5}]}\n"
    )


def test_comments_under_the_list_stay_with_it(tmp_path: Path) -> None:
    text = HEAD + (
        "updates:\n  - date: 2018-01-01\n    note: a\n\n  # - date: later\n# next field\n"
        "status: active\n"
    )
    assert updated(tmp_path, text) == HEAD + (
        "updates:\n  - date: 2018-01-01\n    note: a\n\n  # - date: later\n"
        "  - date: 2018-11-01\n    note: Done.\n# next field\nstatus: active\n"
    )


def test_text_at_the_end_without_a_final_line_break(tmp_path: Path) -> None:
    text = HEAD + "description: Two."
    assert updated(tmp_path, text) == text + "\nupdates:\n  - date: 2018-11-01\n    note: Done."


def test_a_change_that_would_alter_other_text_is_refused(tmp_path: Path) -> None:
    # A '|' block at the very end gains a final line break when lines follow it.
    root = programme_with(tmp_path, HEAD + "description: |\n  One.\n  Two.")
    with pytest.raises(EditError) as caught:
        plan_update(load_programme(root), "m", on=ON, note="x")
    assert "the value of 'description' would change" in caught.value.text()
    assert "nothing was written" in caught.value.text()


def test_kept_trailing_lines_of_a_block_scalar_are_kept(tmp_path: Path) -> None:
    text = HEAD + "description: |+\n  One.\n\n"
    root = programme_with(tmp_path, text)
    edit = plan_update(load_programme(root), "m", on=ON, note="x")
    assert edit.new.decode() == text + "updates:\n  - date: 2018-11-01\n    note: x\n"
    (root / "measures" / "x.yaml").write_bytes(edit.new)
    assert load_programme(root).item("m").description == "One.\n\n"  # type: ignore[union-attr]


def test_crlf_and_byte_order_mark_are_kept(tmp_path: Path) -> None:
    text = (
        b"\xef\xbb\xbf"
        + HEAD.replace("\n", "\r\n").encode()
        + b"updates:\r\n- date: 2018-01-01\r\n  note: a\r\n"
    )
    new = updated(tmp_path, text, note="multi\nline")
    assert new == text.decode("utf-8") + '- date: 2018-11-01\r\n  note: "multi\\nline"\r\n'


def test_only_the_items_own_document_changes(tmp_path: Path) -> None:
    other = "kind: measure\nid: other\ntitle: O\nupdates:\n  - date: 2018-01-01\n    note: o\n"
    text = other + "---\n" + HEAD + "...\n---\n" + other.replace("other", "third")
    assert updated(tmp_path, text) == (
        other
        + "---\n"
        + HEAD
        + "updates:\n  - date: 2018-11-01\n    note: Done.\n...\n---\n"
        + other.replace("other", "third")
    )


def test_done_in_a_flow_action_and_over_a_null(tmp_path: Path) -> None:
    text = (
        "kind: meeting\nid: mt\ntitle: T\ndate: 2018-10-01\nactions:\n"
        "  - {title: A, due: 2018-10-02}\n  - title: B\n    done: ~   # not yet\n"
    )
    root = programme_with(tmp_path, text)
    programme = load_programme(root)
    first = plan_action_done(programme, "mt#1", on=ON).new.decode()
    assert "  - {title: A, due: 2018-10-02, done: 2018-11-01}\n" in first
    second = plan_action_done(programme, "mt#2", on=ON).new.decode()
    assert "    done: 2018-11-01   # not yet\n" in second


def test_unusual_indentation_is_refused_not_guessed(tmp_path: Path) -> None:
    # Entries whose keys sit left of their '-' cannot be matched; the refusal says so.
    from tracker.edit.insert import LayoutError, block_entry

    with pytest.raises(LayoutError):
        block_entry([("date", ON)], dash=4, column=2)
    assert "not indented past" in EditError("edit.layout_dash").text()
