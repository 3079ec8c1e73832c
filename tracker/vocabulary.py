"""The format's fixed words: kinds, statuses, phases, health, meeting types, attention reasons.

Kept apart from the models so that views can name them without importing pydantic.
"""

from __future__ import annotations

MEASURE_STATUSES = ("planned", "active", "done", "paused", "stopped")
PILOT_PHASES = ("idea", "preparing", "running", "evaluating", "scaling", "embedded", "stopped")
HEALTHS = ("green", "amber", "red")
MEETING_TYPES = ("network", "lovp", "triangle", "other")
KINDS = ("measure", "pilot", "meeting", "indicator")

# Attention reasons, most urgent first.
REASON_ORDER: dict[str, int] = {
    "red": 0,
    "overdue": 1,
    "decision": 2,
    "below-target": 3,
    "stale": 4,
}
