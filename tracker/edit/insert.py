"""Located insertion: new lines placed in a file's text without touching any other byte.

The composed node tree says where a sequence or mapping ends; the new text is
rendered in the file's own style (indentation, `- ` offset, line breaks) and
spliced in there. Comment lines that are indented under the extended block stay
with it, so the new lines go after them; a comment at the block's own level or
left of it belongs to what follows and stays after the new lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tracker.edit.errors import EditError
from tracker.edit.scalars import render_scalar
from tracker.edit.style import Style
from tracker.edit.text import Lines, indentation, is_blank, is_comment

Value = str | int | date
Entry = Sequence[tuple[str, Value]]
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


class LayoutError(EditError):
    """The file is laid out in a way the insertion does not handle; nothing is changed."""


@dataclass(frozen=True, slots=True)
class Splice:
    """Replace `text[start:end]` of the old text by `new` (an insertion when start == end)."""

    start: int
    end: int
    new: str


def apply(text: str, splices: Sequence[Splice]) -> str:
    out = text
    for splice in sorted(splices, key=lambda s: s.start, reverse=True):
        out = out[: splice.start] + splice.new + out[splice.end :]
    return out


def _offset(lines: Lines, mark: object) -> int:
    return lines.offset(mark.line, mark.column)  # type: ignore[attr-defined]


def _last_line(node: Node) -> int:
    """The last line that holds content of `node` (its trailing comment may follow)."""
    while isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        node = node.value[-1][1] if isinstance(node, MappingNode) else node.value[-1]
    end = node.end_mark
    if isinstance(node, ScalarNode) and node.style in ("|", ">") and end.column == 0:
        return end.line - 1  # a block scalar ends at the start of the line after it
    return end.line


def _insertion_line(lines: Lines, last: int, floor: int) -> int:
    """The line after which new lines go: `last`, or a comment indented past `floor`."""
    best = last
    for number in range(last + 1, len(lines)):
        content = lines.content(number)
        if is_blank(content):
            continue
        if is_comment(content) and indentation(content) > floor:
            best = number
            continue
        break
    return best


def _insert_lines(lines: Lines, after: int, body: list[str]) -> Splice:
    """`body` as whole lines after line `after`, in the line-break style found there."""
    newline = lines.newline(after)
    at = lines.end_with_break(after)
    text = newline.join(body)
    if at == len(lines.text) and not lines.breaks[after]:
        # The file ends without a line break: keep it that way.
        return Splice(at, at, newline + text)
    return Splice(at, at, text + newline)


def flow_mapping(entry: Entry) -> str:
    return "{" + ", ".join(f"{k}: {render_scalar(v, flow=True)}" for k, v in entry) + "}"


def block_entry(entry: Entry, dash: int, column: int) -> list[str]:
    """A sequence entry that is a block mapping: `- key: value` lines."""
    if column <= dash:
        raise LayoutError("edit.layout_dash")
    out = []
    for number, (key, value) in enumerate(entry):
        lead = " " * dash + "-" + " " * (column - dash - 1) if number == 0 else " " * column
        out.append(f"{lead}{key}: {render_scalar(value)}")
    return out


def _key_column(mapping: MappingNode) -> int:
    return mapping.value[-1][0].start_mark.column


def find(mapping: MappingNode, key: str) -> tuple[ScalarNode, Node] | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def append_to_sequence(
    lines: Lines, owner: MappingNode, key: str, entry: Entry, style: Style
) -> list[Splice]:
    """Splices that append `entry` to the sequence at `owner[key]`, creating it when absent."""
    found = find(owner, key)
    if found is None:
        return add_key(lines, owner, key, None, style, entry=entry)
    key_node, seq = found
    if not isinstance(seq, SequenceNode):
        raise LayoutError("edit.layout_not_list", key=key)
    if seq.flow_style:
        return _append_flow(lines, key_node, seq, entry, style)
    dash = seq.start_mark.column
    last = seq.value[-1]
    if isinstance(last, MappingNode) and not last.flow_style:
        body = block_entry(entry, dash, _key_column(last))
    else:
        line = lines.content(last.start_mark.line)
        gap = line[dash + 1 : last.start_mark.column]
        on_dash_line = line[dash : dash + 1] == "-" and not gap.strip()
        column = last.start_mark.column if on_dash_line else dash + style.offset
        body = [" " * dash + "-" + " " * (column - dash - 1) + flow_mapping(entry)]
    after = _insertion_line(lines, _last_line(seq), key_node.start_mark.column)
    return [_insert_lines(lines, after, body)]


def _append_flow(
    lines: Lines, key_node: ScalarNode, seq: SequenceNode, entry: Entry, style: Style
) -> list[Splice]:
    start, end = _offset(lines, seq.start_mark), _offset(lines, seq.end_mark)
    if seq.value:
        at = _offset(lines, seq.value[-1].end_mark)
        return [Splice(at, at, ", " + flow_mapping(entry))]
    line = seq.start_mark.line
    rest = lines.content(line)[seq.end_mark.column :].strip(" \t")
    simple = (
        seq.end_mark.line == line == key_node.end_mark.line
        and not lines.text[start + 1 : end - 1].strip(" \t")
        and (not rest or rest.startswith("#"))
    )
    if not simple:
        return [Splice(start + 1, start + 1, flow_mapping(entry))]
    # `key: []` on one line becomes a block list: the `[]` goes, the entry follows the key.
    cut = start
    while cut > 0 and lines.text[cut - 1] in " \t":
        cut -= 1
    dash = key_node.start_mark.column + style.seq_indent
    body = block_entry(entry, dash, dash + style.offset)
    return [Splice(cut, end, ""), _insert_lines(lines, line, body)]


def add_key(
    lines: Lines,
    mapping: MappingNode,
    key: str,
    value: Value | None,
    style: Style,
    *,
    entry: Entry | None = None,
    floor: int | None = None,
) -> list[Splice]:
    """Splices that add `key: value` (or `key:` with a one-entry list) at the mapping's end.

    `floor`: comments after the mapping indented past this column stay above the new
    line (default: only comments indented past the mapping's keys).
    """
    if find(mapping, key) is not None:
        raise LayoutError("edit.layout_has_value", key=key)
    if mapping.flow_style:
        text = render_scalar(value, flow=True) if entry is None else f"[{flow_mapping(entry)}]"
        if mapping.value:
            at = _offset(lines, mapping.value[-1][1].end_mark)
            return [Splice(at, at, f", {key}: {text}")]
        at = _offset(lines, mapping.start_mark) + 1
        return [Splice(at, at, f"{key}: {text}")]
    column = _key_column(mapping)
    if entry is None:
        body = [f"{' ' * column}{key}: {render_scalar(value)}"]  # type: ignore[arg-type]
    else:
        dash = column + style.seq_indent
        body = [f"{' ' * column}{key}:", *block_entry(entry, dash, dash + style.offset)]
    after = _insertion_line(lines, _last_line(mapping), column if floor is None else floor)
    return [_insert_lines(lines, after, body)]


def set_scalar(
    lines: Lines, mapping: MappingNode, key: str, value: Value, style: Style, floor: int
) -> list[Splice]:
    """Splices that give `key` the value `value`: filling an empty (null) value in place,
    or adding the key when it is absent."""
    found = find(mapping, key)
    if found is None:
        return add_key(lines, mapping, key, value, style, floor=floor)
    _, node = found
    if not isinstance(node, ScalarNode) or node.style or node.value not in _NULLS:
        raise LayoutError("edit.layout_has_value", key=key)
    start, end = _offset(lines, node.start_mark), _offset(lines, node.end_mark)
    text = render_scalar(value, flow=bool(mapping.flow_style))
    return [Splice(start, end, text if node.value else " " + text)]
