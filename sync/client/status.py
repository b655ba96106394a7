"""The sync status a station shows: online or offline since when, what waits, what went wrong."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot of the station's sync state, safe to hand to a UI thread."""

    online: bool = False
    offline_since: datetime | None = None
    queued_events: int = 0
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    last_error: str | None = None
    refused: bool = False
    rounds_completed: int = 0
    rounds_failed: int = 0
    next_attempt_in_s: float | None = None
    notices: tuple[str, ...] = field(default_factory=tuple)
    integrity_problem: str | None = None
    """Why sync stopped: an event that did not verify (own, before a push; pulled, before it
    was applied). Also the ``last_error``; cleared by the next round that goes through."""

    def summary(self) -> str:
        """Return one line for a status bar (the reason of a stop follows in ``last_error``)."""
        if self.integrity_problem:
            return f"Sync stopped; {self.queued_events} events waiting"
        if self.refused:
            return f"Sync refused: {self.last_error}"
        if self.online:
            return f"Online; {self.queued_events} events waiting"
        since = f" since {self.offline_since:%H:%M}" if self.offline_since else ""
        return f"Offline{since}; {self.queued_events} events waiting"

    def as_json(self) -> dict[str, Any]:
        """Return a JSON-ready mapping (times in ISO 8601)."""
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = value.isoformat()
        out["notices"] = list(self.notices)
        return out


def utc_now() -> datetime:
    """Return the current time, timezone-aware."""
    return datetime.now(UTC)
