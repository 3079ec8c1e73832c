"""Rich `Text` pieces the views share.

Text from the programme files goes in as data, never as markup, and without
control characters. Health always carries a symbol and a word beside its colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text

from tracker.labels import HEALTH_COLOUR, HEALTH_SYMBOL, Lang, label, value_label
from tracker.textsafe import clean, one_line

SPARK = "▁▂▃▄▅▆▇█"
# Attention reasons: a symbol beside the word, as for health (legend in the label table).
REASON_SYMBOL = {
    "contradicts": "≠",
    "red": "■",
    "overdue": "!",
    "risk": "◆",
    "stale": "~",
    "decision": "?",
    "below-target": "▼",
}
REASON_STYLE = {
    "contradicts": "bold red",
    "risk": "red",
    "red": "bold red",
    "overdue": "red",
    "stale": "yellow",
    "decision": "magenta",
    "below-target": "dark_orange",
}


def plain(value: object, style: str = "") -> Text:
    """One line of YAML text as data."""
    return Text(one_line(value), style=style, no_wrap=True, end="")


def para(value: object, style: str = "") -> Text:
    """Multi-line YAML text as data (newlines kept, controls removed)."""
    return Text(clean(value).strip("\n"), style=style)


def health(value: str | None, lang: Lang) -> Text:
    key = value or "none"
    return Text(
        f"{HEALTH_SYMBOL[key]} {value_label('health', value, lang)}",
        style=HEALTH_COLOUR[key],
        end="",
    )


def reason(value: str, lang: Lang) -> Text:
    return Text(
        f"{REASON_SYMBOL.get(value, '·')} {value_label('reason', value, lang)}",
        style=REASON_STYLE.get(value, ""),
        end="",
    )


def bar(percent: float | None, width: int = 20) -> Text:
    """A progress bar with the figure beside it, so the bar is never the only cue."""
    if percent is None:
        return Text("░" * width + "    –", style="dim", end="")
    filled = max(0, min(width, round(percent / 100 * width)))
    out = Text(end="")
    out.append("█" * filled, style="green")
    out.append("░" * (width - filled), style="dim")
    out.append(f" {round(percent):>3}%")
    return out


def sparkline(values: Sequence[float]) -> str:
    """Values as block characters, lowest to highest of the series."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return SPARK[3] * len(values)
    top = len(SPARK) - 1
    return "".join(SPARK[round((v - low) / (high - low) * top)] for v in values)


def number(value: float | None, fmt: str = "number") -> str:
    if value is None:
        return ""
    text = f"{value:,.10g}".replace(",", " ") if abs(value) >= 10000 else f"{value:g}"
    return f"{text}%" if fmt == "percent" else text


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def kv(key: str, value: Text | str, lang: Lang, width: int = 16) -> Text:
    """A `Label: value` line; the label is ours, the value may be YAML text."""
    out = Text(f"{label(key, lang)}:".ljust(width), style="bold")
    out.append_text(value if isinstance(value, Text) else Text(value))
    return out
