"""The format's fixed words: kinds, statuses, phases, health, meeting types, attention reasons.

Kept apart from the models so that views can name them without importing pydantic.
"""

from __future__ import annotations

MEASURE_STATUSES = ("planned", "active", "done", "paused", "stopped")
PILOT_PHASES = ("idea", "preparing", "running", "evaluating", "scaling", "embedded", "stopped")
HEALTHS = ("green", "amber", "red")
MEETING_TYPES = ("network", "lovp", "triangle", "other")
KINDS = ("measure", "pilot", "meeting", "indicator", "risk", "assessment")
# Format 2: risks and issues, and the verdicts written for an LOVP meeting.
RISK_TYPES = ("risk", "issue")
RISK_STATUSES = ("open", "mitigating", "closed")
RISK_BANDS = ("high", "medium", "low")

# Attention reasons, most urgent first.
# A reported health better than the facts ("contradicts") comes before everything else.
REASON_ORDER: dict[str, int] = {
    "contradicts": 0,
    "red": 1,
    "overdue": 2,
    "risk": 3,
    "decision": 4,
    "below-target": 5,
    "stale": 6,
}
