"""Every benchmark in one run (`make bench`): a table of figures at 10,000 and 100,000 items.

    python bench/run_all.py [--budget SECONDS] [--small N] [--large N] [--no-tui]

Programmes are generated once into a temporary folder (bench/generate.py) and
reused by every figure of the run. Timings are medians of whole processes, or
of steps inside a child process, taken in turns with the baseline they are
compared with, so that other work on the machine slows both alike: read the
ratios, not the seconds. Figures of the large programme are single runs, and
are left out (and said so) when the time budget would be exceeded.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import load_bench
from bench.generate import generate
from bench.harness import BENCH, REPO, Figure, machine, python_child, table
from tracker.parsecache import ENV as CACHE_ENV

AS_OF = load_bench.AS_OF.isoformat()


class Budget:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.start = time.monotonic()

    def left(self) -> float:
        return self.end - time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.start


def summary_available() -> bool:
    from tracker.cli import COMMANDS

    return "summary" in COMMANDS


def summary_argv(root: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tracker",
        "summary",
        "--format",
        "html",
        "--root",
        str(root),
        "--as-of",
        AS_OF,
        "-o",
        str(out),
    ]


def _script(path: Path, args: list[str], budget: Budget) -> list[str]:
    """Another benchmark script's report, as it prints it; stopped at the budget's end."""
    try:
        proc = subprocess.run(
            [sys.executable, str(path), *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=max(budget.left() - 5, 10),
        )
    except subprocess.TimeoutExpired:
        return [f"{path.name}: stopped, over the time budget"]
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0:
        lines += [f"{path.name} failed:", *proc.stderr.strip().splitlines()[-5:]]
    return lines


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=285.0, help="seconds for the whole run")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each small figure")
    parser.add_argument("--no-tui", action="store_true", help="leave out bench/tui_bench.py")
    args = parser.parse_args(argv)
    budget = Budget(args.budget)
    info = machine()
    print("ggp-tracker benchmarks")
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    # Timed as an installed package runs: from bytecode, which `pip install` writes.
    # Where PYTHONDONTWRITEBYTECODE is set, every run would compile every module anew.
    compileall.compile_dir(REPO / "tracker", quiet=1)
    summary = summary_available()
    tui = (BENCH / "tui_bench.py").exists() and not args.no_tui
    small_n, large_n = args.small, args.large

    load = Figure("load, whole process", "s", target="")
    bare = Figure("bare PyYAML load, whole process", "s", target="baseline")
    ratio = Figure("load / bare", "x", target="<= 1.2")
    bare_cpu = Figure("bare PyYAML load, CPU time", "s", target="baseline")
    load_cpu = Figure("load, CPU time", "s")
    full = Figure("full load, in process", "s")
    reload = Figure("reload, one file changed", "ms")
    reload_pct = Figure("reload / full load", "%", target="<= 2 %")
    unchanged = Figure("reload, nothing changed", "ms")
    state = Figure("build_state, every part", "s")
    rss = Figure("peak RSS, load", "MiB", target="<= 250 MiB")
    rss_state = Figure("peak RSS, load + state", "MiB", target="<= 250 MiB")
    traced = Figure("tracemalloc peak, load + state", "MiB", target="<= 250 MiB")
    cached = Figure("load from the parse cache, whole process", "s")
    cached_ratio = Figure("load from the parse cache / bare", "x")
    html_cold = Figure("summary --format html, empty cache", "s")
    html = Figure("summary --format html", "s", target="<= 2 s")
    figures = [bare, load, ratio, bare_cpu, load_cpu, cached, cached_ratio, full, reload]
    figures += [reload_pct, unchanged, state, rss, rss_state, traced, html_cold, html]
    tui_lines: list[str] = []
    summary_lines: list[str] = []
    skipped: list[str] = []

    with tempfile.TemporaryDirectory(prefix="ggp-bench-") as tmp:
        # Commands keep parse results between runs: in a folder of this run, which
        # starts empty, never in the user's own cache.
        os.environ[CACHE_ENV] = str(Path(tmp) / "cache")
        small = Path(tmp) / f"items-{small_n}"
        _say(f"generating {small_n:,} items ...")
        generate(small, small_n)
        time.sleep(2.1)  # let the loader trust the new files' stamps, as after any save
        others = {"cached": python_child(load_bench.CACHED, str(small))}
        if summary:
            _say("summary, empty cache ...")
            html_cold.small = load_bench.time_one(summary_argv(small, Path(tmp) / "small.html"))
            others["summary"] = summary_argv(small, Path(tmp) / "small.html")
        else:
            load_bench.time_one(others["cached"])  # fills the cache
        _say(f"load, bare, cached load and summary, {args.runs} runs each, taking turns ...")
        cmp = load_bench.compare(small, args.runs, others)
        bare.small, load.small, ratio.small = cmp["bare_s"], cmp["load_s"], cmp["ratio"]
        cached.small, cached_ratio.small = cmp["cached_s"], cmp["cached_s"] / cmp["bare_s"]
        rss.small = cmp["load_rss_mib"]
        bare_cpu.small, load_cpu.small = cmp["bare_cpu_s"], cmp["load_cpu_s"]
        if summary:
            html.small = cmp["summary_s"]
        _say("reload ...")
        rel = load_bench.reload(small, runs=7, full_runs=3)
        full.small, reload.small = rel["full_s"], rel["reload_s"] * 1000
        reload_pct.small, unchanged.small = rel["reload_pct"], rel["unchanged_s"] * 1000
        state.small, rss_state.small = rel["state_s"], rel["state_rss_mib"]
        _say("tracemalloc ...")
        traced.small = load_bench.memory(small)["traced_peak_mib"]

        # The large programme: one run of each, while the budget allows.
        large = Path(tmp) / f"items-{large_n}"
        scale = large_n / small_n
        if budget.left() > 120:
            _say(f"generating {large_n:,} items ...")
            generate(large, large_n)
            time.sleep(2.1)
        else:
            skipped.append(f"everything at {large_n:,} items")

        def fits(seconds: float, what: str) -> bool:
            if not large.exists():
                return False
            estimate = seconds * scale * 1.2
            if estimate < budget.left():
                return True
            skipped.append(f"{what} at {large_n:,} items (needs ~{estimate:.0f} s)")
            return False

        if fits(cmp["bare_s"], "bare load"):
            _say("bare load ...")
            bare.large, bare_cpu.large = load_bench.bare_once(large)
        if fits(rel["process_load_s"] + rel["full_s"] / 2, "load and reload"):
            _say("load and reload ...")
            big = load_bench.reload(large, runs=5, full_runs=1)
            load.large, full.large = big["process_load_s"], big["full_s"]
            load_cpu.large = big["process_load_cpu_s"]
            reload.large, reload_pct.large = big["reload_s"] * 1000, big["reload_pct"]
            unchanged.large, state.large = big["unchanged_s"] * 1000, big["state_s"]
            rss.large, rss_state.large = big["load_rss_mib"], big["state_rss_mib"]
            if bare.large:
                ratio.large = load.large / bare.large

        if tui:
            _say("terminal UI (bench/tui_bench.py) ...")
            tui_lines = _script(
                BENCH / "tui_bench.py", ["--items", str(small_n), "--runs", "3"], budget
            )
            _say("terminal UI memory over 200 reloads (bench/reload_memory.py) ...")
            tui_lines += _script(BENCH / "reload_memory.py", ["--items", "2000"], budget)

        if summary and fits(html_cold.small + cmp["summary_s"], "summary"):
            _say("summary, empty cache, then again ...")
            argv_large = summary_argv(large, Path(tmp) / "large.html")
            html_cold.large = load_bench.time_one(argv_large)
            html.large = load_bench.time_one(argv_large)
            cached.large = load_bench.time_one(python_child(load_bench.CACHED, str(large)))
            if bare.large:
                cached_ratio.large = cached.large / bare.large
        if fits(rel["full_s"] * 2.5, "tracemalloc"):
            _say("tracemalloc ...")
            traced.large = load_bench.memory(large)["traced_peak_mib"]

        steps = BENCH / "summary_bench.py"
        if steps.exists() and budget.left() > 45:
            _say("summary steps (bench/summary_bench.py) ...")
            summary_lines = _script(steps, ["--items", str(small_n), "--runs", "3"], budget)
        elif steps.exists():
            skipped.append(f"summary steps (bench/summary_bench.py) at {small_n:,} items")

    ratio.ok = ratio.small <= 1.2 if ratio.small else None
    reload_pct.ok = reload_pct.small <= 2.0 if reload_pct.small else None
    for fig in (rss, rss_state, traced):
        fig.ok = fig.small <= 250 if fig.small else None
    html.ok = html.small <= 2.0 if html.small else None
    if not summary:
        html.note = "not available"
    # Wall time at 100,000 items is one run on a shared machine: it says little about
    # growth alone. A time is flagged when it grows faster than linearly both as it is
    # and against the bare load's growth in the same run; CPU time, which others' work
    # disturbs less, is flagged as it is.
    drift = (bare.growth() or scale) / scale
    timed = (load, cached, full, reload, unchanged, state, rss, rss_state, traced, html_cold, html)
    for fig in timed:
        growth = fig.growth()
        if growth is None or growth <= scale * 1.15:
            continue
        if fig.unit == "MiB" or growth / drift > scale * 1.15:
            fig.note = (fig.note + "; " if fig.note else "") + "grows faster than linearly"
    for fig in (bare_cpu, load_cpu):
        growth = fig.growth()
        if growth is not None and growth > scale * 1.15:
            fig.note = "grows faster than linearly"
    print()
    print(table(figures, small_n, large_n))
    print()
    print(
        f"Medians of {args.runs} runs at {small_n:,} items (reload: 7 reloads, 3 full loads);"
        f" single runs at {large_n:,}. Growth is {large_n:,} / {small_n:,} items: linear"
        f" is {scale:.0f}x for times and memory, 1x for ratios."
    )
    for line in skipped:
        print(f"skipped (time budget): {line}")
    print()
    if tui_lines:
        print("\n".join(tui_lines))
    elif args.no_tui:
        print("terminal UI figures: left out (--no-tui)")
    else:
        print("terminal UI figures: not available")
    if summary_lines:
        print()
        print("\n".join(summary_lines))
    print()
    print(f"whole run: {budget.elapsed():.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
