"""`export`: a workbook openpyxl reads, with the tables of `list --json`, typed and filtered."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import AS_OF, GOOD, REPO
from tracker.cli import main
from tracker.columns import TABLES as COLUMN_TABLES
from tracker.listing import TABLES
from tracker.reach.columns import table_columns

SHEETS = {
    "measures": "Measures",
    "pilots": "Pilots",
    "meetings": "Meetings",
    "actions": "Actions",
    "indicators": "Indicators",
    "risks": "Risks and issues",
}
FORMAT2 = GOOD.parent / "format2"
F2_AS_OF = "2018-11-20"


def export(tmp_path: Path, *argv: str, root: Path = GOOD, name: str = "w.xlsx") -> Path:
    out = tmp_path / name
    argv_ = ["export", "--root", str(root), "--as-of", AS_OF.isoformat(), "-o", str(out), *argv]
    assert main(argv_) == 0
    return out


def listed(root: Path, table: str, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["list", table, "--json", "--root", str(root), "--as-of", AS_OF.isoformat()]) == 0
    return json.loads(capsys.readouterr().out)


def header(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.value for c in next(ws.iter_rows(max_row=1))]


@pytest.mark.parametrize("root", [GOOD, REPO], ids=["fixture", "shipped"])
def test_sheets_hold_the_rows_of_list_json(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(export(tmp_path, "--lang", "en", root=root))
    assert book.sheetnames == [
        "About", "Measures", "Pilots", "Meetings", "Actions", "Milestones", "Indicators",
        "Indicator values", "Risks and issues", "Problems",
    ]  # fmt: skip
    for table in TABLES:
        ws = book[SHEETS[table]]
        rows = listed(root, table, capsys)
        assert ws.max_row - 1 == len(rows), table
        ids = [r[0].value for r in ws.iter_rows(min_row=2, max_col=1)]
        assert ids == [r["id"] for r in rows]
        assert ws.freeze_panes == "A2"
        last = ws.cell(1, ws.max_column).column_letter
        if rows:
            (table_name,) = ws.tables.values()
            assert table_name.ref == f"A1:{last}{len(rows) + 1}"
            assert table_name.autoFilter is not None
        else:
            assert ws.auto_filter.ref == f"A1:{last}1"


def test_columns_are_those_of_list_then_the_rest_of_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(export(tmp_path, "--lang", "en"))
    for table in TABLES:
        rows = listed(GOOD, table, capsys)
        columns = table_columns(table, rows)
        assert columns[: len(COLUMN_TABLES[table].columns)] == COLUMN_TABLES[table].columns
        assert set(columns) <= {key for row in rows for key in row} | set(
            COLUMN_TABLES[table].columns
        )
        assert len(header(book[SHEETS[table]])) == len(columns)


def test_values_are_typed(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export(tmp_path, "--lang", "en"))
    ws = book["Measures"]
    cols = {h: i for i, h in enumerate(header(ws))}
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    netwerk = rows["netwerk"]
    assert isinstance(netwerk[cols["Due"]].value, datetime)
    assert netwerk[cols["Due"]].number_format == "yyyy-mm-dd"
    progress = netwerk[cols["Progress"]]
    assert isinstance(progress.value, float) and progress.number_format == "0%"
    health = netwerk[cols["Health"]]
    assert health.value in ("green", "amber", "red")
    assert health.fill.fgColor.rgb not in (None, "00000000")
    assert isinstance(netwerk[cols["Line"]].value, int)
    values = book["Indicator values"]
    assert values.max_row - 1 == 2
    assert all(isinstance(r[4].value, int | float) for r in values.iter_rows(min_row=2))


def test_an_action_links_to_its_meeting(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export(tmp_path, "--lang", "en"))
    actions = book["Actions"]
    column = header(actions).index("Meeting") + 1
    cell = actions.cell(2, column)
    assert cell.value == "lovp-2018-10"
    sheet, _, ref = cell.hyperlink.location.partition("!")
    assert book[sheet.strip("'")][ref].value == "lovp-2018-10"


def test_about_sheet_names_the_as_of_date(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export(tmp_path, "--lang", "nl"))
    about = book["Over"]
    texts = [c.value for row in about.iter_rows() for c in row if c.value is not None]
    assert AS_OF.isoformat() in texts
    assert "Peildatum" in texts and "Bron-commit" in texts
    assert "Maatregelen" in book.sheetnames and "Mijlpalen" in book.sheetnames


def test_the_same_as_of_gives_the_same_workbook(tmp_path: Path) -> None:
    a = export(tmp_path, name="a.xlsx").read_bytes()
    b = export(tmp_path, name="b.xlsx").read_bytes()
    assert a == b


def test_csv_files_hold_the_same_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "tables"
    export(tmp_path, "--format", "csv", name="tables")
    for table in TABLES:
        with (folder / f"{table}.csv").open(encoding="utf-8-sig", newline="") as f:
            found = list(csv.DictReader(f))
        rows = listed(GOOD, table, capsys)
        assert [r["id"] for r in found] == [r["id"] for r in rows]
        if table == "measures":
            netwerk = next(r for r in found if r["id"] == "netwerk")
            expected = next(r for r in rows if r["id"] == "netwerk")
            assert netwerk["due"] == expected["due"]
            assert netwerk["health"] == expected["health"]
            assert netwerk["stale"] == str(expected["stale"]).lower()
    assert (folder / "milestones.csv").exists() and (folder / "problems.csv").exists()


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, good_root: Path) -> None:
    measure = good_root / "measures/lovp/netwerk.yaml"
    text = measure.read_text(encoding="utf-8")
    measure.write_text(
        text.replace("owner: Programme office", "owner: '=HYPERLINK(\"http://x\")'"),
        encoding="utf-8",
    )
    book = openpyxl.load_workbook(export(tmp_path, "--lang", "en", root=good_root))
    ws = book["Measures"]
    owners = [r[header(ws).index("Owner")] for r in ws.iter_rows(min_row=2)]
    cell = next(c for c in owners if c.value and str(c.value).startswith("="))
    assert cell.data_type == "s"


def test_risks_sheet_holds_the_risks_of_list_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "f2.xlsx"
    argv = ["export", "--root", str(FORMAT2), "--as-of", F2_AS_OF, "--lang", "en", "-o", str(out)]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["list", "risks", "--json", "--root", str(FORMAT2), "--as-of", F2_AS_OF]) == 0
    risks = json.loads(capsys.readouterr().out)
    ws = openpyxl.load_workbook(out)["Risks and issues"]
    assert ws.max_row - 1 == len(risks) > 0
    head = header(ws)
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    for risk in risks:
        row = rows[risk["id"]]
        assert row[head.index("Score")].value == risk["score"]
        band = row[head.index("Band")]
        assert band.value == risk["band"]  # high, medium or low: a word
        assert band.fill.fgColor.rgb not in (None, "00000000")
        review = row[head.index("Review by")].value
        assert (review.date().isoformat() if review else None) == risk["review_by"]
