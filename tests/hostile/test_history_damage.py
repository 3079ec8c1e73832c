"""A damaged snapshot in the history file is named and left out; the rest carry on
(issue 16, item 5), in `history`, `diff`, `summary` and the terminal UI's view 8."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF, GOOD
from tracker.cli import main
from tracker.history.diff import diff_snapshots
from tracker.history.render import diff_lines
from tracker.history.since import change_set
from tracker.history.snapshot import build_snapshot
from tracker.history.storage import HistoryStore, history_path
from tracker.history.timeline import health_history
from tracker.loader import load_programme
from tracker.state import build_state
from tracker.tui.history import _row, read_history


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def taken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real snapshot of the test programme, as the history file holds it."""
    root = tmp_path_factory.mktemp("snap") / "programme"
    import shutil

    shutil.copytree(GOOD, root)
    assert main(["snapshot", "--label", "ok", "--root", str(root), "--as-of", "2018-10-11"]) == 0
    data = json.loads(history_path(root).read_text(encoding="utf-8"))
    (snapshot,) = data["snapshots"].values()
    return snapshot  # type: ignore[no-any-return]


def _write(root: Path, *snapshots: dict[str, Any]) -> None:
    path = history_path(root)
    path.parent.mkdir(exist_ok=True)
    table = {str(n): s for n, s in enumerate(snapshots, 1)}
    path.write_text(json.dumps({"snapshots": table}), encoding="utf-8")


def _damaged(taken: dict[str, Any], where: tuple[Any, ...], value: Any) -> dict[str, Any]:
    bad = copy.deepcopy(taken)
    bad["label"] = "bad"
    bad["taken"] = "2018-10-12T00:00:00Z"
    target = bad
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    return bad


ISSUE_CASES = {
    "git text": (("git",), "abc"),
    "opgave health number": (("opgaven", 0, "health"), 1),
    "item health list": (("items", "netwerk", "health"), [1]),
    "last_update number": (("items", "netwerk", "last_update"), 1),
    "notes text": (("items", "netwerk", "notes"), "abc"),
    "a note's digest a number": (("items", "netwerk", "notes", "2018-10-20"), 1),
    "texts list": (("items", "netwerk", "texts"), ["description"]),
}


@pytest.mark.parametrize(("where", "value"), ISSUE_CASES.values(), ids=ISSUE_CASES.keys())
def test_damaged_snapshot_is_named_and_the_rest_carry_on(
    capsys: pytest.CaptureFixture[str],
    good_root: Path,
    taken: dict[str, Any],
    where: tuple[Any, ...],
    value: Any,
) -> None:
    _write(good_root, taken, _damaged(taken, where, value))
    root = ["--root", str(good_root), "--as-of", AS_OF.isoformat()]
    code, out, err = _cli(capsys, "history", *root)
    assert code == 0 and "ok" in out and "'bad'" in err and "Traceback" not in err
    code, out, err = _cli(capsys, "diff", "ok", "now", *root)
    assert code == 0, err
    code, out, err = _cli(capsys, "diff", "bad", "now", *root)
    assert code == 1 and "'bad'" in err and "damaged" in err
    code, out, err = _cli(capsys, "summary", "--since", "ok", "--format", "text", *root)
    assert code == 0, err
    code, out, err = _cli(capsys, "summary", "--format", "text", "--as-of", "2018-12-01", *root)
    assert code == 0, err
    found, problem = read_history(good_root, "en")
    assert [s["label"] for s in found] == ["ok"]
    assert problem is not None and "'bad'" in problem


# -- every field, every JSON type ---------------------------------------------------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.text(max_size=12),
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every field of the snapshot, at every depth (each item, each roll-up)."""
    out = []
    if isinstance(value, dict):
        for key, inner in value.items():
            out.append((*prefix, key))
            out += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            out.append((*prefix, index))
            out += _paths(inner, (*prefix, index))
    return out


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_value_in_any_field_never_crashes(
    tmp_path_factory: pytest.TempPathFactory, taken: dict[str, Any], data: st.DataObject
) -> None:
    where = data.draw(st.sampled_from(_paths(taken)), label="field")
    value = data.draw(JSON, label="value")
    root = tmp_path_factory.mktemp("fuzz")
    bad = _damaged(taken, where, value)
    _write(root, taken, bad)
    store = HistoryStore(root)
    found = store.snapshots()
    assert "ok" in [s["label"] for s in found]
    state = build_state(load_programme(GOOD), AS_OF)
    now = build_snapshot(state, "now", None, None, None)
    for snapshot in found:  # what `history`, `diff`, `summary` and view 8 do with each
        _row(snapshot, "en")
        for a, b in ((snapshot, now), (now, snapshot), (taken, snapshot)):
            diff_lines(diff_snapshots(a, b), "en")
        # The summary's change rows, notes and texts among them, in both languages.
        for lang in ("en", "nl"):
            change_set(diff_snapshots(snapshot, now), snapshot, state, "ok", lang)
    read_history(root, "en")
    health_history(store, "netwerk")
    for argv in (["history"], ["history", "--json"], ["diff", "ok", "bad", "--json"]):
        code = main([*argv, "--root", str(root), "--as-of", AS_OF.isoformat()])
        assert code in (0, 1)


def test_fuzz_cases_reach_the_commands(
    capsys: pytest.CaptureFixture[str], good_root: Path, taken: dict[str, Any]
) -> None:
    """The summary and diff against now with a damaged snapshot beside a sound one."""
    _write(good_root, taken, _damaged(taken, ("items",), {"x": {"id": 1}}))
    root = ["--root", str(good_root), "--as-of", AS_OF.isoformat()]
    for argv in (["diff", "ok", "bad"], ["summary", "--since", "bad", "--format", "md"]):
        code, _, err = _cli(capsys, *argv, *root)
        assert code in (1, 2) and "damaged" in err, err
