"""The reported history: snapshot, history, diff."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
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
        "use one line of at most 80 printable characters, not only spaces or invisible "
        "ones, without spaces at either end or two in a row (such as lovp-2018-12)",
        "gebruik één regel van hoogstens 80 leesbare tekens, niet alleen spaties of "
        "onzichtbare tekens, zonder spaties aan het begin of eind of twee achter elkaar "
        "(zoals lovp-2018-12)",
    ),
    "history.label_dash": (
        "a label may not start with '-': 'ggp-tracker diff' would read it as an option; "
        "start with a letter or digit (such as lovp-2018-12)",
        "een label mag niet met '-' beginnen: 'ggp-tracker diff' zou het als optie lezen; "
        "begin met een letter of cijfer (zoals lovp-2018-12)",
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
    "history.notes_rewritten": (
        "note rewritten of the update of {updates}",
        "toelichting herschreven van de update van {updates}",
    ),
    "history.texts_changed": ("text changed: {fields}", "tekst gewijzigd: {fields}"),
    "history.text.description": ("description", "beschrijving"),
    "history.text.evaluation": ("evaluation", "evaluatie"),
    "history.text.mitigation": ("mitigation", "beheersmaatregel"),
    "history.text.summary": ("summary", "samenvatting"),
    "history.text.next": ("next steps", "volgende stappen"),
    "history.text.decisions": ("decisions", "besluiten"),
    "history.text.decision_needed": ("decision requested", "gevraagd besluit"),
    "history.update_removed": (
        "the update of {date} was removed from the log",
        "de update van {date} is uit het logboek verwijderd",
    ),
    "history.note_correction": (
        "note of the update of {date} rewritten; it now reads: “{note}”",
        "toelichting van de update van {date} herschreven; die luidt nu: “{note}”",
    ),
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
}
