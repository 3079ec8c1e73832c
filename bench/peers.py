"""The tracker beside its peers on the same programme: Taskwarrior and the validators.

    python bench/peers.py [--items N] [--runs R] [--slow-runs S]

The generated programme (bench/generate.py) is converted to Taskwarrior's import
format (measures, pilots, their milestones and the meetings' actions, one task
each) and imported into a temporary TASKDATA; check-jsonschema gets a copy with
one item a file (it reads one YAML document a file); yamllint reads the folder as
it is. Every figure is the median of whole processes taken in turns, the peer's
run right after the tracker's, so that other work on the machine slows both
alike: read the ratios. A peer that is not installed is skipped, with how to
install it. The validators take tens of seconds a run: they run `--slow-runs`
times (default 1).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate
from tests.schema.jsonschema_cli import split_documents
from tracker.loader import ProgrammeLoader
from tracker.parsecache import ENV as CACHE_ENV

REPO = Path(__file__).resolve().parent.parent
INSTALL = {
    "task": "apt-get install taskwarrior",
    "check-jsonschema": "pip install check-jsonschema (or: pip install -e '.[dev]')",
    "yamllint": "apt-get install yamllint (or: pip install yamllint)",
}


def _stamp(day: date) -> str:
    return f"{day:%Y%m%d}T000000Z"


def _task(title: str, due: date | None, done: date | None, project: str, tags: list[str]) -> dict:
    task: dict[str, object] = {
        "description": title,
        "status": "completed" if done else "pending",
        "entry": "20180101T000000Z",
        "project": project,
    }
    if due:
        task["due"] = _stamp(due)
    if done:
        task["end"] = _stamp(done)
    if tags:
        task["tags"] = tags
    return task


def taskwarrior_tasks(root: Path) -> list[dict]:
    """Measures, pilots, milestones and actions of the programme as Taskwarrior tasks."""
    tasks: list[dict] = []
    for item in ProgrammeLoader(root).load().items:
        fields = item.__dict__
        if item.kind in ("measure", "pilot"):
            closed = fields.get("status") == "done" or fields.get("phase") == "embedded"
            due = fields.get("due") or fields.get("end")
            tasks.append(_task(item.title, due, due if closed else None, item.kind, item.tags))
            for milestone in fields.get("milestones", ()):
                tasks.append(
                    _task(milestone.title, milestone.due, milestone.done, item.id, ["milestone"])
                )
        elif item.kind == "meeting":
            for action in fields["actions"]:
                tasks.append(_task(action.title, action.due, action.done, item.id, ["action"]))
    return tasks


def one_item_a_file(root: Path, out: Path) -> int:
    """A copy of the programme's items, one document a file, for check-jsonschema."""
    count = 0
    for path in sorted((root / "measures").rglob("*.yaml")):
        for document in split_documents(path.read_text(encoding="utf-8")):
            count += 1
            (out / f"{count:06d}.yaml").write_text(document, encoding="utf-8")
    return count


