"""GGP_TRACKER_CACHE, read without the cache's own imports: the command line checks it
before any command runs (`tracker.parsecache` keeps the cache itself)."""

from __future__ import annotations

import os

ENV = "GGP_TRACKER_CACHE"  # a folder, or "off"
OFF = frozenset({"", "0", "off", "no", "false"})


def relative_setting() -> str | None:
    """The value of GGP_TRACKER_CACHE when it names a relative folder (refused), else None.

    A relative folder is wherever the command happens to run: inside a programme
    folder (a `.env` file may set it) a committed cache file would pass every check of
    ownership and be read as the parse results of the user's own files.
    """
    setting = os.environ.get(ENV)
    if setting is None or setting.strip().lower() in OFF or os.path.isabs(setting):
        return None
    return setting
