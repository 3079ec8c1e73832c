"""`python -m tracker.bundled`: refresh the bundled copy of the repository's programme."""

from __future__ import annotations

import sys
from pathlib import Path

from tracker.bundled import HERE, PROGRAMME, refresh


def main() -> int:
    # Run from a checkout: the repository root is two folders above this package.
    root = Path(__file__).resolve().parents[2]
    try:
        files = refresh(root)
    except FileNotFoundError as exc:
        print(f"{exc}: run this from a ggp-tracker checkout", file=sys.stderr)
        return 1
    print(f"copied {len(files)} files from {root} to {HERE / PROGRAMME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
