"""The only code that writes programme files.

Changes are located text insertions: the file is composed with the loader's
reader, the new lines are rendered in the file's own style and spliced in,
and the result is read back and compared with what was intended before
anything is written. Every byte outside the new lines stays as it was.

    edit = plan_update(programme, "netwerk", on=as_of, note="Charter agreed.", health="green")
    print(edit.diff())
    write_edit(edit)  # refuses if the file changed since it was read
"""

from tracker.edit.changes import (
    find_target,
    milestone_index,
    parse_action_ref,
    plan_action_done,
    plan_milestone_done,
    plan_update,
)
from tracker.edit.document import Edit
from tracker.edit.errors import EditError
from tracker.edit.write import write_edit

__all__ = [
    "Edit",
    "EditError",
    "find_target",
    "milestone_index",
    "parse_action_ref",
    "plan_action_done",
    "plan_milestone_done",
    "plan_update",
    "write_edit",
]
