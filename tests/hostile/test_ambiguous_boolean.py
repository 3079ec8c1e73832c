"""A plain yes/no where text is expected is warned about, with its line and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.loader import load_programme


@pytest.mark.parametrize("word", ["no", "No", "YES", "on", "off", "y", "N"])
def test_plain_yes_or_no_in_a_text_field_is_a_warning(good_root: Path, word: str) -> None:
    path = good_root / "measures" / "lovp" / "netwerk.yaml"
    # `decision_needed: no`, meant as "no decision", would go out as an open decision.
    lines = [
        f"decision_needed: {word}\n" if line.startswith("decision_needed:") else line
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
    ]
    path.write_text("".join(lines), encoding="utf-8")
    programme = load_programme(good_root)
    (warning,) = [p for p in programme.problems if p.code == "ambiguous-boolean"]
    assert warning.file == "measures/lovp/netwerk.yaml" and warning.line == 15
    assert (
        not warning.is_error and "quote" in warning.hint and "leave the field out" in warning.hint
    )
    assert "netwerk" in {i.id for i in programme.items}  # a warning: the item still loads


def test_quoted_or_longer_words_are_not_warned_about(good_root: Path) -> None:
    path = good_root / "measures" / "lovp" / "netwerk.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(3, 'description: "no"\n')
    lines.insert(4, "tags: [nope, ok]\n")
    path.write_text("".join(lines), encoding="utf-8")
    codes = [p.code for p in load_programme(good_root).problems]
    assert "ambiguous-boolean" not in codes


def test_a_file_with_the_warning_can_still_be_updated(
    capsys: pytest.CaptureFixture[str], good_root: Path
) -> None:
    from tracker.cli import main

    path = good_root / "measures" / "lovp" / "netwerk.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "decision_needed: Fund a secretary for the network?", "decision_needed: no"
        ),
        encoding="utf-8",
    )
    code = main(["update", "netwerk", "--note", "Noted.", "--root", str(good_root)])
    assert code == 0, capsys.readouterr().err
