"""The progress round (round, its terminal UI view) and merging under git (merge-driver,
git-setup, init)."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # merge driver: why git's own merge was used
    "merge.why.not_text": ("a side is not UTF-8 text", "een kant is geen UTF-8-tekst"),
    "merge.why.not_additions": (
        "a side changed or removed lines, not only added them",
        "een kant heeft regels gewijzigd of verwijderd, niet alleen toegevoegd",
    ),
    "merge.why.unreadable": (
        "a side does not read: {problem}",
        "een kant is onleesbaar: {problem}",
    ),
    "merge.why.result_unreadable": (
        "the merged additions would not read: {problem}",
        "de samengevoegde toevoegingen zouden onleesbaar zijn: {problem}",
    ),
    "merge.why.documents": (
        "the sides differ in their documents (---)",
        "de kanten verschillen in hun documenten (---)",
    ),
    "merge.why.clash": (
        "both sides changed the same field differently",
        "beide kanten hebben hetzelfde veld verschillend gewijzigd",
    ),
    "merge.why.result_differs": (
        "the merged text would not mean both changes (at '{path}')",
        "de samengevoegde tekst zou niet beide wijzigingen bevatten (bij '{path}')",
    ),
    "merge.why.result_invalid": (
        "the merged item would not be valid",
        "het samengevoegde item zou niet geldig zijn",
    ),
    "merge.why.too_large": ("the file is too large", "het bestand is te groot"),
    "merge.why.no_git": ("git could not be run", "git kon niet worden gestart"),
    # merge driver: what it did
    "merge.conflict": (
        "ggp-tracker: {path}: not only additions ({reason}); git's own merge left conflict "
        "markers: resolve them, then run 'ggp-tracker validate'",
        "ggp-tracker: {path}: niet alleen toevoegingen ({reason}); de eigen merge van git "
        "liet conflictmarkeringen achter: los ze op en draai daarna 'ggp-tracker validate'",
    ),
    "merge.git_result_unreadable": (
        "ggp-tracker: {path}: git's own merge gave a file that does not read ({problem}); "
        "marked as a conflict: correct it, then run 'ggp-tracker validate'",
        "ggp-tracker: {path}: de eigen merge van git gaf een onleesbaar bestand ({problem}); "
        "gemarkeerd als conflict: herstel het en draai daarna 'ggp-tracker validate'",
    ),
    # git-setup and init
    "merge.setup.no_git": (
        "git is not installed, so the merge driver cannot be set up",
        "git is niet geïnstalleerd, dus de merge-driver kan niet worden ingesteld",
    ),
    "merge.setup.no_repository": (
        "{dir} is not in a git repository; run 'git init' there first",
        "{dir} staat niet in een git-repository; draai daar eerst 'git init'",
    ),
    "merge.setup.failed": (
        "the merge driver could not be set up: {reason}",
        "de merge-driver kon niet worden ingesteld: {reason}",
    ),
    "merge.setup.attributes_not_file": (
        "{file} is not an ordinary file; nothing was written",
        "{file} is geen gewoon bestand; er is niets geschreven",
    ),
    "merge.setup.attributes_written": (
        "{file}: agenda.yaml and measures/** are merged by the merge driver; commit this file",
        "{file}: agenda.yaml en measures/** worden samengevoegd door de merge-driver; "
        "commit dit bestand",
    ),
    "merge.setup.attributes_present": (
        "{file} already names the merge driver",
        "{file} noemt de merge-driver al",
    ),
    "merge.setup.configured": (
        "merge.ggp.driver set in the git config of {top} (.git/config is not committed: "
        "run 'ggp-tracker git-setup' once in every clone)",
        "merge.ggp.driver ingesteld in de git-config van {top} (.git/config wordt niet "
        "gecommit: draai 'ggp-tracker git-setup' eenmaal in elke kloon)",
    ),
    "merge.setup.created": (
        "{top}: a new git repository, with the merge driver set up",
        "{top}: een nieuwe git-repository, met de merge-driver ingesteld",
    ),
    "merge.setup.skipped": (
        "the merge driver is not set up ({reason}); run 'ggp-tracker git-setup' later",
        "de merge-driver is niet ingesteld ({reason}); draai later 'ggp-tracker git-setup'",
    ),
    # the progress round (round; the terminal UI's view)
    "round.title": (
        "Progress round for the LOVP meeting of {meeting}",
        "Voortgangsronde voor het LOVP-overleg van {meeting}",
    ),
    "round.period": (
        "reporting period {start} to {end}",
        "rapportageperiode {start} tot en met {end}",
    ),
    "round.period_open": ("reporting period up to {end}", "rapportageperiode tot en met {end}"),
    "round.office": ("Programme office", "Programmabureau"),
    "round.never": ("none yet", "nog geen"),
    "round.owner_line": ("{owner}: {count} owed", "{owner}: {count} openstaand"),
    "round.nothing_at_all": (
        "Nothing is owed and nothing came in for this meeting.",
        "Er staat niets open en er is niets binnengekomen voor dit overleg.",
    ),
    "round.got": ("received", "binnen"),
    "round.kind.update": ("update", "update"),
    "round.kind.action": ("action", "actie"),
    "round.kind.milestone": ("milestone", "mijlpaal"),
    "round.kind.risk": ("risk", "risico"),
    "round.kind.verdict": ("verdict", "oordeel"),
    "round.heading.update": ("Progress updates", "Voortgangsupdates"),
    "round.heading.action": ("Actions", "Acties"),
    "round.heading.milestone": ("Milestones", "Mijlpalen"),
    "round.heading.risk": ("Risks to review", "Te herbeoordelen risico's"),
    "round.heading.verdict": ("Verdicts per opgave", "Oordelen per opgave"),
    "round.heading.received": ("Received so far", "Al binnengekomen"),
    "round.ask.update": (
        "{title} ({ref}): no progress update in this reporting period (last: {last})",
        "{title} ({ref}): geen voortgangsupdate in deze rapportageperiode (laatste: {last})",
    ),
    "round.ask.action": (
        "{title} ({ref}, from {item}): due {due}, not done yet",
        "{title} ({ref}, uit {item}): deadline {due}, nog niet gereed",
    ),
    "round.ask.milestone": (
        "{title} (milestone {n} of {item}, {ref}): due {due}, not reached yet",
        "{title} (mijlpaal {n} van {item}, {ref}): deadline {due}, nog niet bereikt",
    ),
    "round.ask.risk": (
        "{title} ({ref}): to be reviewed by {due}",
        "{title} ({ref}): te herbeoordelen uiterlijk {due}",
    ),
    "round.ask.verdict": (
        "{title} (opgave {ref}): no verdict written for this meeting",
        "{title} (opgave {ref}): nog geen oordeel geschreven voor dit overleg",
    ),
    "round.how.command": ("give it with: {command}", "geef het door met: {command}"),
    "round.how.risk": (
        "review it in {file}:{line}: add an update (status, likelihood, impact) or a new "
        "review_by date",
        "beoordeel het in {file}:{line}: voeg een update toe (status, likelihood, impact) of "
        "een nieuwe review_by-datum",
    ),
    "round.how.verdict": (
        "write an assessment for this meeting and opgave under measures/ (kind: assessment)",
        "schrijf een assessment voor dit overleg en deze opgave onder measures/ (kind: assessment)",
    ),
    "round.note_placeholder": ("what happened", "wat er gebeurde"),
    "round.summary_placeholder": ("the key message", "de kernboodschap"),
    "round.health_comment": ("green, amber or red", "green, amber of red"),
    "round.received.update": (
        "update on {title} ({ref}), {date}: {note}",
        "update over {title} ({ref}), {date}: {note}",
    ),
    "round.received.action": (
        "action {ref} done, {date}: {title}",
        "actie {ref} gereed, {date}: {title}",
    ),
    "round.received.milestone": (
        "milestone of {ref} reached, {date}: {title}",
        "mijlpaal van {ref} bereikt, {date}: {title}",
    ),
    "round.mail.greeting": ("Dear {owner},", "Beste {owner},"),
    "round.mail.intro": (
        "Before the LOVP meeting of {meeting} the programme office asks you for the following. "
        "The reporting period runs from {start} to {end}.",
        "Voor het LOVP-overleg van {meeting} vraagt het programmabureau u om het volgende. "
        "De rapportageperiode loopt van {start} tot en met {end}.",
    ),
    "round.mail.intro_open": (
        "Before the LOVP meeting of {meeting} the programme office asks you for the following.",
        "Voor het LOVP-overleg van {meeting} vraagt het programmabureau u om het volgende.",
    ),
    "round.mail.nothing": (
        "Nothing is owed from you for this meeting. Thank you.",
        "Voor dit overleg staat er bij u niets open. Dank u wel.",
    ),
    "round.mail.command": ("Give it with:", "Geef het door met:"),
    "round.mail.yaml.update": (
        "Or add these lines to {file} (under the existing updates:, if there is one):",
        "Of voeg deze regels toe aan {file} (onder de bestaande updates:, als die er is):",
    ),
    "round.mail.yaml.action": (
        "Or add this line to the action in {file}:",
        "Of voeg deze regel toe aan de actie in {file}:",
    ),
    "round.mail.yaml.milestone": (
        "Or add this line to the milestone in {file}:",
        "Of voeg deze regel toe aan de mijlpaal in {file}:",
    ),
    "round.mail.yaml.risk": (
        "Review it in {file} (line {line}): an update with its status, likelihood and impact, "
        "or a new review_by date.",
        "Beoordeel het in {file} (regel {line}): een update met status, likelihood en impact, "
        "of een nieuwe review_by-datum.",
    ),
    "round.mail.yaml.verdict": (
        "Write an assessment (kind: assessment) with the meeting, the opgave, a health and a "
        "summary, in a new file under measures/.",
        "Schrijf een assessment (kind: assessment) met het overleg, de opgave, een health en "
        "een summary, in een nieuw bestand onder measures/.",
    ),
    "round.mail.close": (
        "Reply to this mail with your answers, or record them in the programme files yourself. "
        "Thank you.",
        "Beantwoord deze mail, of leg het zelf vast in de programmabestanden. Dank u wel.",
    ),
    "round.written": (
        "Written to {dir}: {count} file(s)",
        "Geschreven in {dir}: {count} bestand(en)",
    ),
    "round.no_meeting": (
        "the programme has no LOVP meetings (programme.lovp_meetings in agenda.yaml); add the "
        "dates to hold a round",
        "het programma heeft geen LOVP-overleggen (programme.lovp_meetings in agenda.yaml); "
        "voeg de data toe om een ronde te houden",
    ),
    "round.not_a_meeting": (
        "{date} is not an LOVP meeting date; choose one of: {dates}",
        "{date} is geen datum van een LOVP-overleg; kies een van: {dates}",
    ),
    "round.unknown_owner": (
        "nobody named '{owner}' owes anything or reported in this round; owners are matched "
        "as written: {owners}",
        "niemand met de naam '{owner}' heeft iets openstaan of gemeld in deze ronde; eigenaren "
        "worden vergeleken zoals geschreven: {owners}",
    ),
    # the round in the terminal UI
    "tui.view.round": ("Round", "Ronde"),
    "tui.view.round.short": ("Round", "Ronde"),
    "tui.round.totals": (
        "{owed} owed by {owners} owner(s)",
        "{owed} openstaand bij {owners} eigenaar/eigenaren",
    ),
    "tui.round.owed": ("Owed", "Open"),
    "tui.round.received": ("Received", "Binnen"),
    "tui.round.asked": ("Asked", "Gevraagd"),
    "tui.round.key.open": ("the owner's lines", "regels van de eigenaar"),
    # validate: owners written in more than one way
}
