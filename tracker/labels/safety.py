"""Security and robustness: refusals and warnings that keep hostile or damaged input harmless."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    "safety.rev_too_large": (
        "Revision {rev} holds {size} bytes of programme files, more than the {limit} "
        "that are read from one revision.",
        "Revisie {rev} bevat {size} bytes aan programmabestanden, meer dan de {limit} "
        "die uit één revisie gelezen worden.",
    ),
    "safety.edit_locked": (
        "Another change is being written to this programme ({path} is held); try again.",
        "Er wordt al een andere wijziging in dit programma geschreven ({path} is bezet); "
        "probeer het opnieuw.",
    ),
    "safety.lock_not_folder": (
        "{path} is not a folder (or is a link); the edit lock cannot be kept there.",
        "{path} is geen map (of is een link); de schrijfvergrendeling kan daar niet staan.",
    ),
    "safety.edit_too_large": (
        "{file} would grow to {size} bytes, past the {limit} a programme file may hold "
        "(its items would no longer load); nothing was written. Move some items to a new file",
        "{file} zou {size} bytes worden, meer dan de {limit} die een programmabestand mag "
        "bevatten (de items zouden niet meer laden); er is niets geschreven. Verplaats items "
        "naar een nieuw bestand",
    ),
    "safety.read_only": (
        "{file} is read-only; nothing was written. Make it writable first if it should change",
        "{file} is alleen-lezen; er is niets geschreven. Maak het eerst schrijfbaar als het "
        "moet veranderen",
    ),
    "safety.history_damaged": (
        "{count} damaged snapshot(s) in {path} left out: {names}. Correct or remove them "
        "by hand; the others are used.",
        "{count} beschadigde snapshot(s) in {path} overgeslagen: {names}. Herstel of "
        "verwijder ze met de hand; de andere worden gebruikt.",
    ),
    "safety.snapshot_damaged": (
        "Snapshot '{label}' in {path} is damaged and cannot be compared; correct it by "
        "hand, or take it again with 'ggp-tracker snapshot --replace'.",
        "Snapshot '{label}' in {path} is beschadigd en kan niet vergeleken worden; herstel "
        "hem met de hand, of leg hem opnieuw vast met 'ggp-tracker snapshot --replace'.",
    ),
    "safety.output_failed": (
        "ggp-tracker: the output could not be written: {reason}",
        "ggp-tracker: de uitvoer kon niet geschreven worden: {reason}",
    ),
}
