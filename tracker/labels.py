"""Every user-visible word, in English and Dutch: one table, no strings elsewhere."""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("en", "nl")

# Health is never shown by colour alone: a symbol and a word go with it.
HEALTH_SYMBOL = {"green": "●", "amber": "▲", "red": "■", "none": "○"}
HEALTH_COLOUR = {"green": "green", "amber": "dark_orange", "red": "red", "none": "grey50"}

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # kinds
    "measure": ("Measure", "Maatregel"),
    "measures": ("Measures", "Maatregelen"),
    "pilot": ("Pilot", "Pilot"),
    "pilots": ("Pilots", "Pilots"),
    "meeting": ("Meeting", "Bijeenkomst"),
    "meetings": ("Meetings", "Bijeenkomsten"),
    "action": ("Action", "Actie"),
    "actions": ("Actions", "Acties"),
    "indicator": ("Indicator", "Indicator"),
    "indicators": ("Indicators", "Indicatoren"),
    "opgave": ("Opgave", "Opgave"),
    "opgaven": ("Opgaven", "Opgaven"),
    "programme-wide": ("Programme-wide", "Programmabreed"),
    # measure status
    "status.planned": ("planned", "gepland"),
    "status.active": ("active", "actief"),
    "status.done": ("done", "gereed"),
    "status.paused": ("paused", "gepauzeerd"),
    "status.stopped": ("stopped", "gestopt"),
    # pilot phase
    "phase.idea": ("idea", "idee"),
    "phase.preparing": ("preparing", "voorbereiding"),
    "phase.running": ("running", "loopt"),
    "phase.evaluating": ("evaluating", "evaluatie"),
    "phase.scaling": ("scaling up", "opschaling"),
    "phase.embedded": ("embedded", "geborgd"),
    "phase.stopped": ("stopped", "gestopt"),
    # health
    "health.green": ("green", "groen"),
    "health.amber": ("amber", "oranje"),
    "health.red": ("red", "rood"),
    "health.none": ("not set", "onbekend"),
    # meeting types
    "type.network": ("network meeting", "netwerkbijeenkomst"),
    "type.lovp": ("LOVP meeting", "LOVP-overleg"),
    "type.triangle": ("triangle consultation", "driehoeksoverleg"),
    "type.other": ("other", "overig"),
    # attention reasons
    "reason.red": ("red", "rood"),
    "reason.overdue": ("overdue", "te laat"),
    "reason.stale": ("stale", "geen recente update"),
    "reason.decision": ("decision needed", "besluit nodig"),
    "reason.below-target": ("below target", "onder doel"),
    # trends
    "trend.up": ("up", "stijgend"),
    "trend.down": ("down", "dalend"),
    "trend.flat": ("flat", "gelijk"),
    # columns and fields
    "id": ("Id", "Id"),
    "kind": ("Kind", "Soort"),
    "title": ("Title", "Titel"),
    "status": ("Status", "Status"),
    "phase": ("Phase", "Fase"),
    "health": ("Health", "Gezondheid"),
    "progress": ("Progress", "Voortgang"),
    "owner": ("Owner", "Eigenaar"),
    "unit": ("Unit", "Eenheid"),
    "basisteam": ("Basisteam", "Basisteam"),
    "due": ("Due", "Deadline"),
    "done": ("Done", "Gereed"),
    "start": ("Start", "Start"),
    "end": ("End", "Einde"),
    "date": ("Date", "Datum"),
    "type": ("Type", "Type"),
    "stale": ("Stale", "Verouderd"),
    "overdue": ("Overdue", "Te laat"),
    "last_update": ("Last update", "Laatste update"),
    "latest": ("Latest", "Laatste"),
    "value": ("Value", "Waarde"),
    "target": ("Target", "Doel"),
    "better": ("Better", "Beter"),
    "meets_target": ("Meets target", "Haalt doel"),
    "trend": ("Trend", "Trend"),
    "decisions": ("Decisions", "Besluiten"),
    "items": ("Items", "Items"),
    "mean_progress": ("Mean progress", "Gem. voortgang"),
    "file": ("File", "Bestand"),
    "yes": ("yes", "ja"),
    "no": ("no", "nee"),
    # messages
    "as_of": ("as of", "peildatum"),
    "as_of_clamped": (
        "as of {date}, the programme's end (asked for {asked})",
        "per {date}, het einde van het programma (gevraagd: {asked})",
    ),
    "next_lovp": ("Next LOVP meeting", "Volgend LOVP-overleg"),
    "reporting_period": ("Reporting period", "Rapportageperiode"),
    "legend": (
        "! overdue  ~ stale  ● green  ▲ amber  ■ red  ○ health not set",
        "! te laat  ~ geen recente update  ● groen  ▲ oranje  ■ rood  ○ geen gezondheid",
    ),
    "no_rows": ("Nothing matches.", "Niets gevonden."),
    "problems_count": (
        "{errors} errors, {warnings} warnings; {items} items loaded",
        "{errors} fouten, {warnings} waarschuwingen; {items} items geladen",
    ),
    # schema and init
    "write_failed": (
        "cannot write {file}: {reason}",
        "kan {file} niet schrijven: {reason}",
    ),
    "schema_written": ("schema written to {file}", "schema geschreven naar {file}"),
    "init_not_empty": (
        "{dir} is not empty; init only fills a new or empty folder, so that nothing is "
        "overwritten. Give a folder name that does not exist yet.",
        "{dir} is niet leeg; init vult alleen een nieuwe of lege map, zodat er niets wordt "
        "overschreven. Geef een mapnaam die nog niet bestaat.",
    ),
    "init_not_a_folder": (
        "{dir} exists and is not a folder; give a folder name that does not exist yet.",
        "{dir} bestaat al en is geen map; geef een mapnaam die nog niet bestaat.",
    ),
    "init_unreadable": (
        "{dir} cannot be read; check its permissions or give another folder.",
        "{dir} is niet leesbaar; controleer de rechten of geef een andere map.",
    ),
    "init_done": (
        "Created {dir}: {files} files, {items} items. Next: put the folder under git "
        "(git init), open it in your editor, and run 'ggp-tracker validate --root {dir}' "
        "after each change.",
        "{dir} aangemaakt: {files} bestanden, {items} items. Zet de map nu onder git "
        "(git init), open hem in uw editor en draai na elke wijziging "
        "'ggp-tracker validate --root {dir}'.",
    ),
}


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
