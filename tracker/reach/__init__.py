"""The programme where people already work: a calendar, a workbook, CSV files.

Each module turns the State into one kind of output and derives no facts itself:
`events` (the dated things a calendar shows), `calendar` (iCalendar bytes),
`sheets` (the tables of the workbook and the CSV files), `workbook` (the Excel
file), `csvfiles` (one CSV file per table) and `serve` (the terminal UI in a
browser).
"""
