"""Programme files shipped inside the package, for `ggp-tracker init`.

- `programme/`: a copy of the repository root's agenda.yaml and measures/, the
  real GGP agenda. After changing those files, refresh the copy with
  `.venv/bin/python -m tracker.bundled` (a test fails while they differ).
- `empty/en/`, `empty/nl/`: a minimal programme, one opgave and one measure,
  with a comment on every field. `@YEAR@` and `@NEXT_YEAR@` stand for the year
  of the as-of date and the year after, so the example starts out current.
"""

from __future__ import annotations

import shutil
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from tracker.files import AGENDA, find_files

PROGRAMME = "programme"
EMPTY = "empty"
HERE = Path(__file__).parent


def _walk(node: Traversable, prefix: str, out: dict[str, bytes]) -> None:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        rel = f"{prefix}{child.name}"
        if child.is_dir():
            _walk(child, rel + "/", out)
        elif child.is_file():
            out[rel] = child.read_bytes()


def bundled(*parts: str) -> dict[str, bytes]:
    """Files of a bundled programme (`programme`, or `empty`, `nl`): relative path -> bytes."""
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    out: dict[str, bytes] = {}
    if node.is_dir():
        _walk(node, "", out)
    return out


def programme_files(root: Path) -> dict[str, bytes]:
    """What the loader reads in `root`: agenda.yaml and measures/**, relative path -> bytes."""
    out: dict[str, bytes] = {}
    agenda = root / AGENDA
    if agenda.is_file():
        out[AGENDA] = agenda.read_bytes()
    found, _ = find_files(root)
    for entry in found:
        out[entry.rel] = Path(entry.path).read_bytes()
    return out


def refresh(root: Path, target: Path = HERE / PROGRAMME) -> dict[str, bytes]:
    """Replace `target` with a copy of the programme at `root`; returns what was copied."""
    files = programme_files(root)
    if AGENDA not in files:
        raise FileNotFoundError(f"no {AGENDA} in {root}")
    if target.exists():
        shutil.rmtree(target)
    for rel, data in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files
