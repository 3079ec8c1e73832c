"""The history file `<root>/.tracker/history.json`: TinyDB on an atomic storage, under a lock.

TinyDB rewrites its JSON file in place, so a crash can leave half a file, and it
does not lock between processes. Here every write serialises first, goes to a
temporary file in the same folder and replaces the old file in one rename; every
read-modify-write holds a file lock beside the history. A file that does not
parse, or is not shaped like a history, is reported and never written over.
The output is sorted and indented so that a committed history diffs well in git.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from tracker.atomic import write_bytes_atomic
from tracker.history import FOLDER
from tracker.history.errors import HistoryError
from tracker.history.shape import damage
from tracker.labels import Lang, label
from tracker.textsafe import one_line
from tracker.workfolder import write_gitignore

FILENAME = "history.json"
TABLE = "snapshots"
LOCK_TIMEOUT = 60.0
# The lock file is machine-local state; a committed history should not carry it.


def history_path(root: Path) -> Path:
    return Path(root) / FOLDER / FILENAME


# Containers this deep or deeper are written on one line: one item, one roll-up, one
# line, so a new snapshot or a changed item is a short diff. Levels: the file (0), a
# table (1), a snapshot (2), its fields (3), an item or a roll-up (4).
_ONE_LINE_DEPTH = 4


def _compact(value: Any) -> str:
    # Without indentation json uses its C encoder, many times faster on large histories.
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _write(value: Any, depth: int, out: list[str]) -> None:
    if depth >= _ONE_LINE_DEPTH or not isinstance(value, dict | list) or not value:
        out.append(_compact(value))
        return
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, list):
        out.append("[\n")
        for index, element in enumerate(value):
            out.append(inner)
            _write(element, depth + 1, out)
            out.append(",\n" if index < len(value) - 1 else "\n")
        out.append(pad + "]")
        return
    # A table (depth 1) holds numbered documents: 2 before 10.
    keys = sorted(value, key=int) if depth == 1 else sorted(value)
    out.append("{\n")
    for index, key in enumerate(keys):
        out.append(f"{inner}{_compact(str(key))}: ")
        _write(value[key], depth + 1, out)
        out.append(",\n" if index < len(keys) - 1 else "\n")
    out.append(pad + "}")


def serialise(data: dict[str, dict[Any, Any]]) -> bytes:
    """Tables by name, documents by number (not as text: 2 before 10), keys sorted."""
    out: list[str] = []
    _write(data, 0, out)
    out.append("\n")
    return "".join(out).encode("utf-8")


def _shape_problem(data: object) -> str | None:
    """Why `data` is not a history, in a few words; None when it is one."""
    if not isinstance(data, dict):
        return "the top level is not an object"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"'{name}' is not an object of numbered entries"
        for doc_id, doc in table.items():
            if not str(doc_id).isdigit():
                return f"'{name}' has an entry named '{doc_id}', not a number"
            if not isinstance(doc, dict):
                return f"entry {doc_id} of '{name}' is not an object"
    # What is inside each snapshot is checked one snapshot at a time (shape.py): a
    # damaged one is reported by its label and the others are still read.
    return None


def _read_file(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist; never through a link."""
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise HistoryError("history.symlink", path=path) from None
        raise HistoryError("history.unreadable", path=path, reason=exc.strerror) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise HistoryError("history.not_a_file", path=path)
        return handle.read()


def parse(data: bytes, path: Path) -> dict[str, Any] | None:
    """The history in `data`, None when empty; a clear error naming `path` otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise HistoryError(
            "history.corrupt", path=path, line=line, column=1, reason="not UTF-8 text"
        ) from None
    if not text.strip():
        return None
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HistoryError(
            "history.corrupt", path=path, line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from None
    problem = _shape_problem(loaded)
    if problem is not None:
        raise HistoryError("history.bad_shape", path=path, reason=problem)
    return loaded  # type: ignore[no-any-return]


class AtomicJSONStorage(Storage):
    """A TinyDB storage that validates what it reads and replaces the file atomically."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        # TinyDB reads the whole file up to three times for one insert. A storage lives
        # for one operation, so what it parsed is reused while the bytes are the same.
        self._raw: bytes | None = None
        self._parsed: dict[str, dict[str, Any]] | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        data = _read_file(self.path)
        if data is None:
            return None
        if data != self._raw:
            self._parsed, self._raw = parse(data, self.path), data
        return self._parsed

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._raw = self._parsed = None
        if self.path.is_symlink():
            raise HistoryError("history.symlink", path=self.path)
        raw = serialise(data)
        try:
            write_bytes_atomic(self.path, raw)
        except OSError as exc:
            raise HistoryError("write_failed", file=self.path, reason=exc.strerror) from None
        self._raw, self._parsed = raw, data

    def close(self) -> None:
        pass


