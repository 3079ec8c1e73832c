"""Shared pieces of the benchmarks: timed child processes, medians, the figures table.

Every timing is of a whole child process (start-up and imports included) or of
one step inside a child, never of the benchmark's own process, so one figure
cannot inherit memory or warm caches from another.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    max_rss: int  # bytes
    stdout: str
    cpu: float = 0.0  # user + system seconds of the child, when it reports them


def run_child(argv: Sequence[str], *, cwd: Path = REPO) -> Run:
    """Run a child process to its end: its wall time, and its peak resident memory and CPU
    time when it reports them (see python_child)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    # communicate() reaped the child; its own rusage is not kept, so the child reports
    # ru_maxrss and CPU time itself when asked (see python_child), on its last lines.
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{err[-2000:]}")
    return Run(seconds, _rss_from(out), out, _cpu_from(out))


_RSS_TAIL = (
    "\nimport resource as _r, sys as _s\n"
    "_u = _r.getrusage(_r.RUSAGE_SELF)\n"
    "_s.stdout.write('\\ncpu=%r\\n' % (_u.ru_utime + _u.ru_stime))\n"
    "_s.stdout.write('maxrss=%d\\n' % (_u.ru_maxrss * 1024))\n"
)


def python_child(code: str, *args: str) -> list[str]:
    """argv for `python -c code args`, reporting its peak resident memory at the end."""
    return [sys.executable, "-c", code + _RSS_TAIL, *args]


def _cpu_from(out: str) -> float:
    for line in reversed(out.splitlines()):
        if line.startswith("cpu="):
            return float(line.split("=", 1)[1])
    return 0.0


def _rss_from(out: str) -> int:
    for line in reversed(out.splitlines()):
        if line.startswith("maxrss="):
            return int(line.split("=", 1)[1])
    return 0


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, list[Run]]:
    """Each command `runs` times, taking turns, so load from other users hits all alike."""
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            results[name].append(run_child(argv))
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def child_json(argv: Sequence[str]) -> dict[str, float]:
    """A child that prints one JSON object as its last non-rss line."""
    run = run_child(argv)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    payload = next(line for line in reversed(lines) if line.startswith("{"))
    data: dict[str, float] = json.loads(payload)
    return data


def machine() -> dict[str, str]:
    """What the figures were measured on, read from the system."""
    info = {"python": sys.version.split()[0], "cores": str(os.cpu_count())}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            total_kib = int(handle.readline().split()[1])
        info["memory"] = f"{total_kib / MIB:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    with contextlib.suppress(OSError):
        info["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return info


@dataclass(slots=True)
class Figure:
    """One row of the table: a figure at 10k and 100k items, with the target it is held to."""

    name: str
    unit: str
    small: float | None = None
    large: float | None = None
    target: str = ""
    ok: bool | None = None  # whether the 10k figure meets the target
    note: str = ""

    def growth(self) -> float | None:
        if self.small and self.large is not None:
            return self.large / self.small
        return None


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "%":
        return f"{value:.2f} %"
    return f"{value:.2f}{unit}"


def table(figures: Sequence[Figure], small: int, large: int) -> str:
    header = (
        "figure",
        f"{small:,} items",
        f"{large:,} items",
        "growth",
        "target",
        "",
    )
    rows = [header]
    for f in figures:
        growth = f.growth()
        rows.append(
            (
                f.name,
                _fmt(f.small, f.unit),
                _fmt(f.large, f.unit),
                "-" if growth is None else f"{growth:.1f}x",
                f.target,
                {True: "ok", False: "MISSED", None: ""}[f.ok] + (f" {f.note}" if f.note else ""),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for number, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
