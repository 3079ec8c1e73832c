"""The sheets as one Excel workbook, written with XlsxWriter.

XlsxWriter, not openpyxl: at 10,000 items it wrote the workbook in 0.6 of
openpyxl's time (0.9 of openpyxl's write-only mode, which cannot add Excel tables
with their headers), imports in a third of the time, and stamps every part of the
file with a fixed time, so the same as-of date gives the same bytes
(`bench/export_bench.py`; docs/reach.md).

Every table is an Excel table (filter buttons, banded rows) below a frozen header
row; dates are dates, numbers numbers, progress a percentage; health is a word on
a fill colour; an action's meeting links to the meeting's row.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

import xlsxwriter

from tracker import __version__
from tracker.labels import Lang, label, value_label
from tracker.reach.sheets import FLAGS, HEADERS, HEALTH, PERCENT, WORDS, Sheet
from tracker.steering import BAND_HEALTH
from tracker.textsafe import clean, one_line

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

    from tracker.state import State

# Health fills: light fill, dark text of the same hue (Excel's own "good/neutral/bad").
_HEALTH_STYLE = {
    "green": ("#C6EFCE", "#006100"),
    "amber": ("#FFEB9C", "#9C5700"),
    "red": ("#FFC7CE", "#9C0006"),
}
_MIN_WIDTH, _MAX_WIDTH = 6, 60
_WIDE = {
    "id": 45,
    "item": 45,
    "meeting": 45,
    "title": 50,
    "item_title": 40,
    "message": 60,
    "hint": 50,
    "note": 40,
}
_SHEET_NAME_MAX = 31  # Excel's limit


def header(key: str, lang: Lang) -> str:
    return label(HEADERS.get(key, key), lang)


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.header = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        self.date = book.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
        self.percent = book.add_format({"num_format": "0%"})
        self.number = book.add_format({"num_format": "General"})
        self.left = book.add_format({"align": "left"})
        self.text = book.add_format({})
        self.link = book.add_format({"font_color": "#0563C1", "underline": 1})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.health: dict[str, Format] = {
            h: book.add_format({"bg_color": bg, "font_color": fg})
            for h, (bg, fg) in _HEALTH_STYLE.items()
        }


# A risk's fields whose words come from their own part of the label table.
_RISK_WORDS = {"type": "risk_type", "status": "risk_status", "band": "band"}


def _cell(key: str, value: Any, lang: Lang, table: str = "") -> Any:
    """The value a cell holds: words in the label language, numbers and dates as they are."""
    if table == "risks" and key in _RISK_WORDS and value is not None:
        return value_label(_RISK_WORDS[key], value, lang)
    if value is None:
        return label("health.none", lang) if key in HEALTH else None
    if key in HEALTH or key in WORDS:
        if key == "severity":
            return label(f"reach.severity.{value}", lang)
        return value_label(key, value, lang)
    if key in FLAGS:
        return label("yes" if value else "no", lang)
    if key == "kind":
        return label(value, lang)
    if key in PERCENT:
        return value / 100
    if isinstance(value, list | tuple):
        return ", ".join(one_line(v) for v in value)
    if isinstance(value, str):
        return clean(value)
    return value


Link = Callable[[Any], "str | None"]


def _write_table(
    ws: Worksheet, sheet: Sheet, lang: Lang, fmt: _Formats, links: dict[int, Link]
) -> None:
    widths = [len(header(k, lang)) + 3 for k in sheet.columns]  # room for the filter button
    for r, row in enumerate(sheet.rows, start=1):
        for c, (key, raw) in enumerate(zip(sheet.columns, row, strict=True)):
            value = _cell(key, raw, lang, sheet.name)
            if value is None:
                continue
            if isinstance(value, date):
                ws.write_datetime(r, c, datetime.combine(value, time()), fmt.date)
                width = 10
            elif key in PERCENT:
                ws.write_number(r, c, value, fmt.percent)
                width = 5
            elif isinstance(value, bool):
                ws.write_string(r, c, str(value))
                width = 5
            elif isinstance(value, int | float):
                ws.write_number(r, c, value, fmt.number)
                width = len(f"{value:g}")
            elif c in links and (url := links[c](raw)) is not None:
                ws.write_url(r, c, url, fmt.link, string=value)
                width = len(value)
            elif key in HEALTH:
                ws.write_string(r, c, value, fmt.health.get(raw, fmt.text))
                width = len(value)
            elif key == "band":
                ws.write_string(r, c, value, fmt.health.get(BAND_HEALTH.get(raw, ""), fmt.text))
                width = len(value)
            else:
                ws.write_string(r, c, value)
                width = len(value)
            widths[c] = max(widths[c], width)
    for c, key in enumerate(sheet.columns):
        cap = _WIDE.get(key, 30 if key != "file" else 50)
        ws.set_column(c, c, max(_MIN_WIDTH, min(widths[c] + 1, cap, _MAX_WIDTH)))
    last_col = len(sheet.columns) - 1
    heads = [{"header": header(k, lang), "header_format": fmt.header} for k in sheet.columns]
    if sheet.rows:
        ws.add_table(
            0, 0, len(sheet.rows), last_col,
            {"name": f"tbl_{sheet.name}", "columns": heads, "style": "Table Style Light 1",
             "autofilter": True},
        )  # fmt: skip
    else:  # an Excel table needs a row: a header with a filter instead
        for c, head in enumerate(heads):
            ws.write_string(0, c, head["header"], fmt.header)
        ws.autofilter(0, 0, 0, last_col)
    ws.freeze_panes(1, 0)
    _printable(ws)


def _printable(ws: Worksheet) -> None:
    """Printed: landscape, A4, as wide as one page, the header row on every page."""
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def _links(sheet: Sheet, names: dict[str, str], by_name: dict[str, Sheet]) -> dict[int, Link]:
    """Columns whose cells link to a row of another sheet: an action's meeting."""
    meetings = by_name.get("meetings")
    if sheet.name != "actions" or meetings is None or "meeting" not in sheet.columns:
        return {}
    target = names["meetings"].replace("'", "''")
    rows = meetings.ids

    def link(meeting_id: Any) -> str | None:
        index = rows.get(str(meeting_id).lower())
        return None if index is None else f"internal:'{target}'!A{index + 2}"

    return {sheet.column("meeting"): link}


