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
}
