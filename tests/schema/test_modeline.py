"""The schema line atop programme files: inserted byte-exactly, present in shipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.schema import jsonschema_cli
from tracker.bundled import programme_files
from tracker.loader import load_programme
from tracker.schema import modeline, schema_path_for, with_modeline


@pytest.mark.parametrize(
    ("rel", "path"),
    [
        ("agenda.yaml", "schemas/agenda.schema.json"),
        ("measures/x.yaml", "../schemas/item.schema.json"),
        ("measures/lovp/x.yaml", "../../schemas/item.schema.json"),
        ("measures/a/b/c.yml", "../../../schemas/item.schema.json"),
    ],
)
def test_path_is_relative_to_the_file(rel: str, path: str) -> None:
    assert schema_path_for(rel) == path
    assert modeline(rel) == f"# yaml-language-server: $schema={path}"


@pytest.mark.parametrize(
    "data",
    [
        b"kind: measure\nid: a\ntitle: T\n",
        b"# a comment\r\nkind: measure\r\n",
        b"\xef\xbb\xbfkind: measure\n",
        b"kind: measure",
        b"",
        "title: café\n".encode(),
    ],
    ids=["lf", "crlf", "bom", "no-final-newline", "empty", "utf-8"],
)
def test_line_is_inserted_and_nothing_else_changes(data: bytes) -> None:
    out = with_modeline(data, "measures/lovp/x.yaml")
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    assert out == bom + modeline("measures/lovp/x.yaml").encode() + newline + data[len(bom) :]
    assert with_modeline(out, "measures/lovp/x.yaml") == out


def test_an_existing_schema_line_is_kept_as_it_is() -> None:
    data = b"# yaml-language-server: $schema=https://example.org/other.json\nkind: measure\n"
    assert with_modeline(data, "measures/x.yaml") == data


def test_every_shipped_file_starts_with_its_schema_line() -> None:
    files = programme_files(REPO)
    assert len(files) > 1
    for rel, data in files.items():
        first = data.split(b"\n", 1)[0].decode("utf-8")
        assert first == modeline(rel), (
            f"{rel}: make its first line `{modeline(rel)}`, so editors check it"
        )
        assert (REPO / rel).parent.joinpath(schema_path_for(rel)).resolve().is_file()


def test_loader_reads_files_with_the_line(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "measures").mkdir(parents=True)
    agenda = b"programme:\n  title: T\nopgaven:\n  - id: a\n    title: A\n"
    item = b"kind: measure\nid: m\ntitle: T\nstatus: actve\n"
    (root / "agenda.yaml").write_bytes(with_modeline(agenda, "agenda.yaml"))
    (root / "measures" / "m.yaml").write_bytes(with_modeline(item, "measures/m.yaml"))
    problems = load_programme(root).problems
    # The line shifts the rest down by one, and problems name the shifted line.
    assert [(p.file, p.line, p.code) for p in problems] == [("measures/m.yaml", 5, "invalid-value")]


def test_multi_document_files_are_checked_one_document_at_a_time(tmp_path: Path) -> None:
    text = (
        modeline("measures/x.yaml") + "\n"
        "kind: measure\nid: a\ntitle: A\n"
        "---\n# the second item\n"
        "kind: measure\nid: b\ntitle: B\nstatus: actve\n"
        "---\n"
        "kind: meeting\nid: c\ntitle: C\ndescription: |\n  text\n  --- not a marker\n"
        "date: 2018-10-11\n"
        "...\n"
    )
    docs = jsonschema_cli.split_documents(text)
    assert len(docs) == 3
    files = []
    for index, doc in enumerate(docs):
        files.append(tmp_path / f"d{index}.yaml")
        files[-1].write_text(doc, encoding="utf-8")
    result = jsonschema_cli.run(REPO / "schemas" / "item.schema.json", files)
    assert [bool(result[f]) for f in files] == [False, True, False]
