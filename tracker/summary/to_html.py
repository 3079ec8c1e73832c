"""Document -> one self-contained HTML file, through templates/summary.html.j2."""

from __future__ import annotations

from tracker.summary.document import Document
from tracker.summary.templating import environment


def render_html(doc: Document) -> str:
    return environment("html").get_template("summary.html.j2").render(doc=doc)
