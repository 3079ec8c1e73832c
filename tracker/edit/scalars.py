"""Scalars written into programme files: plain where that is safe, else double-quoted.

A value is written plain only when every YAML reader, 1.1 or 1.2, reads it back as
the same text: no indicator at the start, no ': ' or ' #', nothing a resolver
could take for a number, date, boolean or null. Anything else is written as a
YAML 1.2 double-quoted scalar on one line, with escapes for line breaks and for
every character YAML does not allow raw.
"""

from __future__ import annotations

from datetime import date

import yaml

# YAML 1.1 resolves these (in any case) to booleans or null; 1.2 keeps some as text.
_WORDS = frozenset({"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"})
# First characters that are indicators, or that can start a number, date or special value.
_BAD_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@`0123456789+.~<= \t")
# In flow context PyYAML also ends plain text at '?' and ':'; keep clear of all of them.
_FLOW_INDICATORS = frozenset(",[]{}?:#")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\x00": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


class UnwritableText(ValueError):
    """Text that cannot be stored in a UTF-8 file (lone surrogates from undecodable input)."""


def _printable(char: str) -> bool:
    """Whether YAML allows `char` raw in a document (its c-printable set, less BOM)."""
    code = ord(char)
    if code < 0x20:
        return False
    if code < 0x7F:
        return True
    if code <= 0x9F or 0xD800 <= code <= 0xDFFF:
        return False
    return code not in (0xFEFF, 0xFFFE, 0xFFFF)


def _check_encodable(text: str) -> None:
    for char in text:
        if 0xD800 <= ord(char) <= 0xDFFF:
            raise UnwritableText(text)


def is_plain_safe(text: str, *, flow: bool = False) -> bool:
    """Whether `text` can be written without quotes and read back unchanged everywhere."""
    if not text or text[0] in _BAD_FIRST or text[-1] in " \t:":
        return False
    if ": " in text or " #" in text or text.lower() in _WORDS:
        return False
    if flow and any(char in _FLOW_INDICATORS for char in text):
        return False
    if not all(_printable(char) and char not in "\u2028\u2029" for char in text):
        return False
    # The rules above should settle it; YAML 1.1 readers (pure and libyaml) have the last word.
    source, wanted = (f"k: [{text}]\n", {"k": [text]}) if flow else (f"k: {text}\n", {"k": text})
    try:
        for loader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if yaml.load(source, Loader=loader) != wanted:
                return False
    except yaml.YAMLError:
        return False
    return True


def double_quoted(text: str) -> str:
    """`text` as a one-line YAML double-quoted scalar."""
    _check_encodable(text)
    out = ['"']
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            out.append(escaped)
        elif _printable(char):
            out.append(char)
        else:
            code = ord(char)
            if code <= 0xFF:
                out.append(f"\\x{code:02X}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04X}")
            else:
                out.append(f"\\U{code:08X}")
    out.append('"')
    return "".join(out)


def render_scalar(value: str | int | date, *, flow: bool = False) -> str:
    """A value as YAML text: dates, integers and safe words plain, anything else quoted."""
    if isinstance(value, bool):  # bool is an int: never meant here
        raise TypeError("booleans are not written by the tracker")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    _check_encodable(value)
    return value if is_plain_safe(value, flow=flow) else double_quoted(value)