def _about(ws: Worksheet, state: State, lang: Lang, fmt: _Formats, contents: list[tuple[str, int]],
           commit: str) -> None:  # fmt: skip
    info = state.info
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 70)
    ws.write_string(0, 0, label("reach.about.title", lang, programme=one_line(info.title)),
                    fmt.title)  # fmt: skip
    ws.merge_range(1, 0, 1, 1, label("reach.about.what", lang), fmt.wrap)
    ws.set_row(1, 45)
    as_of = (
        label("reach.about.as_of_clamped", lang, date=state.as_of.isoformat(),
              asked=state.requested_as_of.isoformat())
        if state.clamped else state.as_of.isoformat()
    )  # fmt: skip
    facts = [
        (label("reach.about.as_of", lang), as_of),
        (label("reach.about.commit", lang), commit),
        (label("reach.about.version", lang), f"ggp-tracker {__version__}"),
    ]
    row = 3
    for name, value in facts:
        ws.write_string(row, 0, name, fmt.bold)
        ws.write_string(row, 1, value)
        row += 1
    errors = state.programme.errors
    if errors:
        ws.write_string(row, 0, label("reach.about.problems", lang, errors=errors))
        row += 1
    row += 1
    ws.write_string(row, 0, label("reach.about.sheet", lang), fmt.header)
    ws.write_string(row, 1, label("reach.about.rows", lang), fmt.header)
    for name, count in contents:
        row += 1
        ws.write_url(row, 0, f"internal:'{name.replace(chr(39), chr(39) * 2)}'!A1", fmt.link,
                     string=name)  # fmt: skip
        ws.write_number(row, 1, count, fmt.left)
    _printable(ws)


def _sheet_names(sheets: list[Sheet], lang: Lang) -> dict[str, str]:
    names: dict[str, str] = {}
    for sheet in sheets:
        name = label(sheet.title, lang)[:_SHEET_NAME_MAX]
        for bad in "[]:*?/\\":
            name = name.replace(bad, " ")
        names[sheet.name] = name
    return names


def workbook_bytes(state: State, sheets: list[Sheet], lang: Lang, commit: str) -> bytes:
    """The workbook: an about sheet, then one sheet per table."""
    out = io.BytesIO()
    # Text from the YAML stays text: never read as a number, a formula or a link.
    options = {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
               "strings_to_urls": False}  # fmt: skip
    book = xlsxwriter.Workbook(out, options)
    stamp = datetime.combine(state.as_of, time())
    book.set_properties({
        "title": one_line(state.info.title),
        "subject": label("reach.about.title", lang, programme=one_line(state.info.short or "")),
        "created": stamp,
        "comments": f"ggp-tracker {__version__}",
    })  # fmt: skip
    book.set_custom_property("as_of", state.as_of.isoformat())
    fmt = _Formats(book)
    names = _sheet_names(sheets, lang)
    by_name = {s.name: s for s in sheets}
    about = book.add_worksheet(label("reach.sheet.about", lang)[:_SHEET_NAME_MAX])
    for sheet in sheets:
        ws = book.add_worksheet(names[sheet.name])
        _write_table(ws, sheet, lang, fmt, _links(sheet, names, by_name))
    _about(about, state, lang, fmt, [(names[s.name], len(s.rows)) for s in sheets], commit)
    about.activate()
    book.close()
    return out.getvalue()
