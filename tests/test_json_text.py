"""`json_text` writes what `json.dumps` writes, control characters escaped, however made."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.textsafe import _JSON_UNSAFE, json_text

# The values commands print: text of any kind, whole numbers (also beyond 64 bits),
# finite numbers of any size, truth values, nothing; lists, tuples and maps of them.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(1e-12, 1e-3),
    st.text(st.characters(codec=None)),
    st.text(st.characters(min_codepoint=0, max_codepoint=0x3000)),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
    ),
    max_leaves=30,
)


def _expected(data: object, **options: object) -> str:
    text = json.dumps(data, ensure_ascii=False, **options)  # type: ignore[arg-type]
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@settings(max_examples=500, deadline=None)
@given(data=values)
def test_indented_json_is_what_the_standard_library_writes(data: object) -> None:
    assert json_text(data, indent=2) == _expected(data, indent=2)


@given(data=values)
def test_other_options_are_what_the_standard_library_writes(data: object) -> None:
    assert json_text(data) == _expected(data)
    assert json_text(data, indent=2, sort_keys=True) == _expected(data, indent=2, sort_keys=True)


def test_rows_as_list_prints_them() -> None:
    rows = [
        {"id": "m\x1b[31m", "opgaven": [], "due": "2018-10-01", "value": 62.5, "stale": False},
        {"id": "\u202eevil", "opgaven": ["a", "b"], "due": None, "value": 1e-05, "line": 3},
    ]
    assert json_text(rows, indent=2) == _expected(rows, indent=2)
    assert "\\u001b" in json_text(rows, indent=2) and "\\u202e" in json_text(rows, indent=2)


def test_what_json_cannot_write_fails_as_it_does() -> None:
    with pytest.raises(TypeError):
        json_text({"day": date(2018, 1, 1)}, indent=2)
    assert json_text({1: "a"}, indent=2) == _expected({1: "a"}, indent=2)
