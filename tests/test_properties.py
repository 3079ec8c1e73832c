"""Property tests: whatever the programme files hold, nothing crashes.

Hypothesis writes arbitrary text, arbitrary bytes, and item-like YAML documents
(built from the format's own fields, dumped, and sometimes mutated) into a small
programme, then loads it, derives the state, validates, lays out the `list` tables
and, where they exist, renders the summary.

The default run tries about 500 examples. `test_many_documents_never_crash` (marked
slow) tries 10,000 and takes one to two minutes; it runs in `make test`;
`pytest -m "not slow"` skips it.
"""

from __future__ import annotations

import io
import itertools
import os
import random
import shutil
import string
import tempfile
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from tests.conftest import GOOD
from tracker.cli import build_parser
from tracker.context import Context
from tracker.listing import TABLES, rows
from tracker.loader import Programme, ProgrammeLoader
from tracker.models import HEALTHS, KINDS, MEASURE_STATUSES, MEETING_TYPES, MODELS, PILOT_PHASES
from tracker.problems import CODES
from tracker.render.table import build_table, print_table
from tracker.state import State, build_state
from tracker.textlayout.lines import cell_len
from tracker.textsafe import clean

AS_OF = date(2018, 11, 1)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# The format's own fields, so most generated documents get past the first check and
# reach the state and the views; a fifth of the time any field goes anywhere.
FIELDS = tuple(sorted({name for model in MODELS.values() for name in model.model_fields}))
OWN_FIELDS = {kind: tuple(MODELS[kind].model_fields) for kind in KINDS}
ENUM_FIELDS: dict[str, tuple[str, ...]] = {
    "status": MEASURE_STATUSES,
    "phase": PILOT_PHASES,
    "health": HEALTHS,
    "type": MEETING_TYPES,
    "format": ("percent", "number"),
    "better": ("higher", "lower"),
}
DATE_FIELDS = frozenset({"start", "due", "end", "date", "done"})
LIST_FIELDS = frozenset({"opgaven", "related", "tags", "decisions"})
ENTRY_FIELDS: dict[str, tuple[str, ...]] = {
    "updates": ("date", "note", "by", "status", "phase", "health", "progress"),
    "milestones": ("title", "due", "done"),
    "actions": ("title", "owner", "due", "done"),
    "values": ("date", "value", "note"),
    "scale_up": ("scope", "due"),
}
NUMBER_FIELDS = frozenset({"progress", "participants", "target", "value"})
# Ids of the folder's two good items and of nothing, and the agenda's opgaven and units.
IDS = ("netwerk", "webcare", "Netwerk", "nothing", "gen-1", "gen-2", "gen-3")
REFS = ("digitaal", "nabijheid", "oost", "zwb", "twente-noord", "twente-zuid", "nope")
# What each reference field names when it is right.
GOOD_REFS: dict[str, tuple[str, ...]] = {
    "opgaven": ("digitaal", "nabijheid"),
    "related": ("netwerk", "webcare"),
    "unit": ("oost", "zwb"),
    "basisteam": ("twente-noord", "twente-zuid"),
    "measure": ("netwerk",),
}
REQUIRED = {"pilot": ("unit",), "meeting": ("date",)}
WEIRD = ("2018-02-30", "2018-13-01", "18-1-1", "yes", "no", "on", "0o17", "1e3", ".nan", "~")
# Characters that break YAML in interesting ways, for mutations.
NASTY = list(":-&*!|>%@`'\"#[]{},?\t\n\r \x00\x1b\x85\u2028\ufeff\u202e\x9b\\")
CHARS = string.printable + "éëïöü€ßłŁ中文\u00a0\u200b\u202e\x00\x07\x1b\x7f\x85\x9b\ufeff"


# ---- one generator, two sources of choices ------------------------------------
#
# The default tests draw every choice from Hypothesis (which then shrinks a failure
# to a small document). For 4,000 examples the same generator takes its choices
# from a seeded random.Random: drawing a few hundred choices per document costs
# Hypothesis about 30 ms, three times what checking the document costs. A failure
# there names its seed, which reproduces it exactly.


