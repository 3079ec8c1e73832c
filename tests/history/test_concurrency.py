"""Concurrent `snapshot` runs: every one lands, and the file stays whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.history.helpers import AS_OF
from tracker.history.storage import HistoryStore, history_path

PROCESSES = 8


def test_eight_concurrent_snapshots_are_all_kept(good_root: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    labels = [f"run-{n}" for n in range(PROCESSES)]
    running = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tracker",
                "snapshot",
                "--root",
                str(good_root),
                "--as-of",
                AS_OF,
                "--label",
                name,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for name in labels
    ]
    results = [p.communicate(timeout=240) for p in running]
    for process, (out, err) in zip(running, results, strict=True):
        assert process.returncode == 0, err.decode()
        assert b"saved" in out
    data = json.loads(history_path(good_root).read_text(encoding="utf-8"))
    stored = [doc["label"] for doc in data["snapshots"].values()]
    assert sorted(stored) == labels
    assert sorted(data["snapshots"], key=int) == [str(n) for n in range(1, PROCESSES + 1)]
    assert sorted(HistoryStore(good_root).labels()) == labels
    leftovers = [p.name for p in history_path(good_root).parent.iterdir() if p.suffix == ".tmp"]
    assert leftovers == []
