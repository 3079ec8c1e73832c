"""Terminal UI figures on generated programmes of 10,000 items.

    python bench/tui_bench.py [--items N] [--runs R]

first paint   `ggp-tracker` started in a pseudo-terminal of 120x40 on a programme of
              N items (bench/generate.py), timed from process start to the first frame
              (the footer's view names on screen) and to the loaded dashboard; beside
              an empty Textual app (one label) started the same way, taking turns, so
              the ratio is of two figures measured in the same run. The app is also
              started without the command line (`TrackerApp(...).run()`), with all
              extensions and with the core views only, which separates what the CLI
              and the extension modules import at start from what the UI needs.
search        the measures table of a programme of N measures (N rows): `/`, then a
              word typed one key at a time and erased again; each keystroke timed from
              the key to the table redrawn (headless, 120x40), through Textual's test
              pilot, whose waiting for the app to go idle is shown by a key nothing is
              bound to; then the same without the pilot: from setting the search
              box's text (the same messages as typing) to the next frame drawn.
              Median and worst.
view switch   keys 1 to 7 in turn on the same app, through the pilot and directly.

Figures are medians; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import re
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import generate as generator

REPO = Path(__file__).resolve().parent.parent
AS_OF = date(2019, 1, 15)
SIZE = (120, 40)
WORD = "wijkagenten"
ANSI = re.compile(rb"\x1b(\[[0-9;?<>=$ ]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")

EMPTY_APP = """
from textual.app import App
from textual.widgets import Label

class Empty(App):
    BINDINGS = [("q", "quit")]

    def compose(self):
        yield Label("ready")

Empty().run()
"""


# ---- first paint in a pseudo-terminal --------------------------------------------------


def on_screen(argv: Sequence[str], markers: Sequence[str], timeout: float = 180) -> list[float]:
    """Seconds from starting `argv` in a 120x40 terminal until each marker text is shown."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(SIZE[0]), LINES=str(SIZE[1]))
    env.pop("TEXTUAL", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), stdin=slave, stdout=slave, stderr=slave, cwd=REPO, env=env,
        start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    seen = b""
    found: list[float] = []
    try:
        while len(found) < len(markers):
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{markers[len(found)]!r} not shown within {timeout} s")
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            text = ANSI.sub(b"", seen).decode("utf-8", "replace")
            while len(found) < len(markers) and markers[len(found)] in text:
                found.append(time.perf_counter() - start)
        os.write(master, b"q")
        drain_until_exit(proc, master)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return found


def drain_until_exit(proc: subprocess.Popen[bytes], master: int, timeout: float = 30) -> None:
    """Read the terminal until the child exits (a full terminal would block its output)."""
    end = time.perf_counter() + timeout
    while proc.poll() is None and time.perf_counter() < end:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                os.read(master, 65536)
            except OSError:
                break
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # it did not quit on `q`: say so, and end it
        print(f"  (did not quit within {timeout:.0f} s: {proc.args!r:.60})", file=sys.stderr)
        proc.kill()
        proc.wait()


DIRECT_APP = """
import sys
from datetime import date
from tracker.tui.app import TrackerApp
from tracker.tui.registry import EXTENSIONS, build

extensions = EXTENSIONS if sys.argv[3] == "all" else ("tracker.tui.core",)
TrackerApp(sys.argv[1], date.fromisoformat(sys.argv[2]), "en", registry=build(extensions)).run()
"""


def first_paint(root: Path, runs: int) -> dict[str, list[float]]:
    app = [sys.executable, "-m", "tracker", "--root", str(root), "--as-of", str(AS_OF)]
    app += ["--lang", "en"]
    direct = [sys.executable, "-c", DIRECT_APP, str(root), str(AS_OF), "all"]
    core = [sys.executable, "-c", DIRECT_APP, str(root), str(AS_OF), "core"]
    empty = [sys.executable, "-c", EMPTY_APP]
    out: dict[str, list[float]] = {"empty": [], "paint": [], "data": [], "direct": [], "core": []}
    markers = ["Dashboard", f"as of {AS_OF}"]
    for _ in range(runs):
        out["empty"] += on_screen(empty, ["ready"])
        paint, data = on_screen(app, markers)
        out["paint"].append(paint)
        out["data"].append(data)
        out["direct"].append(on_screen(direct, markers[:1])[0])
        out["core"].append(on_screen(core, markers[:1])[0])
    return out


# ---- keystrokes in the running app (headless) ------------------------------------------


@contextmanager
def only_measures() -> Iterator[None]:
    """bench/generate.py with every item a measure, for a table of N rows."""
    weights = generator.KIND_WEIGHTS
    generator.KIND_WEIGHTS = (("measure", 1),)
    try:
        yield
    finally:
        generator.KIND_WEIGHTS = weights


