"""Problem messages and hints of the codes that came with format 2, the progress round
and the second round of safety checks; keys as in `problems.py`."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # format 2
    "problem.missing-field.likelihood": (
        "required field 'likelihood' is missing: a risk needs a likelihood (1..5)",
        "verplicht veld 'likelihood' ontbreekt: een risico heeft een kans nodig (1..5)",
    ),
    "problem.missing-field.likelihood.hint": (
        "add a line 'likelihood: 3' with a number from 1 to 5, or 'type: issue' if it happened",
        "voeg een regel 'likelihood: 3' toe met een getal van 1 tot 5, of 'type: issue' als "
        "het zich al voordeed",
    ),
    "problem.unknown-meeting": (
        "{field} {value} is not an LOVP meeting in agenda.yaml",
        "{field} {value} is geen LOVP-overleg in agenda.yaml",
    ),
    "problem.unknown-meeting.hint": (
        "{nearby}or add the date to programme.lovp_meetings in agenda.yaml",
        "{nearby}of voeg de datum toe aan programme.lovp_meetings in agenda.yaml",
    ),
    "problem.calendar-has": ("the calendar has {dates}; ", "de kalender heeft {dates}; "),
    "problem.duplicate-assessment": (
        "a second assessment of {about} for the meeting of {meeting}: also at {others}",
        "een tweede beoordeling van {about} voor het overleg van {meeting}: ook in {others}",
    ),
    "problem.duplicate-assessment.hint": (
        "keep one assessment per meeting and opgave; remove or merge the other",
        "houd één beoordeling per overleg en opgave; verwijder de andere of voeg ze samen",
    ),
    "problem.about-programme": ("the programme as a whole", "het programma als geheel"),
    "problem.about-opgave": ("opgave '{opgave}'", "opgave '{opgave}'"),
    "problem.invalid-value.risk-bands": (
        "risk_bands: medium {medium} is not below high {high}",
        "risk_bands: medium {medium} ligt niet onder high {high}",
    ),
    "problem.invalid-value.risk-bands.hint": (
        "set medium lower than high, e.g. high: 15 and medium: 8",
        "zet medium lager dan high, bijvoorbeeld high: 15 en medium: 8",
    ),
    # missing-measures
    "problem.missing-measures": (
        "there is no measures/ folder, so no items are read",
        "er is geen map measures/, dus er worden geen items gelezen",
    ),
    "problem.missing-measures.not-a-folder": (
        "measures/ is not a folder (a file, or a link that leads nowhere); no items are read",
        "measures/ is geen map (een bestand, of een link die nergens heen leidt); er worden "
        "geen items gelezen",
    ),
    "problem.missing-measures.hint": (
        "make a folder measures/ beside agenda.yaml and put the item files in it",
        "maak een map measures/ naast agenda.yaml en zet de itembestanden erin",
    ),
    "problem.missing-measures.case.hint": (
        "rename {name}/ to measures/ (the name is lower case)",
        "hernoem {name}/ naar measures/ (de naam is in kleine letters)",
    ),
    # ambiguous-boolean
    "problem.ambiguous-boolean": (
        "{field}: {value} is read as the text '{value}', not as yes/no",
        "{field}: {value} wordt gelezen als de tekst '{value}', niet als ja/nee",
    ),
    "problem.ambiguous-boolean.hint": (
        "quote it ({field}: \"{value}\") if the text is meant; to say 'none', leave the field out",
        'zet het tussen aanhalingstekens ({field}: "{value}") als de tekst bedoeld is; laat '
        "het veld weg om 'geen' te zeggen",
    ),
    # unresolved-reference
    "problem.unresolved-reference": (
        "{what} name no loaded item; they may point into {files}, which did not parse",
        "{what} noemen geen geladen item; ze verwijzen misschien naar {files}, dat niet "
        "gelezen kon worden",
    ),
    "problem.unresolved-reference.hint": (
        "fix the file that did not parse; the references are checked again then",
        "herstel het bestand dat niet gelezen kon worden; de verwijzingen worden dan opnieuw "
        "gecontroleerd",
    ),
    # owner-spelling
    "problem.owner-spelling": (
        "owner '{owner}' differs from '{usual}' only in case or spacing",
        "eigenaar '{owner}' verschilt alleen in hoofdletters of spaties van '{usual}'",
    ),
    "problem.owner-spelling.hint": (
        "the progress round matches owners as written: write one spelling everywhere",
        "de voortgangsronde vergelijkt eigenaren zoals ze geschreven zijn: gebruik overal "
        "dezelfde schrijfwijze",
    ),
}
