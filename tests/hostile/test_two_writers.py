"""Two writers at once: every note each one was told was saved is in the file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import REPO
from tracker.edit import EditError, plan_update, write_edit
from tracker.loader import load_programme

ROUNDS = 50  # per writer; without the lock about one round in ten loses a note
NETWERK = "measures/lovp/netwerk.yaml"

# Each writer runs `update` through the command's own code, in a loop, in its own
# process: the real read, check, write and rename, without a start-up per round.
_WRITER = textwrap.dedent(
    """
    import sys
    from tracker.cli import main

    root, name, rounds, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    import os
    while not os.path.exists(go):
        pass
    for n in range(rounds):
        note = f"{name}-{n}"
        code = main(["update", "netwerk", "--note", note, "--root", root,
                     "--as-of", "2018-11-01", "--date", "2018-11-01"])
        print(f"saved {note}" if code == 0 else f"refused {note}", flush=True)
    """
)


def test_two_processes_updating_one_item_lose_no_note(good_root: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(good_root), name, str(ROUNDS), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    go.touch()  # both start together
    said: list[str] = []
    errors: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err
        said += [line for line in out.splitlines() if line.startswith(("saved ", "refused "))]
        errors.append(err[-2000:])
    assert not [line for line in said if line.startswith("refused")], (said, errors)
    text = (good_root / NETWERK).read_text(encoding="utf-8")
    lost = [line for line in said if f"note: {line.split()[1]}\n" not in text]
    assert lost == []
    assert len(said) == 2 * ROUNDS


def test_a_write_waits_for_the_lock_another_process_holds(
    good_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The terminal UI writes with `write_edit`, which takes the lock the commands take."""
    from tracker.edit import lock as edit_lock_module

    (good_root / ".tracker").mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, filelock; lock = filelock.FileLock(sys.argv[1]); lock.acquire();"
            " print('held', flush=True); sys.stdin.read()",
            str(good_root / ".tracker" / "edit.lock"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(edit_lock_module, "LOCK_TIMEOUT", 0.2)
        programme = load_programme(good_root)
        edit = plan_update(programme, "netwerk", on=date(2018, 11, 1), note="x")
        before = (good_root / NETWERK).read_bytes()
        with pytest.raises(EditError) as refused:
            write_edit(edit)
        assert refused.value.key == "safety.edit_locked"
        assert (good_root / NETWERK).read_bytes() == before
    finally:
        holder.communicate("", timeout=30)
