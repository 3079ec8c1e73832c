"""Scalars the tracker writes read back as the same text, under YAML 1.1 and 1.2."""

from __future__ import annotations

from datetime import date

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tracker.edit.scalars import UnwritableText, is_plain_safe, render_scalar
from tracker.yamlread import read_documents


def _reads_back(rendered: str, text: str, flow: bool = False) -> None:
    source = f"k: [{rendered}]\n" if flow else f"k: {rendered}\n"
    read = read_documents(source, "t.yaml")
    assert not read.problems
    value = read.documents[0].value["k"]
    assert (value[0] if flow else value) == text
    assert yaml.safe_load(source) == {"k": [text] if flow else text}


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "No",
        "ON",
        "off",
        "y",
        "null",
        "~",
        "true",
        "123",
        "1.5",
        "0x1F",
        "1:20",
        "2018-10-11",
        ".inf",
        "a: b",
        "x #y",
        "- x",
        "? q",
        "@home",
        "`cmd`",
        "%TAG",
        "'quoted'",
        '"q"',
        "ends with colon:",
        " leading",
        "trailing ",
        "",
        "line\nbreak",
        "tab\there",
        "nel\x85ls\u2028ps\u2029",
        "bom\ufeff",
        "bell\x07esc\x1b",
        "<<",
        "=",
    ],
)
def test_texts_that_need_quotes_are_quoted(text: str) -> None:
    rendered = render_scalar(text)
    assert rendered.startswith('"'), rendered
    _reads_back(rendered, text)


@pytest.mark.parametrize(
    "text", ["Second meeting held.", "één team", "Jan de Vries", "webcare", "back\\slash"]
)
def test_ordinary_text_stays_plain(text: str) -> None:
    assert render_scalar(text) == text
    _reads_back(text, text)


def test_flow_context_quotes_flow_indicators() -> None:
    assert is_plain_safe("a, b")
    assert not is_plain_safe("a, b", flow=True)
    _reads_back(render_scalar("a, b", flow=True), "a, b", flow=True)


def test_dates_and_numbers_are_plain() -> None:
    assert render_scalar(date(2018, 11, 1)) == "2018-11-01"
    assert render_scalar(45) == "45"
    with pytest.raises(TypeError):
        render_scalar(True)


def test_lone_surrogates_are_refused() -> None:
    with pytest.raises(UnwritableText):
        render_scalar("bad \udcff byte")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_any_text_reads_back(text: str) -> None:
    _reads_back(render_scalar(text), text)
    _reads_back(render_scalar(text, flow=True), text, flow=True)
