"""One item across the stored snapshots: what was reported about it each time."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.history.storage import HistoryStore


@dataclass(frozen=True, slots=True)
class HealthPoint:
    label: str
    kind: str
    taken: str
    as_of: str
    health: str | None
    status: str | None  # status of a measure, phase of a pilot
    progress: int | None


def health_history(store: HistoryStore, item_id: str) -> tuple[HealthPoint, ...]:
    """The item's health, status and progress in each snapshot that holds it, oldest first."""
    wanted = item_id.lower()
    points = []
    for snapshot in store.snapshots():
        entry = next((e for k, e in snapshot["items"].items() if k.lower() == wanted), None)
        if entry is None:
            continue
        points.append(
            HealthPoint(
                label=snapshot["label"],
                kind=entry.get("kind", ""),
                taken=snapshot["taken"],
                as_of=snapshot["as_of"],
                health=entry.get("health"),
                status=entry.get("status"),
                progress=entry.get("progress"),
            )
        )
    return tuple(points)
