"""Text from programme files is data: remove what a terminal would execute."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidi overrides, except newline and tab.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """`text` as a string without control characters (newline and tab stay)."""
    return _CONTROLS.sub("", "" if text is None else str(text))


# Characters that show as nothing: zero-width space, non-joiner and joiner, word joiner,
# byte-order mark, soft hyphen, Mongolian vowel separator, invisible operators, direction
# marks. A text of only these (and spaces) says nothing, yet is not empty to `str.strip`.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u200e\u200f")
)


def is_blank(text: str) -> bool:
    """Whether `text` shows as nothing: empty, white space or invisible characters only."""
    return not clean(text).translate(_INVISIBLE).strip()


def one_line(text: object, limit: int | None = None) -> str:
    """`clean` text folded to one line, optionally shortened with an ellipsis."""
    out = " ".join(clean(text).split())
    if limit is not None and len(out) > limit:
        return out[: max(limit - 1, 0)] + "…"
    return out


# JSON escapes C0 itself; DEL, C1 and bidi controls it leaves raw for a terminal to act on.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# Where orjson writes a number otherwise than `json.dumps` (1e-05 as 0.00001 or 1e-5):
# text that may hold one is made by `json.dumps` instead.
_NUMBER_DIFFERS = re.compile(r"0\.0000|[0-9]e-[1-9](?![0-9])")


def _indented(data: object) -> str | None:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, made by orjson's compiled encoder
    (the standard library's indenting encoder is pure Python: a tenth of a second per
    thousand rows); None where the two could differ, so the caller uses `json.dumps`."""
    try:
        import orjson
    except ImportError:
        return None
    # Dates, dataclasses and subclasses of str or int are left to `json.dumps`, as are
    # integers beyond 64 bits, non-text keys and lone surrogates: orjson refuses them.
    passthrough = (
        orjson.OPT_PASSTHROUGH_DATETIME
        | orjson.OPT_PASSTHROUGH_DATACLASS
        | orjson.OPT_PASSTHROUGH_SUBCLASS
    )
    try:
        text = orjson.dumps(data, option=orjson.OPT_INDENT_2 | passthrough).decode()
    except TypeError:
        return None
    return None if _NUMBER_DIFFERS.search(text) else text


def json_text(data: object, **options: object) -> str:
    """JSON for a terminal: readable UTF-8, but every control character escaped.

    The same text as `json.dumps(data, ensure_ascii=False, **options)` (finite numbers:
    the format allows no other) before the escaping."""
    text = _indented(data) if options == {"indent": 2} else None
    if text is None:
        import json

        text = json.dumps(data, ensure_ascii=False, **options)  # type: ignore[arg-type]
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
