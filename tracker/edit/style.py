"""The indentation style a file already uses, so that new lines look like their neighbours."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tracker.edit.text import Lines


@dataclass(frozen=True, slots=True)
class Style:
    """How nested blocks are indented.

    `indent`: columns from a key to the keys of a mapping below it.
    `seq_indent`: columns from a key to the `-` of a sequence below it (0: not indented).
    `offset`: columns from a `-` to the content after it (2 for `- `).
    """

    indent: int = 2
    seq_indent: int = 2
    offset: int = 2


# Nodes looked at per document: the opening lines of a file show its style well enough,
# and a document with thousands of updates need not be walked to the end.
_BUDGET = 2000


@dataclass(slots=True)
class _Seen:
    indent: Counter[int]
    seq_indent: Counter[int]
    offset: Counter[int]
    budget: int = _BUDGET


def _walk(node: Node, lines: Lines, seen: _Seen) -> None:
    seen.budget -= 1
    if isinstance(node, ScalarNode) or node.flow_style or seen.budget < 0:
        return
    if isinstance(node, MappingNode):
        for key, value in node.value:
            below = value.start_mark.line > key.start_mark.line
            if isinstance(value, MappingNode) and not value.flow_style and below:
                step = value.start_mark.column - key.start_mark.column
                if step > 0:
                    seen.indent[step] += 1
            elif isinstance(value, SequenceNode) and not value.flow_style and below:
                step = value.start_mark.column - key.start_mark.column
                if step >= 0:
                    seen.seq_indent[step] += 1
            _walk(value, lines, seen)
    elif isinstance(node, SequenceNode):
        dash = node.start_mark.column
        for item in node.value:
            line = lines.content(item.start_mark.line)
            gap = line[dash + 1 : item.start_mark.column]
            is_block = isinstance(item, MappingNode | SequenceNode) and not item.flow_style
            if is_block and line[dash : dash + 1] == "-" and gap and not gap.strip(" "):
                seen.offset[item.start_mark.column - dash] += 1
            _walk(item, lines, seen)


def _pick(counter: Counter[int], default: int) -> int:
    # Ties go to the first seen: the file's opening lines set its style.
    return counter.most_common(1)[0][0] if counter else default


def detect(preferred: Iterable[Node], others: Iterable[Node], lines: Lines) -> Style:
    """The style of the `preferred` documents; where they show none, of the `others`."""
    result: list[Counter[int]] = []
    first = _Seen(Counter(), Counter(), Counter())
    for node in preferred:
        _walk(node, lines, first)
    rest = _Seen(Counter(), Counter(), Counter())
    for node in others:
        rest.budget = _BUDGET
        _walk(node, lines, rest)
    for name in ("indent", "seq_indent", "offset"):
        own: Counter[int] = getattr(first, name)
        result.append(own if own else getattr(rest, name))
    indent = _pick(result[0], 2)
    return Style(indent=indent, seq_indent=_pick(result[1], indent), offset=_pick(result[2], 2))
