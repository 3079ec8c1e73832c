"""Document -> Markdown, through templates/summary.md.j2."""

from __future__ import annotations

import re

from tracker.summary.document import Document
from tracker.summary.templating import environment

_BLANK_RUNS = re.compile(r"\n{3,}")


def render_markdown(doc: Document) -> str:
    text = environment("md").get_template("summary.md.j2").render(doc=doc)
    # Template whitespace is kept simple; one blank line between blocks is enough.
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
