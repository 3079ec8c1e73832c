"""Every user-visible word, in English and Dutch: one table, no strings elsewhere."""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

# Health is never shown by colour alone: a symbol and a word go with it.
HEALTH_SYMBOL = {"green": "●", "amber": "▲", "red": "■", "none": "○"}
HEALTH_COLOUR = {"green": "green", "amber": "dark_orange", "red": "red", "none": "grey50"}

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # kinds
    "measure": ("Measure", "Maatregel"),
    "measures": ("Measures", "Maatregelen"),
    "pilot": ("Pilot", "Pilot"),
    "pilots": ("Pilots", "Pilots"),
    "meeting": ("Meeting", "Bijeenkomst"),
    "meetings": ("Meetings", "Bijeenkomsten"),
    "action": ("Action", "Actie"),
    "actions": ("Actions", "Acties"),
    "indicator": ("Indicator", "Indicator"),
    "indicators": ("Indicators", "Indicatoren"),
    "opgave": ("Opgave", "Opgave"),
    "opgaven": ("Opgaven", "Opgaven"),
    "programme-wide": ("Programme-wide", "Programmabreed"),
    # measure status
    "status.planned": ("planned", "gepland"),
    "status.active": ("active", "actief"),
    "status.done": ("done", "gereed"),
    "status.paused": ("paused", "gepauzeerd"),
    "status.stopped": ("stopped", "gestopt"),
    # pilot phase
    "phase.idea": ("idea", "idee"),
    "phase.preparing": ("preparing", "voorbereiding"),
    "phase.running": ("running", "loopt"),
    "phase.evaluating": ("evaluating", "evaluatie"),
    "phase.scaling": ("scaling up", "opschaling"),
    "phase.embedded": ("embedded", "geborgd"),
    "phase.stopped": ("stopped", "gestopt"),
    # health
    "health.green": ("green", "groen"),
    "health.amber": ("amber", "oranje"),
    "health.red": ("red", "rood"),
    "health.none": ("not set", "onbekend"),
    # meeting types
    "type.network": ("network meeting", "netwerkbijeenkomst"),
    "type.lovp": ("LOVP meeting", "LOVP-overleg"),
    "type.triangle": ("triangle consultation", "driehoeksoverleg"),
    "type.other": ("other", "overig"),
    # attention reasons
    "reason.red": ("red", "rood"),
    "reason.overdue": ("overdue", "te laat"),
    "reason.stale": ("stale", "geen recente update"),
    "reason.decision": ("decision needed", "besluit nodig"),
    "reason.below-target": ("below target", "onder doel"),
    # trends
    "trend.up": ("up", "stijgend"),
    "trend.down": ("down", "dalend"),
    "trend.flat": ("flat", "gelijk"),
    # columns and fields
    "id": ("Id", "Id"),
    "kind": ("Kind", "Soort"),
    "title": ("Title", "Titel"),
    "status": ("Status", "Status"),
    "phase": ("Phase", "Fase"),
    "health": ("Health", "Gezondheid"),
    "progress": ("Progress", "Voortgang"),
    "owner": ("Owner", "Eigenaar"),
    "unit": ("Unit", "Eenheid"),
    "basisteam": ("Basisteam", "Basisteam"),
    "due": ("Due", "Deadline"),
    "done": ("Done", "Gereed"),
    "start": ("Start", "Start"),
    "end": ("End", "Einde"),
    "date": ("Date", "Datum"),
    "type": ("Type", "Type"),
    "stale": ("Stale", "Verouderd"),
    "overdue": ("Overdue", "Te laat"),
    "last_update": ("Last update", "Laatste update"),
    "latest": ("Latest", "Laatste"),
    "value": ("Value", "Waarde"),
    "target": ("Target", "Doel"),
    "better": ("Better", "Beter"),
    "meets_target": ("Meets target", "Haalt doel"),
    "trend": ("Trend", "Trend"),
    "decisions": ("Decisions", "Besluiten"),
    "items": ("Items", "Items"),
    "mean_progress": ("Mean progress", "Gem. voortgang"),
    "file": ("File", "Bestand"),
    "yes": ("yes", "ja"),
    "no": ("no", "nee"),
    # messages
    "as_of": ("as of", "peildatum"),
    "as_of_clamped": (
        "as of {date}, the programme's end (asked for {asked})",
        "per {date}, het einde van het programma (gevraagd: {asked})",
    ),
    "next_lovp": ("Next LOVP meeting", "Volgend LOVP-overleg"),
    "reporting_period": ("Reporting period", "Rapportageperiode"),
    "legend": (
        "! overdue  ~ stale  ● green  ▲ amber  ■ red  ○ health not set",
        "! te laat  ~ geen recente update  ● groen  ▲ oranje  ■ rood  ○ geen gezondheid",
    ),
    "no_rows": ("Nothing matches.", "Niets gevonden."),
    "problems_count": (
        "{errors} errors, {warnings} warnings; {items} items loaded",
        "{errors} fouten, {warnings} waarschuwingen; {items} items geladen",
    ),
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
        "the note is empty; say in a few words what happened",
        "de toelichting is leeg; zeg in een paar woorden wat er gebeurde",
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
    "init_done": (
        "Created {dir}: {files} files, {items} items. Next: put the folder under git "
        "(git init), open it in your editor, and run 'ggp-tracker validate --root {dir}' "
        "after each change.",
        "{dir} aangemaakt: {files} bestanden, {items} items. Zet de map nu onder git "
        "(git init), open hem in uw editor en draai na elke wijziging "
        "'ggp-tracker validate --root {dir}'.",
    ),
    # summary (LOVP status summary)
    "summary.title": ("LOVP status summary", "LOVP-voortgangsrapportage"),
    "summary.programme": ("Programme", "Programma"),
    "summary.meeting": ("LOVP meeting", "LOVP-overleg"),
    "summary.as_of": ("As of", "Peildatum"),
    "summary.period_range": ("{start} to {end}", "{start} t/m {end}"),
    "summary.period_until": ("up to and including {end}", "tot en met {end}"),
    "summary.files": ("Programme files", "Programmabestanden"),
    "summary.commit": ("git commit {commit}", "git-commit {commit}"),
    "summary.commit_dirty": (
        "git commit {commit}, with uncommitted changes",
        "git-commit {commit}, met niet-vastgelegde wijzigingen",
    ),
    "summary.months": (
        "January February March April May June July August September October November December",
        "januari februari maart april mei juni juli augustus september oktober november december",
    ),
    "summary.none": ("None.", "Geen."),
    "summary.s.overview": ("Overview", "Overzicht"),
    "summary.s.attention": ("Needs attention", "Aandachtspunten"),
    "summary.s.decisions": ("Decisions requested", "Gevraagde besluiten"),
    "summary.s.changes": ("Changes in the reporting period", "Wijzigingen in de rapportageperiode"),
    "summary.s.updates": ("Updates", "Updates"),
    "summary.s.status_changes": ("Status and phase changes", "Wijzigingen van status en fase"),
    "summary.s.opgaven": ("Status per opgave", "Stand per opgave"),
    "summary.s.meetings": ("Meetings held in the period", "Bijeenkomsten in de periode"),
    "summary.s.indicators": ("Indicators", "Indicatoren"),
    "summary.s.upcoming": (
        "Coming up before the next meeting",
        "Vooruitblik tot het volgende overleg",
    ),
    "summary.s.quality": ("Data quality", "Datakwaliteit"),
    "summary.headline": (
        "Measures: {measures} · pilots: {pilots} · red: {red} · overdue: {overdue} · "
        "without a recent update: {stale} · decisions requested: {decisions} · "
        "indicators below target: {below}",
        "Maatregelen: {measures} · pilots: {pilots} · rood: {red} · te laat: {overdue} · "
        "zonder recente update: {stale} · gevraagde besluiten: {decisions} · "
        "indicatoren onder doel: {below}",
    ),
    "summary.item": ("Item", "Item"),
    "summary.several_opgaven": ("Several opgaven", "Meerdere opgaven"),
    "summary.opgaven_intro": (
        "Each measure and pilot is listed once: under its opgave, or under "
        "'Several opgaven' with the opgaven it serves.",
        "Elke maatregel en pilot staat één keer vermeld: bij zijn opgave, of onder "
        "'Meerdere opgaven' met de opgaven die hij dient.",
    ),
    "summary.legend": (
        "{stale} no recent update · {overdue} overdue",
        "{stale} geen recente update · {overdue} te laat",
    ),
    "summary.reason": ("Reason", "Reden"),
    "summary.detail": ("Detail", "Toelichting"),
    "summary.note": ("Note", "Toelichting"),
    "summary.changes": ("Changes", "Wijzigingen"),
    "summary.question": ("Decision requested", "Gevraagd besluit"),
    "summary.from": ("From", "Van"),
    "summary.to": ("To", "Naar"),
    "summary.next_milestone": ("Next milestone", "Volgende mijlpaal"),
    "summary.location": ("Location", "Locatie"),
    "summary.state": ("State", "Stand"),
    "summary.open": ("open", "open"),
    "summary.done_on": ("done {date}", "gereed {date}"),
    "summary.since": ("since {date}", "sinds {date}"),
    "summary.due_on": ("due {date}", "deadline {date}"),
    "summary.last_update_on": ("last update {date}", "laatste update {date}"),
    "summary.no_update": ("no update yet", "nog geen update"),
    "summary.measured": (
        "{value} on {date}; target {target}",
        "{value} op {date}; doel {target}",
    ),
    "summary.part.milestone": ("Milestone", "Mijlpaal"),
    "summary.part.action": ("Action", "Actie"),
    "summary.part.due": ("Measure due", "Deadline maatregel"),
    "summary.part.scale-up": ("Scale-up", "Opschaling"),
    "summary.part.meeting": ("Meeting", "Bijeenkomst"),
    "summary.part.lovp": ("LOVP meeting", "LOVP-overleg"),
    "summary.what": ("What", "Wat"),
    "summary.chart": ("Course", "Verloop"),
    "summary.changes_updates": (
        "Updates dated in the reporting period.",
        "Updates met een datum in de rapportageperiode.",
    ),
    "summary.changes_since": ("Compared with {since}.", "Vergeleken met {since}."),
    "summary.upcoming_meeting": (
        "After {start} up to and including {end}, the next LOVP meeting.",
        "Na {start} tot en met {end}, het volgende LOVP-overleg.",
    ),
    "summary.upcoming_horizon": (
        "After {start} up to and including {end}; no later LOVP meeting is planned.",
        "Na {start} tot en met {end}; er is geen later LOVP-overleg gepland.",
    ),
    "summary.quality_line": (
        "Errors: {errors} · warnings: {warnings} · items loaded: {items}. "
        "'ggp-tracker validate' names the file and line of each problem.",
        "Fouten: {errors} · waarschuwingen: {warnings} · geladen items: {items}. "
        "'ggp-tracker validate' noemt bij elk probleem het bestand en de regel.",
    ),
    "summary.code": ("Code", "Code"),
    "summary.severity": ("Severity", "Ernst"),
    "summary.count": ("Count", "Aantal"),
    "severity.error": ("error", "fout"),
    "severity.warning": ("warning", "waarschuwing"),
    "summary.chart_alt": (
        "{title}: {values}; target {target}",
        "{title}: {values}; doel {target}",
    ),
    "summary.written": ("summary written to {file}", "rapportage geschreven naar {file}"),
    "summary.symlink": (
        "{file} is a symbolic link; the summary is not written through links. "
        "Give another file name with -o.",
        "{file} is een symbolische koppeling; de rapportage wordt niet via koppelingen "
        "geschreven. Geef met -o een andere bestandsnaam.",
    ),
    "summary.not_a_file": (
        "{file} exists and is not a regular file; give another file name with -o.",
        "{file} bestaat al en is geen gewoon bestand; geef met -o een andere bestandsnaam.",
    ),
    "summary.no_folder": (
        "the folder {dir} does not exist; create it first or give another file name with -o.",
        "de map {dir} bestaat niet; maak hem eerst aan of geef met -o een andere bestandsnaam.",
    ),
    "summary.load_errors": (
        "note: the programme files have errors ({errors}); items with errors are left out "
        "(see the data quality section, or run 'ggp-tracker validate').",
        "let op: de programmabestanden bevatten fouten ({errors}); items met fouten zijn "
        "weggelaten (zie het onderdeel datakwaliteit, of draai 'ggp-tracker validate').",
    ),
    # reported history (snapshot, history, diff)
    "history.title": ("Reported history", "Rapportagegeschiedenis"),
    "history.label": ("Label", "Label"),
    "history.taken": ("Taken (UTC)", "Vastgelegd (UTC)"),
    "history.as_of": ("As of", "Peildatum"),
    "history.commit": ("Commit", "Commit"),
    "history.uncommitted": ("uncommitted changes", "niet-vastgelegde wijzigingen"),
    "history.no_git": ("not in git", "niet in git"),
    "history.empty": (
        "No snapshots yet in {path}. Take one with 'ggp-tracker snapshot' when the "
        "summary goes out.",
        "Nog geen snapshots in {path}. Leg er een vast met 'ggp-tracker snapshot' als de "
        "rapportage verstuurd wordt.",
    ),
    "history.saved": (
        "Snapshot '{label}' saved in {path}: {items} items as of {as_of}; {git}.",
        "Snapshot '{label}' opgeslagen in {path}: {items} items per {as_of}; {git}.",
    ),
    "history.replaced": (
        "Snapshot '{label}' replaced in {path}: {items} items as of {as_of}; {git}.",
        "Snapshot '{label}' vervangen in {path}: {items} items per {as_of}; {git}.",
    ),
    "history.git_commit": ("git commit {commit}", "git-commit {commit}"),
    "history.git_dirty": (
        "git commit {commit} with uncommitted changes in the programme files",
        "git-commit {commit} met niet-vastgelegde wijzigingen in de programmabestanden",
    ),
    "history.commit_hint": (
        "Commit {path} with the programme files to keep what was reported.",
        "Leg {path} samen met de programmabestanden vast in git om te bewaren wat er "
        "gerapporteerd is.",
    ),
    "history.load_errors": (
        "note: {errors} errors in the programme files; items with errors are not in the "
        "snapshot (run 'ggp-tracker validate').",
        "let op: {errors} fouten in de programmabestanden; items met fouten staan niet in de "
        "snapshot (draai 'ggp-tracker validate').",
    ),
    "history.no_agenda": (
        "cannot take a snapshot: {path} holds no agenda.yaml that loads. Pass --root with "
        "the programme folder, or run 'ggp-tracker validate' to see what is wrong.",
        "kan geen snapshot vastleggen: {path} bevat geen bruikbare agenda.yaml. Geef met "
        "--root de programmamap, of draai 'ggp-tracker validate' om te zien wat er mis is.",
    ),
    "history.bad_label": (
        "'{label}' cannot be a label: {reason}.",
        "'{label}' kan geen label zijn: {reason}.",
    ),
    "history.label_reserved": (
        "'now' and labels starting with 'git:' name other things in 'ggp-tracker diff'",
        "'now' en labels die met 'git:' beginnen betekenen iets anders in 'ggp-tracker diff'",
    ),
    "history.label_form": (
        "use one line of at most 80 printable characters",
        "gebruik één regel van hoogstens 80 leesbare tekens",
    ),
    "history.label_used": (
        "a snapshot labelled '{label}' exists already. Choose another label with --label, "
        "or add --replace to replace it.",
        "er is al een snapshot met label '{label}'. Kies een ander label met --label, of "
        "voeg --replace toe om hem te vervangen.",
    ),
    "history.unknown_label": (
        "no snapshot is labelled '{label}'; the latest are: {known}. "
        "'ggp-tracker history' lists them all; 'git:REV' and 'now' compare with git or now.",
        "geen snapshot heeft label '{label}'; de laatste zijn: {known}. "
        "'ggp-tracker history' toont ze allemaal; 'git:REV' en 'now' vergelijken met git of nu.",
    ),
    "history.unknown_label_empty": (
        "no snapshot is labelled '{label}': there are no snapshots yet. Take one with "
        "'ggp-tracker snapshot', or compare with a git revision as 'git:REV'.",
        "geen snapshot heeft label '{label}': er zijn nog geen snapshots. Leg er een vast met "
        "'ggp-tracker snapshot', of vergelijk met een git-revisie als 'git:REV'.",
    ),
    "history.corrupt": (
        "{path} is damaged: not valid JSON at line {line}, column {column} ({reason}). "
        "It was left as it is. Repair it (if it is committed, 'git diff' shows what changed) "
        "or move it aside with 'ggp-tracker history --reset'.",
        "{path} is beschadigd: geen geldige JSON op regel {line}, kolom {column} ({reason}). "
        "Het bestand is niet aangeraakt. Herstel het (staat het in git, dan toont 'git diff' "
        "wat er veranderde) of zet het opzij met 'ggp-tracker history --reset'.",
    ),
    "history.bad_shape": (
        "{path} is not a history file as ggp-tracker writes it: {reason}. It was left as it "
        "is. Repair it, or move it aside with 'ggp-tracker history --reset'.",
        "{path} is geen geschiedenisbestand zoals ggp-tracker het schrijft: {reason}. Het "
        "bestand is niet aangeraakt. Herstel het, of zet het opzij met "
        "'ggp-tracker history --reset'.",
    ),
    "history.symlink": (
        "{path} is a symbolic link; the history is kept only inside the programme folder. "
        "Replace the link with a real folder or file.",
        "{path} is een symbolische koppeling; de geschiedenis staat alleen binnen de "
        "programmamap. Vervang de koppeling door een echte map of een echt bestand.",
    ),
    "history.not_a_folder": (
        "{path} exists and is not a folder; move it aside so the history can be kept there.",
        "{path} bestaat al en is geen map; zet het opzij zodat de geschiedenis daar kan staan.",
    ),
    "history.not_a_file": (
        "{path} is not a regular file; move it aside so the history can be kept there.",
        "{path} is geen gewoon bestand; zet het opzij zodat de geschiedenis daar kan staan.",
    ),
    "history.unreadable": (
        "{path} cannot be used: {reason}. Check its permissions.",
        "{path} is niet te gebruiken: {reason}. Controleer de rechten.",
    ),
    "history.locked": (
        "the history is locked by another ggp-tracker ({path}); try again when it has finished.",
        "de geschiedenis is vergrendeld door een andere ggp-tracker ({path}); probeer het "
        "opnieuw als die klaar is.",
    ),
    "history.bad_rev": (
        "'{rev}' is not a git revision; write git:HEAD, git:HEAD~1, a branch, a tag or a "
        "commit id.",
        "'{rev}' is geen git-revisie; schrijf git:HEAD, git:HEAD~1, een branch, een tag of "
        "een commit-id.",
    ),
    "history.no_git_program": (
        "git is not installed, so git revisions cannot be read.",
        "git is niet geïnstalleerd, dus git-revisies kunnen niet gelezen worden.",
    ),
    "history.no_repository": (
        "{path} is not in a git repository, so 'git:' revisions cannot be compared; "
        "use snapshot labels instead.",
        "{path} staat niet in een git-repository, dus 'git:'-revisies kunnen niet vergeleken "
        "worden; gebruik snapshotlabels.",
    ),
    "history.unknown_rev": (
        "git knows no revision '{rev}'; 'git log --oneline' lists the commits.",
        "git kent geen revisie '{rev}'; 'git log --oneline' toont de commits.",
    ),
    "history.git_failed": (
        "git could not read revision {rev}: {reason}",
        "git kon revisie {rev} niet lezen: {reason}",
    ),
    "history.rev_no_programme": (
        "revision {rev} (commit {commit}) holds no agenda.yaml or measures/ in this folder.",
        "revisie {rev} (commit {commit}) bevat in deze map geen agenda.yaml of measures/.",
    ),
    "history.reset_done": (
        "The history was moved to {backup}; a new one starts with the next snapshot.",
        "De geschiedenis is verplaatst naar {backup}; de volgende snapshot begint een nieuwe.",
    ),
    "history.reset_none": (
        "There is no history at {path}; nothing to reset.",
        "Er is geen geschiedenis in {path}; er valt niets te wissen.",
    ),
    "history.from_to": ("Compared: {a} → {b}", "Vergeleken: {a} → {b}"),
    "history.side_taken": ("taken {taken}", "vastgelegd {taken}"),
    "history.side_as_of": ("as of {date}", "peildatum {date}"),
    "history.side_commit": ("commit {commit}", "commit {commit}"),
    "history.same_files": (
        "Both were read from the same programme files.",
        "Beide zijn uit dezelfde programmabestanden gelezen.",
    ),
    "history.counts": (
        "{added} added, {removed} removed, {changed} changed, {indicators} indicators moved.",
        "{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd, {indicators} "
        "indicatoren verschoven.",
    ),
    "history.no_changes": ("No differences.", "Geen verschillen."),
    "history.added": ("added", "toegevoegd"),
    "history.removed": ("removed", "verwijderd"),
    "history.now_overdue": ("now overdue", "nu te laat"),
    "history.no_longer_overdue": ("no longer overdue", "niet meer te laat"),
    "history.now_stale": ("now without a recent update", "nu zonder recente update"),
    "history.no_longer_stale": ("updated again", "weer bijgewerkt"),
    "history.newly_overdue": ("Newly overdue", "Nieuw te laat"),
    "history.newly_stale": ("Newly without a recent update", "Nieuw zonder recente update"),
    "history.rollup": ("Roll-up", "Totaal"),
    "history.overdue_actions": ("Overdue actions", "Acties te laat"),
    "history.measured": ("{value} on {date}", "{value} op {date}"),
    "history.no_value": ("no value", "geen waarde"),
    "history.none": ("—", "—"),
    "history.now": ("now", "nu"),
    "history.since_snapshot": (
        "the snapshot '{label}' as of {as_of}",
        "de snapshot '{label}' met peildatum {as_of}",
    ),
    "history.since_rev": (
        "the programme files at git revision {rev} (commit {commit})",
        "de programmabestanden bij git-revisie {rev} (commit {commit})",
    ),
    "tui.view.history": ("History", "Geschiedenis"),
    "tui.view.history.short": ("Hist.", "Gesch."),
    "tui.history.pick": (
        "The snapshot under the cursor compared with now; take one with 'ggp-tracker snapshot'.",
        "De snapshot onder de cursor vergeleken met nu; leg er een vast met "
        "'ggp-tracker snapshot'.",
    ),
    "tui.history.key.compare": ("read the changes", "wijzigingen lezen"),
    "tui.history.heading": ("Reported in snapshots", "Gerapporteerd in snapshots"),
    # terminal UI (tracker/tui)
    "tui.view.dashboard": ("Dashboard", "Overzicht"),
    "tui.view.dashboard.short": ("Dash", "Overz."),
    "tui.view.measures.short": ("Meas.", "Maatr."),
    "tui.view.pilots.short": ("Pilots", "Pilots"),
    "tui.view.meetings.short": ("Meet.", "Bijeenk."),
    "tui.view.actions.short": ("Actions", "Acties"),
    "tui.view.indicators.short": ("Indic.", "Indic."),
    "tui.view.problems": ("Problems", "Problemen"),
    "tui.view.problems.short": ("Probl.", "Probl."),
    "tui.loading": ("loading the programme…", "programma wordt geladen…"),
    "tui.load_failed": (
        "Could not load the programme: {reason}",
        "Programma laden mislukt: {reason}",
    ),
    "tui.as_of_clamped_short": (
        "as of {date} (programme end)",
        "peildatum {date} (einde programma)",
    ),
    "tui.problem_summary": (
        "{errors} errors, {warnings} warnings (7)",
        "{errors} fouten, {warnings} waarschuwingen (7)",
    ),
    "tui.no_problems": ("no problems", "geen problemen"),
    "tui.opened_with_problems": (
        "The programme has {count} problems; {items} items loaded. Press 7 to see them.",
        "Het programma heeft {count} problemen; {items} items geladen. Druk op 7 om ze te zien.",
    ),
    "tui.new_problems": (
        "{count} new problems (press 7): {first}",
        "{count} nieuwe problemen (druk op 7): {first}",
    ),
    "tui.problems_gone": ("No problems left.", "Geen problemen meer."),
    "tui.attention": ("Needs attention ({count})", "Vraagt aandacht ({count})"),
    "tui.nothing_needs_attention": ("Nothing needs attention.", "Niets vraagt aandacht."),
    "tui.no_lovp": (
        "No LOVP meetings in agenda.yaml.",
        "Geen LOVP-overleggen in agenda.yaml.",
    ),
    "tui.no_next_lovp": (
        "No LOVP meeting after {date}.",
        "Geen LOVP-overleg meer na {date}.",
    ),
    "tui.in_days": ("in {days} days", "over {days} dagen"),
    "tui.today": ("today", "vandaag"),
    "tui.no_items": ("no items", "geen items"),
    "tui.decisions_short": ("Decisions", "Besluiten"),
    "tui.item": ("Item", "Item"),
    "tui.reason": ("Reason", "Reden"),
    "tui.since": ("Since", "Sinds"),
    "tui.action": ("action", "actie"),
    "tui.milestone": ("milestone", "mijlpaal"),
    "tui.values": ("Values", "Waarden"),
    "tui.on_target": ("on target", "op doel"),
    "tui.better.higher": ("higher is better", "hoger is beter"),
    "tui.better.lower": ("lower is better", "lager is beter"),
    "tui.error": ("error", "fout"),
    "tui.warning": ("warning", "waarschuwing"),
    "tui.severity": ("Severity", "Ernst"),
    "tui.location": ("Location", "Plaats"),
    "tui.code": ("Code", "Code"),
    "tui.message": ("Message", "Melding"),
    "tui.hint": ("How to fix", "Oplossing"),
    "tui.rows_of": ("{shown} of {total}", "{shown} van {total}"),
    "tui.search": ("search", "zoeken"),
    "tui.search_placeholder": (
        "search id, title, owner, updates; Enter opens the first, Esc clears",
        "zoek op id, titel, eigenaar, updates; Enter opent de eerste, Esc wist",
    ),
    "tui.filters": ("Filters", "Filters"),
    "tui.filter.opgave": ("Opgave", "Opgave"),
    "tui.filter.unit": ("Unit", "Eenheid"),
    "tui.filter.owner": ("Owner", "Eigenaar"),
    "tui.filter.health": ("Health", "Gezondheid"),
    "tui.filter.status": ("Status / phase", "Status / fase"),
    "tui.all": ("all", "alle"),
    "tui.open": ("open", "open"),
    "tui.done": ("done", "gereed"),
    "tui.close": ("Close", "Sluiten"),
    "tui.relation": ("Relation", "Relatie"),
    "tui.related": ("Related items", "Verwante items"),
    "tui.rel.related": ("related", "verwant"),
    "tui.rel.related_from": ("refers to this", "verwijst hiernaar"),
    "tui.rel.serves": ("serves measure", "dient maatregel"),
    "tui.rel.pilot": ("pilot for this", "pilot hiervoor"),
    "tui.item_gone": (
        "'{id}' did not load this time; the programme has {count} problems (press 7).",
        "'{id}' is nu niet geladen; het programma heeft {count} problemen (druk op 7).",
    ),
    "tui.in_file": ("as written in the file", "zoals in het bestand"),
    "tui.scale_up": ("Scale-up", "Opschaling"),
    "tui.flags": ("Flags", "Signalen"),
    "tui.participants": ("Participants", "Deelnemers"),
    "tui.number": ("#", "#"),
    "tui.state": ("State", "Stand"),
    "tui.reached": ("reached", "bereikt"),
    "tui.milestones": ("Milestones", "Mijlpalen"),
    "tui.updates": ("Updates, newest first", "Updates, nieuwste eerst"),
    "tui.no_updates": ("No updates yet.", "Nog geen updates."),
    "tui.by": ("By", "Door"),
    "tui.note": ("Note", "Notitie"),
    "tui.changes": ("Sets", "Zet"),
    "tui.summary": ("Summary", "Samenvatting"),
    "tui.none": ("None.", "Geen."),
    "tui.description": ("Description", "Beschrijving"),
    "tui.decision_needed": ("Decision needed", "Besluit nodig"),
    "tui.evaluation": ("Evaluation", "Evaluatie"),
    "tui.tags": ("Tags", "Labels"),
    "tui.nothing_to_edit": (
        "Nothing selected to open in the editor.",
        "Niets geselecteerd om in de editor te openen.",
    ),
    "tui.file_missing": ("{file} is not there any more.", "{file} bestaat niet meer."),
    "tui.cannot_suspend": (
        "This terminal cannot hand over to an editor; open {file} yourself.",
        "Deze terminal kan niet naar een editor overschakelen; open {file} zelf.",
    ),
    "tui.editor_failed": (
        "Could not start the editor '{editor}': {reason}. Set $EDITOR.",
        "De editor '{editor}' start niet: {reason}. Stel $EDITOR in.",
    ),
    "tui.key.open": ("open", "openen"),
    "tui.key.search": ("search", "zoeken"),
    "tui.key.search_enter": ("open the first match", "eerste treffer openen"),
    "tui.key.search_clear": ("clear the search", "zoekopdracht wissen"),
    "tui.key.sort": ("sort", "sorteren"),
    "tui.help.sort": ("sort by the next column", "sorteren op de volgende kolom"),
    "tui.key.sort_reverse": ("reverse the sort", "sortering omkeren"),
    "tui.key.filter": ("filter", "filteren"),
    "tui.key.clear_filters": ("clear filters", "filters wissen"),
    "tui.key.move": ("move the cursor", "cursor verplaatsen"),
    "tui.key.scroll": ("scroll", "scrollen"),
    "tui.key.next_list": ("next list", "volgende lijst"),
    "tui.key.links": ("related items", "verwante items"),
    "tui.key.follow": ("open the related item", "verwant item openen"),
    "tui.key.back": ("back", "terug"),
    "tui.key.edit": ("edit in $EDITOR", "bewerken in $EDITOR"),
    "tui.key.edit.short": ("edit", "bewerken"),
    "tui.key.follow.short": ("follow", "volgen"),
    "tui.key.links.short": ("related", "verwant"),
    "tui.key.edit_here.short": ("edit", "bewerken"),
    "tui.key.edit_here": ("open in $EDITOR at this line", "in $EDITOR openen op deze regel"),
    "tui.key.help": ("help", "help"),
    "tui.key.language": ("Nederlands / English", "Nederlands / English"),
    "tui.key.quit": ("quit", "stoppen"),
    "tui.key.palette": ("command palette", "opdrachtenpalet"),
    "tui.key.palette_short": ("commands", "opdrachten"),
    "tui.key.focus": ("next / previous field", "volgend / vorig veld"),
    "tui.help.title": ("Keys", "Toetsen"),
    "tui.help.views": ("Views", "Weergaven"),
    "tui.help.everywhere": ("Everywhere", "Overal"),
    "tui.help.tables": ("Tables", "Tabellen"),
    "tui.help.dashboard": ("Dashboard", "Overzicht"),
    "tui.help.problems": ("Problems", "Problemen"),
    "tui.help.detail": ("Detail", "Details"),
    "tui.cmd.show": ("Show", "Toon"),
    "tui.cmd.key": ("key {shortcut}", "toets {shortcut}"),
    "tui.cmd.language": ("Language: {language}", "Taal: {language}"),
    "tui.lang.en": ("English", "English"),
    "tui.lang.nl": ("Nederlands", "Nederlands"),
    "tui.cmd.filter": ("filter", "filter"),
    "tui.cmd.filter_help": ("filter this table", "deze tabel filteren"),
    "tui.cmd.clear_filters": ("clear filters", "filters wissen"),
    "tui.cmd.sort_by": ("sort by", "sorteren op"),
}


def label(key: str, lang: Lang = "en", **values: object) -> str:
    """The label for `key` in `lang`, formatted with `values`; the key itself if unknown."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[1] if lang == "nl" else pair[0]
    return text.format(**values) if values else text


def value_label(field: str, value: str | None, lang: Lang = "en") -> str:
    """A status, phase, health, type, reason or trend value in words."""
    if value is None:
        return "" if field != "health" else label("health.none", lang)
    return label(f"{field}.{value}", lang) if f"{field}.{value}" in LABELS else value
