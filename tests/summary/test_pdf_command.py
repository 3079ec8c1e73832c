"""`ggp-tracker summary --format pdf` as a user runs it, with and without Pango."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.summary.conftest import make_programme
from tracker.cli import main

ARGS = ("--as-of", "2018-11-01", "--meeting", "2018-12-06")


class _NoPango:
    """An import finder that fails as WeasyPrint's import fails on a machine without Pango."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0': No such file or directory")


def _pango() -> bool:
    try:
        import weasyprint  # noqa: F401
    except OSError:
        return False
    return True


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_programme(tmp_path / "programme")


def test_without_pango_one_line_says_what_to_install(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_NoPango(), *sys.meta_path])
    target = tmp_path / "lovp.pdf"
    code = main(["summary", "--root", str(root), *ARGS, "--lang", "nl", "-o", str(target)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[-1].startswith("PDF heeft de Pango-bibliotheek")
    assert "apt-get install libpango-1.0-0" in lines[-1]
    assert not target.exists()


@pytest.mark.skipif(not _pango(), reason="WeasyPrint cannot load Pango on this machine")
def test_pdf_from_the_extension_or_the_format(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "summary.pdf"
    assert main(["summary", "--root", str(root), *ARGS, "-o", str(target)]) == 0
    reader = PdfReader(target)
    assert reader.pages[0].extract_text().startswith("LOVP status summary")
    monkeypatch.chdir(tmp_path)
    assert main(["summary", "--root", str(root), *ARGS, "--format", "pdf"]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == "summary written to lovp-2018-12-06.pdf"
    assert (tmp_path / "lovp-2018-12-06.pdf").read_bytes().startswith(b"%PDF")
