"""Figures for the LOVP summary: State -> document in each format, against build_state.

    python bench/summary_bench.py [--items 10000] [--runs 5]

A programme of `--items` items is generated (bench/generate.py), then each run is
a child process that loads it once and times, in turn, `build_state` (the
baseline) and the summary steps: build + lay out, then Markdown, HTML, Word and
terminal text.
Medians over the runs; ratios to build_state hold however busy the machine is.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import child_json, machine, median, python_child

STEPS = ("build_state", "summary", "md", "html", "docx", "text")

CHILD = """
import json, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tracker.loader import load_programme
from tracker.state import build_state
from tracker.summary.export import render_bytes, summary_document
programme = load_programme(Path(sys.argv[1]))
figures = {}
t = time.perf_counter(); state = build_state(programme, date(2018, 11, 1))
figures["build_state"] = time.perf_counter() - t
t = time.perf_counter(); doc = summary_document(state, "nl")
figures["summary"] = time.perf_counter() - t
for fmt in ("md", "html", "docx", "text"):
    t = time.perf_counter(); data = render_bytes(doc, fmt)
    figures[fmt] = time.perf_counter() - t
    figures[fmt + "_bytes"] = len(data)
print(json.dumps(figures))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from bench.generate import generate

    repo = str(Path(__file__).resolve().parent.parent)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "programme"
        generate(root, args.items, 0)
        runs = [child_json(python_child(CHILD, str(root), repo)) for _ in range(args.runs)]
    print(json.dumps(machine()))
    print(f"summary of {args.items} items, median of {args.runs} runs (seconds; × build_state)")
    base = median([r["build_state"] for r in runs])
    for step in STEPS:
        value = median([r[step] for r in runs])
        size = f"  {runs[0][step + '_bytes'] / 1e6:.1f} MB" if step + "_bytes" in runs[0] else ""
        print(f"  {step:<12} {value:7.2f}  × {value / base:5.2f}{size}")
    html = median([r["summary"] + r["html"] for r in runs])
    print(f"  State -> HTML {html:6.2f}  × {html / base:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
