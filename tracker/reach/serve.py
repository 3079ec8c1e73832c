"""The terminal UI in a browser through textual-serve: what it runs and for whom.

textual-serve starts the command once per browser connection, through the shell:
every tab is its own process on the same programme folder, and a save in one
reaches the others through their live reload. It has no login of its own, so it
listens on the loopback address unless told otherwise, and says so when told.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from datetime import date
from pathlib import Path

LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach `host` (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: it may well resolve to a public address


def app_command(
    root: Path,
    *,
    as_of: date | None,
    lang: str | None,
    read_only: bool,
    python: str = sys.executable,
) -> str:
    """The shell command that opens the terminal UI on `root` for one browser tab."""
    argv = [python, "-m", "tracker", "--root", str(root.resolve())]
    if as_of is not None:
        argv += ["--as-of", as_of.isoformat()]
    if lang is not None:
        argv += ["--lang", lang]
    if read_only:
        argv.append("--read-only")
    return shlex.join(argv)


def public_url(host: str, port: int) -> str:
    """The address a browser on this machine uses; an IPv6 address goes in brackets."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}"
