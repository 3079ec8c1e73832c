"""`serve`: the page is served over HTTP on the loopback address only, and stops on demand."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import GOOD
from tracker.reach.serve import app_command, is_loopback

START_TIMEOUT = 60  # seconds; a bound, not a measurement


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on `port`, from the kernel's own table."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            next(f)
            for line in f:
                local, state = line.split()[1], line.split()[3]
                address, _, hex_port = local.rpartition(":")
                if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                    found.add(address)
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="reads the kernel's socket table")
def test_serves_the_page_on_loopback_only(tmp_path: Path) -> None:
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "tracker", "serve", "--root", str(GOOD), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        page = ""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    assert answer.status == 200
                    page = answer.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.2)
        assert server.poll() is None, (tmp_path / "serve.log").read_text()
        assert f"ws://127.0.0.1:{port}/ws" in page
        assert "ggp-tracker" in page
        # Bound to 127.0.0.1 itself, not to every address: 0100007F is 127.0.0.1.
        assert listening_addresses(port) == {"0100007F"}
        with socket.socket() as other, pytest.raises(OSError):  # 127.0.0.2 is loopback too
            other.settimeout(5)
            other.connect(("127.0.0.2", port))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=20)
        log.close()
    assert "Open http://127.0.0.1:" in (tmp_path / "serve.log").read_text()


def test_another_host_is_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    from tracker.cli import main

    # Port 1 on a documentation address (TEST-NET-1): nothing is sent, the bind fails.
    code = main(["serve", "--root", str(GOOD), "--host", "192.0.2.1", "--port", "1"])
    err = capsys.readouterr().err
    assert "anyone who can reach port 1 can read and edit the programme" in err
    assert code == 1


def test_loopback_addresses() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert is_loopback("127.1.2.3")
    assert not is_loopback("0.0.0.0") and not is_loopback("::") and not is_loopback("meet.example")


def test_each_tab_runs_the_ui_on_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "a folder; with $(odd) 'names'"
    command = app_command(root, as_of=None, lang="nl", read_only=True, python="/py")
    argv = __import__("shlex").split(command)
    assert argv == ["/py", "-m", "tracker", "--root", str(root.resolve()), "--lang", "nl",
                    "--read-only"]  # fmt: skip
