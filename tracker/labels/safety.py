"""Security and robustness: refusals and warnings that keep hostile or damaged input harmless."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    "safety.rev_too_large": (
        "Revision {rev} holds {size} bytes of programme files, more than the {limit} "
        "that are read from one revision.",
        "Revisie {rev} bevat {size} bytes aan programmabestanden, meer dan de {limit} "
        "die uit één revisie gelezen worden.",
    ),
}
