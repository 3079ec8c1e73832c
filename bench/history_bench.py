"""Figures for the reported history: snapshot, diff and history against validate.

    python bench/history_bench.py [--sizes 26,2000,10000] [--runs 5]

For each size (26: the programme shipped at the repository root; otherwise a
generated programme of that many items) the folder is put in a fresh git
repository with two commits, then each command runs as a whole process,
taking turns with `validate` on the same folder, so that the ratios hold
however busy the machine is. Medians of `--runs` runs; bytes per snapshot.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import REPO, interleaved, machine, median

AS_OF = "2018-11-01"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.org",
}


def _git(root: Path, *args: str) -> None:
    env = {**os.environ, **GIT_ENV}
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def _programme(size: int, root: Path) -> None:
    if size == 26:
        root.mkdir()
        shutil.copy(REPO / "agenda.yaml", root)
        shutil.copytree(REPO / "measures", root / "measures")
    else:
        subprocess.run(
            [sys.executable, str(REPO / "bench" / "generate.py"), str(size), str(root)],
            check=True,
            capture_output=True,
        )
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "first")
    # A second commit: one more line in the first item file, so git:HEAD~1 differs.
    first = sorted((root / "measures").rglob("*.yaml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _git(root, "commit", "-q", "-am", "second")


def _cli(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tracker", *args, "--root", str(root), "--as-of", AS_OF]


def bench(size: int, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="ggp-history-bench-") as temp:
        root = Path(temp) / "programme"
        _programme(size, root)
        subprocess.run(_cli(root, "snapshot", "--label", "base"), check=True, capture_output=True)
        history = root / ".tracker" / "history.json"
        per_snapshot = history.stat().st_size
        commands = {
            "validate": _cli(root, "validate"),
            "snapshot": _cli(root, "snapshot", "--label", "again", "--replace"),
            "diff label now": _cli(root, "diff", "base", "--json"),
            "diff git:HEAD~1 now": _cli(root, "diff", "git:HEAD~1", "--json"),
            "history": _cli(root, "history", "--json"),
        }
        results = interleaved(commands, runs)
        base = median([r.seconds for r in results["validate"]])
        print(f"\n{size} items; history file {per_snapshot / 1024:.0f} KiB per snapshot")
        print(f"  {'command':<22}{'median':>10}{'× validate':>12}")
        for name, found in results.items():
            seconds = median([r.seconds for r in found])
            print(f"  {name:<22}{seconds:>9.3f}s{seconds / base:>12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="26,2000,10000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("machine:", ", ".join(f"{k} {v}" for k, v in machine().items()))
    for size in (int(s) for s in args.sizes.split(",")):
        bench(size, args.runs)


if __name__ == "__main__":
    main()
