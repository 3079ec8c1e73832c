"""The reported history: snapshots of what was reported, kept in `.tracker/history.json`.

- `storage`: the file itself (atomic TinyDB storage, file lock, safe paths).
- `snapshot`: a snapshot dict read off a State.
- `gitrev`: the programme as it was at a git revision, and the commit of the work tree.
- `sides`: what `diff` compares: a label, `git:REV` or `now`.
- `diff`: two snapshots compared; `render`: the comparison in words.
- `timeline`: one item across snapshots; `since`: the comparison as summary change rows.
"""

from tracker.workfolder import FOLDER  # a caller can look for it without importing the rest

__all__ = ["FOLDER"]
