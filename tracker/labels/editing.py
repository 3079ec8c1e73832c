"""Recording progress (update, done, the terminal UI's forms), schema and init."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # recording progress (update, done; the TUI's forms)
    "edit.error": ("error: {message}", "fout: {message}"),
    "edit.unknown_id": (
        "no item has the id '{id}'{suggestion}; 'ggp-tracker list measures' (or pilots, "
        "meetings) shows the ids",
        "geen item heeft het id '{id}'{suggestion}; 'ggp-tracker list measures' (of pilots, "
        "meetings) toont de ids",
    ),
    "edit.item_has_errors": (
        "{id} ({where}) has errors, so nothing is written: {problem}. Fix the file first; "
        "'ggp-tracker validate' lists every problem",
        "{id} ({where}) bevat fouten, dus er wordt niets geschreven: {problem}. Herstel eerst "
        "het bestand; 'ggp-tracker validate' noemt elk probleem",
    ),
    "edit.file_has_errors": (
        "{file} has {count} error(s), so it is not changed: {problem}. Fix the file first; "
        "'ggp-tracker validate' lists every problem",
        "{file} bevat {count} fout(en), dus het wordt niet gewijzigd: {problem}. Herstel eerst "
        "het bestand; 'ggp-tracker validate' noemt elk probleem",
    ),
    "edit.changed_since_loaded": (
        "{file} changed on disk after the programme was read; nothing was written. "
        "Reload and try again",
        "{file} is op schijf gewijzigd nadat het programma werd ingelezen; er is niets "
        "geschreven. Laad opnieuw en probeer het nog eens",
    ),
    "edit.changed_on_disk": (
        "{file} changed on disk while the change was being made; nothing was written. Try again",
        "{file} is op schijf gewijzigd terwijl de wijziging werd gemaakt; er is niets "
        "geschreven. Probeer het opnieuw",
    ),
    "edit.unsafe": (
        "cannot add this to {file} safely ({reason}); nothing was written. "
        "Add it in your editor instead",
        "kan dit niet veilig aan {file} toevoegen ({reason}); er is niets geschreven. "
        "Voeg het in uw editor toe",
    ),
    "edit.layout_not_list": (
        "'{key}' is not written as a list",
        "'{key}' is niet als lijst geschreven",
    ),
    "edit.layout_dash": (
        "the entries are not indented past their '-'",
        "de regels springen niet verder in dan hun '-'",
    ),
    "edit.layout_has_value": ("'{key}' already has a value", "'{key}' heeft al een waarde"),
    "edit.layout_readback": (
        "the result would not read back as intended: {detail}",
        "het resultaat zou niet zo worden gelezen als bedoeld: {detail}",
    ),
    "edit.layout_changed": (
        "the value of '{path}' would change",
        "de waarde van '{path}' zou veranderen",
    ),
    "edit.use_phase": (
        "{id} is a pilot: it has a phase, not a status; use --phase ({allowed})",
        "{id} is een pilot: die heeft een fase, geen status; gebruik --phase ({allowed})",
    ),
    "edit.use_status": (
        "{id} is a measure: it has a status, not a phase; use --status ({allowed})",
        "{id} is een maatregel: die heeft een status, geen fase; gebruik --status ({allowed})",
    ),
    "edit.no_status_fields": (
        "{id} ({kind}) has no {field}: its updates hold a date, a note and who reported it",
        "{id} ({kind}) heeft geen {field}: de updates bevatten een datum, een toelichting en "
        "wie het meldde",
    ),
    "edit.bad_choice": (
        "{field} '{value}' is not allowed; choose one of: {allowed}",
        "{field} '{value}' is niet toegestaan; kies uit: {allowed}",
    ),
    "edit.progress_not_number": (
        "progress '{value}' is not a whole number; give a number from 0 to 100",
        "voortgang '{value}' is geen geheel getal; geef een getal van 0 tot en met 100",
    ),
    "edit.progress_range": (
        "progress {value} is out of range; give a whole number from 0 to 100",
        "voortgang {value} valt buiten het bereik; geef een geheel getal van 0 tot en met 100",
    ),
    "edit.bad_value": ("{field}: {message}", "{field}: {message}"),
    "edit.note_empty": (
        "the note is empty (spaces and invisible characters such as U+200B count as "
        "nothing); say in a few words what happened",
        "de toelichting is leeg (spaties en onzichtbare tekens zoals U+200B tellen niet); "
        "zeg in een paar woorden wat er gebeurde",
    ),
    "edit.control_char": (
        "{field} holds a control character ({code}); remove it",
        "{field} bevat een stuurteken ({code}); haal het weg",
    ),
    "edit.not_utf8_field": (
        "{field} holds bytes that are not UTF-8 text",
        "{field} bevat bytes die geen UTF-8-tekst zijn",
    ),
    "edit.not_utf8": ("the text is not valid UTF-8", "de tekst is geen geldige UTF-8"),
    "edit.bad_date": (
        "'{value}' is not a date; write YYYY-MM-DD, e.g. 2018-10-11",
        "'{value}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2018-10-11",
    ),
    "edit.bad_action_ref": (
        "'{ref}' does not name an action; write MEETING#N, e.g. lovp-2018-10#1 "
        "('ggp-tracker list actions' shows them)",
        "'{ref}' noemt geen actie; schrijf BIJEENKOMST#N, bijvoorbeeld lovp-2018-10#1 "
        "('ggp-tracker list actions' toont ze)",
    ),
    "edit.not_a_meeting": (
        "{id} ({kind}) is not a meeting; only meetings have actions",
        "{id} ({kind}) is geen bijeenkomst; alleen bijeenkomsten hebben acties",
    ),
    "edit.no_such_action": (
        "{id} has {count} action(s); there is no #{n}",
        "{id} heeft {count} actie(s); er is geen #{n}",
    ),
    "edit.action_already_done": (
        "action {ref} ('{title}') is already done, on {date}; nothing was written",
        "actie {ref} ('{title}') is al gereed, op {date}; er is niets geschreven",
    ),
    "edit.no_milestones": (
        "{id} ({kind}) has no milestones",
        "{id} ({kind}) heeft geen mijlpalen",
    ),
    "edit.no_such_milestone": (
        "{id} has no milestone '{milestone}'; its milestones: {known}",
        "{id} heeft geen mijlpaal '{milestone}'; de mijlpalen: {known}",
    ),
    "edit.milestone_ambiguous": (
        "{id} has several milestones titled '{milestone}'; give the number: {known}",
        "{id} heeft meer mijlpalen met de titel '{milestone}'; geef het nummer: {known}",
    ),
    "edit.milestone_already_done": (
        "milestone {n} of {id} ('{title}') is already done, on {date}; nothing was written",
        "mijlpaal {n} van {id} ('{title}') is al gereed, op {date}; er is niets geschreven",
    ),
    "edit.done_needs_ref": (
        "give MEETING#N for an action, or ITEM --milestone N|TITLE for a milestone",
        "geef BIJEENKOMST#N voor een actie, of ITEM --milestone N|TITEL voor een mijlpaal",
    ),
    "edit.update_written": (
        "Update added to {id}: {location}",
        "Update toegevoegd aan {id}: {location}",
    ),
    "edit.action_written": (
        "Action {ref} marked done on {date}: {location}",
        "Actie {ref} gereed gemeld op {date}: {location}",
    ),
    "edit.milestone_written": (
        "Milestone {n} of {id} marked done on {date}: {location}",
        "Mijlpaal {n} van {id} gereed gemeld op {date}: {location}",
    ),
    "edit.dry_run": ("Dry run: nothing was written.", "Proefdraai: er is niets geschreven."),
    "edit.after_as_of": (
        "note: dated {date}, after the as-of date {as_of}; views as of {as_of} do not show it",
        "let op: gedateerd {date}, na de peildatum {as_of}; overzichten per {as_of} tonen het niet",
    ),
    "edit.after_end": (
        "note: dated {date}, after the programme's end {end}; views show the programme as of "
        "its end, without this entry. Give --date (or --as-of) to record it within the period",
        "let op: gedateerd {date}, na het einde van het programma {end}; overzichten tonen het "
        "programma per het einde, zonder deze regel. Geef --date (of --as-of) om het binnen de "
        "periode vast te leggen",
    ),
    "tui.key.update": ("record an update", "update vastleggen"),
    "tui.key.action_done": ("action done", "actie gereed"),
    "tui.update.title": ("Record an update: {id} ({title})", "Update vastleggen: {id} ({title})"),
    "tui.update.unchanged": ("unchanged: {current}", "ongewijzigd: {current}"),
    "tui.update.note": ("What happened", "Wat er gebeurde"),
    "tui.update.by": ("Reported by (optional)", "Gemeld door (optioneel)"),
    "tui.update.save": ("Save (ctrl+s)", "Opslaan (ctrl+s)"),
    "tui.update.cancel": ("Cancel (esc)", "Annuleren (esc)"),
    "tui.update.nothing_selected": (
        "select a measure or pilot first, then press u",
        "kies eerst een maatregel of pilot en druk dan op u",
    ),
    "tui.done.nothing_selected": (
        "select an action first (view 5, or a meeting's detail), then press d",
        "kies eerst een actie (overzicht 5, of de details van een bijeenkomst) en druk dan op d",
    ),
    # schema and init
    "write_failed": (
        "cannot write {file}: {reason}",
        "kan {file} niet schrijven: {reason}",
    ),
    "schema_written": ("schema written to {file}", "schema geschreven naar {file}"),
    "init_not_empty": (
        "{dir} is not empty; init only fills a new or empty folder, so that nothing is "
        "overwritten. Give a folder name that does not exist yet.",
        "{dir} is niet leeg; init vult alleen een nieuwe of lege map, zodat er niets wordt "
        "overschreven. Geef een mapnaam die nog niet bestaat.",
    ),
    "init_not_a_folder": (
        "{dir} exists and is not a folder; give a folder name that does not exist yet.",
        "{dir} bestaat al en is geen map; geef een mapnaam die nog niet bestaat.",
    ),
    "init_unreadable": (
        "{dir} cannot be read; check its permissions or give another folder.",
        "{dir} is niet leesbaar; controleer de rechten of geef een andere map.",
    ),
    "init_taken": (
        "{dir} was filled by another run while this one was building it; nothing of this "
        "run was kept. Give a folder name that does not exist yet.",
        "{dir} is door een andere opdracht gevuld terwijl deze hem opbouwde; van deze "
        "opdracht is niets bewaard. Geef een mapnaam die nog niet bestaat.",
    ),
    "init_done": (
        "Created {dir}: {files} files, {items} items. Next: open it in your editor, run\n"
        "  ggp-tracker validate --root {cmd_dir}\n"
        "after each change, and commit it with git.",
        "{dir} aangemaakt: {files} bestanden, {items} items. Open de map nu in uw editor, "
        "draai na elke wijziging\n  ggp-tracker validate --root {cmd_dir}\nen commit hem met git.",
    ),
}