class HistoryStore:
    """The snapshots of one programme folder. Reads need no lock: writes are atomic."""

    def __init__(self, root: Path, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.root = Path(root)
        self.path = history_path(self.root)
        self.lock_timeout = lock_timeout

    # The folder -------------------------------------------------------------------

    def _folder(self, create: bool) -> Path | None:
        """`.tracker`, checked to be a real folder (a link could lead out of the programme)."""
        folder = self.path.parent
        created = False
        try:
            st = os.lstat(folder)
        except FileNotFoundError:
            if not create:
                return None
            try:
                os.mkdir(folder)
                created = True
            except FileExistsError:
                pass  # another snapshot made it a moment ago; checked below like any
            except OSError as exc:
                raise HistoryError("write_failed", file=folder, reason=exc.strerror) from None
            st = os.lstat(folder)
        except OSError as exc:
            raise HistoryError("history.unreadable", path=folder, reason=exc.strerror) from None
        if stat.S_ISLNK(st.st_mode):
            raise HistoryError("history.symlink", path=folder)
        if not stat.S_ISDIR(st.st_mode):
            raise HistoryError("history.not_a_folder", path=folder)
        if created:
            write_gitignore(folder)
        return folder

    @contextlib.contextmanager
    def _locked(self) -> Iterator[Table]:
        from filelock import FileLock, Timeout

        folder = self._folder(create=True)
        assert folder is not None
        lock_path = folder / f"{FILENAME}.lock"
        if lock_path.is_symlink():
            raise HistoryError("history.symlink", path=lock_path)
        try:
            lock = FileLock(str(lock_path), timeout=self.lock_timeout)
            lock.acquire()
        except Timeout:
            raise HistoryError("history.locked", path=lock_path) from None
        except OSError as exc:
            raise HistoryError("history.unreadable", path=lock_path, reason=exc.strerror) from None
        try:
            yield _table(self.path)
        finally:
            lock.release()

    # Reading ----------------------------------------------------------------------

    def exists(self) -> bool:
        return self._folder(create=False) is not None and os.path.lexists(self.path)

    def snapshots(self) -> list[dict[str, Any]]:
        """Every sound snapshot, oldest first (by when it was taken, then entry number).

        A damaged one is left out and named in `self.damaged` (its label, or its entry
        number when the label itself is damaged), with what is wrong.
        """
        self.damaged: list[tuple[str, str]] = []
        if self._folder(create=False) is None:
            return []
        docs = []
        for doc in _table(self.path).all():
            wrong = damage(dict(doc))
            if wrong is None:
                docs.append((doc.doc_id, dict(doc)))
                continue
            name = doc.get("label")
            shown = name if isinstance(name, str) else f"#{doc.doc_id}"
            self.damaged.append((shown, wrong))
        docs.sort(key=lambda pair: (pair[1]["taken"], pair[0]))
        return [doc for _, doc in docs]

    def damaged_note(self, lang: Lang) -> str | None:
        """One line naming the damaged snapshots of the last read; None when there are none."""
        if not getattr(self, "damaged", None):
            return None
        names = ", ".join(f"'{name}' ({wrong})" for name, wrong in self.damaged[:5])
        more = len(self.damaged) - 5
        return one_line(
            label(
                "safety.history_damaged",
                lang,
                path=self.path,
                count=len(self.damaged),
                names=names + (f" (+{more})" if more > 0 else ""),
            )
        )

    def damaged_label(self, name: str) -> bool:
        """True when a snapshot named `name` was left out of the last read as damaged."""
        return any(shown == name for shown, _ in getattr(self, "damaged", []))

    def labels(self) -> list[str]:
        return [s["label"] for s in self.snapshots()]

    def get(self, label: str) -> dict[str, Any] | None:
        for snapshot in self.snapshots():
            if snapshot["label"] == label:
                return snapshot
        return None

    # Writing ----------------------------------------------------------------------

    def add(self, snapshot: dict[str, Any], replace: bool = False) -> bool:
        """Store `snapshot`; True when it replaced one with the same label.

        A label already used is refused unless `replace`; a replaced snapshot keeps
        its entry number, so the file's diff shows the change in place.
        """
        with self._locked() as table:
            found = table.search(Query().label == snapshot["label"])
            if found and not replace:
                raise HistoryError("history.label_used", label=snapshot["label"])
            if not found:
                table.insert(snapshot)
                return False

            def overwrite(doc: dict[str, Any]) -> None:
                doc.clear()
                doc.update(snapshot)

            table.update(overwrite, doc_ids=[found[0].doc_id])
            for extra in found[1:]:  # a hand-edited file may hold the label twice
                table.remove(doc_ids=[extra.doc_id])
            return True

    def reset(self, now: datetime) -> Path | None:
        """Move the history aside to a timestamped backup; None when there was none.

        The file is not read, so a damaged history can be moved aside too.
        """
        if not self.exists():
            return None
        with self._locked():
            if not os.path.lexists(self.path):
                return None
            stamp = now.strftime("%Y%m%dT%H%M%SZ")
            for n in range(1000):
                suffix = f"-{n}" if n else ""
                backup = self.path.with_name(f"history-{stamp}{suffix}.json")
                try:
                    # A hard link never replaces an existing file, unlike a rename.
                    os.link(self.path, backup, follow_symlinks=False)
                except FileExistsError:
                    continue
                except (OSError, NotImplementedError):
                    # A file system without hard links: checked, then renamed (under the lock).
                    if os.path.lexists(backup):
                        continue
                    os.rename(self.path, backup)
                    return backup
                os.unlink(self.path)
                return backup
            raise HistoryError("history.unreadable", path=self.path, reason="no backup name free")


def _table(path: Path) -> Table:
    # No query cache: another process may have written since the last query.
    return TinyDB(path, storage=AtomicJSONStorage).table(TABLE, cache_size=0)