def _found(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def _seconds(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user and system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs of each fast figure")
    parser.add_argument("--slow-runs", type=int, default=1, help="runs of each validator")
    args = parser.parse_args(argv)
    tracker = [sys.executable, "-m", "tracker"]
    task = _found("task")
    schema_check = _found("check-jsonschema")
    yamllint = _found("yamllint")
    for name, where in (("task", task), ("check-jsonschema", schema_check), ("yamllint", yamllint)):
        if where is None:
            print(f"{name}: not installed, skipped; install with: {INSTALL[name]}")
    with tempfile.TemporaryDirectory(prefix="ggp-peers-") as tmp:
        top = Path(tmp)
        root, data, split, cache = top / "programme", top / "taskdata", top / "split", top / "cache"
        generate(root, args.items)
        data.mkdir()
        split.mkdir()
        env = {**os.environ, CACHE_ENV: str(cache), "PYTHONPATH": str(REPO)}
        # The tracker as installed: pip writes its bytecode on install. Without it (an
        # environment that forbids writing it) every run compiles some forty modules
        # again, a tenth of a second that no installed tracker spends.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cold = {**env, CACHE_ENV: "off"}
        taskenv = {**os.environ, "TASKDATA": str(data), "TASKRC": os.devnull}
        tw = [task or "task", "rc.confirmation=off", "rc.verbose=nothing", "rc.hooks=off"]
        count = 0
        if task:
            tasks = taskwarrior_tasks(root)
            count = len(tasks)
            (top / "tasks.json").write_text(json.dumps(tasks), encoding="utf-8")
            with open(top / "tasks.json", "rb") as source:
                subprocess.run(
                    [*tw, "import"],
                    stdin=source,
                    env=taskenv,
                    check=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
        documents = one_item_a_file(root, split)
        here = ["--root", str(root), "--as-of", "2019-06-01"]
        subprocess.run([*tracker, *here, "validate"], env=env, stdout=subprocess.DEVNULL)
        rows: list[tuple[str, list[str], dict[str, str], list[str] | None, dict[str, str], int]]
        rows = [
            (
                "list measures --json vs task export",
                [*tracker, *here, "list", "measures", "--json"],
                env,
                [*tw, "export"] if task else None,
                taskenv,
                args.runs,
            ),
            (
                "list actions --overdue vs task overdue",
                [*tracker, *here, "list", "actions", "--overdue"],
                env,
                [*tw, "overdue"] if task else None,
                taskenv,
                args.runs,
            ),
            (
                "list measures (table) vs list measures --json",
                [*tracker, *here, "list", "measures"],
                env,
                [*tracker, *here, "list", "measures", "--json"],
                env,
                args.runs,
            ),
            (
                "--version vs task --version",
                [*tracker, "--version"],
                env,
                [*tw, "--version"] if task else None,
                taskenv,
                args.runs,
            ),
            (
                "--version vs a bare python",
                [*tracker, "--version"],
                env,
                [sys.executable, "-c", "pass"],
                env,
                args.runs,
            ),
            (
                "validate, parse cache, vs cold",
                [*tracker, *here, "validate"],
                env,
                [*tracker, *here, "validate"],
                cold,
                args.runs,
            ),
            (
                "validate, cold, vs check-jsonschema",
                [*tracker, *here, "validate"],
                cold,
                [
                    schema_check,
                    "--schemafile",
                    str(REPO / "schemas" / "item.schema.json"),
                    *sorted(map(str, split.iterdir())),
                ]
                if schema_check
                else None,
                env,
                args.slow_runs,
            ),
            (
                "validate, cold, vs yamllint",
                [*tracker, *here, "validate"],
                cold,
                [yamllint, "-f", "parsable", str(root)] if yamllint else None,
                env,
                args.slow_runs,
            ),
        ]
        print(
            f"\n{args.items:,} items; {count:,} Taskwarrior tasks; {documents:,} one-item "
            f"files; load average {os.getloadavg()[0]:.2f} at the start"
        )
        print(
            "\n| figure | ggp-tracker | peer | ratio | CPU: ggp-tracker | CPU: peer | CPU ratio |"
            "\n|---|---|---|---|---|---|---|"
        )
        for name, ours, our_env, theirs, their_env, runs in rows:
            if theirs is None:
                print(f"| {name} | | not installed | | | | |")
                continue
            if runs < 1:  # asked not to run it: no median to show
                continue
            mine, peer = [], []
            for _ in range(runs):
                mine.append(_seconds(ours, our_env))
                peer.append(_seconds(theirs, their_env))
            a, b = statistics.median(w for w, _ in mine), statistics.median(w for w, _ in peer)
            c, d = statistics.median(c for _, c in mine), statistics.median(c for _, c in peer)
            print(
                f"| {name} | {a:.3f} s | {b:.3f} s | {a / b:.2f}x "
                f"| {c:.3f} s | {d:.3f} s | {c / max(d, 1e-3):.2f}x |"
            )
        print(
            f"\nload average {os.getloadavg()[0]:.2f} at the end; medians of {args.runs} "
            f"runs ({args.slow_runs} for the validators)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
