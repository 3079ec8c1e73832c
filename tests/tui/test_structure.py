"""How the terminal UI is put together: what its first screen imports, how extensions
are reached. Which packages may import Textual, and the layers, are import-linter
contracts (pyproject.toml); circles are found by tests/test_import_graph.py."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO

TUI = REPO / "tracker" / "tui"


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
