"""A small programme for the round tests, with owners written in several ways."""

from __future__ import annotations

from pathlib import Path

AGENDA = """\
programme:
  title: Round test
  language: en
  start: 2018-01-01
  end: 2019-12-31
  lovp_meetings: [2018-10-11, 2018-12-06]
opgaven:
  - id: digi
    title: Digital
    lead: Anna de Vries
  - id: nabij
    title: Proximity
  - id: onder
    title: Subversion
    lead: Bram
units:
  - id: oost
    name: Eenheid Oost
"""

FILES = {
    "measures/old.yaml": """\
kind: measure
id: m-old
title: Old news
owner: Anna de Vries
status: active
milestones:
  - title: Plan
    due: 2018-11-30
  - title: Later
    due: 2019-01-15
  - title: Kick-off
    due: 2018-11-01
    done: 2018-10-20
updates:
  - date: 2018-09-01
    note: Begun.
""",
    "measures/fresh.yaml": """\
kind: measure
id: m-fresh
title: Fresh news
owner: Anna de Vries
status: active
updates:
  - date: 2018-10-15
    note: Going well.
""",
    "measures/planned.yaml": """\
kind: measure
id: m-planned
title: Not begun
owner: Bram
milestones:
  - title: Write the plan
    due: 2018-11-01
""",
    "measures/finished.yaml": """\
kind: measure
id: m-done
title: Finished
owner: Bram
status: done
milestones:
  - title: Never mind
    due: 2018-10-01
""",
    "measures/pilots.yaml": """\
kind: pilot
id: p-running
title: Running pilot
unit: oost
phase: running
updates:
  - date: 2018-10-11
    note: On the day of the last meeting.
---
kind: pilot
id: p-idea
title: Only an idea
unit: oost
""",
    "measures/meeting.yaml": """\
kind: meeting
id: lovp-2018-10
title: LOVP October
date: 2018-10-11
owner: Secretariaat
actions:
  - title: Report budgets
    owner: Bram
    due: 2018-11-15
  - title: Book the room
    due: 2018-12-06
  - title: After the meeting
    owner: Anna de Vries
    due: 2018-12-07
  - title: Already done
    owner: Anna de Vries
    due: 2018-11-01
    done: 2018-10-30
  - title: No date
""",
    "measures/risks.yaml": """\
kind: risk
id: R-1
title: Too little capacity
owner: Bram
likelihood: 3
impact: 4
review_by: 2018-11-10
---
kind: risk
id: R-2
title: Closed already
owner: Bram
likelihood: 2
impact: 2
status: closed
review_by: 2018-11-10
---
kind: risk
id: R-3
title: Reviewed later
likelihood: 2
impact: 3
review_by: 2018-12-20
""",
    "measures/assessments.yaml": """\
kind: assessment
id: A-1812-onder
meeting: 2018-12-06
opgave: onder
health: amber
summary: Two projects started.
""",
    "measures/lower.yaml": """\
kind: measure
id: m-lower
title: Owner in lower case
owner: anna de vries
status: active
updates:
  - date: 2018-11-02
    note: Written by someone else.
""",
}


def write(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "agenda.yaml").write_text(AGENDA)
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root
