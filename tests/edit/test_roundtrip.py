"""Property: an edit adds its lines and changes no other byte, and the result loads."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import GOOD
from tests.edit.styled import HEALTHS, NOTES, STATUSES, StyledFile, styled_files
from tracker.edit import plan_milestone_done, plan_update
from tracker.loader import load_programme
from tracker.yamlread import read_documents

FILE = "measures/styled.yaml"
ON = date(2018, 11, 1)
PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
pytestmark = pytest.mark.slow


def _programme_folder(styled: StyledFile) -> Path:
    root = Path(tempfile.mkdtemp(prefix="styled-"))
    shutil.copy(GOOD / "agenda.yaml", root / "agenda.yaml")
    (root / "measures").mkdir()
    (root / FILE).write_bytes(styled.data)
    return root


def _inserted_span(old: str, new: str) -> tuple[int, int] | None:
    """Start and length of the one span `new` adds to `old`, or None if more changed."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < len(old) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    inserted = len(new) - len(old)
    if prefix + suffix != len(old) or new[:prefix] + new[prefix + inserted :] != old:
        return None
    return prefix, inserted


def _only_inserted(old: str, new: str) -> tuple[int, int]:
    span = _inserted_span(old, new)
    assert span is not None, "bytes outside the inserted span changed"
    return span


def _check_untouched(styled: StyledFile, old: bytes, new: bytes, target: int) -> None:
    old_text, new_text = old.decode("utf-8"), new.decode("utf-8")
    assert new.startswith(b"\xef\xbb\xbf") == styled.style.bom
    candidates = [old_text]
    if styled.docs[target].updates == "empty":
        # `updates: []` becomes a block list: its ` []` goes, lines are added below it.
        at = old_text.find("updates: []")
        while at >= 0:
            candidates.append(old_text[:at] + "updates:" + old_text[at + len("updates: []") :])
            at = old_text.find("updates: []", at + 1)
    spans = [_inserted_span(text, new_text) for text in candidates]
    found = [span for span in spans if span is not None]
    assert found, "bytes outside the inserted span changed"
    start, length = found[0]
    inserted = new_text[start : start + length]
    if styled.style.newline == "\r\n":
        assert inserted.count("\n") == inserted.count("\r\n")
    else:
        assert "\r" not in inserted


# What the generator writes as a description, its line breaks aside.
DESCRIPTIONS = ("First line.\nSecond: #x", "First line. Second: #x", "A longer text that goes on.")


@settings(max_examples=200, deadline=None)
@given(styled=styled_files())
def test_generated_comments_stay_out_of_texts(styled: StyledFile) -> None:
    """The properties below expect every generated file to be editable. A comment line that
    became part of a `|` or `>` text could leave it without its final line break, and an
    edit after that text is refused (tests/edit/test_layouts.py)."""
    read = read_documents(styled.data.decode("utf-8-sig"), FILE)
    assert not read.problems, [p.text() for p in read.problems]
    for document in read.documents:
        description = document.value.get("description")
        if description is None:
            continue
        assert description.rstrip("\n") in DESCRIPTIONS
        assert description.endswith("\n") or description == DESCRIPTIONS[-1]


@PROPERTY
@given(
    styled=styled_files(),
    data=st.data(),
)
def test_update_changes_only_the_inserted_lines(styled: StyledFile, data: st.DataObject) -> None:
    root = _programme_folder(styled)
    try:
        before = load_programme(root)
        assert not before.problems, [p.text() for p in before.problems]
        target = data.draw(st.integers(0, len(styled.docs) - 1))
        item_id = styled.docs[target].item_id
        note = data.draw(NOTES)
        status = data.draw(st.none() | st.sampled_from(STATUSES))
        health = data.draw(st.none() | st.sampled_from(HEALTHS))
        progress = data.draw(st.none() | st.integers(0, 100))
        by = data.draw(st.none() | st.sampled_from(("Programme office", "no", "Jan: PM")))
        edit = plan_update(
            before,
            item_id,
            on=ON,
            note=note,
            by=by,
            status=status,
            health=health,
            progress=progress,
        )
        # Written plainly: the atomic write is tested with the commands, and fsync is slow.
        new = edit.new
        (root / FILE).write_bytes(new)
        _check_untouched(styled, styled.data, new, target)

        after = load_programme(root)
        assert not after.problems, [p.text() for p in after.problems]
        item = after.item(item_id)
        assert item is not None
        entry = item.updates[-1]  # type: ignore[union-attr]
        assert (entry.date, entry.note, entry.by) == (ON, note, by)
        assert (entry.status, entry.health, entry.progress) == (status, health, progress)
        old_item = before.item(item_id)
        assert {**vars(item), "updates": item.updates[:-1]} == vars(old_item)  # type: ignore[union-attr]
        for other in before.items:
            if other.id != item_id:
                assert after.item(other.id) == other
    finally:
        shutil.rmtree(root)


@PROPERTY
@given(styled=styled_files(), data=st.data())
def test_milestone_done_changes_only_the_inserted_line(
    styled: StyledFile, data: st.DataObject
) -> None:
    candidates = [n for n, doc in enumerate(styled.docs) if doc.milestones_open]
    if not candidates:
        return
    root = _programme_folder(styled)
    try:
        before = load_programme(root)
        target = data.draw(st.sampled_from(candidates))
        item_id = styled.docs[target].item_id
        number = data.draw(st.integers(1, styled.docs[target].milestones_open))
        edit = plan_milestone_done(before, item_id, str(number), on=ON)
        new = edit.new
        (root / FILE).write_bytes(new)
        old_text, new_text = styled.data.decode("utf-8"), new.decode("utf-8")
        _only_inserted(old_text, new_text)
        after = load_programme(root)
        assert not after.problems, [p.text() for p in after.problems]
        milestones = after.item(item_id).milestones  # type: ignore[union-attr]
        assert [m.done for m in milestones] == [
            ON if n == number else None for n in range(1, len(milestones) + 1)
        ]
    finally:
        shutil.rmtree(root)
