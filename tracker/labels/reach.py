"""The words of the calendar, the workbook, the CSV files and `serve`."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # calendar: event titles, readable without the tracker
    "reach.cal.name": ("{programme}: calendar", "{programme}: agenda"),
    "reach.cal.about": (
        "Meetings and due dates of {programme}, from ggp-tracker",
        "Bijeenkomsten en deadlines van {programme}, uit ggp-tracker",
    ),
    "reach.cal.lovp": ("LOVP meeting {programme}", "LOVP-overleg {programme}"),
    "reach.cal.meeting": ("{what}: {title}", "{what}: {title}"),
    "reach.cal.due": ("Due: {what} — {parent}", "Deadline: {what} — {parent}"),
    "reach.cal.measure_due": ("Due: {title}", "Deadline: {title}"),
    "reach.cal.pilot_end": ("Pilot ends: {title}", "Einde pilot: {title}"),
    "reach.cal.scale_up": (
        "Scale-up due: {title} ({scope})",
        "Opschaling gepland: {title} ({scope})",
    ),
    "reach.cal.review": ("Risk review: {title}", "Risicoherziening: {title}"),
    "reach.cal.review.done": ("Risk closed: {title}", "Risico afgesloten: {title}"),
    "reach.cal.due.done": ("Done: {what} — {parent}", "Gereed: {what} — {parent}"),
    "reach.cal.measure_due.done": ("Done: {title}", "Gereed: {title}"),
    "reach.cal.pilot_end.done": ("Pilot ended: {title}", "Pilot afgelopen: {title}"),
    "reach.cal.scale_up.done": ("Scaled up: {title} ({scope})", "Opgeschaald: {title} ({scope})"),
    "reach.cal.open": ("open", "open"),
    "reach.cal.done": ("done", "gereed"),
    "reach.cal.kind.lovp": ("LOVP meeting", "LOVP-overleg"),
    "reach.cal.kind.meeting": ("Meeting", "Bijeenkomst"),
    "reach.cal.kind.milestone": ("Milestone", "Mijlpaal"),
    "reach.cal.kind.action": ("Action", "Actie"),
    "reach.cal.kind.due": ("Measure due", "Deadline maatregel"),
    "reach.cal.kind.pilot-end": ("Pilot end", "Einde pilot"),
    "reach.cal.kind.scale-up": ("Scale-up", "Opschaling"),
    "reach.cal.kind.review": ("Risk review", "Risicoherziening"),
    "reach.cal.written": (
        "calendar of {count} events written to {file}",
        "agenda met {count} afspraken geschreven naar {file}",
    ),
    "reach.load_errors": (
        "note: the programme files have {errors} errors; items with errors are left out "
        "(run 'ggp-tracker validate').",
        "let op: de programmabestanden bevatten {errors} fouten; items met fouten ontbreken "
        "(zie 'ggp-tracker validate').",
    ),
    "reach.symlink": (
        "{file} is a symbolic link; exports are not written through links. "
        "Give another file name with -o.",
        "{file} is een symbolische koppeling; exports worden niet via koppelingen geschreven. "
        "Geef met -o een andere bestandsnaam.",
    ),
    "reach.not_a_file": (
        "{file} exists and is not a regular file; give another file name with -o.",
        "{file} bestaat al en is geen gewoon bestand; geef met -o een andere bestandsnaam.",
    ),
    "reach.no_folder": (
        "the folder {dir} does not exist; create it first or give another name with -o.",
        "de map {dir} bestaat niet; maak hem eerst aan of geef met -o een andere naam.",
    ),
    "reach.location": ("Location", "Locatie"),
    "reach.source": ("Source", "Bron"),
    # workbook
    "reach.sheet.about": ("About", "Over"),
    "reach.sheet.milestones": ("Milestones", "Mijlpalen"),
    "reach.sheet.values": ("Indicator values", "Indicatorwaarden"),
    "reach.sheet.problems": ("Problems", "Problemen"),
    "reach.about.title": ("{programme}: every table", "{programme}: alle tabellen"),
    "reach.about.what": (
        "Every table of the programme as ggp-tracker derives it from the programme "
        "files. The files are the source: change them, not this workbook.",
        "Alle tabellen van het programma zoals ggp-tracker ze afleidt uit de "
        "programmabestanden. De bestanden zijn de bron: wijzig die, niet deze werkmap.",
    ),
    "reach.about.as_of": ("As of", "Peildatum"),
    "reach.about.as_of_clamped": (
        "{date} (the programme's end; asked: {asked})",
        "{date} (einde van het programma; gevraagd: {asked})",
    ),
    "reach.about.commit": ("Source commit", "Bron-commit"),
    "reach.about.no_git": ("not in git", "niet in git"),
    "reach.about.dirty": (
        "{commit} with changes not committed",
        "{commit} met niet-vastgelegde wijzigingen",
    ),
    "reach.about.folder": ("Programme folder", "Programmamap"),
    "reach.about.sheet": ("Sheet", "Blad"),
    "reach.about.rows": ("Rows", "Rijen"),
    "reach.about.version": ("Made by", "Gemaakt met"),
    "reach.about.problems": (
        "The programme files have {errors} errors: items with errors are left out.",
        "De programmabestanden bevatten {errors} fouten: items met fouten ontbreken.",
    ),
    "reach.col.line": ("Line", "Regel"),
    "reach.col.column": ("Column", "Kolom"),
    "reach.col.severity": ("Severity", "Ernst"),
    "reach.col.code": ("Code", "Code"),
    "reach.col.message": ("Message", "Melding"),
    "reach.col.hint": ("How to fix", "Zo los je het op"),
    "reach.col.item": ("Item", "Item"),
    "reach.col.item_title": ("Item title", "Titel item"),
    "reach.col.number": ("No.", "Nr."),
    "reach.col.note": ("Note", "Toelichting"),
    "reach.col.format": ("Format", "Opmaak"),
    "reach.col.attention": ("Needs attention", "Vraagt aandacht"),
    "reach.col.mitigation": ("Mitigation", "Beheersmaatregel"),
    "reach.severity.error": ("error", "fout"),
    "reach.severity.warning": ("warning", "waarschuwing"),
    "reach.export.written": ("workbook written to {file}", "werkmap geschreven naar {file}"),
    "reach.export.csv_written": (
        "{count} CSV files written to {dir}",
        "{count} CSV-bestanden geschreven naar {dir}",
    ),
    "reach.export.not_a_folder": (
        "{dir} exists and is not a folder; give another -o",
        "{dir} bestaat al en is geen map; kies een andere -o",
    ),
    # serve
    "reach.serve.open": (
        "Open {url} in a browser; every tab is its own session on {root}. Ctrl+C stops.",
        "Open {url} in een browser; elk tabblad is een eigen sessie op {root}. Ctrl+C stopt.",
    ),
    "reach.serve.exposed": (
        "Warning: serving on {host}: anyone who can reach port {port} can {what}; "
        "there is no login.",
        "Let op: bediend op {host}: iedereen die poort {port} kan bereiken kan {what}; "
        "er is geen inlog.",
    ),
    "reach.serve.edit_programme": (
        "read and edit the programme",
        "het programma lezen en wijzigen",
    ),
    "reach.serve.read_programme": ("read the programme", "het programma lezen"),
    "reach.serve.failed": (
        "cannot serve on {host}:{port}: {reason}",
        "kan niet bedienen op {host}:{port}: {reason}",
    ),
    # terminal UI: read-only and the export screen
    "tui.read_only": (
        "read-only: {what} is turned off",
        "alleen lezen: {what} staat uit",
    ),
    "tui.read_only.badge": ("read-only", "alleen lezen"),
    "tui.key.export": (
        "export: summary, calendar or workbook",
        "exporteren: rapportage, agenda of werkmap",
    ),
    "tui.export.title": ("Export", "Exporteren"),
    "tui.export.help": (
        "Choose what to write; it goes to {dir}.",
        "Kies wat je wilt wegschrijven; het komt in {dir}.",
    ),
    "tui.export.help_web": (
        "Choose what to download.",
        "Kies wat je wilt downloaden.",
    ),
    "tui.export.summary_md": ("Summary as Markdown", "Rapportage als Markdown"),
    "tui.export.summary_html": (
        "Summary as HTML (printable)",
        "Rapportage als HTML (af te drukken)",
    ),
    "tui.export.summary_docx": ("Summary as Word", "Rapportage als Word"),
    "tui.export.calendar": (
        "Calendar (.ics) of meetings and due dates",
        "Agenda (.ics) met bijeenkomsten en deadlines",
    ),
    "tui.export.workbook": ("Excel workbook of every table", "Excel-werkmap met alle tabellen"),
    "tui.export.written": ("written to {file}", "geschreven naar {file}"),
    "tui.export.delivered": ("{file} is being downloaded", "{file} wordt gedownload"),
    "tui.export.not_loaded": ("the programme is still loading", "het programma wordt nog geladen"),
    "tui.cmd.export": ("Export: {what}", "Exporteren: {what}"),
}
