"""Links: nothing outside the programme folder is read, and loops end.

Every way a link can leave the folder is set up at once, with a spy on every
file and folder the loader opens; nothing it opens lies outside the folder and
nothing written outside shows up in what it reports.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tests.hostile.helpers import good_copy, ids, load_with_good, only_problem, problems_in

MARKER = "OUTSIDE-MARKER"
OUTSIDE_ITEM = f"kind: measure\nid: outside-item\ntitle: {MARKER}\n"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the programme, with an item, an agenda and a sub-folder."""
    where = tmp_path / "outside"
    (where / "folder").mkdir(parents=True)
    (where / "item.yaml").write_text(OUTSIDE_ITEM, encoding="utf-8")
    (where / "folder" / "item.yaml").write_text(OUTSIDE_ITEM, encoding="utf-8")
    agenda = (GOOD / "agenda.yaml").read_text(encoding="utf-8")
    (where / "agenda.yaml").write_text(agenda.replace("Testprogramma", MARKER), encoding="utf-8")
    return where


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every path the code opens or lists while the test runs."""
    paths: list[str] = []
    real_open, real_io_open, real_scandir = os.open, builtins.open, os.scandir

    def spy_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        paths.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    def spy_io_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, str | bytes | os.PathLike):
            paths.append(os.fsdecode(file))
        return real_io_open(file, *args, **kwargs)

    def spy_scandir(path="."):  # type: ignore[no-untyped-def]
        paths.append(os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(builtins, "open", spy_io_open)
    monkeypatch.setattr(os, "scandir", spy_scandir)
    yield paths


def assert_nothing_outside_read(root: Path, paths: list[str]) -> None:
    inside = os.path.realpath(root) + os.sep
    read = [p for p in paths if not os.path.realpath(p).startswith(inside)]
    assert read == []
    assert paths  # the spy saw the loader at work


def test_every_link_out_is_refused_and_nothing_outside_is_read(
    tmp_path: Path, outside: Path, opened: list[str]
) -> None:
    root = good_copy(tmp_path)
    measures = root / "measures"
    (measures / "absolute.yaml").symlink_to(outside / "item.yaml")
    (measures / "relative.yml").symlink_to(Path("../../outside/item.yaml"))
    (measures / "folder").symlink_to(outside / "folder")
    (measures / "dangling.yaml").symlink_to(outside / "not-there.yaml")
    (measures / "chain.yaml").symlink_to(measures / "absolute.yaml")  # inside, then out
    (measures / "passwd.yaml").symlink_to("/etc/passwd")
    opened.clear()
    programme = load_with_good(root)
    assert_nothing_outside_read(root, opened)
    for name in ("absolute.yaml", "relative.yml", "folder", "dangling.yaml", "chain.yaml"):
        problem = only_problem(programme, f"measures/{name}")
        assert (problem.code, problem.line, problem.column) == ("outside-root", 0, 0)
    assert only_problem(programme, "measures/passwd.yaml").code == "outside-root"
    assert "outside-item" not in ids(programme)
    for problem in programme.problems:
        assert MARKER not in problem.text()
        assert str(outside) not in problem.text()


def test_agenda_link_out_is_refused(tmp_path: Path, outside: Path, opened: list[str]) -> None:
    root = good_copy(tmp_path)
    (root / "agenda.yaml").unlink()
    (root / "agenda.yaml").symlink_to(outside / "agenda.yaml")
    opened.clear()
    programme = load_with_good(root)
    assert_nothing_outside_read(root, opened)
    assert only_problem(programme, "agenda.yaml").code == "outside-root"
    assert programme.agenda is None


def test_measures_folder_link_out_is_refused(
    tmp_path: Path, outside: Path, opened: list[str]
) -> None:
    root = tmp_path / "programme"
    root.mkdir()
    (root / "agenda.yaml").write_text((GOOD / "agenda.yaml").read_text(), encoding="utf-8")
    (root / "measures").symlink_to(outside)
    opened.clear()
    from tracker.loader import load_programme

    programme = load_programme(root)
    assert_nothing_outside_read(root, opened)
    assert only_problem(programme, "measures").code == "outside-root"
    assert programme.items == ()


def test_links_inside_the_folder_are_followed(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    shared = root / "shared"
    shared.mkdir()
    (shared / "item.yaml").write_text(OUTSIDE_ITEM.replace(MARKER, "Shared"), encoding="utf-8")
    (root / "measures" / "shared.yaml").symlink_to(Path("../shared/item.yaml"))
    (root / "measures" / "shared-folder").symlink_to(shared)
    programme = load_with_good(root)
    # Both links reach the same item: it is there once, and the second is a duplicate id.
    assert {p.code for p in programme.problems} == {"duplicate-id"}


def test_broken_link_inside(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    (root / "measures" / "gone.yaml").symlink_to("missing.yaml")
    problem = only_problem(load_with_good(root), "measures/gone.yaml")
    assert (problem.code, problem.message) == ("unreadable", "broken link")


@pytest.mark.timeout(10)
def test_file_link_loops(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    measures = root / "measures"
    (measures / "self.yaml").symlink_to("self.yaml")
    (measures / "ping.yaml").symlink_to("pong.yaml")
    (measures / "pong.yaml").symlink_to("ping.yaml")
    programme = load_with_good(root)
    for name in ("self.yaml", "ping.yaml", "pong.yaml"):
        problem = only_problem(programme, f"measures/{name}")
        assert problem.code == "outside-root"
        assert "loop" in problem.message


@pytest.mark.timeout(10)
def test_folder_link_loops(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    measures = root / "measures"
    (measures / "lovp" / "back").symlink_to("..")  # measures/lovp/back -> measures
    (measures / "here").symlink_to(".")
    programme = load_with_good(root)
    loops = [p for p in programme.problems if "loop" in p.message]
    assert {p.file for p in loops} == {"measures/lovp/back", "measures/here"}
    assert {p.code for p in loops} == {"outside-root"}
    # Each file is read once, under its own name: no duplicate ids from the loops.
    assert not problems_in(programme, "measures/lovp/netwerk.yaml")
    assert {p.code for p in programme.problems} == {"outside-root"}


def test_second_way_into_a_folder_is_the_link_reported(tmp_path: Path) -> None:
    root = good_copy(tmp_path)
    measures = root / "measures"
    (measures / "aaa").symlink_to("lovp")  # walked before lovp in any order by name
    (measures / "pilots" / "deeper").symlink_to("../lovp")
    programme = load_with_good(root)
    assert {p.file for p in programme.problems} == {"measures/aaa", "measures/pilots/deeper"}
    assert programme.sources["netwerk"].file == "measures/lovp/netwerk.yaml"
