"""Problem messages and hints come from the label table, in English and Dutch."""

from __future__ import annotations

import ast
import json
import pickle
import re
import shutil
import string
from pathlib import Path

import pytest

from tests.conftest import REPO, TESTS
from tracker.cli import main
from tracker.labels import LABELS
from tracker.problems import CODES, Problem, did_you_mean, say

BROKEN = TESTS / "fixtures" / "broken"
PROBLEM_KEYS = {key for key in LABELS if key.startswith("problem.")}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def keys_named_in_code() -> set[str]:
    """Every string in tracker/ that starts with 'problem.': the keys the code says."""
    found = set()
    for path in (REPO / "tracker").rglob("*.py"):
        if path.parent.name == "labels":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and re.fullmatch(r"problem\.[a-z0-9.-]+", text):
                found.add(text)
            if _said_at(node):  # Problem.at(file, line, column, code, key): key and its hint
                found.add(node.args[4].value + ".hint")  # type: ignore[attr-defined]
    return found


def _said_at(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "at"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "Problem"
        and len(node.args) >= 5
        and isinstance(node.args[4], ast.Constant)
        and isinstance(node.args[4].value, str)
    )


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_message_and_a_hint_in_both_languages(code: str) -> None:
    for key in (f"problem.{code}", f"problem.{code}.hint"):
        english, dutch = LABELS[key]
        assert english.strip() and dutch.strip(), key


# Values a Dutch text leaves out on purpose: pydantic's own words are English.
DROPPED_IN_DUTCH = {"problem.invalid-value": {"detail"}}


def test_both_languages_take_the_same_values() -> None:
    for key in sorted(PROBLEM_KEYS):
        english, dutch = LABELS[key]
        dropped = DROPPED_IN_DUTCH.get(key, set())
        assert placeholders(english) == placeholders(dutch) | dropped, key


def test_the_code_names_only_keys_that_exist_and_every_key_is_named() -> None:
    named = keys_named_in_code()
    assert named - PROBLEM_KEYS == set()
    # A code's general hint may stand unused (what to do, whatever the case); every
    # other key is said somewhere.
    general = {f"problem.{code}.hint" for code in CODES}
    assert PROBLEM_KEYS - named - general == set()


def test_a_problem_is_said_in_the_language_asked_for() -> None:
    hint = say("problem.unknown-basisteam.hint", suggestion=did_you_mean("oosten", ["oost"]))
    problem = Problem("a.yaml", 3, 5, "unknown-unit", say("problem.unknown-unit", value="x"), hint)
    assert problem.message == "unit 'x' is not in agenda.yaml"
    assert problem.message_in("nl") == "eenheid 'x' staat niet in agenda.yaml"
    assert problem.hint_in("nl").startswith("bedoelde u 'oost'?; of voeg het toe")
    assert problem.text("nl").startswith("a.yaml:3:5: fout[unknown-unit] eenheid 'x'")
    assert problem.text() == (
        "a.yaml:3:5: error[unknown-unit] unit 'x' is not in agenda.yaml (did you mean 'oost'?;"
        " or add it to the unit's basisteams in agenda.yaml)"
    )


def test_words_survive_the_parse_cache() -> None:
    """The parse cache pickles problems: the key and values must come back with the text."""
    problem = Problem("a.yaml", 1, 1, "yaml-alias", say("problem.yaml-alias", name="x\x1b"))
    back = pickle.loads(pickle.dumps(problem))
    assert back == problem
    assert back.message_in("nl") == "alias '*x' is niet toegestaan"


def test_plain_text_is_shown_as_it_is_in_every_language() -> None:
    problem = Problem("a.yaml", 1, 1, "invalid-value", "some text", "a hint")
    assert problem.message_in("nl") == "some text"
    assert problem.hint_in("nl") == "a hint"


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{2,}", text.lower()))


def english_only_words() -> set[str]:
    """Words of the English problem texts that the Dutch ones never use."""
    english, dutch = set(), set()
    for key in PROBLEM_KEYS:
        en, nl = LABELS[key]
        english |= _words(re.sub(r"\{\w+\}", " ", en))
        dutch |= _words(re.sub(r"\{\w+\}", " ", nl))
    return english - dutch


