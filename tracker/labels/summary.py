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
    # key messages and risks (format 2)
    "summary.s.key_messages": ("Key messages", "Kernboodschappen"),
    "summary.s.risks": ("Risks and issues", "Risico's en issues"),
    "summary.programme_as_whole": ("The programme as a whole", "Het programma als geheel"),
    "summary.no_verdict": ("no verdict written", "geen oordeel geschreven"),
    "summary.no_verdicts": (
        "No verdict has been written for this meeting.",
        "Voor dit overleg is geen oordeel geschreven.",
    ),
    "summary.verdict_contradicted": (
        "contradicts the facts: an item of this opgave is red on its facts",
        "strijdig met de feiten: een item van deze opgave is op de feiten rood",
    ),
    "summary.next": ("Next", "Vervolg"),
    "summary.contradicts": (
        "reported {reported}; the facts give {facts}",
        "gemeld {reported}; de feiten geven {facts}",
    ),
    "summary.reason.contradicts": (
        "health contradicts facts",
        "beoordeling strijdig met feiten",
    ),
    "summary.risk": ("Risk or issue", "Risico of issue"),
    "summary.score": ("Score", "Score"),
    "summary.band": ("Band", "Klasse"),
    "summary.band.high": ("■ high", "■ hoog"),
    "summary.band.medium": ("▲ medium", "▲ midden"),
    "summary.band.low": ("● low", "● laag"),
    "summary.risk_status": ("Status", "Status"),
    "summary.risk_state.open": ("open", "open"),
    "summary.risk_state.mitigating": ("mitigating", "in beheersing"),
    "summary.risk_state.closed": ("closed", "gesloten"),
    "summary.risk_type.risk": ("risk", "risico"),
    "summary.risk_type.issue": ("issue", "issue"),
    "summary.mitigation": ("Mitigation", "Beheersmaatregel"),
    "summary.review_by": ("Review by", "Herzien uiterlijk"),
    "summary.risks_closed": ("Closed in the programme: {n}.", "Gesloten in het programma: {n}."),
    "summary.correction": (
        "Correction of an earlier report",
        "Correctie op een eerdere rapportage",
    ),
    "summary.part.review": ("Risk review", "Herziening risico"),
    "summary.part.verdict": ("Opgave verdict", "Oordeel opgave"),
    "summary.review_on": ("review by {date}", "herzien uiterlijk {date}"),
    "summary.verdict_over_red": (
        "verdict {verdict}; this item is ■ red on its facts",
        "oordeel {verdict}; dit item is op de feiten ■ rood",
    ),
    # document control
    "summary.classification": ("Classification", "Rubricering"),
    "summary.doc_status": ("Document", "Document"),
    "summary.status.concept": ("Draft", "Concept"),
    "summary.status.final": ("Final", "Definitief"),
    "summary.version": ("version", "versie"),
    "summary.meeting_item": ("{date}, agenda item {item}", "{date}, agendapunt {item}"),
    "summary.author": ("Author", "Opsteller"),
    "summary.distribution": ("Distribution", "Verspreiding"),
    "summary.quality_short": (
        "errors in the programme files: {errors}; the items concerned are left out.",
        "fouten in de programmabestanden: {errors}; de betreffende items zijn weggelaten.",
    ),
    # words the summary agrees on (no "Deadline", no "Gezondheid" in a report)
    "summary.health": ("Health", "Beoordeling"),
    "summary.due": ("Due", "Einddatum"),
    "summary.last_update": ("Last update", "Laatste voortgangsbericht"),
    "summary.stale": ("No recent update", "Geen recent bericht"),
    "summary.field.status": ("Status", "Status"),
    "summary.field.phase": ("Phase", "Fase"),
    "summary.field.health": ("Health", "Beoordeling"),
    "summary.field.progress": ("Progress", "Voortgang"),
    "summary.field.note": ("Note", "Toelichting"),
    "summary.reason.stale": ("no recent update", "geen recent bericht"),
    "summary.reason.below-target": ("below target", "onder doel"),
    "summary.trend.improving": ("improving", "verbetert"),
    "summary.trend.worsening": ("worsening", "verslechtert"),
    "summary.trend.flat": ("unchanged", "gelijk"),
    "summary.trend.up": ("up", "stijgend"),
    "summary.trend.down": ("down", "dalend"),
    # overview
    "summary.shared": ("Shared", "Gedeeld"),
    "summary.total": ("Total (each item once)", "Totaal (elk item één keer)"),
    "summary.overview_note": (
        "An item serving several opgaven counts in each of their rows ('shared') "
        "and once in the total.",
        "Een item dat meerdere opgaven dient, telt mee in de rij van elk ervan "
        "('gedeeld') en één keer in het totaal.",
    ),
    # attention
    "summary.group.item": ("{n} measures and pilots", "{n} maatregelen en pilots"),
    "summary.group.measure": ("{n} measures", "{n} maatregelen"),
    "summary.group.pilot": ("{n} pilots", "{n} pilots"),
    "summary.group.milestone": ("{n} milestones", "{n} mijlpalen"),
    "summary.group.action": ("{n} actions", "{n} acties"),
    "summary.group.due": ("{n} measures past their due date", "{n} maatregelen over hun einddatum"),
    "summary.and_more": (
        "and {n} more (see the tracker or 'ggp-tracker list')",
        "en nog {n} (zie de tracker of 'ggp-tracker list')",
    ),
    # decisions
    "summary.proposal": ("Proposal", "Voorstel"),
    "summary.advice": ("Advice", "Advies"),
    "summary.asked_by": ("Asked by", "Aangevraagd door"),
    "summary.decide_at": ("To decide at", "Te besluiten in"),
    "summary.item_state": ("State of the item", "Stand van het item"),
    "summary.s.overview": ("Overview", "Overzicht"),
    "summary.s.attention": ("Needs attention", "Aandachtspunten"),
    "summary.s.decisions": ("Decisions requested", "Gevraagde besluiten"),
    "summary.s.changes": ("Changes in the reporting period", "Wijzigingen in de rapportageperiode"),
    "summary.s.updates": ("Updates", "Voortgangsberichten"),
    "summary.s.status_changes": ("Status and phase changes", "Wijzigingen van status en fase"),
    "summary.s.opgaven": ("Status per opgave", "Stand per opgave"),
    "summary.s.meetings": ("Meetings held in the period", "Bijeenkomsten in de periode"),
    "summary.s.actions": ("Actions", "Acties"),
    "summary.s.indicators": ("Indicators", "Indicatoren"),
    "summary.s.upcoming": (
        "Coming up until the following LOVP meeting",
        "Vooruitblik tot het daaropvolgende LOVP-overleg",
    ),
    "summary.s.quality": ("Data quality", "Datakwaliteit"),
    "summary.headline": (
        "Measures: {measures} · pilots: {pilots} · red: {red} · overdue: {overdue} · "
        "without a recent update: {stale} · decisions requested: {decisions} · "
        "indicators below target: {below}",
        "Maatregelen: {measures} · pilots: {pilots} · rood: {red} · te laat: {overdue} · "
        "zonder recent voortgangsbericht: {stale} · gevraagde besluiten: {decisions} · "
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
        "{stale} geen recent voortgangsbericht · {overdue} te laat",
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
    "summary.due_on": ("due {date}", "einddatum {date}"),
    "summary.last_update_on": ("last update {date}", "laatste voortgangsbericht {date}"),
    "summary.no_update": ("no update yet", "nog geen voortgangsbericht"),
    "summary.measured": (
        "{value} on {date}; target {target}",
        "{value} op {date}; doel {target}",
    ),
    "summary.part.milestone": ("Milestone", "Mijlpaal"),
    "summary.part.action": ("Action", "Actie"),
    "summary.part.due": ("Measure due", "Einddatum maatregel"),
    "summary.part.scale-up": ("Scale-up", "Opschaling"),
    "summary.part.meeting": ("Meeting", "Bijeenkomst"),
    "summary.part.lovp": ("LOVP meeting", "LOVP-overleg"),
    "summary.what": ("What", "Wat"),
    "summary.chart": ("Course", "Verloop"),
    "summary.changes_updates": (
        "Updates dated in the reporting period.",
        "Voortgangsberichten met een datum in de rapportageperiode.",
    ),
    "summary.changes_since": ("Compared with {since}.", "Vergeleken met {since}."),
    "summary.upcoming_meeting": (
        "After {start} up to and including {end}, the LOVP meeting after this one.",
        "Na {start} tot en met {end}, het LOVP-overleg na dit overleg.",
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
    "summary.meeting_before_start": (
        "the meeting of {meeting} is before the programme's start ({start}, agenda.yaml): "
        "its reporting period would end before it begins. Give --meeting on or after "
        "{start}, or correct 'start' in agenda.yaml.",
        "de vergadering van {meeting} ligt voor de start van het programma ({start}, "
        "agenda.yaml): de rapportageperiode zou eindigen voordat ze begint. Geef --meeting "
        "op of na {start}, of verbeter 'start' in agenda.yaml.",
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
