"""The JSON Schemas: generated from the models, shipped unchanged, and as strict as the loader."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker

from tests.conftest import GOOD, REPO
from tests.schema import jsonschema_cli
from tracker.cli import main
from tracker.loader import load_programme
from tracker.schema import DIALECT, agenda_schema, item_schema, schema_text
from tracker.yamlread import read_documents

SCHEMAS = REPO / "schemas"
# Problems a schema cannot see: they need another file (agenda.yaml, other items).
CROSS_FILE = {"unknown-opgave", "unknown-unit", "unknown-basisteam", "unknown-reference"}
CROSS_FILE |= {"duplicate-id"}
# Keywords a draft-07 engine (most editors' YAML plug-ins) reads as draft 2020-12 does.
DRAFT7_KEYWORDS = {
    "$schema", "$ref", "$defs", "title", "description", "default", "type", "enum", "const",
    "properties", "required", "additionalProperties", "items", "allOf", "anyOf", "if", "then",
    "pattern", "format", "minimum", "maximum", "minItems",
}  # fmt: skip


def _subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(schema, dict):
        return
    yield schema
    for key, value in schema.items():
        if key in ("properties", "$defs"):
            for sub in value.values():
                yield from _subschemas(sub)
        elif key in ("items", "if", "then", "additionalProperties"):
            yield from _subschemas(value)
        elif key in ("allOf", "anyOf"):
            for sub in value:
                yield from _subschemas(sub)


@pytest.mark.parametrize("make", [item_schema, agenda_schema])
def test_schema_is_valid_2020_12_and_draft_7(make: Any) -> None:
    schema = make()
    assert schema["$schema"] == DIALECT
    Draft202012Validator.check_schema(schema)
    Draft7Validator.check_schema({**schema, "$schema": "http://json-schema.org/draft-07/schema#"})
    used = {key for sub in _subschemas(schema) for key in sub}
    assert used <= DRAFT7_KEYWORDS, used - DRAFT7_KEYWORDS


@pytest.mark.parametrize("make", [item_schema, agenda_schema])
def test_every_field_and_model_is_described(make: Any) -> None:
    schema = make()
    for name, definition in schema["$defs"].items():
        assert definition.get("description"), f"model {name} has no description"
        for field, sub in definition.get("properties", {}).items():
            assert sub.get("description"), f"{name}.{field} has no description"
    for field, sub in schema.get("properties", {}).items():
        assert sub.get("description"), f"{field} has no description"


def test_item_kinds_and_enums_come_from_the_models() -> None:
    schema = item_schema()
    assert schema["properties"]["kind"]["enum"] == [
        "measure",
        "pilot",
        "meeting",
        "indicator",
        "risk",
        "assessment",
    ]
    measure = schema["$defs"]["Measure"]["properties"]
    assert measure["status"]["enum"] == ["planned", "active", "done", "paused", "stopped"]
    assert measure["health"]["enum"] == ["green", "amber", "red", None]
    assert measure["progress"]["minimum"] == 0 and measure["progress"]["maximum"] == 100
    phases = schema["$defs"]["Pilot"]["properties"]["phase"]["enum"]
    assert phases == [
        "idea",
        "preparing",
        "running",
        "evaluating",
        "scaling",
        "embedded",
        "stopped",
    ]
    assert schema["$defs"]["Pilot"]["required"] == ["kind", "id", "title", "unit"]


@pytest.mark.parametrize(
    ("args", "shipped"),
    [(["schema"], "item.schema.json"), (["schema", "--agenda"], "agenda.schema.json")],
)
def test_shipped_schemas_are_what_the_command_prints(
    args: list[str], shipped: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert printed == (SCHEMAS / shipped).read_text(encoding="utf-8"), (
        f"schemas/{shipped} is out of date: run `ggp-tracker {' '.join(args)} -o schemas/{shipped}`"
    )
    json.loads(printed)


def test_output_file_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "item.schema.json"
    target.write_text("old", encoding="utf-8")
    assert main(["schema", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    assert [p.name for p in tmp_path.iterdir()] == ["item.schema.json"]
    assert "item.schema.json" in capsys.readouterr().err


def test_unwritable_output_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "-o", str(tmp_path / "missing" / "x.json")]) == 1
    err = capsys.readouterr().err
    assert "missing" in err and "does not exist" in err  # the same words as every -o


def test_vscode_maps_the_schemas() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping["./schemas/agenda.schema.json"] == ["agenda.yaml"]
    assert "measures/**/*.yaml" in mapping["./schemas/item.schema.json"]
    for path in mapping:
        assert (REPO / path).is_file()


# ---- check-jsonschema on real documents -------------------------------------


def _item_documents(root: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted((root / "measures").rglob("*.y*ml")):
        rel = path.relative_to(root).as_posix()
        for index, text in enumerate(jsonschema_cli.split_documents(path.read_text("utf-8"))):
            out.append((f"{rel}#{index + 1}", text))
    return out


def _write(tmp_path: Path, docs: list[tuple[str, str]]) -> dict[Path, str]:
    files = {}
    for index, (name, text) in enumerate(docs):
        path = tmp_path / f"doc{index:03}.yaml"
        path.write_text(text, encoding="utf-8")
        files[path] = name
    return files


@pytest.mark.parametrize("root", [GOOD, REPO], ids=["fixture", "shipped"])
def test_every_shipped_document_passes(root: Path, tmp_path: Path) -> None:
    assert (root / "agenda.yaml").is_file(), f"no programme at {root}"
    docs = _item_documents(root)
    assert docs
    files = _write(tmp_path, docs)
    result = jsonschema_cli.run(SCHEMAS / "item.schema.json", list(files))
    failures = {files[path]: msgs for path, msgs in result.items() if msgs}
    assert failures == {}
    agenda = jsonschema_cli.run(SCHEMAS / "agenda.schema.json", [root / "agenda.yaml"])
    assert agenda == {root / "agenda.yaml": []}


BASE = "kind: measure\nid: m1\ntitle: A measure\n"
# name -> (document, substring every error report must contain; None: the document is valid)
BROKEN: dict[str, tuple[str, str | None]] = {
    "valid": (BASE + "status: active\nhealth: amber\nprogress: 40\n", None),
    "unknown kind": ("kind: measur\nid: m1\ntitle: A measure\n", "'measur' is not one of"),
    "kind missing": ("id: m1\ntitle: A measure\n", "'kind' is a required property"),
    "bad enum": (BASE + "status: actve\n", "'actve' is not one of"),
    "bad health": (BASE + "health: blue\n", "'blue' is not one of"),
    "missing title": ("kind: measure\nid: m1\n", "'title' is a required property"),
    "impossible date": (BASE + "due: 2018-02-30\n", "is not a 'date'"),
    "date without zeros": (BASE + "due: 2018-2-3\n", "'2018-2-3'"),
    "date as text": (BASE + "start: next week\n", "'next week'"),
    "unknown field": (BASE + "staus: active\n", "'staus' was unexpected"),
    "progress too high": (BASE + "progress: 101\n", "101 is greater than the maximum of 100"),
    "bad id": ("kind: measure\nid: -m1\ntitle: A measure\n", "does not match"),
    "pilot without unit": ("kind: pilot\nid: p1\ntitle: A pilot\n", "'unit' is a required"),
    "bad phase in update": (
        "kind: pilot\nid: p1\ntitle: A pilot\nunit: oost\nupdates:\n"
        "  - date: 2018-10-01\n    note: Started.\n    phase: runing\n",
        "'runing' is not one of",
    ),
    "meeting without date": ("kind: meeting\nid: n1\ntitle: A meeting\n", "'date' is a required"),
}


def test_broken_examples_fail_with_a_useful_message(tmp_path: Path) -> None:
    files = _write(tmp_path, [(name, doc) for name, (doc, _) in BROKEN.items()])
    result = jsonschema_cli.run(SCHEMAS / "item.schema.json", list(files))
    for path, messages in result.items():
        name = files[path]
        expected = BROKEN[name][1]
        if expected is None:
            assert messages == [], name
        else:
            assert messages, f"{name}: the schema accepted it"
            assert any(expected in m for m in messages), (name, messages)


# ---- the schema agrees with the loader --------------------------------------

# Documents on which the schema must reach the loader's verdict (valid or not).
AGREEMENT = [
    BASE,
    "kind: measure\nid: m1\ntitle: 2030\n",  # numbers are accepted as text
    BASE + "owner:\nhealth:\nstart:\n",  # empty optional fields
    BASE + "tags: [yes, no, on]\n",  # YAML 1.2: these are words, not booleans
    BASE + "on: x\n",
    BASE + "progress: '40'\n",
    BASE + "progress: -1\n",
    BASE + "due: 20181011\n",
    BASE + "milestones:\n  - title: M\n",
    BASE + "milestones:\n  - title: M\n    due: 2018-01-01\n    done: 2018-01-02\n",
    BASE + "updates:\n  - date: 2018-01-01\n",
    BASE + "updates:\n  - date: 2018-01-01\n    note: n\n    by: me\n    progress: 5\n",
    BASE + "decision_needed: Fund it?\nrelated: [a, b]\nopgaven: []\n",
    BASE + "tags: x\n",
    "- kind: measure\n",
    "kind: pilot\nid: p\ntitle: t\nunit: u\nscale_up:\n  scope: all units\n  due: 2019-01-01\n",
    "kind: pilot\nid: p\ntitle: t\nunit: u\nscale_up: everywhere\n",
    "kind: pilot\nid: p\ntitle: t\nunit: u\nphase: scaling\nend: 2019-01-01\nevaluation: e\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\nparticipants: 12\ntype: lovp\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\nparticipants: [Ann, 2]\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\nparticipants: -3\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\ntype: webinar\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\nactions:\n  - title: a\n    due: 2018-1-1\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\nactions:\n  - owner: me\n",
    "kind: meeting\nid: n\ntitle: t\ndate: 2018-10-11\ndecisions: [go on]\nsummary: s\n",
    "kind: indicator\nid: i\ntitle: t\nformat: percent\ntarget: 80\nbetter: lower\n",
    "kind: indicator\nid: i\ntitle: t\ntarget: true\n",
    "kind: indicator\nid: i\ntitle: t\nvalues:\n  - date: 2018-01-01\n    value: 61.5\n",
    "kind: indicator\nid: i\ntitle: t\nvalues:\n  - date: 2018-01-01\n    value: '61'\n",
    "kind: indicator\nid: i\ntitle: t\nformat: ratio\n",
    "kind: indicator\nid: i\ntitle: t\nbetter: more\n",
    "kind: Measure\nid: m\ntitle: t\n",
] + [doc for doc, _ in BROKEN.values()]


def _loader_errors(tmp_path: Path, docs: list[str]) -> list[list[str]]:
    root = tmp_path / "programme"
    (root / "measures").mkdir(parents=True)
    (root / "agenda.yaml").write_bytes((GOOD / "agenda.yaml").read_bytes())
    for index, doc in enumerate(docs):
        (root / "measures" / f"d{index:03}.yaml").write_text(doc, encoding="utf-8")
    programme = load_programme(root)
    errors: list[list[str]] = [[] for _ in docs]
    for problem in programme.problems:
        if problem.is_error and problem.code not in CROSS_FILE:
            errors[int(problem.file[len("measures/d") :][:3])].append(problem.text())
    return errors


def test_schema_and_loader_agree(tmp_path: Path) -> None:
    loader = _loader_errors(tmp_path, AGREEMENT)
    files = _write(tmp_path, [(str(i), doc) for i, doc in enumerate(AGREEMENT)])
    schema = jsonschema_cli.run(SCHEMAS / "item.schema.json", list(files))
    disagree = [
        (AGREEMENT[int(name)], loader[int(name)], schema[path])
        for path, name in files.items()
        if bool(loader[int(name)]) != bool(schema[path])
    ]
    assert disagree == []
    assert sum(1 for e in loader if e) >= 25  # the corpus exercises failures, not only passes


@pytest.mark.parametrize("docs", [AGREEMENT], ids=["corpus"])
def test_a_draft_7_engine_reaches_the_same_verdicts(docs: list[str]) -> None:
    schema = item_schema()
    draft7 = Draft7Validator(
        {**schema, "$schema": "http://json-schema.org/draft-07/schema#"},
        format_checker=FormatChecker(),
    )
    current = Draft202012Validator(schema, format_checker=FormatChecker())
    for doc in docs:
        value = read_documents(doc, "doc.yaml").documents[0].value
        assert draft7.is_valid(value) == current.is_valid(value), doc


AGENDA_CASES: dict[str, str | None] = {
    "programme:\n  title: T\nopgaven:\n  - id: a\n    title: A\n": None,
    "programme:\n  title: T\nopgaven: []\n": "should be non-empty",
    "programme:\n  title: T\n  language: de\nopgaven:\n  - id: a\n    title: A\n": "'de'",
    "programme:\n  title: T\n  stale_after_days: 0\nopgaven:\n  - id: a\n    title: A\n": "0",
    "programme:\n  title: T\n  lovp_meetings: [2018-13-01]\nopgaven:\n  - id: a\n    title: A\n": (
        "is not a 'date'"
    ),
    "programme:\n  title: T\nopgaven:\n  - id: a\n    title: A\nunits:\n  - id: u\n": "'name'",
    "programme:\n  name: T\nopgaven:\n  - id: a\n    title: A\n": "'title' is a required",
}


def test_agenda_schema_on_broken_agendas(tmp_path: Path) -> None:
    files = {}
    for index, (doc, expected) in enumerate(AGENDA_CASES.items()):
        path = tmp_path / f"agenda{index}.yaml"
        path.write_text(doc, encoding="utf-8")
        files[path] = (doc, expected)
    result = jsonschema_cli.run(SCHEMAS / "agenda.schema.json", list(files))
    for path, (doc, expected) in files.items():
        if expected is None:
            assert result[path] == [], doc
        else:
            assert any(expected in m for m in result[path]), (doc, result[path])


# What the schema lets through and `validate` catches; docs/editing.md names both.
KNOWN_GAPS = [
    "kind: measure\nid: m1\ntitle: |\n  two\n  lines\n",
    BASE + "progress: 40.0\n",
]


def test_known_gaps_are_caught_by_validate_only(tmp_path: Path) -> None:
    loader = _loader_errors(tmp_path, KNOWN_GAPS)
    files = _write(tmp_path, [(str(i), doc) for i, doc in enumerate(KNOWN_GAPS)])
    schema = jsonschema_cli.run(SCHEMAS / "item.schema.json", list(files))
    assert all(loader), loader
    assert all(messages == [] for messages in schema.values()), schema


@pytest.mark.parametrize("make", [item_schema, agenda_schema])
def test_no_null_defaults(make: Any) -> None:
    # yaml-language-server (1.25) stops offering field names at the first nested
    # `default: null` it meets; an absent field means "none" anyway.
    for sub in _subschemas(make()):
        assert not ("default" in sub and sub["default"] is None), sub
