"""The LOVP status summary."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
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
}
