"""Load, reload and memory figures for one programme folder.

    python bench/load_bench.py ROOT [--runs N]     print every figure for ROOT

Load is compared whole process against whole process with a bare PyYAML load
of the same files (`yaml.load_all` with the C safe loader), taking turns, so
that other work on the machine slows both alike. Reload and memory are measured
in child processes of their own (`reload` and `memory` modes, which print JSON).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import MIB, child_json, interleaved, median, python_child

AS_OF = date(2018, 11, 1)  # inside the generated programme's period

BARE = """
import os, sys, yaml
root = sys.argv[1]
paths = [os.path.join(root, "agenda.yaml")]
for folder, dirs, files in os.walk(os.path.join(root, "measures")):
    dirs.sort()
    paths += [os.path.join(folder, f) for f in sorted(files) if f.endswith((".yaml", ".yml"))]
count = 0
for path in paths:
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    count += sum(1 for _ in yaml.load_all(text, Loader=yaml.CSafeLoader))
print("documents", count)
"""

LOAD = """
import sys
from tracker.loader import ProgrammeLoader
programme = ProgrammeLoader(sys.argv[1]).load()
print("items", len(programme.items), "problems", len(programme.problems))
"""


def compare(root: Path, runs: int) -> dict[str, float]:
    """Median wall time of bare PyYAML and of the loader, whole processes, interleaved."""
    results = interleaved(
        {"bare": python_child(BARE, str(root)), "load": python_child(LOAD, str(root))}, runs
    )
    problems = results["load"][0].stdout.split()
    if problems[3] != "0":
        raise RuntimeError(f"the benchmark programme has problems: {results['load'][0].stdout}")
    bare = median([r.seconds for r in results["bare"]])
    load = median([r.seconds for r in results["load"]])
    return {
        "bare_s": bare,
        "load_s": load,
        "ratio": load / bare,
        "load_rss_mib": median([r.max_rss for r in results["load"]]) / MIB,
        "bare_rss_mib": median([r.max_rss for r in results["bare"]]) / MIB,
        "runs": runs,
    }


def _timed(fn: object) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()  # type: ignore[operator]
    return time.perf_counter() - start, value


def reload_child(root: Path, runs: int, full_runs: int) -> dict[str, float]:
    """In one process: full loads with a fresh loader, and reloads after one file changed.

    Reload figures are for the same loader each time; between reloads one file in
    the middle of the folder gets a different note, so its bytes, size and mtime
    change as an editor's save would change them.
    """
    from tracker.loader import ProgrammeLoader

    loader = ProgrammeLoader(root)
    first, programme = _timed(loader.load)
    full = [first]
    files = sorted((root / "measures").rglob("*.yaml"))
    target = files[len(files) // 2]
    original = target.read_bytes()
    reloads: list[float] = []
    unchanged: list[float] = []
    try:
        for number in range(runs):
            seconds, _ = _timed(loader.load)
            unchanged.append(seconds)
            edited = original.replace(b"note: ", f"note: Edit {number}. ".encode(), 1)
            if edited == original:
                edited = original + f"# edit {number}\n".encode()
            target.write_bytes(edited)
            seconds, again = _timed(loader.load)
            reloads.append(seconds)
            if len(again.items) != len(programme.items):  # type: ignore[attr-defined]
                raise RuntimeError("reload gave a different number of items")
            if len(full) < full_runs:
                del again
                gc.collect()
                seconds, _ = _timed(ProgrammeLoader(root).load)
                full.append(seconds)
    finally:
        target.write_bytes(original)
    full_s = median(full)
    reload_s = median(reloads)
    return {
        "full_s": full_s,
        "reload_s": reload_s,
        "reload_pct": 100 * reload_s / full_s,
        "unchanged_s": median(unchanged),
        "runs": runs,
        "full_runs": len(full),
    }


def memory_child(root: Path, traced: bool) -> dict[str, float]:
    """Peak memory of loading and deriving the state: resident, then traced by tracemalloc."""
    import resource
    import tracemalloc

    from tracker.loader import ProgrammeLoader
    from tracker.state import build_state

    out: dict[str, float] = {}
    load_s, programme = _timed(ProgrammeLoader(root).load)
    state_s, state = _timed(lambda: build_state(programme, AS_OF))  # type: ignore[arg-type]
    out["load_s"] = load_s
    out["state_s"] = state_s
    out["rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MIB
    del programme, state
    gc.collect()
    if traced:
        tracemalloc.start()
        programme = ProgrammeLoader(root).load()
        build_state(programme, AS_OF)
        out["traced_peak_mib"] = tracemalloc.get_traced_memory()[1] / MIB
        tracemalloc.stop()
    return out


def reload(root: Path, runs: int, full_runs: int) -> dict[str, float]:
    argv = [sys.executable, __file__, "reload", str(root), f"--runs={runs}"]
    return child_json([*argv, f"--full-runs={full_runs}"])


def memory(root: Path, traced: bool = True) -> dict[str, float]:
    argv = [sys.executable, __file__, "memory", str(root)]
    return child_json(argv if traced else [*argv, "--untraced"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", nargs="?", choices=("all", "reload", "memory"), default="all")
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--full-runs", type=int, default=3)
    parser.add_argument("--untraced", action="store_true")
    args = parser.parse_args(argv)
    if args.mode == "reload":
        print(json.dumps(reload_child(args.root, args.runs, args.full_runs)))
    elif args.mode == "memory":
        print(json.dumps(memory_child(args.root, not args.untraced)))
    else:
        figures = {
            "compare": compare(args.root, args.runs),
            "reload": reload(args.root, args.runs, args.full_runs),
            "memory": memory(args.root),
        }
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
