"""What the loader parsed, kept between runs in the user's cache folder.

Reading 10,000 items' YAML takes seconds; looking up each file's parse result by
its size, times and content takes a fraction of that. The loader decides what is
unchanged (see `loader._Cached`); this module only stores and fetches, one SQLite
row per file, so a run after one edit rewrites one row.

A row holds plain data (msgpack: strings, numbers, lists, maps; nothing that runs
code when read), made and read by the loader's `encode_result`/`decode_result`.
Still, a row decides what a file is said to contain, so the cache lives only in a
folder of the user's own that nobody else can write to (never in the programme
folder, which may come from anyone, and never a relative folder, which would be
wherever the command runs), and is skipped when that does not hold. Every failure
here means "no cache", a damaged row "not cached": a load never fails because of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

import msgpack
import platformdirs

import tracker
from tracker.cachesetting import ENV, OFF

# The modules whose code decides what a file parses to: a change to any of them
# makes every stored result stale.
_PARSING = (
    "files.py",
    "format2_checks.py",
    "loader/__init__.py",
    "loader/crossfile.py",
    "loader/document.py",
    "loader/parse.py",
    "loader/remembered.py",
    "loader/results.py",
    "loader/stored.py",
    "models.py",
    "problems.py",
    "textsafe.py",
    "validation.py",
    "vocabulary.py",
    "yamlread.py",
    "parsecache.py",
    "records.py",
)
# 1: pickled models; 2: plain data; 3: plain data of records; 4: and the whole folder's
_FORMAT = 4
UNUSED_DAYS = 60  # a cache file not written for this long is removed

T = TypeVar("T")

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, ino INTEGER NOT NULL,"
    " seen_ns INTEGER NOT NULL, digest BLOB NOT NULL, result BLOB NOT NULL)",
    # What a load found beyond single files (tracker/loader/remembered.py), by name.
    "CREATE TABLE IF NOT EXISTS whole (name TEXT PRIMARY KEY, result BLOB NOT NULL)",
)


class Stamp(NamedTuple):
    """What a file looked like when it was read: size, times, inode, and its content hash.

    A named tuple: a warm start reads one per file, and a frozen dataclass sets each
    field through `object.__setattr__`."""

    size: int
    mtime_ns: int
    ctime_ns: int
    ino: int
    seen_ns: int  # when size and times were read
    digest: bytes


def cache_folder() -> Path | None:
    """The folder for cached results, or None when the user turned caching off, or
    named a relative folder, or the system has no cache folder for the user."""
    setting = os.environ.get(ENV)
    if setting is not None:
        if setting.strip().lower() in OFF or not os.path.isabs(setting):
            return None
        return Path(setting)
    folder = platformdirs.user_cache_path("ggp-tracker", appauthor=False)
    # A relative XDG_CACHE_HOME (or no home) would give a folder relative to where the
    # command runs: the same danger as a relative GGP_TRACKER_CACHE.
    return folder if folder.is_absolute() else None


def _private(path: str, kind: int) -> bool:
    """Whether `path` is ours alone: not a link, owned by us, writable by nobody else."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if stat.S_IFMT(st.st_mode) != kind:
        return False
    if hasattr(os, "getuid"):
        return st.st_uid == os.getuid() and not st.st_mode & 0o022
    return True


def _version(max_bytes: int) -> str:
    source = hashlib.blake2b(digest_size=16)
    package = os.path.dirname(tracker.__file__)
    for name in _PARSING:
        with open(os.path.join(package, name), "rb") as handle:
            source.update(handle.read())
    return ":".join(
        (
            str(_FORMAT),
            tracker.__version__,
            sys.version,
            _library_version("pydantic", "version.py"),
            _library_version("yaml", "__init__.py"),
            ".".join(map(str, msgpack.version)),
            str(max_bytes),
            source.hexdigest(),
        )
    )


