"""Safe YAML reading: C-composed nodes, YAML 1.2 scalars, positions kept.

Nothing here constructs arbitrary objects: the C composer builds plain nodes
and `to_python` turns them into dicts, lists, strings, numbers and booleans.
Anchors, aliases and explicit tags are refused before composing, so an alias
bomb is never expanded.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from tracker.problems import Problem, say

try:  # libyaml is present in the pinned wheels; the pure parser is the fallback.
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - only without libyaml
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


class _PlainResolver(BaseResolver):
    """Tags every plain scalar as a string; `scalar()` applies YAML 1.2 rules itself."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 - PyYAML's class-level table


_TAG_OF = {
    ScalarNode: BaseResolver.DEFAULT_SCALAR_TAG,
    SequenceNode: BaseResolver.DEFAULT_SEQUENCE_TAG,
    MappingNode: BaseResolver.DEFAULT_MAPPING_TAG,
}


class _Loader(_Parser, _PlainResolver):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _PlainResolver.__init__(self)

    # The composer calls these three for every node. With no implicit or path
    # resolvers they come down to the default tag, so say that directly: the
    # general versions cost about a third of composing.
    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        return _TAG_OF[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


MAX_DEPTH = 64  # items are four levels deep; deeper is a mistake, not data

_INT = re.compile(r"[-+]?[0-9]+")
_INT_OTHER = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    "null": None,
    "Null": None,
    "NULL": None,
    "~": None,
    "": None,
    ".inf": math.inf,
    ".Inf": math.inf,
    ".INF": math.inf,
    "+.inf": math.inf,
    "+.Inf": math.inf,
    "+.INF": math.inf,
    "-.inf": -math.inf,
    "-.Inf": -math.inf,
    "-.INF": -math.inf,
    ".nan": math.nan,
    ".NaN": math.nan,
    ".NAN": math.nan,
}
# First characters that can start a non-string plain scalar (YAML 1.2 core schema).
_MAYBE_TYPED = frozenset("0123456789+-.tTfFnN~")


def scalar(node: ScalarNode) -> Any:
    """The value of a scalar under the YAML 1.2 core schema (`no`, `on` stay strings)."""
    value: str = node.value
    if node.style or (value and value[0] not in _MAYBE_TYPED):
        return value
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value  # a date, the commonest typed-looking value: no number has these dashes
    if value in _SPECIAL:
        return _SPECIAL[value]
    if _INT.fullmatch(value):
        try:
            return int(value)
        except ValueError:  # more digits than Python converts: keep the text
            return value
    if _FLOAT.fullmatch(value):
        return float(value)
    if _INT_OTHER.fullmatch(value):
        return int(value, 0)
    return value


@dataclass(slots=True)
class Document:
    """One YAML document of a file: its index, root node and plain value."""

    index: int
    node: Node
    value: Any
    flawed: bool = False  # a duplicate key or too-deep value: `value` is one guess of many


