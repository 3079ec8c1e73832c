"""The LOVP status summary.

State -> `build.build_summary` -> Summary (model.py, no words yet) ->
`layout.lay_out(summary, lang)` -> Document (document.py, words in one language) ->
one renderer per format: to_markdown, to_html (Jinja2 templates in templates/),
to_word (python-docx), to_pdf (the HTML through WeasyPrint), to_text (terminal text,
plain or in colour); furniture.py has what every printed page carries. Section 5's
change rows come from changes.py: the updates in the period by default; the seam
for the reported history (`changes_from_diff`) is described there.
"""

FORMATS = ("md", "html", "docx", "pdf", "text")
EXTENSIONS = {"md": "md", "html": "html", "docx": "docx", "pdf": "pdf", "text": "txt"}