class Choices:
    """The choices the generator makes, from Hypothesis or from a seeded Random."""

    def __init__(self, draw: st.DrawFn | None = None, rnd: random.Random | None = None) -> None:
        self._draw, self._rnd = draw, rnd

    def below(self, n: int) -> int:
        if self._draw is not None:
            return self._draw(st.integers(0, n - 1))
        assert self._rnd is not None
        return self._rnd.randrange(n)

    def pick(self, options: tuple[Any, ...] | list[Any]) -> Any:
        return options[self.below(len(options))]

    def chance(self, percent: int) -> bool:
        return self.below(100) < percent

    def text(self) -> str:
        if self._draw is not None:
            return self._draw(st.text(max_size=20))
        return "".join(self.pick(CHARS) for _ in range(self.below(12)))


def scalar(c: Choices) -> Any:
    pick = c.below(9)
    if pick == 0:
        return c.text()
    if pick == 1:
        return c.pick((0, 1, -1, 50, 100, 101, 10**30, -(10**30)))
    if pick == 2:
        return c.pick((0.5, -0.0, 1e308, float("inf"), float("-inf"), float("nan")))
    if pick == 3:
        return c.pick((True, False, None))
    if pick in (4, 5):
        day = date(1900, 1, 1) + timedelta(days=c.below(73_000))
        return day if pick == 4 else day.isoformat()
    if pick == 6:
        return c.pick(WEIRD)
    return c.pick(IDS + REFS + MEASURE_STATUSES + PILOT_PHASES + KINDS)


def anything(c: Choices, depth: int = 0) -> Any:
    pick = c.below(6)
    if depth > 2 or pick < 4:
        return scalar(c)
    if pick == 4:
        return [anything(c, depth + 1) for _ in range(c.below(4))]
    keys = [c.pick(FIELDS) if c.chance(80) else c.text() for _ in range(c.below(4))]
    return {key: anything(c, depth + 1) for key in keys}


def field_value(c: Choices, name: str) -> Any:
    """A value of the right shape for `name`, or one of the wrong shape now and then."""
    if c.chance(8):
        return anything(c)
    if name in GOOD_REFS:
        refs = GOOD_REFS[name] if c.chance(90) else REFS + IDS
        return [c.pick(refs) for _ in range(c.below(3))] if name in LIST_FIELDS else c.pick(refs)
    if name in ENUM_FIELDS:
        return c.pick(ENUM_FIELDS[name])
    if name in DATE_FIELDS:
        return date(2017, 1, 1) + timedelta(days=c.below(1_100))
    if name in LIST_FIELDS:
        return [c.text() for _ in range(c.below(3))]
    if name == "scale_up":
        return {key: field_value(c, key) for key in ENTRY_FIELDS[name] if c.chance(70)}
    if name in ENTRY_FIELDS:
        return [
            {key: field_value(c, key) for key in ENTRY_FIELDS[name] if c.chance(70)}
            for _ in range(c.below(4))
        ]
    if name in NUMBER_FIELDS:
        return c.below(120) - 10
    return c.text()


def item(c: Choices) -> dict[str, Any]:
    """A mapping close to a valid item, with mistakes mixed in."""
    kind = c.pick(KINDS) if c.chance(90) else anything(c)
    fresh = f"gen-{c.below(1000)}"
    doc: dict[str, Any] = {
        "kind": kind,
        "id": fresh if c.chance(80) else c.pick(IDS) if c.chance(50) else anything(c),
        "title": c.text() if c.chance(90) else anything(c),
    }
    own = OWN_FIELDS.get(kind, FIELDS) if isinstance(kind, str) else FIELDS
    for name in REQUIRED.get(kind, ()) if isinstance(kind, str) else ():
        if c.chance(90):
            doc[name] = field_value(c, name)
    for _ in range(c.below(8)):
        name = c.pick(own) if c.chance(80) else c.pick(FIELDS)
        doc[name] = field_value(c, name)
    return doc


def mutate(text: str, c: Choices, times: int) -> str:
    """Small edits a hurried hand might make: a stray character, a lost one, a moved line."""
    for _ in range(times):
        if not text:
            return c.pick(NASTY)
        at = c.below(len(text) + 1)
        action = c.below(4)
        if action == 0:
            text = text[:at] + c.pick(NASTY) + text[at:]
        elif action == 1:
            text = text[:at] + text[at + 1 :]
        elif action == 2:
            lines = text.splitlines(keepends=True)
            lines.insert(c.below(len(lines) + 1), lines[c.below(len(lines))])
            text = "".join(lines)
        else:
            text = text[:at] + " " * (1 + c.below(3)) + text[at:]
    return text


