"""The sheets as CSV files in a folder, for scripts: one file per table.

Headers are the field names of `list --json`, values as JSON gives them (dates
ISO, codes such as `red` or `active` rather than words, lists joined with ", "),
UTF-8 with a byte order mark so a spreadsheet opens Dutch text right.
"""

from __future__ import annotations

import csv
import io

from tracker.reach.sheets import Sheet, plain


def csv_bytes(sheet: Sheet) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(sheet.columns)
    for row in sheet.rows:
        writer.writerow(["" if v is None else plain(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def csv_files(sheets: list[Sheet]) -> dict[str, bytes]:
    """`<table>.csv` for every sheet."""
    return {f"{sheet.name}.csv": csv_bytes(sheet) for sheet in sheets}
