"""Which file changes matter to the app: agenda.yaml and the YAML files below measures/.

Editors save by writing a temporary file and renaming it over the original, so
the app watches the programme folder, not single files.
"""

from __future__ import annotations

from pathlib import Path

from tracker.files import AGENDA, MEASURES

SUFFIXES = (".yaml", ".yml")


def relevant(root: Path, path: str) -> bool:
    """Whether a changed `path` can change what the programme loads."""
    try:
        rel = Path(path).relative_to(root)
    except ValueError:
        return False
    parts = rel.parts
    if not parts or any(p.startswith(".") for p in parts):
        return False
    if parts == (AGENDA,):
        return True
    if parts[0] != MEASURES:
        return False
    # A folder under measures/ moved or removed takes its files with it.
    return len(parts) == 1 or rel.suffix in SUFFIXES or not rel.suffix
