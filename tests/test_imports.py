"""What a start imports: the modules of the package and the libraries each command loads.

Start-up time is mostly imports. A command that starts importing something new (a
library the terminal UI needs, the editing code, pydantic for `--version`) shows
here as a new name, whatever the machine's speed: the lists below are exact.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD, REPO

# What every command that reads the programme needs when its files' parse results are
# all in the parse cache: the loader, the records it makes, the cache.
_READING = {
    "tracker.cachesetting",
    "tracker.cli",
    "tracker.context",
    "tracker.files",
    "tracker.format2_checks",
    "tracker.gcpause",
    "tracker.labels",
    "tracker.loader",
    "tracker.loader.crossfile",
    "tracker.loader.results",
    "tracker.loader.remembered",
    "tracker.loader.stored",
    "tracker.output",
    "tracker.parsecache",
    "tracker.problems",
    "tracker.records",
    "tracker.textsafe",
    "msgpack",
    "platformdirs",
}

# What parsing a file adds: the YAML reader and the models that validate.
_PARSING = {
    "tracker.loader.document",
    "tracker.loader.parse",
    "tracker.models",
    "tracker.validation",
    "tracker.vocabulary",
    "tracker.yamlread",
    "annotated_types",
    "pydantic",
    "pydantic_core",
    "typing_extensions",
    "typing_inspection",
    "yaml",
}

# What a command that lists rows adds: the State and its parts, the column registry.
_STATE = {
    "tracker.attention",
    "tracker.vocabulary",
    "tracker.columns",
    "tracker.facts",
    "tracker.listing",
    "tracker.rollup",
    "tracker.state",
    "tracker.steering",
}

# With every file's parse result in the parse cache (a second run).
EXPECTED: dict[tuple[str, ...], set[str]] = {
    ("--version",): {
        "tracker.cachesetting",
        "tracker.cli",
        "tracker.context",
        "tracker.labels",
        "tracker.output",
        "tracker.textsafe",
    },
    ("--help",): {
        "tracker.cachesetting",
        "tracker.cli",
        "tracker.context",
        "tracker.labels",
        "tracker.output",
        "tracker.textsafe",
    },
    ("validate",): _READING | {"tracker.owners"},
    ("list", "measures", "--json"): _READING | _STATE | {"orjson"},
    ("list", "measures"): _READING
    | _STATE
    | {"tracker.render", "tracker.render.table", "rich"}
    # the table's layout: lines, widths, frames, and the lines to the console
    | {f"tracker.textlayout{part}" for part in ("", ".emit", ".lines", ".table", ".widths")},
}


# With the parse cache off: every file is parsed.
EXPECTED_COLD: dict[tuple[str, ...], set[str]] = {
    ("validate",): _READING | _PARSING | {"tracker.owners"},
    ("list", "measures", "--json"): _READING | _PARSING | _STATE | {"orjson"},
}


def _third_party(top: str) -> bool:
    if top in sys.stdlib_module_names or top.startswith("_") or top == "sitecustomize":
        return False
    spec = importlib.util.find_spec(top)
    return spec is not None and spec.origin not in (None, "built-in", "frozen")


def imported(args: tuple[str, ...], cwd: Path, cache: str) -> set[str]:
    """Every module of the package and every third-party package `python -m tracker ARGS`
    imports, as `-X importtime` lists them."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tracker", "--root", str(GOOD), *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO), "GGP_TRACKER_CACHE": cache},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names: set[str] = set()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        name = line.rsplit("|", 1)[1].strip()
        top = name.split(".")[0]
        if name.startswith("tracker.labels."):
            # The label table's parts load as one table, whatever their number.
            names.add("tracker.labels")
        elif top == "tracker":
            names.add(name)
        elif _third_party(top):
            names.add(top)
    return names - {"tracker", "tracker.__main__"}


@pytest.mark.parametrize("args", list(EXPECTED), ids=" ".join)
def test_a_start_imports_only_what_its_command_needs(args: tuple[str, ...], tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    imported(args, tmp_path, cache)  # fills the parse cache
    assert imported(args, tmp_path, cache) == EXPECTED[args]


@pytest.mark.parametrize("args", list(EXPECTED_COLD), ids=" ".join)
def test_parsing_files_imports_the_reader_and_the_models(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    assert imported(args, tmp_path, "off") == EXPECTED_COLD[args]
