"""Terminal UI memory over a day of saves: resident memory after 1 reload and after 200.

    python bench/reload_memory.py [--items N] [--reloads R]

The app runs headless (120x40) on a generated programme of N items (bench/generate.py);
before each reload one item file is saved with a changed note, as an editor would.
Resident memory (VmRSS, not the peak) is read after the first reload and after the
last; a flat figure means the garbage of earlier reloads is freed. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tracker` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate

AS_OF = date(2019, 1, 15)


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def measure(root: Path, reloads: int) -> tuple[float, float]:
    from tracker.tui.app import TrackerApp

    app = TrackerApp(root, AS_OF, "en", watch=False, cursor_blink=False)
    app.animation_level = "none"
    target = sorted((root / "measures").rglob("*.yaml"))[0]
    original = target.read_text(encoding="utf-8")
    first = last = float("nan")
    async with app.run_test(size=(120, 40)):
        await app.wait_settled()
        for n in range(1, reloads + 1):
            target.write_text(original + f"# saved {n}\n", encoding="utf-8")
            app.reload()
            await app.wait_settled()
            if n == 1:
                first = rss_mib()
        last = rss_mib()
    return first, last


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--reloads", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "programme"
        generate(root, args.items)
        first, last = asyncio.run(measure(root, args.reloads))
    print(f"terminal UI memory, {args.items} items: RSS after 1 reload {first:.1f} MiB,")
    print(f"  after {args.reloads} reloads {last:.1f} MiB ({last - first:+.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
