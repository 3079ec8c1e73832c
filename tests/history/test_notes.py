"""A note or text rewritten after a snapshot is a change: `diff` names it and the
summary lists it as a correction of what was reported, never as progress. Snapshots
taken before notes were kept are read as they are: nothing seen, nothing said."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tests.history.helpers import cli
from tests.summary.extract import read_docx, read_markdown
from tests.summary.test_sections import flat
from tracker.cli import main
from tracker.history.snapshot import digest
from tracker.history.storage import history_path
from tracker.labels import Lang, label
from tracker.models import Decision as Model
from tracker.records import from_model

LANGS: tuple[Lang, ...] = ("en", "nl")
AS_OF = ["--as-of", "2018-11-01"]
OLD_NOTE = "note: Second meeting held."
NEW_NOTE = "note: Second meeting held, with all ten chiefs."


def _programme(tmp_path: Path) -> Path:
    root = tmp_path / "programme"
    shutil.copytree(GOOD, root)
    assert main(["snapshot", "--root", str(root), *AS_OF, "--label", "sent"]) == 0
    return root


def _edit(root: Path, old: str, new: str, name: str = "netwerk.yaml") -> None:
    path = root / "measures" / "lovp" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _changes_md(capsys: pytest.CaptureFixture[str], root: Path, lang: Lang) -> str:
    argv = ["--meeting", "2018-12-06", "--since", "sent", "--format", "md", "--lang", lang]
    code, out, err = cli(capsys, "summary", "--root", str(root), *AS_OF, *argv)
    assert code == 0, err
    return flat(read_markdown(out).sections[label("summary.s.changes", lang)])


@pytest.mark.parametrize("lang", LANGS)
def test_a_rewritten_note_alone_shows_in_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    root = _programme(tmp_path)
    _edit(root, OLD_NOTE, NEW_NOTE)
    code, out, err = cli(capsys, "diff", "sent", "--root", str(root), *AS_OF, "--lang", lang)
    assert code == 0, err
    assert "netwerk" in out
    assert label("history.notes_rewritten", lang, updates="2018-10-20") in flat(out)
    assert label("history.no_changes", lang) not in out
    code, out, _ = cli(capsys, "diff", "sent", "--root", str(root), *AS_OF, "--json")
    (changed,) = json.loads(out)["changed"]
    assert changed["id"] == "netwerk"
    assert changed["changes"] == [{"field": "notes", "from": None, "to": ["2018-10-20"]}]


@pytest.mark.parametrize("lang", LANGS)
def test_a_rewritten_note_alone_is_a_correction_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    root = _programme(tmp_path)
    before = _changes_md(capsys, root, lang)
    assert label("summary.correction", lang) not in before
    _edit(root, OLD_NOTE, NEW_NOTE)
    changes = _changes_md(capsys, root, lang)
    assert label("summary.correction", lang) in changes
    assert "Second meeting held, with all ten chiefs." in changes  # what it says now
    assert ("herschreven" if lang == "nl" else "rewritten") in changes
    # A correction is never progress: no status row comes of it.
    status = changes.split(label("summary.s.status_changes", lang))[1]
    assert "Network of basisteam chiefs" not in status


@pytest.mark.parametrize("lang", LANGS)
def test_the_correction_reaches_the_word_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    root = _programme(tmp_path)
    _edit(root, OLD_NOTE, NEW_NOTE)
    out = tmp_path / "report.docx"
    code, _, err = cli(capsys, "summary", "--root", str(root), *AS_OF, "--meeting", "2018-12-06",
                       "--since", "sent", "--lang", lang, "-o", str(out))  # fmt: skip
    assert code == 0, err
    changes = flat(read_docx(out.read_bytes()).sections[label("summary.s.changes", lang)])
    assert label("summary.correction", lang) in changes
    assert "with all ten chiefs" in changes


def test_a_new_update_and_a_rewritten_note_are_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _programme(tmp_path)
    _edit(root, OLD_NOTE, NEW_NOTE)
    _edit(
        root,
        "    progress: 45",
        "    progress: 45\n  - date: 2018-10-30\n    note: Charter drafted.",
    )
    argv = ["--meeting", "2018-12-06", "--since", "sent", "--format", "md"]
    _, out, _ = cli(capsys, "summary", "--root", str(root), *AS_OF, *argv)
    rows = [line for line in out.splitlines() if "Network of basisteam chiefs" in line]
    (progress,) = [row for row in rows if "Charter drafted." in row]
    (correction,) = [row for row in rows if "with all ten chiefs" in row]
    assert label("summary.correction", "en") in correction
    assert label("summary.correction", "en") not in progress


def test_a_changed_text_of_the_item_is_a_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _programme(tmp_path)
    _edit(root, "decision_needed: Fund a secretary for the network?",
          "decision_needed: Fund a secretary and a budget for the network?")  # fmt: skip
    code, out, _ = cli(capsys, "diff", "sent", "--root", str(root), *AS_OF, "--lang", "nl")
    assert code == 0
    assert "tekst gewijzigd: gevraagd besluit" in flat(out)
    changes = _changes_md(capsys, root, "en")
    assert "text changed: decision requested" in changes
    assert label("summary.correction", "en") not in changes


def _strip_notes(root: Path) -> None:
    """The history as a tracker that kept no notes wrote it."""
    path = history_path(root)
    data = json.loads(path.read_text(encoding="utf-8"))
    for snapshot in data["snapshots"].values():
        snapshot["format"] = 1
        for entry in snapshot["items"].values():
            entry.pop("notes"), entry.pop("texts")
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_an_older_snapshot_without_notes_sees_no_note_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    root = _programme(tmp_path)
    _strip_notes(root)
    _edit(root, OLD_NOTE, NEW_NOTE)
    code, out, err = cli(capsys, "diff", "sent", "--root", str(root), *AS_OF, "--lang", lang)
    assert code == 0 and "Traceback" not in err
    assert label("history.no_changes", lang) in out
    assert label("summary.correction", lang) not in _changes_md(capsys, root, lang)
    # Its field changes are still seen.
    _edit(root, "    progress: 45", "    progress: 40")
    changes = _changes_md(capsys, root, lang)
    assert label("summary.correction", lang) in changes and "45% → 40%" in changes


def test_the_snapshot_keeps_digests_not_the_words(tmp_path: Path) -> None:
    root = _programme(tmp_path)
    text = history_path(root).read_text(encoding="utf-8")
    assert "Second meeting held" not in text and "Fund a secretary" not in text
    (snapshot,) = json.loads(text)["snapshots"].values()
    entry = snapshot["items"]["netwerk"]
    assert set(entry["notes"]) == {"2018-07-04", "2018-10-20"}
    assert set(entry["texts"]) == {"decision_needed"}


FORMAT2 = Path(__file__).parents[1] / "fixtures" / "format2"


@pytest.mark.parametrize("lang", LANGS)
def test_format2_since_the_last_meeting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Lang
) -> None:
    """The report for December against the snapshot of October: a risk's status change
    in its words in both tables; a rewritten note as a correction with its flags apart."""
    root = tmp_path / "f2"
    shutil.copytree(FORMAT2, root)
    args = ["--root", str(root), "--lang", lang]
    assert main(["snapshot", *args, "--as-of", "2018-10-11", "--label", "oct"]) == 0
    kennis = root / "measures" / "lovp" / "kennis.yaml"
    kennis.write_text(kennis.read_text().replace("Platform online.", "Online in two units."))
    code, out, err = cli(capsys, "summary", *args, "--as-of", "2018-12-01", "--meeting",
                         "2018-12-06", "--format", "md")  # fmt: skip
    assert code == 0, err
    rows = [line for line in out.splitlines() if line.startswith("|")]
    (correction,) = [row for row in rows if "Online in two units." in row]
    assert label("summary.correction", lang) in correction
    # The note in quotes, the item's new flag after it in brackets.
    assert "“Online in two units.” (" + label("history.now_stale", lang) + ")" in correction
    mitigating = label("summary.risk_state.mitigating", lang)
    venue = [row for row in rows if row.startswith("| 2018-11-01 | No venue for the third")]
    assert len(venue) == 2  # in the updates and in the status changes
    assert f"open → {mitigating}" in venue[0] and f"| open | **{mitigating}** |" in venue[1]


def test_a_decisions_digest_is_that_of_its_fields_as_json() -> None:
    # Taken of what the file says, not of how it is held in memory: a decision read
    # from the parse cache and one just validated give the digest an older snapshot has.
    model = Model(question="Budget?", proposal="Ja", meeting=date(2018, 12, 13))
    fields = {"question": "Budget?", "proposal": "Ja", "meeting": "2018-12-13"}
    text = json.dumps(fields, sort_keys=True)
    expected = hashlib.sha256(text.encode()).hexdigest()[:12]
    assert digest(from_model(model)) == expected
    assert digest([from_model(model)]) != expected
