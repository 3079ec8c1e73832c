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
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import MIB, child_json, interleaved, median, python_child, run_child

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

# A later run of a command: the parse results come from the cache an earlier run left
# (tracker/parsecache.py; the folder is whatever GGP_TRACKER_CACHE names).
CACHED = """
import sys
from tracker.loader import ProgrammeLoader
programme = ProgrammeLoader(sys.argv[1], persist=True).load()
print("items", len(programme.items), "problems", len(programme.problems))
"""


def compare(root: Path, runs: int, others: dict[str, list[str]] | None = None) -> dict[str, float]:
    """Median wall time of bare PyYAML and of the loader, whole processes, taking turns.

    `others` are more commands to time in the same turns (e.g. the summary), each
    reported as `<name>_s`.
    """
    commands = {"bare": python_child(BARE, str(root)), "load": python_child(LOAD, str(root))}
    commands.update(others or {})
    results = interleaved(commands, runs)
    words = results["load"][0].stdout.split()
    if words[3] != "0":
        raise RuntimeError(f"the benchmark programme has problems: {results['load'][0].stdout}")
    out: dict[str, float] = {name: median([r.seconds for r in results[name]]) for name in results}
    out = {f"{name}_s": seconds for name, seconds in out.items()}
    for name in ("bare", "load"):
        out[f"{name}_cpu_s"] = median([r.cpu for r in results[name]])
    out["ratio"] = out["load_s"] / out["bare_s"]
    out["load_rss_mib"] = median([r.max_rss for r in results["load"]]) / MIB
    out["bare_rss_mib"] = median([r.max_rss for r in results["bare"]]) / MIB
    out["runs"] = runs
    return out


def bare_once(root: Path) -> tuple[float, float]:
    """One whole-process run of the bare PyYAML load: wall and CPU seconds."""
    run = run_child(python_child(BARE, str(root)))
    return run.seconds, run.cpu


def time_one(argv: list[str]) -> float:
    """One whole-process run of any command."""
    return run_child(argv).seconds


def _timed(fn: object) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()  # type: ignore[operator]
    return time.perf_counter() - start, value


def reload_child(root: Path, runs: int, full_runs: int, started: float) -> dict[str, float]:
    """In one process: a first load, the state, then reloads after one file changed.

    `started` is the wall-clock time at which the parent started this process, so
    the first load is also a whole-process figure. Further full loads, with a fresh
    loader, alternate with the reloads. Each reload follows a change of one file in
    the middle of the folder (another note: other bytes, size and mtime, as an
    editor's save). Full loads are followed by an untimed collection, so that
    reloads are timed as they run in a settled process, not paying for the objects
    a full load just made.
    """
    import resource

    from tracker.loader import ProgrammeLoader
    from tracker.state import build_state

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MIB

    loader = ProgrammeLoader(root)
    first, programme = _timed(loader.load)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out = {
        "process_load_s": time.time() - started,
        "process_load_cpu_s": usage.ru_utime + usage.ru_stime,
        "load_rss_mib": rss(),
    }
    state_s, state = _timed(lambda: whole_state(build_state(programme, AS_OF)))  # type: ignore[arg-type]
    out.update(state_s=state_s, state_rss_mib=rss())
    del state
    gc.collect()
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
                gc.collect()
    finally:
        target.write_bytes(original)
    full_s = median(full)
    reload_s = median(reloads)
    out.update(
        full_s=full_s,
        reload_s=reload_s,
        reload_pct=100 * reload_s / full_s,
        unchanged_s=median(unchanged),
        runs=runs,
        full_runs=len(full),
    )
    return out


def whole_state(state: Any) -> Any:
    """`state` with every part derived, as the terminal UI and the summary read it (the
    State derives a part when first read, so `build_state` alone does next to nothing)."""
    for part in ("items", "by_id", "actions", "rollups", "risks", "attention"):
        getattr(state, part)
    return state


def memory_child(root: Path) -> dict[str, float]:
    """Peak memory traced by tracemalloc while loading and deriving the state."""
    import tracemalloc

    from tracker.loader import ProgrammeLoader
    from tracker.state import build_state

    tracemalloc.start()
    programme = ProgrammeLoader(root).load()
    whole_state(build_state(programme, AS_OF))
    peak = tracemalloc.get_traced_memory()[1] / MIB
    tracemalloc.stop()
    return {"traced_peak_mib": peak}


def reload(root: Path, runs: int, full_runs: int) -> dict[str, float]:
    argv = [sys.executable, __file__, "reload", str(root), f"--runs={runs}"]
    return child_json([*argv, f"--full-runs={full_runs}", f"--started={time.time()!r}"])


def memory(root: Path) -> dict[str, float]:
    return child_json([sys.executable, __file__, "memory", str(root)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", nargs="?", choices=("all", "reload", "memory"), default="all")
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--full-runs", type=int, default=3)
    parser.add_argument("--started", type=float, default=None)
    args = parser.parse_args(argv)
    if args.mode == "reload":
        started = args.started if args.started is not None else time.time()
        print(json.dumps(reload_child(args.root, args.runs, args.full_runs, started)))
    elif args.mode == "memory":
        print(json.dumps(memory_child(args.root)))
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
