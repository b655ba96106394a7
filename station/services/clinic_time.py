"""One clock for what people read: a moment in the clinic's zone, with its date and zone name."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from station.domain.settings import RuleSettings
from station.services.errors import ServiceError
from station.services.settings import SettingsService
from station.store.store import Session, Store


def clinic_time(moment: datetime, zone: ZoneInfo, *, seconds: bool = False) -> str:
    """``moment`` as the clinic reads it, e.g. ``2026-12-07 15:03 CET``.

    The date is always there (in another zone it may be another day) and so is the zone's
    abbreviation, so a time copied into a report cannot be misread as UTC or the reader's own.
    A naive ``moment`` is taken as UTC (the store keeps UTC).
    """
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    local = aware.astimezone(zone)
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return f"{local.strftime(pattern)} {local.tzname() or zone.key}"


def clinic_zone(store: Store, session: Session) -> ZoneInfo:
    """The clinic's zone as the clinic lead set it.

    The built-in zone while the stored rules cannot be read: a time must still be shown.
    """
    try:
        return SettingsService(store).rule_settings(session).zone
    except ServiceError:
        return RuleSettings().zone
