"""Only tracker/tui/ may use Textual; the rest of the tracker stays free of it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

TRACKER = REPO / "tracker"
TUI = TRACKER / "tui"


def textual_imports(path: Path) -> list[int]:
    """Lines of `path` that import textual (import textual..., from textual... import)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name == "textual" or name.startswith("textual.") for name in names):
            lines.append(node.lineno)
    return lines


def test_only_the_tui_imports_textual() -> None:
    offenders = []
    for path in sorted(TRACKER.rglob("*.py")):
        if TUI in path.parents:
            continue
        offenders += [f"{path.relative_to(REPO)}:{line}" for line in textual_imports(path)]
    assert offenders == [], "Textual imported outside tracker/tui/: " + ", ".join(offenders)


def test_the_check_finds_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom textual.app import App\nimport textual\n")
    assert textual_imports(sample) == [2, 3]


def test_opening_the_app_defers_the_loader() -> None:
    """The first screen paints before the loader, pydantic and the YAML reader are imported."""
    code = (
        "import sys, tracker.tui.app; "
        "print(sorted(m for m in ('tracker.loader', 'tracker.state', 'pydantic', 'yaml') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_extensions_are_reached_only_through_the_registry() -> None:
    """The screens read what extensions registered; no module imports an extension itself,
    so an extension depends on the app and never the other way round."""
    from tracker.tui.registry import EXTENSIONS

    offenders = []
    for path in sorted(TUI.rglob("*.py")):
        if path.name == "registry.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            offenders += [
                f"{path.relative_to(REPO)}:{node.lineno}" for n in names if n in EXTENSIONS
            ]
    assert offenders == [], "extension imported directly: " + ", ".join(offenders)
