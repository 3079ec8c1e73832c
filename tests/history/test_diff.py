"""Comparing snapshots: what is added, removed, changed, newly overdue or stale, per opgave."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.history.helpers import AS_OF, cli
from tracker.history.diff import Change, diff_snapshots, diff_to_json
from tracker.history.render import diff_lines


def _item(item_id: str, kind: str = "measure", **fields: Any) -> dict[str, Any]:
    entry = {
        "id": item_id,
        "kind": kind,
        "title": f"Title of {item_id}",
        "opgaven": ["a"],
        "status": "active" if kind == "measure" else "running" if kind == "pilot" else None,
        "health": "green",
        "progress": 10,
        "overdue": False,
        "stale": False,
        "last_update": "2018-09-01",
    }
    entry.update(fields)
    return entry


def _snap(label: str, items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    rollups = extra.pop(
        "opgaven",
        [
            {"id": "a", "title": "Opgave A", "items": 1, "health": {"green": 1}},
            {"id": "b", "title": "Opgave B", "items": 0, "health": {}},
        ],
    )
    return {
        "label": label,
        "taken": "2018-10-11T09:00:00Z",
        "as_of": "2018-10-11",
        "git": None,
        "source_hash": None,
        "items": {i["id"]: i for i in items},
        "opgaven": rollups,
        **extra,
    }


def test_identical_snapshots_have_no_differences() -> None:
    a = _snap("oct", [_item("m1"), _item("p1", "pilot")])
    diff = diff_snapshots(a, copy.deepcopy(a))
    assert diff.empty
    assert all(g.empty for g in diff.opgaven)
    assert [str(line) for line in diff_lines(diff, "en")][-1] == "No differences."


def test_added_removed_and_changed() -> None:
    a = _snap("oct", [_item("m1"), _item("gone"), _item("p1", "pilot")])
    b = _snap(
        "now",
        [
            _item("m1", health="red", progress=40, overdue=True),
            _item("p1", "pilot", status="scaling", stale=True),
            _item("new", opgaven=["b"], overdue=True),
        ],
    )
    diff = diff_snapshots(a, b)
    assert [r.id for r in diff.added] == ["new"]
    assert [r.id for r in diff.removed] == ["gone"]
    assert [d.id for d in diff.changed] == ["m1", "p1"]
    m1, p1 = diff.changed
    assert m1.changes == (
        Change("health", "green", "red"),
        Change("progress", 10, 40),
        Change("overdue", False, True),
    )
    assert p1.changes == (Change("phase", "running", "scaling"), Change("stale", False, True))
    assert diff.newly_overdue == ("m1", "new")
    assert diff.newly_stale == ("p1",)
    assert diff.no_longer_overdue == ()


def test_flags_turning_off() -> None:
    a = _snap("oct", [_item("m1", overdue=True, stale=True)])
    b = _snap("now", [_item("m1")])
    diff = diff_snapshots(a, b)
    assert diff.no_longer_overdue == ("m1",)
    assert diff.no_longer_stale == ("m1",)
    assert diff.newly_overdue == diff.newly_stale == ()


def test_grouped_per_opgave_with_items_in_two_and_programme_wide() -> None:
    a = _snap("oct", [_item("both", opgaven=["a", "b"]), _item("wide", opgaven=[])])
    b = _snap(
        "now",
        [
            _item("both", opgaven=["a", "b"], health="amber"),
            _item("wide", opgaven=[], health="red"),
        ],
    )
    diff = diff_snapshots(a, b)
    groups = {g.id: g for g in diff.opgaven}
    assert [g.id for g in diff.opgaven] == ["a", "b", None]
    assert [d.id for d in groups["a"].changed] == ["both"]
    assert [d.id for d in groups["b"].changed] == ["both"]
    assert [d.id for d in groups[None].changed] == ["wide"]
    assert [d.id for d in diff.changed] == ["both", "wide"]  # each once overall


def test_rollup_changes() -> None:
    a = _snap("oct", [], opgaven=[{"id": "a", "title": "A", "mean_progress": 40.0, "health": {}}])
    b = _snap(
        "now",
        [],
        opgaven=[{"id": "a", "title": "A", "mean_progress": 55.0, "health": {"red": 2}}],
    )
    (group,) = [g for g in diff_snapshots(a, b).opgaven if g.id == "a"]
    assert group.rollup == (
        Change("mean_progress", 40.0, 55.0),
        Change("health.red", 0, 2),
    )


def test_indicator_moves() -> None:
    before = {"value": 88, "date": "2018-09-30", "target": 90, "meets_target": False}
    after = {"value": 93, "date": "2018-10-31", "target": 90, "meets_target": True}
    a = _snap("oct", [_item("hic", "indicator", indicator=before, health=None)])
    b = _snap("now", [_item("hic", "indicator", indicator=after, health=None)])
    diff = diff_snapshots(a, b)
    (move,) = diff.indicators
    assert (move.before["value"], move.after["value"]) == (88, 93)
    assert diff.changed == ()
    text = "\n".join(str(line) for line in diff_lines(diff, "en"))
    assert "88 on 2018-09-30 → 93 on 2018-10-31" in text
    assert "meets target: no → yes" in text


def test_id_case_edited_is_the_same_item() -> None:
    a = _snap("oct", [_item("Netwerk")])
    b = _snap("now", [_item("netwerk")])
    diff = diff_snapshots(a, b)
    assert diff.added == diff.removed == ()


def test_titles_are_data_not_markup() -> None:
    a = _snap("oct", [])
    b = _snap("now", [_item("x", title="[bold]not bold[/bold] \x1b[31mred")])
    lines = diff_lines(diff_snapshots(a, b), "en")
    text = "\n".join(line.plain for line in lines)
    assert "[bold]not bold[/bold]" in text
    assert "\x1b" not in text


def test_json_shape() -> None:
    a = _snap("oct", [_item("m1"), _item("gone")])
    b = _snap("now", [_item("m1", status="done"), _item("new", "pilot")])
    out = diff_to_json(diff_snapshots(a, b))
    assert set(out) == {
        "a",
        "b",
        "same_files",
        "added",
        "removed",
        "changed",
        "indicators",
        "newly_overdue",
        "newly_stale",
        "no_longer_overdue",
        "no_longer_stale",
        "opgaven",
    }
    assert set(out["a"]) == {"label", "taken", "as_of", "commit", "dirty", "source_hash"}
    assert out["added"] == [
        {
            "id": "new",
            "kind": "pilot",
            "title": "Title of new",
            "opgaven": ["a"],
            "phase": "running",
            "health": "green",
            "progress": 10,
            "overdue": False,
            "stale": False,
        }
    ]
    assert out["changed"] == [
        {
            "id": "m1",
            "kind": "measure",
            "title": "Title of m1",
            "opgaven": ["a"],
            "changes": [{"field": "status", "from": "active", "to": "done"}],
        }
    ]
    assert out["opgaven"][0] == {
        "id": "a",
        "title": "Opgave A",
        "added": ["new"],
        "removed": ["gone"],
        "changed": ["m1"],
        "indicators": [],
        "rollup": [],
    }
    json.dumps(out)  # only JSON values


def _edit_programme(root: Path) -> None:
    """A month of work: a measure done, a pilot scaling up, a new pilot, one removed."""
    measures = root / "measures"
    netwerk = measures / "lovp" / "netwerk.yaml"
    charter = "  - title: Charter agreed\n    due: 2018-09-15\n"
    netwerk.write_text(
        netwerk.read_text().replace(charter, charter + "    done: 2018-10-28\n")
        + "  - date: 2018-10-28\n    note: Charter agreed.\n    status: done\n"
        + "    health: green\n    progress: 100\n"
    )
    webcare = measures / "pilots" / "webcare.yaml"
    webcare.write_text(
        webcare.read_text()
        + "  - date: 2018-10-25\n    note: Scaling to the unit.\n    phase: scaling\n"
    )
    (measures / "pilots" / "camper.yaml").write_text(
        "kind: pilot\nid: camper\ntitle: Police camper at weekly markets\n"
        "opgaven: [nabijheid]\nunit: zwb\nphase: running\nstart: 2018-05-01\n"
    )
    (measures / "lovp" / "budget.yaml").write_text(
        "kind: measure\nid: teambudget\ntitle: Team budget for the basisteam chief\n"
        "opgaven: [ondermijning]\nstatus: planned\n"
    )
    hic = measures / "indicators" / "hic.yaml"
    hic.write_text(hic.read_text() + "  - date: 2018-10-31\n    value: 93\n")


def test_label_against_now_through_the_command(
    good_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ("--root", str(good_root), "--as-of", AS_OF)
    assert cli(capsys, "snapshot", "--label", "oct", *common)[0] == 0
    _edit_programme(good_root)
    code, out, err = cli(capsys, "diff", "oct", "--json", *common)
    assert code == 0, err
    data = json.loads(out)
    assert data["a"]["label"] == "oct" and data["b"]["label"] == "now"
    assert data["same_files"] is False
    assert [r["id"] for r in data["added"]] == ["camper"]
    assert [r["id"] for r in data["removed"]] == ["urgentie"]
    changed = {c["id"]: c["changes"] for c in data["changed"]}
    assert {"field": "status", "from": "active", "to": "done"} in changed["netwerk"]
    assert {"field": "overdue", "from": True, "to": False} in changed["netwerk"]
    assert {"field": "phase", "from": "running", "to": "scaling"} in changed["webcare"]
    assert data["newly_stale"] == ["camper"]
    assert data["no_longer_overdue"] == ["netwerk"]
    assert [m["id"] for m in data["indicators"]] == ["hic-terugkoppeling"]
    assert data["indicators"][0]["to"]["meets_target"] is True
    # Stable: the same comparison prints the same bytes.
    assert cli(capsys, "diff", "oct", "now", "--json", *common)[1] == out

    code, text, _ = cli(capsys, "diff", "oct", *common)
    assert code == 0
    assert "Compared: oct" in text and "→ now" in text
    assert "1 added, 1 removed, 2 changed, 1 indicators moved." in text
    assert "Status: active → done" in text
    assert "Phase: running → scaling" in text
    assert "no longer overdue" in text
    assert "Newly without a recent update: camper" in text

    code, text, _ = cli(capsys, "diff", "oct", "--lang", "nl", *common)
    assert "Status: actief → gereed" in text
    assert "Fase: loopt → opschaling" in text


def test_two_labels_and_unknown_labels(good_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = ("--root", str(good_root))
    code, _, err = cli(capsys, "diff", "oct", *root, "--as-of", AS_OF)
    assert code == 1 and "there are no snapshots yet" in err
    assert cli(capsys, "snapshot", "--label", "oct", *root, "--as-of", "2018-10-11")[0] == 0
    assert cli(capsys, "snapshot", "--label", "nov", *root, "--as-of", AS_OF)[0] == 0
    code, out, _ = cli(capsys, "diff", "oct", "nov", "--json", *root)
    data = json.loads(out)
    assert (data["a"]["as_of"], data["b"]["as_of"]) == ("2018-10-11", AS_OF)
    assert data["same_files"] is True
    changed = {c["id"]: c["changes"] for c in data["changed"]}
    assert {"field": "health", "from": "amber", "to": "red"} in changed["netwerk"]
    assert {"field": "overdue_actions", "from": 0, "to": 1} in changed["lovp-2018-10"]
    code, _, err = cli(capsys, "diff", "dec", *root)
    assert code == 1
    assert "no snapshot is labelled 'dec'" in err and "oct, nov" in err
