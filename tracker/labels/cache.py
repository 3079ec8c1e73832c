"""The parse cache: what the command line says about its setting."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    "cache.relative": (
        "GGP_TRACKER_CACHE is '{value}', a relative folder, which would put the parse cache "
        "wherever the command runs; write an absolute folder (e.g. {example}), 'off', or "
        "leave it unset for the default",
        "GGP_TRACKER_CACHE is '{value}', een relatieve map: dan komt de parse-cache in de "
        "map waar de opdracht draait; schrijf een absolute map (bijv. {example}), 'off', of "
        "laat de variabele weg voor de standaardmap",
    ),
}
