"""A `snapshot` killed mid-write (SIGKILL, after its temporary file is made and before
the rename) leaves that file; the next write of the history removes it, and nothing
else in the folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hostile.helpers import run_cli
from tracker.atomic import STALE_AFTER, remove_stale_temps

# The child writes a mark once its temporary file is complete, then waits to be killed.
_STALLED = (
    "import os, sys, time\n"
    "real = os.fsync\n"
    "def fsync(fd):\n"
    "    real(fd)\n"
    "    if '.history.json.' in os.readlink(f'/proc/self/fd/{fd}'):\n"
    "        open(sys.argv[1], 'w').close()\n"
    "        time.sleep(600)\n"
    "os.fsync = fsync\n"
    "from tracker.cli import main\n"
    "main(['snapshot', '--label', 'first', '--root', sys.argv[2], '--as-of', '2018-11-01'])\n"
)


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the file by /proc")
def test_the_next_snapshot_removes_what_a_killed_one_left(good_root: Path, tmp_path: Path) -> None:
    mark = tmp_path / "mid-write"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", _STALLED, str(mark), str(good_root)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not mark.exists():
            assert child.poll() is None, "the snapshot ended before writing"
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    work = good_root / ".tracker"
    left = _temps(work)
    assert len(left) == 1 and left[0].startswith(".history.json.")
    # Files that only look alike are not ours: they stay.
    mine = [".history.json.notes.tmp", ".other.json.0123456789ab.tmp", "history.json.tmp"]
    for name in mine:
        (work / name).write_text("mine\n", encoding="utf-8")

    result = run_cli(
        "snapshot", "--label", "second", "--root", str(good_root), "--as-of", "2018-11-01"
    )
    assert result.returncode == 0, result.stderr
    assert _temps(work) == sorted(mine)
    assert '"second"' in (work / "history.json").read_text(encoding="utf-8")


def test_a_write_in_progress_is_left_alone(tmp_path: Path) -> None:
    # This process is alive and the file is new: another thread may be writing it.
    ours = tmp_path / f".data.json.{os.getpid()}-0123456789ab.tmp"
    ours.write_bytes(b"half")
    remove_stale_temps(tmp_path, "data.json")
    assert ours.exists()
    # The same file an hour later is stale whoever wrote it.
    remove_stale_temps(tmp_path, "data.json", now=time.time() + STALE_AFTER + 60)
    assert not ours.exists()