@contextmanager
def frames() -> Iterator[list[float]]:
    """Times at which a screen was drawn (the compositor's refresh), while inside."""
    from textual.screen import Screen

    drawn: list[float] = []
    original = Screen._compositor_refresh

    def refresh(self: Screen) -> None:
        original(self)
        drawn.append(time.perf_counter())

    Screen._compositor_refresh = refresh  # type: ignore[method-assign]
    try:
        yield drawn
    finally:
        Screen._compositor_refresh = original  # type: ignore[method-assign]


async def next_frame(drawn: list[float], start: float) -> float:
    """Seconds from `start` to the first frame drawn after the change was handled."""
    handled = time.perf_counter()
    while not drawn or drawn[-1] < handled:
        await asyncio.sleep(0.0005)
    return next(t for t in drawn if t >= handled) - start


async def keystrokes(root: Path) -> dict[str, list[float]]:
    from tracker.tui.app import TrackerApp
    from tracker.tui.views.table import TableView

    app = TrackerApp(root, AS_OF, "en", watch=False, cursor_blink=False)
    app.animation_level = "none"
    out: dict[str, list[float]] = {
        "load": [],
        "search": [],
        "switch": [],
        "idle": [],
        "search_direct": [],
        "switch_direct": [],
    }
    async with app.run_test(size=SIZE) as pilot:
        start = time.perf_counter()
        await app.wait_settled()
        await pilot.pause()
        out["load"].append(time.perf_counter() - start)
        rows = len(app.loaded.tables["measures"].rows)  # type: ignore[union-attr]

        async def timed(key: str, into: str) -> None:
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            out[into].append(time.perf_counter() - start)

        for _ in range(3):
            for key in "2345671":
                await timed(key, "switch")
        await pilot.press("2", "slash")
        await pilot.pause()
        for _ in range(3):
            for char in WORD:
                await timed(char, "search")
            for _ in WORD:
                await timed("backspace", "search")
        await pilot.press("escape")
        for _ in range(10):  # a key nothing is bound to: the cost of pressing and redrawing
            await timed("f12", "idle")
        await pilot.pause()
        # The same without the pilot's waiting: from the change to the next frame drawn.
        measures = app.view("measures")
        assert isinstance(measures, TableView)
        box = measures.search_input
        await pilot.press("slash")
        queries = [WORD[:n] for n in range(1, len(WORD) + 1)]
        queries += [*queries[-2::-1], ""]
        with frames() as drawn:
            for _ in range(3):
                for query in queries:
                    start = time.perf_counter()
                    box.value = query  # as typing does: Input.Changed, then the view filters
                    while measures.search_text != query:
                        await asyncio.sleep(0.0005)
                    out["search_direct"].append(await next_frame(drawn, start))
            await pilot.press("escape")
            await pilot.pause()
            for _ in range(3):
                for name in ("dashboard", "measures", "pilots", "actions", "problems"):
                    start = time.perf_counter()
                    app.show_view(name)
                    out["switch_direct"].append(await next_frame(drawn, start))
                    await pilot.pause()
    out["rows"] = [float(rows)]
    return out


# ---- report -----------------------------------------------------------------------------


def ms(values: Sequence[float]) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tui-bench-") as tmp:
        mixed, measures = Path(tmp) / "mixed", Path(tmp) / "measures"
        generator.generate(mixed, args.items, seed=0)
        with only_measures():
            generator.generate(measures, args.items, seed=0)
        paint = first_paint(mixed, args.runs)
        keys = asyncio.run(keystrokes(measures))
    empty, first = statistics.median(paint["empty"]), statistics.median(paint["paint"])
    print(f"terminal UI, {args.items} items, {SIZE[0]}x{SIZE[1]}, medians of {args.runs} runs")
    print(f"  empty Textual app, first frame   {ms(paint['empty'])}")
    print(f"  ggp-tracker, first frame         {ms(paint['paint'])}   ratio {first / empty:.2f}")
    print(f"  ggp-tracker, dashboard loaded    {ms(paint['data'])}")
    direct = statistics.median(paint["direct"])
    print(f"  without the CLI, first frame     {ms(paint['direct'])}   ratio {direct / empty:.2f}")
    core = statistics.median(paint["core"])
    print(f"  core views only, first frame     {ms(paint['core'])}   ratio {core / empty:.2f}")
    rows = int(keys["rows"][0])
    print(f"  load in the app ({rows} measures)  {ms(keys['load'])}")
    print(
        f"  search keystroke, {rows} rows     {ms(keys['search'])}"
        f"   worst {max(keys['search']) * 1000:.1f} ms ({len(keys['search'])} keys)"
    )
    print(
        f"  view switch                      {ms(keys['switch'])}"
        f"   worst {max(keys['switch']) * 1000:.1f} ms ({len(keys['switch'])} switches)"
    )
    print(f"  unbound key (press and redraw)   {ms(keys['idle'])}   (the pilot's own waiting)")
    print(
        f"  search, change to frame drawn    {ms(keys['search_direct'])}"
        f"   worst {max(keys['search_direct']) * 1000:.1f} ms"
    )
    print(
        f"  view switch, to frame drawn      {ms(keys['switch_direct'])}"
        f"   worst {max(keys['switch_direct']) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
