"""Clinic days and dosing sessions, computed in the clinic's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from station.domain.errors import DomainError
from station.domain.settings import UNSCHEDULED, RuleSettings


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DomainError("a moment must carry its time zone")


@dataclass(frozen=True, order=True)
class SessionKey:
    """One session on one clinic day, e.g. ``2025-03-04/morning``; the unit of 'one dose'."""

    day: date
    name: str

    @property
    def scheduled(self) -> bool:
        """Return False for moments outside every session window."""
        return self.name != UNSCHEDULED

    def __str__(self) -> str:
        return f"{self.day.isoformat()}/{self.name}"

    @classmethod
    def parse(cls, text: str) -> SessionKey:
        """Read a key written by ``str(key)``."""
        day, sep, name = text.partition("/")
        if not sep or not name:
            raise DomainError("a session key looks like 2025-03-04/morning")
        try:
            return cls(date.fromisoformat(day), name)
        except ValueError:
            raise DomainError("a session key starts with an ISO date") from None


def local_time(moment: datetime, settings: RuleSettings) -> datetime:
    """Return ``moment`` in the clinic's time zone."""
    _require_aware(moment)
    return moment.astimezone(settings.zone)


def clinic_day(moment: datetime, settings: RuleSettings) -> date:
    """Return the clinic-local calendar day of ``moment``."""
    return local_time(moment, settings).date()


def session_of(moment: datetime, settings: RuleSettings) -> SessionKey:
    """Return the session ``moment`` falls in; outside every window, the day's 'unscheduled'."""
    local = local_time(moment, settings)
    wall = local.time().replace(tzinfo=None)
    for window in settings.sessions:
        if window.contains(wall):
            return SessionKey(local.date(), window.name)
    return SessionKey(local.date(), UNSCHEDULED)
