"""A file that does not parse causes no false errors elsewhere."""

from __future__ import annotations

from pathlib import Path

from tracker.loader import load_programme


def test_references_into_a_file_that_did_not_parse_are_said_once(good_root: Path) -> None:
    netwerk = good_root / "measures" / "lovp" / "netwerk.yaml"
    netwerk.write_text(netwerk.read_text() + "  - date: [unclosed\n")
    programme = load_programme(good_root)
    codes = [p.code for p in programme.problems]
    assert "yaml-syntax" in codes
    # webcare's `measure: netwerk` is not an error of its own, and webcare still loads.
    assert "unknown-reference" not in codes
    assert "webcare" in {i.id for i in programme.items}
    (unsure,) = [p for p in programme.problems if p.code == "unresolved-reference"]
    assert not unsure.is_error and unsure.hint
    assert "measures/lovp/netwerk.yaml" in unsure.message


def test_without_a_broken_file_an_unknown_reference_is_still_an_error(good_root: Path) -> None:
    webcare = good_root / "measures" / "pilots" / "webcare.yaml"
    webcare.write_text(webcare.read_text().replace("measure: netwerk", "measure: netwerkk"))
    codes = [p.code for p in load_programme(good_root).problems]
    assert "unknown-reference" in codes and "unresolved-reference" not in codes
