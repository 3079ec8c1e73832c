"""The workbook at scale: XlsxWriter (what `export` uses) against openpyxl, same cells.

    python bench/export_bench.py [N] [--runs R]

Generates a programme of N items (default 10,000), builds its sheets once, then
writes the same workbook (every sheet, typed cells, an Excel table, a frozen
header) with XlsxWriter, openpyxl and openpyxl's write-only mode. Prints each
library's CPU seconds (the least of R runs, so other load on the machine counts
least) and its ratio to XlsxWriter, and the file sizes.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate
from tracker.context import Context
from tracker.reach.sheets import Sheet, sheets
from tracker.reach.workbook import _cell as cell
from tracker.reach.workbook import header, workbook_bytes
from tracker.state import State


def with_openpyxl(state: State, tables: list[Sheet], write_only: bool) -> bytes:
    import openpyxl
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn

    book = openpyxl.Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    book.create_sheet("About")
    fill = PatternFill("solid", fgColor="FFC7CE")
    for sheet in tables:
        ws = book.create_sheet(sheet.name)
        ws.freeze_panes = "A2"
        ws.append([header(k, "en") for k in sheet.columns])
        for row in sheet.rows:
            values = []
            for key, raw in zip(sheet.columns, row, strict=True):
                value = cell(key, raw, "en")
                if isinstance(value, date):
                    value = datetime.combine(value, clock())
                values.append(value)
            if write_only:
                ws.append(values)
                continue
            ws.append(values)
            r = ws.max_row
            for c, (key, value) in enumerate(zip(sheet.columns, values, strict=True), start=1):
                if isinstance(value, datetime):
                    ws.cell(r, c).number_format = "yyyy-mm-dd"
                elif key == "progress" and value is not None:
                    ws.cell(r, c).number_format = "0%"
                elif key == "health" and row[c - 1] == "red":
                    ws.cell(r, c).fill = fill
        if sheet.rows:
            ref = f"A1:{get_column_letter(len(sheet.columns))}{len(sheet.rows) + 1}"
            table = Table(displayName=f"tbl_{sheet.name}", ref=ref)
            if write_only:  # write-only mode cannot read the headers back
                table._initialise_columns()
                for column, key in zip(table.tableColumns, sheet.columns, strict=True):
                    column.name = header(key, "en")
                _ = TableColumn
            ws.add_table(table)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def cpu(make: Callable[[], bytes], runs: int) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(runs):
        start = time.process_time()
        size = len(make())
        best = min(best, time.process_time() - start)
    return best, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "programme"
        generate(root, args.n)
        state = Context(root, date(2019, 6, 1)).state
        tables = sheets(state)
        rows = sum(len(s.rows) for s in tables)
        print(f"{args.n} items: {rows} rows in {len(tables)} sheets")
        results = {
            "XlsxWriter": cpu(lambda: workbook_bytes(state, tables, "en", "bench"), args.runs),
            "openpyxl": cpu(lambda: with_openpyxl(state, tables, False), args.runs),
            "openpyxl write-only": cpu(lambda: with_openpyxl(state, tables, True), args.runs),
        }
    base = results["XlsxWriter"][0]
    for name, (seconds, size) in results.items():
        print(f"{name:22} {seconds:6.2f} s CPU  x{seconds / base:4.2f}  {size / 1024:8.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
