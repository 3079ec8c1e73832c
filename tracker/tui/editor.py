"""Opening a programme file in the user's editor at a line.

`$EDITOR` may hold arguments (`code -w`, `emacs -nw`); it is split like a shell
would. Without it, `vi`. The line goes in as `+LINE`, which vi, vim, nano,
emacs, micro and kakoune understand.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

FALLBACK = "vi"


def editor_command(path: Path, line: int = 0, env: Mapping[str, str] | None = None) -> list[str]:
    environ = os.environ if env is None else env
    words = shlex.split(environ.get("EDITOR", "").strip() or FALLBACK)
    return [*words, f"+{line}", str(path)] if line > 0 else [*words, str(path)]


def run_editor(argv: list[str]) -> int:
    """Run the editor in the foreground and wait; its exit status."""
    return subprocess.call(argv)
