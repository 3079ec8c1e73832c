"""Hypothesis strategies for item files written in many different styles.

A file is built from a plain description of its documents and rendered with
one style: indentation, sequence indentation and `- ` offset, line breaks,
quoting, flow or block lists, comments and blank lines in many places,
several documents, a byte-order mark, a final line break or none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

STATUSES = ("planned", "active", "done", "paused", "stopped")
HEALTHS = ("green", "amber", "red")
# Words that are safe as plain scalars, and texts that need quotes.
PLAIN = ("Network of chiefs", "Webcare", "Pop-up office", "Programma", "één team", "Ja hoor")
QUOTABLE = ("yes", "no", "Charter: agreed", "see #4", "123", "- dash", "it's", 'a "q"')


@dataclass
class Style:
    indent: int
    seq_indent: int
    offset: int
    newline: str
    bom: bool
    final_newline: bool
    lead_marker: bool  # the first document starts with ---
    end_markers: bool  # documents end with ...


@dataclass
class Doc:
    item_id: str
    lines: list[str] = field(default_factory=list)
    updates: str = "none"  # none | empty | flow | block
    milestones_open: int = 0  # milestones without done, for `done --milestone`


def _quote(draw: st.DrawFn, text: str) -> str:
    how = draw(st.sampled_from(("plain", "single", "double")))
    if how == "plain" and text in PLAIN:
        return text
    if how == "single" or how == "plain":
        return "'" + text.replace("'", "''") + "'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _comment(draw: st.DrawFn, column: int) -> str:
    text = draw(st.sampled_from(("note", "TODO: check", "- not an entry", "updates: [x]", "")))
    return " " * column + "#" + (" " + text if text else "")


def _trailing(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(("", "", "  # trailing", " #c", "\t# tab")))


def _comment_columns(columns: list[int], after_block: bool, style: Style) -> list[int]:
    """Where comments may go. Right after a `|` or `>` text, a line indented as deep as the
    text's lines is more of the text, not a comment: at the end of a file without a final
    line break, that text would end without its line break, and an edit after it is
    rightly refused (tests/edit/test_layouts.py). Every file generated here must be
    editable, so such comments go further left."""
    return [column for column in columns if column < style.indent] if after_block else columns


def _maybe_comments(draw: st.DrawFn, out: list[str], columns: list[int]) -> None:
    for _ in range(draw(st.integers(0, 2))):
        if draw(st.booleans()):
            out.append("")
        else:
            out.append(_comment(draw, draw(st.sampled_from(columns))))


def _mapping_entry(
    draw: st.DrawFn, pairs: list[tuple[str, str]], dash: int, style: Style, flow: bool
) -> list[str]:
    lead = " " * dash + "-" + " " * (style.offset - 1)
    if flow:
        body = ", ".join(f"{k}: {v}" for k, v in pairs)
        return [f"{lead}{{{body}}}{_trailing(draw)}"]
    out = []
    for number, (key, value) in enumerate(pairs):
        prefix = lead if number == 0 else " " * (dash + style.offset)
        out.append(f"{prefix}{key}: {value}{_trailing(draw)}")
    return out


def _list_field(
    draw: st.DrawFn,
    key: str,
    entries: list[list[tuple[str, str]]],
    style: Style,
    kind: str,
) -> list[str]:
    if kind == "empty":
        return [f"{key}: []{_trailing(draw)}"]
    if kind == "flow":
        body = ", ".join("{" + ", ".join(f"{k}: {v}" for k, v in e) + "}" for e in entries)
        return [f"{key}: [{body}]{_trailing(draw)}"]
    dash = style.seq_indent
    out = [f"{key}:{_trailing(draw)}"]
    flow_items = draw(st.booleans()) and draw(st.booleans())
    for entry in entries:
        _maybe_comments(draw, out, [0, dash, dash + style.offset])
        out.extend(_mapping_entry(draw, entry, dash, style, flow_items))
    _maybe_comments(draw, out, [0, 1, dash, dash + style.offset])
    return out


def _update_entries(draw: st.DrawFn, count: int) -> list[list[tuple[str, str]]]:
    entries = []
    for number in range(count):
        pairs = [("date", f"2018-0{number + 1}-0{number + 1}"), ("note", _quote(draw, "Done"))]
        if draw(st.booleans()):
            pairs.append(("health", draw(st.sampled_from(HEALTHS))))
        if draw(st.booleans()):
            pairs.append(("progress", str(draw(st.integers(0, 100)))))
        entries.append(pairs)
    return entries


@st.composite
def documents(draw: st.DrawFn, item_id: str, style: Style) -> Doc:
    doc = Doc(item_id)
    fields: list[list[str]] = []
    fields.append([f"title: {_quote(draw, draw(st.sampled_from(PLAIN + QUOTABLE)))}"])
    fields.append([f"status: {draw(st.sampled_from(STATUSES))}{_trailing(draw)}"])
    if draw(st.booleans()):
        fields.append([f"health: {draw(st.sampled_from(HEALTHS))}"])
    if draw(st.booleans()):
        fields.append([f"progress: {draw(st.integers(0, 100))}"])
    if draw(st.booleans()):
        if draw(st.booleans()):
            fields.append(["opgaven: [digitaal, nabijheid]"])
        else:
            dash = " " * style.seq_indent
            fields.append(["opgaven:", f"{dash}- digitaal", f"{dash}- nabijheid"])
    description = draw(st.sampled_from(("none", "plain", "literal", "folded", "keep")))
    block = -1  # index of the `|` or `>` field, if any
    if description == "plain":
        fields.append(["description: A longer text", "  that goes on."])
    elif description != "none":
        block = len(fields)
        header = {"literal": "|", "folded": ">", "keep": "|+"}[description]
        body = " " * style.indent
        fields.append([f"description: {header}", f"{body}First line.", f"{body}Second: #x", ""])
    milestones = draw(st.integers(0, 2))
    if milestones:
        entries = []
        for number in range(milestones):
            pairs = [("title", _quote(draw, f"Step {number + 1}")), ("due", "2018-09-01")]
            entries.append(pairs)
        doc.milestones_open = milestones
        kind = draw(st.sampled_from(("flow", "block", "block")))
        fields.append(_list_field(draw, "milestones", entries, style, kind))
    doc.updates = draw(st.sampled_from(("none", "empty", "flow", "block", "block")))
    if doc.updates != "none":
        entries = _update_entries(draw, draw(st.integers(1, 3)))
        fields.append(_list_field(draw, "updates", entries, style, doc.updates))
    if draw(st.booleans()):
        fields.append([f"decision_needed: {_quote(draw, 'Fund it?')}"])
    order = draw(st.permutations(range(len(fields))))
    lines = ["kind: measure", f"id: {item_id}"]
    if draw(st.booleans()):
        lines.insert(0, _comment(draw, 0))
    after_block = False
    for index in order:
        _maybe_comments(draw, lines, _comment_columns([0, 0, 2], after_block, style))
        lines.extend(fields[index])
        after_block = index == block
    _maybe_comments(draw, lines, _comment_columns([0, 2, 4], after_block, style))
    doc.lines = lines
    return doc


@st.composite
def styles(draw: st.DrawFn) -> Style:
    indent = draw(st.sampled_from((2, 4)))
    return Style(
        indent=indent,
        seq_indent=draw(st.sampled_from((0, indent))),
        offset=draw(st.sampled_from((2, 2, 4))),
        newline=draw(st.sampled_from(("\n", "\r\n"))),
        bom=draw(st.booleans()),
        final_newline=draw(st.booleans()),
        lead_marker=draw(st.booleans()),
        end_markers=draw(st.booleans()) and draw(st.booleans()),
    )


@dataclass
class StyledFile:
    style: Style
    docs: list[Doc]
    data: bytes


@st.composite
def styled_files(draw: st.DrawFn) -> StyledFile:
    style = draw(styles())
    count = draw(st.integers(1, 3))
    docs = [draw(documents(f"item-{n}", style)) for n in range(count)]
    lines: list[str] = []
    for number, doc in enumerate(docs):
        if number or style.lead_marker:
            lines.append(draw(st.sampled_from(("---", "--- # next item", "---"))))
        lines.extend(doc.lines)
        if style.end_markers:
            lines.append("...")
    text = style.newline.join(lines)
    if style.final_newline:
        text += style.newline
    data = ("\ufeff" if style.bom else "").encode() + text.encode("utf-8")
    return StyledFile(style, docs, data)


def _typeable(text: str) -> bool:
    """Text a user can give as a note: not blank, no control characters but tab and newline."""
    controls = (c for c in text if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F)
    return bool(text.strip()) and all(c in "\t\n" for c in controls)


NOTES = st.one_of(
    st.sampled_from(PLAIN + QUOTABLE + ("null", "~", "1.5", "2018-10-11", "on", "a: b # c")),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
        min_size=1,
        max_size=30,
    ).filter(_typeable),
)
