"""Every hostile case at once, loaded in a process that may use at most 2 GiB.

The process gets an address-space limit (RLIMIT_AS) before it imports anything;
expanding an alias bomb or reading the 3 GiB file whole would fail it.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hostile.helpers import GOOD_IDS, good_copy
from tests.hostile.test_yaml_constructs import LAUGHS, NESTING

LIMIT = 2 * 2**30

CHILD = textwrap.dedent(
    """
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from datetime import date
    from io import StringIO
    from contextlib import redirect_stdout
    from tracker.cli import main
    from tracker.listing import TABLES
    from tracker.loader import load_programme
    from tracker.state import build_state

    root = sys.argv[1]
    programme = load_programme(root)
    state = build_state(programme, date(2018, 11, 1))
    out = StringIO()
    with redirect_stdout(out):
        codes = [main(["validate", "--root", root, "--format", f]) for f in ("text", "json")]
        codes += [main(["list", t, "--root", root, "--as-of", "2018-11-01"]) for t in TABLES]
    print(json.dumps({{
        "items": sorted(item.id for item in programme.items),
        "problems": sorted({{(p.file, p.code) for p in programme.problems}}),
        "exit": codes,
        "attention": len(state.attention),
    }}))
    """
)


def hostile_programme(where: Path) -> Path:
    root = good_copy(where)
    measures = root / "measures" / "hostile"
    measures.mkdir()
    (measures / "bomb.yaml").write_text("kind: measure\n" + LAUGHS, encoding="utf-8")
    big = "big: &big " + "x" * 100_000 + "\nuses: [" + ", ".join(["*big"] * 50_000) + "]\n"
    (measures / "quadratic.yaml").write_text(big, encoding="utf-8")
    for name, (text, _) in NESTING.items():
        (measures / f"{name}.yaml").write_text(text, encoding="utf-8")
    with (measures / "huge.yaml").open("wb") as handle:
        handle.truncate(3 * 2**30)
    (measures / "nul.yaml").write_bytes(b"kind: measure\ntitle: a\x00b\n")
    (measures / "noise.yaml").write_bytes(random.Random(7).randbytes(1 << 20))
    (measures / "tag.yaml").write_text("x: !!python/object/apply:os.system [ls]\n")
    (measures / "int.yaml").write_text("kind: measure\nid: i\ntitle: t\nprogress: " + "9" * 9000)
    os.mkfifo(measures / "pipe.yaml")
    (measures / "out.yaml").symlink_to("/etc/passwd")
    (measures / "loop.yaml").symlink_to("loop.yaml")
    return root


@pytest.mark.timeout(120)
def test_hostile_cases_under_a_2_gib_address_space(tmp_path: Path) -> None:
    root = hostile_programme(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=LIMIT), str(root)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=110,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert set(report["items"]) == GOOD_IDS
    assert report["exit"] == [1, 1, 0, 0, 0, 0, 0, 0]  # validate twice, then each list table
    codes = {file.rsplit("/", 1)[-1]: code for file, code in report["problems"]}
    assert codes == {
        "bomb.yaml": "yaml-alias",
        "quadratic.yaml": "yaml-alias",
        "block-mapping.yaml": "yaml-syntax",
        "block-sequence.yaml": "yaml-syntax",
        "flow-mapping.yaml": "yaml-syntax",
        "flow-sequence.yaml": "yaml-syntax",
        "huge.yaml": "too-large",
        "nul.yaml": "yaml-syntax",
        "noise.yaml": "encoding",
        "tag.yaml": "yaml-tag",
        "int.yaml": "invalid-value",
        "pipe.yaml": "not-a-file",
        "out.yaml": "outside-root",
        "loop.yaml": "outside-root",
    }
    assert report["attention"] > 0
