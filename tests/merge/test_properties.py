"""Property: over generated pairs of edits to one item, the merge driver either merges
both sides' additions with every line kept, or leaves the file to git's own merge."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tracker.merge.driver import merge_paths
from tracker.yamlread import read_documents

DATES = st.dates(min_value=date(2018, 1, 1), max_value=date(2019, 12, 31)).map(date.isoformat)
NOTES = st.sampled_from(["Started.", "Second meeting held.", "Charter signed.", "Budget agreed"])


def render(item: dict[str, Any]) -> str:
    lines = ["kind: measure", "id: netwerk", "title: Network of chiefs", "status: active"]
    if item["health"]:
        lines.extend(f"health: {h}" for h in item["health"])
    if item["milestones"]:
        lines.append("milestones:")
        for title, due, done in item["milestones"]:
            lines += [f"  - title: {title}", f"    due: {due}"]
            lines += [f"    done: {d}" for d in done]
    if item["updates"]:
        lines.append("updates:")
        for day, note in item["updates"]:
            lines += [f"  - date: {day}", f"    note: {note}"]
    return "\n".join(lines) + "\n"


def base_items() -> st.SearchStrategy[dict[str, Any]]:
    milestone = st.tuples(st.sampled_from(["Charter", "Launch"]), DATES, st.just(()))
    return st.fixed_dictionaries(
        {
            "health": st.just(()),
            "milestones": st.lists(milestone, max_size=2),
            "updates": st.lists(st.tuples(DATES, NOTES), max_size=3),
        }
    )


ADDITION = st.one_of(
    st.tuples(st.just("append"), DATES, NOTES),
    st.tuples(st.just("done"), st.integers(0, 1), DATES),
    st.tuples(st.just("health"), st.sampled_from(["green", "amber", "red"])),
)
OTHER = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 30)),
    st.tuples(st.just("change"), st.integers(0, 30)),
)
# Mostly additions, the case the driver is for; the rest shows it defers to git.
EDIT = st.one_of(ADDITION, ADDITION, ADDITION, OTHER)


def edited(base: dict[str, Any], edits: list[tuple[Any, ...]]) -> str:
    item = {k: list(v) for k, v in base.items()}
    text_edits = []
    for edit in edits:
        if edit[0] == "append":
            item["updates"].append((edit[1], edit[2]))
        elif edit[0] == "done" and edit[1] < len(item["milestones"]):
            title, due, done = item["milestones"][edit[1]]
            if not done:
                item["milestones"][edit[1]] = (title, due, (edit[2],))
        elif edit[0] == "health" and not item["health"]:
            item["health"] = [edit[1]]
        elif edit[0] in ("delete", "change"):
            text_edits.append(edit)
    lines = render(item).splitlines(keepends=True)
    for kind, at in text_edits:
        if lines:
            at %= len(lines)
            lines[at : at + 1] = [] if kind == "delete" else [lines[at].rstrip("\n") + " x\n"]
    return "".join(lines)


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    found = iter(whole)
    return all(any(line == other for other in found) for line in part)


def git_merge_file(base: str, ours: str, theirs: str) -> str:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for name, text in (("o", base), ("a", ours), ("b", theirs)):
            (folder / name).write_text(text)
        subprocess.run(
            ["git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", "a", "o", "b"],
            cwd=folder,
            capture_output=True,
            check=False,
        )
        return (folder / "a").read_text()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=base_items(),
    ours_edits=st.lists(EDIT, min_size=1, max_size=3),
    theirs_edits=st.lists(EDIT, min_size=1, max_size=3),
)
def test_driver_merges_additions_or_defers_to_git(
    base: dict[str, Any], ours_edits: list[tuple[Any, ...]], theirs_edits: list[tuple[Any, ...]]
) -> None:
    base_text = render(base)
    ours, theirs = edited(base, ours_edits), edited(base, theirs_edits)
    folder = Path(tempfile.mkdtemp())
    try:
        paths = [folder / name for name in ("o", "a", "b")]
        for path, text in zip(paths, (base_text, ours, theirs), strict=True):
            path.write_text(text)
        outcome = merge_paths(*paths, "measures/netwerk.yaml")
        merged = paths[1].read_text()
    finally:
        shutil.rmtree(folder)
    event("merged by the driver" if outcome.deferred is None else "left to git")
    if outcome.deferred is None:
        # Merged by the driver: clean, every line of both sides kept, and it reads.
        assert outcome.code == 0
        lines = merged.splitlines()
        assert is_subsequence(ours.splitlines(), lines)
        assert is_subsequence(theirs.splitlines(), lines)
        assert not read_documents(merged, "x.yaml").problems
    else:
        # Deferred: exactly git's own merge, a conflict when git left markers.
        assert merged == git_merge_file(base_text, ours, theirs)
        if "<<<<<<<" in merged:
            assert outcome.code == 1