def _said_words(line: str) -> set[str]:
    """The words of a validate line that the tracker itself wrote: not the location,
    not the code, not a field's path as the file writes it (`progress:`), not the
    user's text quoted between ''."""
    line = re.sub(r"^\S+:\d+:\d+: ", "", line)
    line = re.sub(r"\[[a-z-]+\] (?:[\w.\[\]]+: )?", " ", line)
    line = re.sub(r"'[^']*'", " ", line)
    return _words(line)


def validate(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    main(["validate", "--root", str(BROKEN), *extra])
    return capsys.readouterr().out


def test_a_dutch_validate_has_no_english_words_left(capsys: pytest.CaptureFixture[str]) -> None:
    forbidden = english_only_words()
    english = validate(capsys)
    # The check finds English where there is English.
    assert any(_said_words(line) & forbidden for line in english.splitlines())
    for run in range(2):  # the second run reads the parse cache
        dutch = validate(capsys, "--lang", "nl")
        lines = dutch.splitlines()
        assert len(lines) == len(english.splitlines()), run
        left = {line: _said_words(line) & forbidden for line in lines}
        assert {line: words for line, words in left.items() if words} == {}, run


def test_the_programme_language_is_the_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "broken"
    shutil.copytree(BROKEN, root)
    agenda = root / "agenda.yaml"
    text = agenda.read_text(encoding="utf-8")
    assert "  language: en\n" in text
    agenda.write_text(text.replace("  language: en\n", "  language: nl\n", 1))
    main(["validate", "--root", str(root)])
    out = capsys.readouterr().out
    assert "fout[unknown-unit] eenheid 'oosten' staat niet in agenda.yaml" in out


def test_json_keeps_the_codes_and_says_the_message_in_the_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    english = json.loads(validate(capsys, "--format", "json"))
    dutch = json.loads(validate(capsys, "--format", "json", "--lang", "nl"))
    assert [p["code"] for p in dutch["problems"]] == [p["code"] for p in english["problems"]]
    assert [p["severity"] for p in dutch["problems"]] == [
        p["severity"] for p in english["problems"]
    ]
    unit = next(p for p in dutch["problems"] if p["code"] == "unknown-unit")
    assert unit["message"] == "eenheid 'oosten' staat niet in agenda.yaml (bedoelde u 'oost'?)"


def test_a_refused_edit_names_the_problem_in_its_language() -> None:
    from tracker.edit.errors import EditError

    problem = Problem("a.yaml", 2, 1, "duplicate-key", say("problem.duplicate-key", name="title"))
    refusal = EditError("edit.file_has_errors", file="a.yaml", count=1, problem=problem)
    assert "fout[duplicate-key] sleutel 'title' komt twee keer voor" in refusal.text("nl")
    assert "error[duplicate-key] key 'title' appears twice" in str(refusal)


def test_every_problem_said_at_a_key_gives_the_values_its_message_and_hint_name() -> None:
    calls = [
        node
        for path in (REPO / "tracker").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _said_at(node)
    ]
    assert len(calls) > 20
    for call in calls:
        key = call.args[4].value  # type: ignore[attr-defined]
        given = {kw.arg for kw in call.keywords}  # type: ignore[attr-defined]
        for name in (key, key + ".hint"):
            english, dutch = LABELS[name]
            assert placeholders(english) | placeholders(dutch) <= given, name


def test_a_problem_said_at_a_key_has_that_message_and_hint() -> None:
    problem = Problem.at("a.yaml", 2, 3, "date-order", "problem.date-order", field="due",
                         end="2018-01-01", start="2018-02-01")  # fmt: skip
    assert problem.message == say(
        "problem.date-order", field="due", end="2018-01-01", start="2018-02-01"
    )
    assert problem.hint_in("nl") == say("problem.date-order.hint", field="due").say("nl")
    assert (problem.file, problem.line, problem.column, problem.code) == (
        "a.yaml",
        2,
        3,
        "date-order",
    )
