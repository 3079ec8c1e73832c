"""Running check-jsonschema, the standard validator, on YAML documents as editors see them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

# A document marker is `---` (or `...`) at the start of a line; YAML allows it
# nowhere else at column 0, not even inside a block or quoted scalar.
_MARKER = re.compile(r"^(?:---|\.\.\.)(?:[ \t].*)?$")


def check_jsonschema() -> str:
    beside = Path(sys.executable).parent / "check-jsonschema"
    found = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    assert found, "check-jsonschema is not installed (pip install -e '.[dev]')"
    return found


def split_documents(text: str) -> list[str]:
    """The documents of a YAML stream as separate texts, comments-only ones dropped.

    check-jsonschema reads one document per file and refuses a stream of several.
    """
    docs: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if _MARKER.match(line.rstrip("\r\n")):
            docs.append([])
        else:
            docs[-1].append(line)
    out = []
    for lines in docs:
        body = "".join(lines)
        meaningful = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
        if meaningful:
            out.append(body)
    return out


def run(schema: Path, files: list[Path]) -> dict[Path, list[str]]:
    """Validate `files` against `schema` in one run; file -> messages ('$.path: message')."""
    result = subprocess.run(
        [check_jsonschema(), "--output-format", "json", "--schemafile", str(schema)]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout)
    assert not report.get("parse_errors"), report["parse_errors"]
    messages: dict[Path, list[str]] = {f: [] for f in files}
    for error in report.get("errors", []):
        messages[Path(error["filename"])].append(f"{error['path']}: {error['message']}")
    assert (result.returncode == 0) == (report["status"] == "ok"), result.stderr
    return messages
