"""Every user-visible word, in English and Dutch: one table, no strings elsewhere.

The table is written in parts, one module per topic under `tracker/labels/`, each a
`LABELS` dict of key -> (English, Dutch); they are merged here into one lookup. A
key is defined once: a part that repeats another's key is a mistake that the tests
catch (`tests/test_labels.py`).
"""

from __future__ import annotations

from typing import Literal

from tracker.labels import (
    cache,
    core,
    documents,
    editing,
    format2,
    history,
    problems,
    problems_steering,
    reach,
    round,
    safety,
    summary,
    tui,
)

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

# Health is never shown by colour alone: a symbol and a word go with it.
HEALTH_SYMBOL = {"green": "●", "amber": "▲", "red": "■", "none": "○"}
HEALTH_COLOUR = {"green": "green", "amber": "dark_orange", "red": "red", "none": "grey50"}

# The parts of the table, in the order they are merged. A new topic adds its module here.
PARTS = (
    core,
    editing,
    summary,
    history,
    tui,
    cache,
    documents,
    format2,
    problems,
    problems_steering,
    reach,
    round,
    safety,
)

LABELS: dict[str, tuple[str, str]] = {}
for _part in PARTS:
    LABELS.update(_part.LABELS)


def label(key: str, lang: Lang = "en", **values: object) -> str:
    """The label for `key` in `lang`, formatted with `values`; the key itself if unknown."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[1] if lang == "nl" else pair[0]
    return text.format(**values) if values else text


def value_label(field: str, value: str | None, lang: Lang = "en") -> str:
    """A status, phase, health, type, reason or trend value in words."""
    if value is None:
        return "" if field != "health" else label("health.none", lang)
    return label(f"{field}.{value}", lang) if f"{field}.{value}" in LABELS else value