@dataclass(slots=True)
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _position(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def _reader_position(text: str, exc: yaml.reader.ReaderError) -> tuple[int, int]:
    """Where a refused character is. libyaml gives a byte offset, the pure reader a
    character offset: find the character itself (its first occurrence is the refused one)."""
    index = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
    if index < 0:
        index = min(max(exc.position, 0), len(text))
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


# libyaml's messages and contexts -> keys in tracker/labels/problems.py.
_PARSER_WORDS = {
    "mapping values are not allowed in this context": "problem.yaml.mapping-values",
    "did not find expected key": "problem.yaml.expected-key",
    "did not find expected '-' indicator": "problem.yaml.expected-dash",
    "found unexpected end of stream": "problem.yaml.end-of-stream",
    "found character that cannot start any token": "problem.yaml.cannot-start",
    "found a tab character that violates indentation": "problem.yaml.tab",
    "found unknown escape character": "problem.yaml.unknown-escape",
    "while parsing a block mapping": "problem.yaml.in-block-mapping",
    "while parsing a block collection": "problem.yaml.in-block-collection",
    "while parsing a flow sequence": "problem.yaml.in-flow-sequence",
    "while parsing a flow mapping": "problem.yaml.in-flow-mapping",
    "while scanning a quoted scalar": "problem.yaml.in-quoted",
    "while parsing a quoted scalar": "problem.yaml.in-parsing-quoted",
    "while scanning for the next token": "problem.yaml.in-next-token",
    "while scanning a plain scalar": "problem.yaml.in-plain",
    "while scanning a simple key": "problem.yaml.in-simple-key",
}


def _parser_words(text: str) -> str:
    key = _PARSER_WORDS.get(text)
    if key:
        return say(key)
    if text in ("did not find expected ',' or ']'", "did not find expected ',' or '}'"):
        return say("problem.yaml.expected-close", close=text[-2])
    return text


def _syntax_problem(file: str, exc: yaml.YAMLError, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = _position(mark)
    if mark is None and isinstance(exc, yaml.reader.ReaderError):
        line, column = _reader_position(text, exc)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    # The parser speaks English only: its common words are said again from the label
    # table, the rest go in as the parser gives them.
    detail_text = problem + (f" ({context})" if context else "")
    detail: str = _parser_words(problem)
    if context:
        detail = say("problem.yaml-syntax.context", problem=detail, context=_parser_words(context))
    hint = say("problem.yaml-syntax.hint")
    if "nesting depth" in detail_text:
        hint = say("problem.yaml-syntax.nesting.hint")
    elif "control" in detail_text or "unacceptable character" in detail_text:
        hint = say("problem.yaml-syntax.control.hint")
    return Problem(
        file, line, column, "yaml-syntax", say("problem.yaml-syntax", detail=detail), hint
    )


# Everything but line breaks (libyaml's four), for blanking a refused document.
_NOT_BREAK = re.compile(r"[^\r\n\x85\u2028\u2029]+")


def _screen(text: str, file: str) -> tuple[str, set[int], list[Problem]]:
    """Refuse anchors, aliases and explicit tags from the event stream, before composing.

    Returns the text to compose: each document holding one becomes a null document
    on the same lines, so the composer never meets an alias or a tag and the other
    documents keep their index and positions. A syntax error is one of the problems,
    and the text then ends after the last whole document before it. Only runs when
    the text holds a character that can start these, so ordinary files pay nothing.
    """
    bad_docs: set[int] = set()
    problems: list[Problem] = []
    spans: list[tuple[int, int]] = []  # the content of each refused document
    doc, start, whole = -1, 0, 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.DocumentStartEvent):
                doc += 1
                start = event.end_mark.index
            elif isinstance(event, yaml.DocumentEndEvent):
                if doc in bad_docs:
                    spans.append((start, event.start_mark.index))
                whole = event.end_mark.index
            else:
                problem = _refused(event, file)
                if problem is not None:
                    bad_docs.add(doc)
                    problems.append(problem)
    except yaml.YAMLError as exc:
        problems.append(_syntax_problem(file, exc, text))
        text = text[:whole]
    for begin, end in reversed(spans):
        text = text[:begin] + " ~" + _NOT_BREAK.sub("", text[begin:end]) + text[end:]
    return text, bad_docs, problems


def _refused(event: yaml.Event, file: str) -> Problem | None:
    """The problem with an alias, an anchor or an explicit tag on this event, if any."""
    line, column = _position(event.start_mark)
    anchor = getattr(event, "anchor", None)
    if isinstance(event, yaml.AliasEvent):
        return Problem.at(file, line, column, "yaml-alias", "problem.yaml-alias", name=anchor)
    if anchor is not None:
        return Problem.at(
            file, line, column, "yaml-alias", "problem.yaml-alias.anchor", name=anchor
        )
    tag = getattr(event, "tag", None)
    if tag is not None:
        return Problem.at(file, line, column, "yaml-tag", "problem.yaml-tag", tag=tag)
    return None


# YAML 1.1 read these as true/false; under 1.2 (here) they are text. No field of the
# format is true/false, so a plain one is a slip: `decision_needed: no` is an open decision.
_YES_NO = frozenset({"yes", "no", "on", "off", "y", "n"})


def _ambiguous_boolean(file: str, key: str, node: ScalarNode) -> Problem:
    line, column = _position(node.start_mark)
    return Problem.at(
        file,
        line,
        column,
        "ambiguous-boolean",
        "problem.ambiguous-boolean",
        field=key,
        value=node.value,
    )


def to_python(node: Node, file: str, problems: list[Problem], depth: int = 0) -> Any:
    """Plain value of a node; records duplicate keys and refuses deep nesting."""
    cls = node.__class__
    if cls is ScalarNode:
        return scalar(node)  # type: ignore[arg-type]
    if depth >= MAX_DEPTH:
        line, column = _position(node.start_mark)
        problems.append(
            Problem.at(
                file,
                line,
                column,
                "invalid-value",
                "problem.invalid-value.too-deep",
                depth=MAX_DEPTH,
            )
        )
        return None
    # Scalars are most values: they are converted inline, without a call per value.
    if cls is MappingNode:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode:
                line, column = _position(key_node.start_mark)
                problems.append(
                    Problem.at(file, line, column, "invalid-value", "problem.invalid-value.key")
                )
                continue
            key = key_node.value
            if key in result:
                line, column = _position(key_node.start_mark)
                problems.append(
                    Problem.at(
                        file, line, column, "duplicate-key", "problem.duplicate-key", name=key
                    )
                )
            if value_node.__class__ is ScalarNode:
                text = value_node.value
                if not value_node.style and len(text) <= 3 and text.lower() in _YES_NO:
                    problems.append(_ambiguous_boolean(file, key, value_node))
                if value_node.style or (text and text[0] not in _MAYBE_TYPED):
                    result[key] = text
                else:
                    result[key] = scalar(value_node)
            else:
                result[key] = to_python(value_node, file, problems, depth + 1)
        return result
    values: list[Any] = []
    for item in node.value:
        if item.__class__ is ScalarNode:
            text = item.value
            if item.style or (text and text[0] not in _MAYBE_TYPED):
                values.append(text)
            else:
                values.append(scalar(item))
        else:
            values.append(to_python(item, file, problems, depth + 1))
    return values


def read_documents(text: str, file: str) -> ReadResult:
    """Every document in `text`, as nodes and plain values, with located problems.

    Never raises on bad input: syntax errors end the file at the error, and the
    documents before it are kept.
    """
    result = ReadResult()
    bad_docs: set[int] = set()
    if "&" in text or "*" in text or "!" in text:
        text, bad_docs, refused = _screen(text, file)
        result.problems.extend(refused)
    loader = None
    try:
        loader = _Loader(text)  # the pure reader refuses control characters right here
        index = 0
        while loader.check_node():
            node = loader.get_node()
            if index not in bad_docs and node is not None:
                before = len(result.problems)
                value = to_python(node, file, result.problems)
                # A warning (ambiguous-boolean) leaves the document whole.
                flawed = any(p.is_error for p in result.problems[before:])
                result.documents.append(Document(index, node, value, flawed))
            index += 1
    except yaml.YAMLError as exc:
        result.problems.append(_syntax_problem(file, exc, text))
    except RecursionError:
        result.problems.append(
            Problem.at(file, 1, 1, "yaml-syntax", "problem.yaml-syntax.too-deep")
        )
    finally:
        if loader is not None:
            loader.dispose()
    return result


def locate(node: Node, path: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
    """1-based position of the value at `path` below `node`, or of its key with `key=True`.

    Stops at the deepest part of the path that exists, so a missing field points
    at the mapping that should hold it.
    """
    current = node
    key_mark = None
    for part in path:
        if isinstance(current, MappingNode):
            for key_node, value_node in current.value:
                if isinstance(key_node, ScalarNode) and key_node.value == part:
                    key_mark = key_node.start_mark
                    current = value_node
                    break
            else:
                break
        elif isinstance(current, SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(current.value):
                break
            key_mark = None
            current = current.value[part]
        else:
            break
    if key and key_mark is not None:
        return _position(key_mark)
    return _position(current.start_mark)
