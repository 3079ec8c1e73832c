"""Generate a programme folder of N items at national scale, following FORMAT.md.

    python bench/generate.py N OUT [--seed S]

The programme has the ten regional units and the Landelijke Eenheid, with the
168 basisteams of the 2012 design spread over the ten units. Items are spread
1-4 to a file (multi-document files), in sub-folders as policy staff would
keep them: measures with milestones and an update log, basisteam pilots,
meetings with decisions and actions, indicators with values; a few comments.
Every reference points at an item that exists, so the programme loads without
problems. The same N and seed always give the same bytes.

Other benchmarks import `generate(root, n, seed)`.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

# Regional units with their basisteam counts (168 in all), then the national unit.
UNITS: tuple[tuple[str, str, int], ...] = (
    ("noord-nederland", "Eenheid Noord-Nederland", 17),
    ("oost-nederland", "Eenheid Oost-Nederland", 25),
    ("midden-nederland", "Eenheid Midden-Nederland", 14),
    ("noord-holland", "Eenheid Noord-Holland", 14),
    ("amsterdam", "Eenheid Amsterdam", 16),
    ("den-haag", "Eenheid Den Haag", 21),
    ("rotterdam", "Eenheid Rotterdam", 21),
    ("zeeland-west-brabant", "Eenheid Zeeland-West-Brabant", 16),
    ("oost-brabant", "Eenheid Oost-Brabant", 13),
    ("limburg", "Eenheid Limburg", 11),
)
NATIONAL = ("landelijke-eenheid", "Landelijke Eenheid")
OPGAVEN: tuple[tuple[str, str], ...] = (
    ("digitaal", "De digitale wereld integreren in het gebiedsgebonden politiewerk"),
    ("diversiteit", "Politiewerk in een veranderende, diverse samenleving"),
    ("nabijheid", "Moderne nabijheid in de wijk"),
    ("ondermijning", "Samenspannen tegen ondermijning in de basisteams"),
)
PLACES = (
    "Groningen Stad", "Leeuwarden", "Drachten", "Assen", "Emmen", "Hoogeveen", "Zwolle",
    "Deventer", "Enschede", "Hengelo", "Almelo", "Apeldoorn", "Arnhem", "Nijmegen", "Ede",
    "Tiel", "Utrecht Centrum", "Amersfoort", "Zeist", "Lelystad", "Almere", "Haarlem",
    "Alkmaar", "Den Helder", "Hoorn", "Zaanstad", "Amstelveen", "Centrum-Jordaan", "Oost",
    "Nieuw-West", "Zuidoost", "Leiden", "Delft", "Zoetermeer", "Westland", "Haaglanden-Zuid",
    "Rijnmond-Noord", "Oude Maas", "Midden-Schieland", "Dordrecht", "Gorinchem", "Breda",
    "Tilburg", "Roosendaal", "Bergen op Zoom", "Middelburg", "Goes", "Eindhoven", "Helmond",
    "Oss", "Den Bosch", "Venlo", "Roermond", "Sittard", "Heerlen", "Maastricht",
)  # fmt: skip
OWNERS = (
    "Programmabureau GGP", "Politiechef Noord-Nederland", "Landelijk portefeuillehouder GGP",
    "Netwerk basisteamchefs", "Directie Operatiën", "Teamchef", "Wijkagent coördinator",
    "Regionaal Service Centrum", "Ministerie van Justitie en Veiligheid", "Projectleider",
)  # fmt: skip
SUBJECTS = (
    "webcare", "wijkagenten", "sociale media", "jongeren", "ondermijning", "drugsoverlast",
    "internetaangifte", "slachtoffers HIC", "buurtpreventie", "burgerparticipatie",
    "informatie-gestuurd werken", "digitale wijkagent", "diversiteit", "netwerkaanpak",
    "woninginbraak", "cybercrime", "ketenpartners", "wijkteams", "flexibele schil",
    "klanttevredenheid",
)  # fmt: skip
VERBS = (
    "Versterken van", "Invoeren van", "Uitbreiden van", "Evalueren van", "Borgen van",
    "Verbeteren van", "Experimenteren met", "Opschalen van", "Professionaliseren van",
)  # fmt: skip
SENTENCES = (
    "De basisteams werken samen met gemeenten en ketenpartners.",
    "Het netwerk van basisteamchefs bespreekt de voortgang elk kwartaal.",
    "Lokale ruimte voor verschil staat voorop; elk basisteam bepaalt zijn tempo.",
    "De driehoek is geïnformeerd en steunt de aanpak.",
    "Eerste bevindingen zijn positief; de evaluatie volgt na de zomer.",
    "Capaciteit blijft een knelpunt in de noodhulp en intake.",
    "De wijkagent is beter bereikbaar via sociale media.",
    "Er is budget vrijgemaakt voor opleiding en ondersteuning.",
    "Signalen van ondermijning worden vaker gedeeld met de gemeente.",
    "Burgers geven de politie een hogere score voor terugkoppeling.",
)  # fmt: skip
INDICATORS = (
    ("Slachtoffers HIC binnen 14 dagen geïnformeerd", "percent", 90.0, "higher"),
    ("Tevredenheid burgers over contact met de wijkagent", "percent", 75.0, "higher"),
    ("Internetaangiften per maand", "number", 12000.0, "higher"),
    ("Gemiddelde doorlooptijd aangifte in dagen", "number", 14.0, "lower"),
    ("Wijkagenten per 5.000 inwoners", "number", 1.0, "higher"),
)  # fmt: skip
START = date(2018, 1, 1)
KIND_WEIGHTS = (("measure", 35), ("pilot", 35), ("meeting", 20), ("indicator", 10))


def basisteams() -> dict[str, list[str]]:
    """Basisteam names per regional unit: a place name and a number, all distinct."""
    out: dict[str, list[str]] = {}
    counter = 0
    for unit_id, _, count in UNITS:
        names = []
        for _ in range(count):
            place = PLACES[counter % len(PLACES)]
            names.append(f"{place.lower().replace(' ', '-')}-{counter // len(PLACES) + 1}")
            counter += 1
        out[unit_id] = names
    return out


def agenda_text() -> str:
    lines = [
        "# Generated programme for benchmarks; figures are illustrative.",
        "programme:",
        "  title: Ontwikkelagenda Gebiedsgebonden Politiezorg (benchmark)",
        "  short: GGP",
        "  language: nl",
        "  start: 2018-01-01",
        "  end: 2019-12-31",
        "  stale_after_days: 42",
        "  lovp_meetings:",
    ]
    lines += [f"    - {d}" for d in ("2018-03-15", "2018-06-14", "2018-10-11", "2018-12-06")]
    lines += [f"    - {d}" for d in ("2019-03-14", "2019-06-13", "2019-10-10", "2019-12-12")]
    lines.append("opgaven:")
    for opgave_id, title in OPGAVEN:
        lines += [f"  - id: {opgave_id}", f"    title: {title}"]
    lines.append("units:")
    for unit_id, name, _ in UNITS:
        teams = basisteams()[unit_id]
        lines += [f"  - id: {unit_id}", f"    name: {name}", "    basisteams:"]
        lines += [f"      - {team}" for team in teams]
    lines += [f"  - id: {NATIONAL[0]}", f"    name: {NATIONAL[1]}"]
    return "\n".join(lines) + "\n"


class _Writer:
    """Builds the items of one programme from one random stream."""

    def __init__(self, n: int, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.n = n
        self.teams = basisteams()
        kinds = [k for k, _ in KIND_WEIGHTS]
        weights = [w for _, w in KIND_WEIGHTS]
        self.kinds = self.rnd.choices(kinds, weights, k=n)
        self.ids = [f"{kind[:3]}-{index:06d}" for index, kind in enumerate(self.kinds)]
        self.measure_ids = [i for i, k in zip(self.ids, self.kinds, strict=True) if k == "measure"]

    def day(self, low: int = 0, high: int = 700) -> date:
        return START + timedelta(days=self.rnd.randint(low, high))

    def text(self, sentences: int) -> str:
        return " ".join(self.rnd.choice(SENTENCES) for _ in range(sentences))

    def title(self) -> str:
        return f"{self.rnd.choice(VERBS)} {self.rnd.choice(SUBJECTS)}"

    def common(self, index: int, out: list[str]) -> None:
        rnd = self.rnd
        out.append(f"kind: {self.kinds[index]}")
        out.append(f"id: {self.ids[index]}")
        out.append(f"title: {self.title()} ({index})")
        if rnd.random() < 0.6:
            out.append("description: |")
            out += [f"  {self.text(2)}" for _ in range(rnd.randint(1, 3))]
        opgaven = rnd.sample([o for o, _ in OPGAVEN], rnd.randint(0, 2))
        if opgaven:
            out.append(f"opgaven: [{', '.join(opgaven)}]")
        if rnd.random() < 0.8:
            out.append(f"owner: {rnd.choice(OWNERS)}")
        if rnd.random() < 0.3:
            out.append("tags:")
            out += [f"  - {t}" for t in rnd.sample(SUBJECTS, rnd.randint(1, 3))]
        if index > 0 and rnd.random() < 0.25:
            related = {self.ids[rnd.randrange(self.n)] for _ in range(rnd.randint(1, 3))}
            related.discard(self.ids[index])
            if related:
                out.append(f"related: [{', '.join(sorted(related))}]")

    def milestones(self, start: date, out: list[str]) -> None:
        count = self.rnd.randint(0, 4)
        if not count:
            return
        out.append("milestones:")
        for number in range(count):
            due = start + timedelta(days=60 * (number + 1))
            out += [
                f"  - title: Mijlpaal {number + 1} {self.rnd.choice(SUBJECTS)}",
                f"    due: {due}",
            ]
            if self.rnd.random() < 0.5:
                out.append(f"    done: {due + timedelta(days=self.rnd.randint(-20, 20))}")

    def updates(self, start: date, fields: dict[str, tuple[str, ...]], out: list[str]) -> None:
        count = self.rnd.randint(1, 6)
        out.append("updates:")
        day = start
        for _ in range(count):
            day += timedelta(days=self.rnd.randint(7, 90))
            out += [f"  - date: {day}", f"    note: {self.text(1)}"]
            if self.rnd.random() < 0.5:
                out.append(f"    by: {self.rnd.choice(OWNERS)}")
            for name, values in fields.items():
                if self.rnd.random() < 0.4:
                    out.append(f"    {name}: {self.rnd.choice(values)}")
            if self.rnd.random() < 0.5:
                out.append(f"    progress: {self.rnd.randint(0, 100)}")

    def measure(self, index: int, out: list[str]) -> None:
        rnd = self.rnd
        self.common(index, out)
        start = self.day(0, 400)
        out.append(f"status: {rnd.choice(('planned', 'active', 'active', 'done', 'paused'))}")
        if rnd.random() < 0.7:
            out.append(f"health: {rnd.choice(('green', 'green', 'amber', 'red'))}")
        out.append(f"start: {start}")
        out.append(f"due: {start + timedelta(days=rnd.randint(90, 500))}")
        self.milestones(start, out)
        if rnd.random() < 0.1:
            out.append(f"decision_needed: Extra budget voor {rnd.choice(SUBJECTS)}?")
        statuses = ("active", "paused", "done")
        self.updates(start, {"status": statuses, "health": ("green", "amber", "red")}, out)

    def pilot(self, index: int, out: list[str]) -> None:
        rnd = self.rnd
        self.common(index, out)
        unit = rnd.choice(UNITS)[0] if rnd.random() < 0.95 else NATIONAL[0]
        out.append(f"unit: {unit}")
        if unit in self.teams:
            out.append(f"basisteam: {rnd.choice(self.teams[unit])}")
        phases = ("idea", "preparing", "running", "running", "evaluating", "scaling", "embedded")
        out.append(f"phase: {rnd.choice(phases)}")
        start = self.day(0, 500)
        out.append(f"start: {start}")
        if rnd.random() < 0.5:
            out.append(f"end: {start + timedelta(days=rnd.randint(90, 400))}")
        if self.measure_ids and rnd.random() < 0.7:
            out.append(f"measure: {rnd.choice(self.measure_ids)}")
        self.milestones(start, out)
        if rnd.random() < 0.3:
            out += ["scale_up:", "  scope: de hele eenheid", f"  due: {start + timedelta(400)}"]
        if rnd.random() < 0.2:
            out.append(f"evaluation: {self.text(1)}")
        phase_values = ("running", "evaluating", "scaling")
        self.updates(start, {"phase": phase_values, "health": ("green", "amber", "red")}, out)

    def meeting(self, index: int, out: list[str]) -> None:
        rnd = self.rnd
        self.common(index, out)
        day = self.day()
        out.append(f"type: {rnd.choice(('network', 'network', 'lovp', 'triangle', 'other'))}")
        out.append(f"date: {day}")
        out.append(f"location: {rnd.choice(PLACES)}")
        if rnd.random() < 0.5:
            out.append(f"participants: {rnd.randint(5, 40)}")
        else:
            out.append("participants:")
            out += [f"  - {p}" for p in rnd.sample(OWNERS, 3)]
        out.append(f"summary: {self.text(2)}")
        out.append("decisions:")
        out += [f"  - {self.text(1)}" for _ in range(rnd.randint(1, 3))]
        out.append("actions:")
        for number in range(rnd.randint(1, 5)):
            due = day + timedelta(days=rnd.randint(14, 120))
            out += [f"  - title: Actie {number + 1} {rnd.choice(SUBJECTS)}"]
            out.append(f"    owner: {rnd.choice(OWNERS)}")
            out.append(f"    due: {due}")
            if rnd.random() < 0.5:
                out.append(f"    done: {due - timedelta(days=rnd.randint(0, 10))}")

    def indicator(self, index: int, out: list[str]) -> None:
        rnd = self.rnd
        self.common(index, out)
        _, fmt, target, better = rnd.choice(INDICATORS)
        out += [f"format: {fmt}", f"target: {target:g}", f"better: {better}", "values:"]
        for quarter in range(rnd.randint(4, 12)):
            out.append(f"  - date: {START + timedelta(days=91 * quarter)}")
            value = target * rnd.uniform(0.8, 1.15)
            out.append(f"    value: {round(value, 1) if fmt == 'percent' else round(value)}")
            if rnd.random() < 0.2:
                out.append(f"    note: {self.text(1)}")

    def item(self, index: int) -> str:
        out: list[str] = []
        if self.rnd.random() < 0.05:
            out.append(f"# Bijgewerkt na overleg; zie ook {self.rnd.choice(OWNERS)}.")
        getattr(self, self.kinds[index])(index, out)
        return "\n".join(out) + "\n"

    def folder(self, index: int) -> str:
        kind = self.kinds[index]
        bucket = index // 1000  # a few hundred files to a folder at most
        if kind == "pilot":
            return f"pilots/groep-{bucket:03d}"
        if kind == "meeting":
            return f"meetings/groep-{bucket:03d}"
        if kind == "indicator":
            return f"indicators/groep-{bucket:03d}"
        return f"lovp/groep-{bucket:03d}"

    def files(self) -> list[list[int]]:
        """Item indexes per file: 1-4 items of one kind, in id order."""
        by_kind: dict[str, list[int]] = {}
        for index, kind in enumerate(self.kinds):
            by_kind.setdefault(kind, []).append(index)
        out: list[list[int]] = []
        for kind, _ in KIND_WEIGHTS:
            indexes = by_kind.get(kind, [])
            at = 0
            while at < len(indexes):
                size = self.rnd.randint(1, 4)
                out.append(indexes[at : at + size])
                at += size
        return out


def generate(root: Path, n: int, seed: int = 0) -> None:
    """Write agenda.yaml and `n` items below `root/measures`; deterministic for a seed."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    (root / "agenda.yaml").write_text(agenda_text(), encoding="utf-8")
    writer = _Writer(n, seed)
    made: set[Path] = set()
    for indexes in writer.files():
        folder = root / "measures" / writer.folder(indexes[0])
        if folder not in made:
            folder.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        docs = [writer.item(i) for i in indexes]
        (folder / f"{writer.ids[indexes[0]]}.yaml").write_text("---\n".join(docs), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a benchmark programme folder.")
    parser.add_argument("n", type=int, help="number of items")
    parser.add_argument("out", type=Path, help="folder to create (must be empty or absent)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be 0 or more")
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} is not empty; choose a new folder", file=sys.stderr)
        return 2
    generate(args.out, args.n, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
