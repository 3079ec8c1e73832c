"""Every problem carries a hint on how to fix it, whatever the mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import GOOD, TESTS
from tracker.loader import load_programme

FIXTURES = TESTS / "fixtures"

# Item documents with one mistake each, over every path that makes a problem.
ITEMS = {
    "not-a-mapping": "- just a list\n",
    "scalar-document": "just text\n",
    "key-not-text": "kind: measure\nid: k\ntitle: t\n? [a, b]\n: value\n",
    "kind-missing": "id: k\ntitle: t\n",
    "kind-not-text": "kind: [measure]\nid: k\ntitle: t\n",
    "id-pattern": "kind: measure\nid: 'not an id!'\ntitle: t\n",
    "id-too-long": "kind: measure\nid: " + "x" * 65 + "\ntitle: t\n",
    "title-two-lines": 'kind: measure\nid: k\ntitle: "one\\ntwo"\n',
    "title-list": "kind: measure\nid: k\ntitle: [a]\n",
    "title-null": "kind: measure\nid: k\ntitle:\n",
    "status-literal": "kind: measure\nid: k\ntitle: t\nstatus: busy\n",
    "progress-float": "kind: measure\nid: k\ntitle: t\nprogress: 4.5\n",
    "progress-text": "kind: measure\nid: k\ntitle: t\nprogress: '40'\n",
    "progress-negative": "kind: measure\nid: k\ntitle: t\nprogress: -1\n",
    "progress-bool": "kind: measure\nid: k\ntitle: t\nprogress: true\n",
    "opgaven-text": "kind: measure\nid: k\ntitle: t\nopgaven: digitaal\n",
    "due-number": "kind: measure\nid: k\ntitle: t\ndue: 20180101\n",
    "due-month-13": "kind: measure\nid: k\ntitle: t\ndue: 2018-13-01\n",
    "due-datetime": "kind: measure\nid: k\ntitle: t\ndue: 2018-01-01T10:00:00\n",
    "milestone-text": "kind: measure\nid: k\ntitle: t\nmilestones: [soon]\n",
    "milestone-extra": "kind: measure\nid: k\ntitle: t\nmilestones:\n"
    "  - {title: m, due: 2018-01-01, owner: me}\n",
    "milestone-missing-due": "kind: measure\nid: k\ntitle: t\nmilestones:\n  - title: m\n",
    "update-missing-note": "kind: measure\nid: k\ntitle: t\nupdates:\n  - date: 2018-01-01\n",
    "update-phase-on-measure": "kind: measure\nid: k\ntitle: t\nupdates:\n"
    "  - {date: 2018-01-01, note: n, phase: running}\n",
    "done-before-start": "kind: measure\nid: k\ntitle: t\nstart: 2018-05-01\nmilestones:\n"
    "  - {title: m, due: 2018-06-01, done: 2018-04-01}\n",
    "pilot-without-unit": "kind: pilot\nid: k\ntitle: t\n",
    "pilot-scale-up-text": "kind: pilot\nid: k\ntitle: t\nunit: oost\nscale_up: everywhere\n",
    "pilot-end-before-start": "kind: pilot\nid: k\ntitle: t\nunit: oost\n"
    "start: 2018-05-01\nend: 2018-04-01\n",
    "pilot-measure-is-meeting": "kind: pilot\nid: k\ntitle: t\nunit: oost\nmeasure: lovp-2018-10\n",
    "meeting-without-date": "kind: meeting\nid: k\ntitle: t\n",
    "meeting-participants-bool": "kind: meeting\nid: k\ntitle: t\ndate: 2018-01-01\n"
    "participants: true\n",
    "meeting-participants-negative": "kind: meeting\nid: k\ntitle: t\ndate: 2018-01-01\n"
    "participants: -3\n",
    "meeting-action-extra": "kind: meeting\nid: k\ntitle: t\ndate: 2018-01-01\n"
    "actions:\n  - {title: a, who: me}\n",
    "indicator-target-text": "kind: indicator\nid: k\ntitle: t\ntarget: ninety\n",
    "indicator-better-literal": "kind: indicator\nid: k\ntitle: t\nbetter: more\n",
    "indicator-value-missing": "kind: indicator\nid: k\ntitle: t\nvalues:\n  - date: 2018-01-01\n",
    "tags-nested": "kind: measure\nid: k\ntitle: t\ntags: [[a]]\n",
    "related-unknown": "kind: measure\nid: k\ntitle: t\nrelated: [nothing]\n",
    "huge-kind": "kind: " + "m" * 10_000 + "\nid: k\ntitle: t\n",
}

AGENDAS = {
    "empty": "",
    "list": "- programme\n",
    "unknown-field": "programme: {title: t}\nopgaven: [{id: a, title: A}]\nextra: 1\n",
    "no-opgaven": "programme: {title: t}\nopgaven: []\n",
    "language": "programme: {title: t, language: de}\nopgaven: [{id: a, title: A}]\n",
    "stale-zero": "programme: {title: t, stale_after_days: 0}\nopgaven: [{id: a, title: A}]\n",
    "end-before-start": "programme: {title: t, start: 2019-01-01, end: 2018-01-01}\n"
    "opgaven: [{id: a, title: A}]\n",
    "meetings-order": "programme: {title: t, lovp_meetings: [2018-12-01, 2018-01-01]}\n"
    "opgaven: [{id: a, title: A}]\n",
    "duplicate-opgave": "programme: {title: t}\nopgaven: [{id: a, title: A}, {id: A, title: B}]\n",
    "basisteams-text": "programme: {title: t}\nopgaven: [{id: a, title: A}]\n"
    "units: [{id: u, name: U, basisteams: many}]\n",
    "two-documents": "programme: {title: t}\nopgaven: [{id: a, title: A}]\n---\nmore: 1\n",
    "syntax": "programme: [\n",
}


def assert_hints(root: Path) -> int:
    programme = load_programme(root)
    for problem in programme.problems:
        assert problem.hint.strip(), problem.text()
    return len(programme.problems)


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_fixture_programmes(fixture: str) -> None:
    assert_hints(FIXTURES / fixture)


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_item_mistakes(tmp_path: Path, name: str) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    (root / "measures" / f"{name}.yaml").write_text(ITEMS[name], encoding="utf-8")
    assert assert_hints(root) >= 1


@pytest.mark.parametrize("name", sorted(AGENDAS))
def test_agenda_mistakes(tmp_path: Path, name: str) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    (root / "agenda.yaml").write_text(AGENDAS[name], encoding="utf-8")
    assert assert_hints(root) >= 1


def test_missing_agenda_and_missing_folder(tmp_path: Path) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    (root / "agenda.yaml").unlink()
    assert assert_hints(root) == 1
    assert assert_hints(tmp_path / "nowhere") == 1


def test_messages_quote_long_values_shortened(tmp_path: Path) -> None:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    long = "x" * 10_000
    (root / "measures" / "long.yaml").write_text(
        f"kind: pilot\nid: long\ntitle: t\nopgaven: [{long}]\nunit: {long}\n"
        f"related: [{long}]\nmeasure: {long}\n"
        f"---\nkind: pilot\nid: long-phase\ntitle: t\nunit: oost\nphase: {long}\n"
        f"---\nkind: {long}\nid: {long}\ntitle: t\n",
        encoding="utf-8",
    )
    programme = load_programme(root)
    assert {"unknown-opgave", "invalid-value", "unknown-kind"} <= {
        p.code for p in programme.problems
    }
    for problem in programme.problems:
        assert len(problem.message) < 200, problem.code