def _library_version(name: str, file: str) -> str:
    """A parsing library's version (the hash of the file that states it), read without
    importing the library: a run whose files are all cached does not need it."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return "none"
    with open(os.path.join(os.path.dirname(spec.origin), file), "rb") as handle:
        return hashlib.blake2b(handle.read(), digest_size=8).hexdigest()


class ParseCache:
    """The stored parse results of one programme folder."""

    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version
        # The rows of the `whole` table that `read` found, as plain data.
        self.whole: dict[str, object] = {}

    @classmethod
    def open(cls, root: Path, max_bytes: int) -> ParseCache | None:
        """The cache for `root`, or None when caching is off or its folder is not safe."""
        folder = cache_folder()
        if folder is None:
            return None
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            key = hashlib.blake2b(os.fsencode(os.path.realpath(root)), digest_size=12)
            path = folder / f"{key.hexdigest()}.sqlite"
            version = _version(max_bytes)
        except (OSError, ValueError):
            return None
        if not _private(str(folder), stat.S_IFDIR):
            return None
        if os.path.lexists(path) and not _private(str(path), stat.S_IFREG):
            return None
        return cls(path, version)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # Created 0600: its folder is private already, the file is kept so too.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)
        db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        try:
            yield db
        finally:
            db.close()

    def read(self, decode: Callable[[str, object], T]) -> dict[str, tuple[Stamp, T]]:
        """Every stored file: its stamp and `decode(rel, data)` of its row, when they were
        made by this very version of the parser for this size limit; else nothing.

        A row that does not read as what was written (a damaged file, a row changed by
        hand, a bug) is left out, as if that file had never been cached: it is parsed
        again and the row written anew.
        """
        if not self.path.exists():
            return {}
        try:
            with self._connect() as db:
                if self._stored_version(db) != self.version:
                    return {}
                rows = db.execute("SELECT * FROM files").fetchall()
                whole = db.execute("SELECT name, result FROM whole").fetchall()
        except Exception:  # a cache that cannot be read is no cache
            return {}
        for name, blob in whole:
            with contextlib.suppress(Exception):  # a damaged row is no row
                if isinstance(name, str) and isinstance(blob, bytes):
                    self.whole[name] = msgpack.unpackb(blob, raw=False)
        out: dict[str, tuple[Stamp, T]] = {}
        for row in rows:
            try:
                rel, stamp, data = _row(row)
                out[rel] = (stamp, decode(rel, data))
            except Exception:  # any damage at all: not cached
                continue
        return out

    @staticmethod
    def _stored_version(db: sqlite3.Connection) -> str | None:
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError:  # no tables yet
            return None
        return row[0] if row else None

    def write(
        self,
        new: Iterable[tuple[str, Stamp, object]],
        restamped: Iterable[tuple[str, Stamp]],
        gone: Iterable[str],
        whole: dict[str, object] | None = None,
        *,
        retry: bool = True,
    ) -> bool:
        """Store new results, new stamps of unchanged files, and forget files that went;
        and the rows of `whole` (plain data) by name.

        False when the cache could not be written; the caller goes on without it.
        """
        rows_new = list(new)
        restamped = list(restamped)
        gone = list(gone)
        try:
            rows = []
            for rel, s, data in rows_new:
                try:
                    blob = _pack(data)
                except Exception:  # what msgpack cannot carry (a lone surrogate): not cached
                    continue
                rows.append((rel, s.size, s.mtime_ns, s.ctime_ns, s.ino, s.seen_ns, s.digest, blob))
            whole_rows = []
            for name, data in (whole or {}).items():
                try:
                    whole_rows.append((name, _pack(data)))
                except Exception:  # as above: that row is not stored
                    continue
            with self._connect() as db:
                db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _SCHEMA:
                        db.execute(statement)
                    if self._stored_version(db) != self.version:
                        db.execute("DELETE FROM files")
                        db.execute("DELETE FROM whole")
                        db.execute(
                            "INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,)
                        )
                    db.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?)", rows)
                    db.executemany(
                        "UPDATE files SET size=?, mtime_ns=?, ctime_ns=?, ino=?, seen_ns=?"
                        " WHERE rel=? AND digest=?",
                        [
                            (s.size, s.mtime_ns, s.ctime_ns, s.ino, s.seen_ns, rel, s.digest)
                            for rel, s in restamped
                        ],
                    )
                    db.executemany("DELETE FROM files WHERE rel=?", [(rel,) for rel in gone])
                    db.executemany("INSERT OR REPLACE INTO whole VALUES (?,?)", whole_rows)
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            _prune(self.path.parent, keep=self.path)
            return True
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) or not retry:
                return False  # busy, read-only, full: try again next run
            # Not a database (any more): ours to replace.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            return self.write(rows_new, restamped, gone, whole, retry=False)
        except Exception:  # a cache that cannot be written is no cache
            return False


def _prune(folder: Path, keep: Path) -> None:
    """Forget programme folders not loaded with a change for a while: one file each
    would otherwise pile up for every folder ever opened (a clone, a temporary copy)."""
    cutoff = time.time() - UNUSED_DAYS * 86_400
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.endswith(".sqlite") and entry.path != str(keep):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        os.unlink(entry.path)


def _pack(data: object) -> bytes:
    return msgpack.packb(data, use_bin_type=True)


def _row(row: tuple[object, ...]) -> tuple[str, Stamp, object]:
    """A row as written, or ValueError: SQLite keeps whatever type a hand gave a column."""
    rel, size, mtime, ctime, ino, seen, digest, blob = row
    if not (isinstance(rel, str) and isinstance(digest, bytes) and isinstance(blob, bytes)):
        raise ValueError("not a row of ours")
    numbers = (size, mtime, ctime, ino, seen)
    if not all(type(n) is int for n in numbers):
        raise ValueError("not a row of ours")
    data = msgpack.unpackb(blob, raw=False)
    return rel, Stamp(size, mtime, ctime, ino, seen, digest), data  # type: ignore[arg-type]
