"""Problem messages and hints, by code: what `validate`, the TUI and the report's
data-quality section say about the programme files.

Keys are `problem.<code>` for a code's message and `problem.<code>.hint` for its
hint; a code with more than one message adds a variant, `problem.<code>.<variant>`
and `problem.<code>.<variant>.hint`. The loader makes them with
`tracker.problems.say(key, **values)`. Values are the user's text (quoted as
written, never translated), numbers, field names as written in YAML, or other
`say()` words, which are said in the same language. `tests/test_problem_words.py`
checks every code has both, in both languages, with the same placeholders.
"""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # suggestions, used inside hints
    "problem.did-you-mean": ("did you mean '{word}'?", "bedoelde u '{word}'?"),
    "problem.none-defined": ("none are defined; see {where}", "er zijn er geen; zie {where}"),
    "problem.known": ("known: {names}", "bekend: {names}"),
    "problem.count-known": ("{count} are known; see {where}", "er zijn er {count}; zie {where}"),
    "problem.list-or": ("{first} or {last}", "{first} of {last}"),
    "problem.and-more": ("{places} and {count} more", "{places} en nog {count}"),
    "problem.nothing": ("nothing", "niets"),
    # yaml-syntax
    "problem.yaml-syntax": ("YAML syntax: {detail}", "YAML-syntaxis: {detail}"),
    "problem.yaml-syntax.hint": (
        "check indentation and quoting here; put text containing ': ' or ' #' in quotes",
        "controleer hier inspringing en aanhalingstekens; zet tekst met ': ' of ' #' "
        "tussen aanhalingstekens",
    ),
    "problem.yaml-syntax.context": ("{problem} ({context})", "{problem} ({context})"),
    # the YAML parser's own words (libyaml), said again; others are shown as it gives them
    "problem.yaml.mapping-values": (
        "mapping values are not allowed in this context",
        "een waarde met ':' is hier niet toegestaan",
    ),
    "problem.yaml.expected-key": ("did not find expected key", "verwachte sleutel niet gevonden"),
    "problem.yaml.expected-dash": (
        "did not find expected '-' indicator",
        "verwachte '-' niet gevonden",
    ),
    # `close` is ']' or '}': a brace in the text itself would be read as a placeholder.
    "problem.yaml.expected-close": (
        "did not find expected ',' or '{close}'",
        "verwachte ',' of '{close}' niet gevonden",
    ),
    "problem.yaml.end-of-stream": (
        "found unexpected end of stream",
        "onverwacht einde van het bestand",
    ),
    "problem.yaml.cannot-start": (
        "found character that cannot start any token",
        "teken gevonden waarmee niets kan beginnen",
    ),
    "problem.yaml.tab": (
        "found a tab character that violates indentation",
        "een tab-teken verstoort de inspringing",
    ),
    "problem.yaml.unknown-escape": (
        "found unknown escape character",
        "onbekend escape-teken gevonden",
    ),
    "problem.yaml.in-block-mapping": ("while parsing a block mapping", "in een mapping"),
    "problem.yaml.in-block-collection": ("while parsing a block collection", "in een lijst"),
    "problem.yaml.in-flow-sequence": ("while parsing a flow sequence", "in een lijst tussen [ ]"),
    "problem.yaml.in-flow-mapping": (
        "while parsing a flow mapping",
        "in een mapping tussen accolades",
    ),
    "problem.yaml.in-quoted": (
        "while scanning a quoted scalar",
        "in tekst tussen aanhalingstekens",
    ),
    "problem.yaml.in-parsing-quoted": (
        "while parsing a quoted scalar",
        "in tekst tussen aanhalingstekens",
    ),
    "problem.yaml.in-next-token": (
        "while scanning for the next token",
        "bij het lezen van het volgende deel",
    ),
    "problem.yaml.in-plain": ("while scanning a plain scalar", "in tekst zonder aanhalingstekens"),
    "problem.yaml.in-simple-key": ("while scanning a simple key", "in een sleutel"),
    "problem.yaml-syntax.nesting.hint": (
        "the structure is nested far too deep; items need only a few levels",
        "de structuur is veel te diep genest; items hebben maar een paar niveaus nodig",
    ),
    "problem.yaml-syntax.control.hint": (
        "remove the control or binary characters; programme files are plain UTF-8 text",
        "verwijder de stuur- of binaire tekens; programmabestanden zijn gewone UTF-8-tekst",
    ),
    "problem.yaml-syntax.too-deep": (
        "YAML syntax: nested too deep to read",
        "YAML-syntaxis: te diep genest om te lezen",
    ),
    "problem.yaml-syntax.too-deep.hint": (
        "items need only a few levels; flatten this structure",
        "items hebben maar een paar niveaus nodig; maak deze structuur platter",
    ),
    # yaml-alias, yaml-tag
    "problem.yaml-alias": ("alias '*{name}' is not allowed", "alias '*{name}' is niet toegestaan"),
    "problem.yaml-alias.hint": (
        "write the value out in full; anchors and aliases are refused",
        "schrijf de waarde voluit; ankers en aliassen worden geweigerd",
    ),
    "problem.yaml-alias.anchor": (
        "anchor '&{name}' is not allowed",
        "anker '&{name}' is niet toegestaan",
    ),
    "problem.yaml-alias.anchor.hint": (
        "remove the '&' anchor; anchors and aliases are refused",
        "verwijder het '&'-anker; ankers en aliassen worden geweigerd",
    ),
    "problem.yaml-tag": (
        "explicit tag '{tag}' is not allowed",
        "expliciete tag '{tag}' is niet toegestaan",
    ),
    "problem.yaml-tag.hint": (
        "remove the tag; quote the value if it must stay text",
        "verwijder de tag; zet de waarde tussen aanhalingstekens als het tekst moet blijven",
    ),
    # duplicate-key
    "problem.duplicate-key": (
        "key '{name}' appears twice in this mapping",
        "sleutel '{name}' komt twee keer voor in deze mapping",
    ),
    "problem.duplicate-key.hint": (
        "keep one of them; YAML would silently keep only the last",
        "houd er één over; YAML zou stilzwijgend alleen de laatste bewaren",
    ),
    # encoding
    "problem.encoding": (
        "not UTF-8: byte 0x{byte} cannot be decoded",
        "geen UTF-8: byte 0x{byte} kan niet worden gelezen",
    ),
    "problem.encoding.hint": (
        "save the file as UTF-8 (most editors: 'Save with encoding')",
        "sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan met codering')",
    ),
    "problem.encoding.name": (
        "the name holds control characters or bytes that are not UTF-8; skipped",
        "de naam bevat stuurtekens of bytes die geen UTF-8 zijn; overgeslagen",
    ),
    "problem.encoding.name.hint": (
        "rename it with letters, digits, '-' and '_'",
        "geef het een naam met letters, cijfers, '-' en '_'",
    ),
    # too-large
    "problem.too-large": (
        "file is {size} bytes; the limit is {limit}",
        "bestand is {size} bytes; de grens is {limit}",
    ),
    "problem.too-large.hint": (
        "split the items over several files",
        "verdeel de items over meerdere bestanden",
    ),
    "problem.too-large.grew": (
        "file grew past the limit of {limit} bytes",
        "bestand groeide voorbij de grens van {limit} bytes",
    ),
    # outside-root
    "problem.outside-root": (
        "link points outside the programme folder",
        "link wijst naar buiten de programmamap",
    ),
    "problem.outside-root.hint": (
        "copy the file into the folder instead of linking to it",
        "kopieer het bestand naar de map in plaats van ernaar te linken",
    ),
    "problem.outside-root.loop": (
        "link loop: the link leads back to itself",
        "linklus: de link verwijst naar zichzelf",
    ),
    "problem.outside-root.loop.hint": (
        "remove the link, or point it at a real file inside the programme folder",
        "verwijder de link, of laat hem naar een echt bestand in de programmamap wijzen",
    ),
    "problem.outside-root.measures": (
        "measures/ is a link that leads outside the programme folder",
        "measures/ is een link naar buiten de programmamap",
    ),
    "problem.outside-root.measures.hint": (
        "make measures/ a real folder inside the programme folder",
        "maak van measures/ een echte map in de programmamap",
    ),
    "problem.outside-root.folder-twice": (
        "link to a folder that is already read (a loop, or a second way in)",
        "link naar een map die al gelezen is (een lus, of een tweede weg erin)",
    ),
    "problem.outside-root.folder-twice.hint": (
        "remove the link; every folder is read once",
        "verwijder de link; elke map wordt één keer gelezen",
    ),
    # unreadable
    "problem.unreadable": ("cannot be read: {reason}", "kan niet worden gelezen: {reason}"),
    "problem.unreadable.hint": ("check its permissions", "controleer de rechten"),
    "problem.unreadable.no-folder": ("programme folder not found", "programmamap niet gevonden"),
    "problem.unreadable.no-folder.hint": (
        "pass --root with the folder holding agenda.yaml",
        "geef met --root de map op waar agenda.yaml in staat",
    ),
    "problem.unreadable.folder": (
        "folder cannot be read: {reason}",
        "map kan niet worden gelezen: {reason}",
    ),
    "problem.unreadable.broken-link": ("broken link", "gebroken link"),
    "problem.unreadable.broken-link.hint": (
        "point the link at an existing file",
        "laat de link naar een bestaand bestand wijzen",
    ),
    "problem.unreadable.disappeared": (
        "file disappeared while it was read",
        "bestand verdween tijdens het lezen",
    ),
    "problem.unreadable.disappeared.hint": (
        "it was moved or deleted; run again",
        "het is verplaatst of verwijderd; probeer het opnieuw",
    ),
    # not-a-file
    "problem.not-a-file": (
        "not a regular file; skipped",
        "geen gewoon bestand; overgeslagen",
    ),
    "problem.not-a-file.hint": (
        "only ordinary files are read; remove it or rename it so it does not end in .yaml",
        "alleen gewone bestanden worden gelezen; verwijder het of geef het een naam "
        "die niet op .yaml eindigt",
    ),
    # missing-agenda
    "problem.missing-agenda": ("agenda.yaml not found", "agenda.yaml niet gevonden"),
    "problem.missing-agenda.hint": (
        "run 'ggp-tracker init' or pass --root with the programme folder",
        "voer 'ggp-tracker init' uit of geef met --root de programmamap op",
    ),
    "problem.missing-agenda.unreadable": (
        "agenda.yaml could not be read",
        "agenda.yaml kon niet worden gelezen",
    ),
    "problem.missing-agenda.unreadable.hint": (
        "make agenda.yaml an ordinary file in the programme folder",
        "maak van agenda.yaml een gewoon bestand in de programmamap",
    ),
    # missing-field
    "problem.missing-field": (
        "required field '{path}' is missing",
        "verplicht veld '{path}' ontbreekt",
    ),
    "problem.missing-field.hint": (
        "add a line '{field}: ...'",
        "voeg een regel '{field}: ...' toe",
    ),
    "problem.missing-field.empty-agenda": ("agenda.yaml is empty", "agenda.yaml is leeg"),
    "problem.missing-field.empty-agenda.hint": ("add 'programme:'", "voeg 'programme:' toe"),
    # unknown-field
    "problem.unknown-field": ("unknown field '{path}'", "onbekend veld '{path}'"),
    "problem.unknown-field.hint": (
        "check the spelling; 'ggp-tracker schema' lists the fields",
        "controleer de spelling; 'ggp-tracker schema' noemt de velden",
    ),
    # invalid-value
    "problem.invalid-value": ("{path}: {detail}", "{path}: deze waarde is niet geldig"),
    "problem.invalid-value.hint": (
        "correct the value; 'ggp-tracker schema' shows what each field accepts",
        "verbeter de waarde; 'ggp-tracker schema' laat zien wat elk veld aanneemt",
    ),
    "problem.invalid-value.not-allowed": (
        "{path}: {value} is not allowed",
        "{path}: {value} is niet toegestaan",
    ),
    "problem.invalid-value.not-allowed.hint": ("allowed: {allowed}", "toegestaan: {allowed}"),
    "problem.invalid-value.id": (
        "{path}: {value} is not a valid id",
        "{path}: {value} is geen geldige id",
    ),
    "problem.invalid-value.id.hint": (
        "ids are letters, digits, '.', '_' and '-', start with a letter or digit, "
        "and are at most 64 characters",
        "een id bestaat uit letters, cijfers, '.', '_' en '-', begint met een letter of "
        "cijfer en is hoogstens 64 tekens lang",
    ),
    "problem.invalid-value.range": (
        "{path}: {value} is out of range",
        "{path}: {value} valt buiten het bereik",
    ),
    "problem.invalid-value.range.progress.hint": (
        "progress is a whole number from 0 to 100",
        "voortgang is een geheel getal van 0 tot en met 100",
    ),
    "problem.invalid-value.range.min.hint": (
        "it should be greater than or equal to {limit}",
        "het moet groter dan of gelijk aan {limit} zijn",
    ),
    "problem.invalid-value.range.max.hint": (
        "it should be less than or equal to {limit}",
        "het moet kleiner dan of gelijk aan {limit} zijn",
    ),
    "problem.invalid-value.too-short": (
        "{path}: needs at least one entry",
        "{path}: heeft minstens één regel nodig",
    ),
    "problem.invalid-value.too-short.hint": (
        "add one entry starting with '- '",
        "voeg een regel toe die begint met '- '",
    ),
    "problem.invalid-value.expected": (
        "{path}: expected {expected}, found {found}",
        "{path}: verwacht {expected}, gevonden {found}",
    ),
    "problem.invalid-value.indentation.hint": (
        "check the indentation below this key",
        "controleer de inspringing onder deze sleutel",
    ),
    "problem.invalid-value.text-missing.hint": (
        "write the text after the colon, on the same line",
        "schrijf de tekst na de dubbele punt, op dezelfde regel",
    ),
    "problem.invalid-value.text-not-list.hint": (
        "write one piece of text here, not a list or a mapping",
        "schrijf hier één stuk tekst, geen lijst of mapping",
    ),
    "problem.invalid-value.text-quotes.hint": (
        "put the text in quotes so YAML does not read it as a number",
        "zet de tekst tussen aanhalingstekens, zodat YAML hem niet als getal leest",
    ),
    "problem.invalid-value.number.hint": (
        "write a plain number without quotes or units, e.g. 90",
        "schrijf een kaal getal zonder aanhalingstekens of eenheid, bijv. 90",
    ),
    "problem.invalid-value.one-line": (
        "{path}: a title is one line of text",
        "{path}: een titel is één regel tekst",
    ),
    "problem.invalid-value.one-line.hint": (
        "put longer text in 'description'",
        "zet langere tekst in 'description'",
    ),
    "problem.invalid-value.not-mapping": (
        "an item must be a mapping of fields",
        "een item moet een mapping van velden zijn",
    ),
    "problem.invalid-value.not-mapping.hint": (
        "start the document with 'kind: measure' (or pilot, meeting, indicator)",
        "begin het document met 'kind: measure' (of pilot, meeting, indicator)",
    ),
    "problem.invalid-value.two-documents": (
        "agenda.yaml holds more than one document; only the first is read",
        "agenda.yaml bevat meer dan één document; alleen het eerste wordt gelezen",
    ),
    "problem.invalid-value.two-documents.hint": (
        "move everything into the first document and remove the '---' line",
        "zet alles in het eerste document en verwijder de regel '---'",
    ),
    "problem.invalid-value.too-deep": (
        "nested more than {depth} levels deep",
        "meer dan {depth} niveaus diep genest",
    ),
    "problem.invalid-value.too-deep.hint": (
        "items need only a few levels; flatten this structure",
        "items hebben maar een paar niveaus nodig; maak deze structuur platter",
    ),
    "problem.invalid-value.key": (
        "a key must be a plain word",
        "een sleutel moet een gewoon woord zijn",
    ),
    "problem.invalid-value.key.hint": (
        "write the field name as text followed by ':'",
        "schrijf de veldnaam als tekst, gevolgd door ':'",
    ),
    # what a value was expected to be
    "problem.expected.whole-number": ("a whole number", "een geheel getal"),
    "problem.expected.number": ("a number", "een getal"),
    "problem.expected.text": ("text", "tekst"),
    "problem.expected.list": (
        "a list (lines starting with '- ')",
        "een lijst (regels die met '- ' beginnen)",
    ),
    "problem.expected.mapping": (
        "a mapping of fields (key: value lines)",
        "een mapping van velden (regels sleutel: waarde)",
    ),
    "problem.expected.bool": ("true or false", "true of false"),
    # invalid-date
    "problem.invalid-date": (
        "{path}: {value} is not a real date",
        "{path}: {value} is geen bestaande datum",
    ),
    "problem.invalid-date.hint": (
        "dates are written YYYY-MM-DD, e.g. 2018-10-11",
        "datums worden geschreven als JJJJ-MM-DD, bijv. 2018-10-11",
    ),
    "problem.invalid-date.not-a-date": (
        "{path}: {value} is not a date",
        "{path}: {value} is geen datum",
    ),
    # duplicate-id
    "problem.duplicate-id": (
        "id '{id}' is also used at {places}",
        "id '{id}' wordt ook gebruikt in {places}",
    ),
    "problem.duplicate-id.hint": (
        "give each item its own id (ids are compared ignoring case)",
        "geef elk item een eigen id (hoofdletters tellen bij ids niet mee)",
    ),
    "problem.duplicate-id.agenda": (
        "{section} id '{id}' is used twice",
        "{section}-id '{id}' wordt twee keer gebruikt",
    ),
    "problem.duplicate-id.agenda.hint": ("give each its own id", "geef elk een eigen id"),
    # unknown-kind
    "problem.unknown-kind": ("kind '{kind}' is not known", "soort (kind) '{kind}' is onbekend"),
    "problem.unknown-kind.hint": (
        "add 'kind: measure' (or pilot, meeting, indicator)",
        "voeg 'kind: measure' toe (of pilot, meeting, indicator)",
    ),
    "problem.unknown-kind.missing": ("kind is missing", "soort (kind) ontbreekt"),
    # references to the agenda
    "problem.unknown-opgave": (
        "opgave '{value}' is not in agenda.yaml",
        "opgave '{value}' staat niet in agenda.yaml",
    ),
    "problem.unknown-opgave.hint": (
        "add it to the opgaven in agenda.yaml",
        "voeg hem toe aan de opgaven in agenda.yaml",
    ),
    "problem.unknown-unit": (
        "unit '{value}' is not in agenda.yaml",
        "eenheid '{value}' staat niet in agenda.yaml",
    ),
    "problem.unknown-unit.hint": (
        "add it to the units in agenda.yaml",
        "voeg hem toe aan de eenheden (units) in agenda.yaml",
    ),
    "problem.unknown-basisteam": (
        "basisteam '{value}' is not listed for unit '{unit}'",
        "basisteam '{value}' staat niet bij eenheid '{unit}'",
    ),
    "problem.unknown-basisteam.hint": (
        "{suggestion}; or add it to the unit's basisteams in agenda.yaml",
        "{suggestion}; of voeg het toe aan de basisteams van de eenheid in agenda.yaml",
    ),
    # references between items
    "problem.unknown-reference": (
        "{field} '{value}' names no item",
        "{field} '{value}' noemt geen item",
    ),
    "problem.unknown-reference.hint": (
        "name the id of an item; 'ggp-tracker list' shows them",
        "noem de id van een item; 'ggp-tracker list' toont ze",
    ),
    "problem.unknown-reference.kind": (
        "measure '{value}' is a {kind}, not a measure",
        "measure '{value}' is een {kind}, geen maatregel",
    ),
    "problem.unknown-reference.kind.hint": (
        "name the id of a measure",
        "noem de id van een maatregel",
    ),
    # date-order
    "problem.date-order": (
        "{field} {end} is before start {start}",
        "{field} {end} ligt vóór start {start}",
    ),
    "problem.date-order.hint": (
        "check both dates; {field} should be on or after start",
        "controleer beide datums; {field} hoort op of na start te liggen",
    ),
    "problem.date-order.milestone": (
        "milestone '{title}' done {done}, before start {start}",
        "mijlpaal '{title}' gereed op {done}, vóór start {start}",
    ),
    "problem.date-order.milestone.hint": ("check the done date", "controleer de datum van gereed"),
    "problem.date-order.programme": (
        "programme end is before its start",
        "het einde van het programma ligt vóór de start",
    ),
    "problem.date-order.programme.hint": (
        "check both dates under 'programme:'; end should be on or after start",
        "controleer beide datums onder 'programme:'; end hoort op of na start te liggen",
    ),
    "problem.date-order.lovp": (
        "LOVP meeting {date} does not come after {before}",
        "LOVP-overleg {date} komt niet na {before}",
    ),
    "problem.date-order.lovp.hint": (
        "list the meeting dates in ascending order, each once",
        "zet de overlegdatums in oplopende volgorde, elk één keer",
    ),
}