def item_file(c: Choices) -> bytes:
    docs = [item(c) for _ in range(1 + c.below(3))]
    text = yaml.dump_all(docs, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    text = mutate(text, c, c.pick((0, 0, 0, 1, 2, 5)))
    return text.encode("utf-8", "surrogatepass")


def agenda_file(c: Choices) -> bytes:
    agenda = yaml.safe_load((GOOD / "agenda.yaml").read_text(encoding="utf-8"))
    for _ in range(c.below(4)):
        section = c.pick(("programme", "opgaven", "units"))
        if section == "programme":
            key = c.pick(("title", "language", "start", "end", "stale_after_days", "short"))
            agenda["programme"][key] = anything(c)
        elif c.chance(50):
            agenda[section] = anything(c)
        else:
            keys = ("id", "title", "name", "basisteams", "lead")
            entries = agenda[section] if isinstance(agenda[section], list) else []
            agenda[section] = [*entries, {key: anything(c) for key in keys if c.chance(60)}]
    text = yaml.dump(agenda, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    return mutate(text, c, c.pick((0, 1, 3))).encode("utf-8", "surrogatepass")


def drawn(make: Callable[[Choices], bytes]) -> st.SearchStrategy[bytes]:
    return st.composite(lambda draw: make(Choices(draw=draw)))()


def seeded(make: Callable[[Choices], bytes], seed: int) -> bytes:
    rnd = random.Random(seed)
    if rnd.random() < 0.1:  # now and then, plain noise
        return "".join(rnd.choice(CHARS) for _ in range(rnd.randrange(300))).encode()
    return make(Choices(rnd=rnd))


# ---- the programme and the views -------------------------------------------------


@dataclass(frozen=True)
class Views:
    """Which outputs one example renders: one of each kind, drawn, keeps examples quick."""

    lang: str = "en"
    validate: str = "text"
    summary: str | None = None  # a summary format, or None for no summary
    print_tables: bool = True  # lay the tables out on a terminal, not only build them


languages = st.sampled_from(["en", "nl"])
validate_formats = st.sampled_from(["text", "json", "github"])
views = st.builds(
    Views,
    lang=languages,
    validate=validate_formats,
    # Word takes ten times as long as the others: drawn less often.
    summary=st.sampled_from([None, None, None, None, "md", "html", "md", "html", "text", "docx"]),
)
no_summary = views.map(lambda v: replace(v, summary=None))
quick_views = st.builds(
    Views, lang=languages, validate=validate_formats, print_tables=st.just(False)
)
PARSER = build_parser()


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """One programme folder for all examples of a test; each example rewrites one file.

    The good agenda and two of the good items, so generated references can resolve.
    """
    where = Path(tempfile.mkdtemp())
    root = where / "programme"
    for name in ("agenda.yaml", "measures/lovp/netwerk.yaml", "measures/pilots/webcare.yaml"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(GOOD / name, root / name)
    try:
        yield root
    finally:
        shutil.rmtree(where)


_LOADERS: dict[Path, ProgrammeLoader] = {}
_TICKS = itertools.count(1)


def write(root: Path, data: bytes, name: str = "measures/generated.yaml") -> None:
    path = root / name
    path.write_bytes(data)
    # The loader's cache trusts size and mtime, and two examples can write as many bytes
    # within one clock tick: give every write its own mtime.
    tick = next(_TICKS) * 1_000_000_000
    os.utime(path, ns=(tick, tick))


def check_programme(programme: Programme) -> None:
    for problem in programme.problems:
        assert problem.code in CODES, problem
        assert problem.hint, problem
        assert problem.line >= 0 and problem.column >= 0
        assert clean(problem.message) == problem.message == " ".join(problem.message.split())
    for entry in programme.items:
        assert programme.sources[entry.id].file in programme.files


def check_views(state: State, how: Views) -> None:
    console = Console(file=io.StringIO(), width=100, force_terminal=True, color_system="truecolor")
    for table in TABLES:
        found = rows(state, table)
        if found:
            built = build_table(table, found, how.lang, 100)  # type: ignore[arg-type]
            if how.print_tables:
                print_table(table, found, state, how.lang, console)  # type: ignore[arg-type]
                for line in built.lines(100, styled=True).texts:
                    assert cell_len(line) <= 100
    if how.summary:
        render_summary(state, how)


def render_summary(state: State, how: Views) -> None:
    try:
        from tracker.summary.export import render_bytes, summary_document
    except ImportError:  # the summary renderers are optional for these properties
        return
    doc = summary_document(state, how.lang)  # type: ignore[arg-type]
    assert render_bytes(doc, how.summary)  # type: ignore[arg-type]


def run_all(root: Path, how: Views = Views()) -> Programme:
    # One loader per folder, as the TUI keeps one: each example re-reads only its file.
    loader = _LOADERS.setdefault(root, ProgrammeLoader(root))
    programme = loader.load()
    check_programme(programme)
    state = build_state(programme, AS_OF)
    check_views(state, how)
    # What `main` does, with the parser built once: building it costs more than validating.
    args = PARSER.parse_args(["validate", "--root", str(root), "--format", how.validate])
    ctx = Context(root=root, as_of=AS_OF, lang_option=how.lang, _loader=loader)
    with redirect_stdout(io.StringIO()):
        assert args.run(args, ctx) in (0, 1)
    return programme


SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(text=st.text(max_size=400), how=no_summary)
def test_arbitrary_text_never_crashes(folder: Path, text: str, how: Views) -> None:
    write(folder, text.encode("utf-8", "surrogatepass"))
    run_all(folder, how)


@SETTINGS
@given(data=st.binary(max_size=400), how=no_summary)
def test_arbitrary_bytes_never_crash(folder: Path, data: bytes, how: Views) -> None:
    write(folder, data)
    run_all(folder, how)


@settings(SETTINGS, max_examples=200)
@given(data=drawn(item_file), how=views)
def test_item_documents_never_crash(folder: Path, data: bytes, how: Views) -> None:
    write(folder, data)
    run_all(folder, how)


@settings(SETTINGS, max_examples=50)
@given(data=drawn(item_file), as_of=st.dates(date(1900, 1, 1), date(2100, 12, 31)), how=views)
def test_any_as_of_date(folder: Path, data: bytes, as_of: date, how: Views) -> None:
    write(folder, data)
    programme = run_all(folder)
    check_views(build_state(programme, as_of), how)


@settings(SETTINGS, max_examples=60)
@given(agenda=drawn(agenda_file), data=drawn(item_file), how=views)
def test_agendas_never_crash(folder: Path, agenda: bytes, data: bytes, how: Views) -> None:
    original = (folder / "agenda.yaml").read_bytes()
    try:
        write(folder, agenda, "agenda.yaml")
        write(folder, data)
        run_all(folder, how)
    finally:
        write(folder, original, "agenda.yaml")


@pytest.mark.slow
@pytest.mark.timeout(1200)  # about 25 s alone; a busy machine may take several times that
@settings(SETTINGS, max_examples=4_000)
@given(seed=st.integers(0, 2**64), how=quick_views)
def test_many_documents_never_crash(folder: Path, seed: int, how: Views) -> None:
    write(folder, seeded(item_file, seed))
    run_all(folder, how)


def test_generated_documents_reach_every_stage(folder: Path) -> None:
    # The properties prove little unless generated files often load as items, often
    # fail in the YAML layer, and often fail in validation: count over fixed seeds.
    loaded = yaml_problems = model_problems = 0
    for seed in range(300):
        write(folder, seeded(item_file, seed))
        programme = run_all(folder, Views(print_tables=False))
        loaded += len(programme.items) > 2
        codes = {p.code for p in programme.problems}
        yaml_problems += bool(codes & {"yaml-syntax", "duplicate-key", "encoding", "yaml-alias"})
        model_problems += bool(codes & {"invalid-value", "unknown-field", "missing-field"})
    assert loaded > 30
    assert yaml_problems > 30
    assert model_problems > 30
