"""The technician's tasks: reference-weight checks with due/overdue status, diagnostics bundle.

The technician sees no patient data. The diagnostics bundle carries logs, versions, device
traffic, settings and calibrations. The device traffic comes from the raw monitors, which
keep scanned lines and label fields as length and keyed hash only (``devices.capture``): it
goes from memory into the zip, never through a file. As a second line, every name, clinic
id and birth date on the station's roster is blanked out of every file before it is written
into the zip, as text, in hex and in base64 (a log line that should not have held one
cannot leak it).
"""

from __future__ import annotations

import base64
import json
import os
import platform
import re
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from importlib import metadata
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from station.domain.quantities import Grams, check_tolerance
from station.domain.quantities import Tolerance as QuantityTolerance
from station.domain.roles import Role
from station.services.access import require_role
from station.services.clinic_time import clinic_time, clinic_zone
from station.services.errors import ServiceEdge, ServiceError
from station.services.settings import SettingsService
from station.services.signatures import signature
from station.store.database import SCHEMA_VERSION
from station.store.store import Session, Store

Clock = Callable[[], datetime]

_TECH_ROLES = (Role.TECHNICIAN, Role.ADMINISTRATOR)
REDACTED = "[redacted]"
# The packages whose versions a support engineer asks for first.
_PACKAGES = (
    "hat-dosing-station",
    "pyserial",
    "cryptography",
    "sqlite-utils",
    "biip",
    "PySide6-Essentials",
    "fpdf2",
)


class CalibrationStatus(StrEnum):
    """Whether a device's reference-weight check is current."""

    NEVER = "never checked"
    OK = "ok"
    DUE = "due"
    OVERDUE = "overdue"
    FAILED = "failed"


@dataclass(frozen=True)
class CalibrationCheck:
    """One reference-weight check: certified mass, tolerance, what the device read, who."""

    calibration_id: str
    device_serial: str
    device_kind: str
    at: datetime
    certified: Grams
    measured: Grams
    tolerance: Grams
    passed: bool
    by: str
    interval: timedelta

    @property
    def next_due(self) -> datetime:
        """When the next check is due."""
        return self.at + self.interval


@dataclass(frozen=True)
class CalibrationState:
    """A device's status now, with the last check (None when never checked)."""

    status: CalibrationStatus
    last: CalibrationCheck | None
    zone: ZoneInfo | None = None
    """The clinic's zone: the times people read are clinic time (with the zone's name)."""

    def stamp(self, moment: datetime) -> str:
        """A time of the check as people read it: clinic time with its zone when known."""
        if self.zone is None:
            return f"{moment:%Y-%m-%d %H:%M}"
        return clinic_time(moment, self.zone)

    @property
    def sentence(self) -> str:
        """The status in one line for the technician's screen."""
        if self.last is None:
            return "Never checked against a reference weight."
        when = self.stamp(self.last.at)
        if self.status is CalibrationStatus.FAILED:
            return f"The last check ({when}) failed: do not weigh doses on this scale."
        due = self.stamp(self.last.next_due)
        if self.status is CalibrationStatus.OVERDUE:
            return f"Overdue since {due} (last check {when})."
        if self.status is CalibrationStatus.DUE:
            return f"Due by {due} (last check {when})."
        return f"Checked {when}; next check due {due}."


class TechnicianService(ServiceEdge):
    """Calibration records and the diagnostics bundle, for technicians and administrators."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        due_warning: timedelta = timedelta(hours=4),
    ) -> None:
        self.store = store
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.due_warning = due_warning

    # -- calibration --------------------------------------------------------------------------

    def record_calibration(
        self,
        session: Session,
        device_serial: str,
        certified: Grams,
        measured: Grams,
        tolerance: Grams,
        device_kind: str = "scale",
    ) -> CalibrationCheck:
        """Record a reference-weight check; passed when |measured − certified| ≤ tolerance."""
        require_role(session, *_TECH_ROLES)
        if not device_serial.strip():
            raise ServiceError(
                "Name the device by its serial number.", code="technician.device_serial_missing"
            )
        if not certified or not tolerance:
            raise ServiceError(
                "The certified mass and the tolerance must be more than 0 g.",
                code="technician.calibration_values_invalid",
            )
        interval_days = int(SettingsService(self.store).value(session, "calibration_interval_days"))
        check = check_tolerance(certified, measured, QuantityTolerance(absolute=tolerance))
        now = self.clock()
        record = CalibrationCheck(
            str(uuid.uuid4()),
            device_serial.strip(),
            device_kind,
            now,
            certified,
            measured,
            tolerance,
            check.within,
            session.user.user_id,
            timedelta(days=interval_days),
        )
        payload: dict[str, Any] = {
            "calibration_id": record.calibration_id,
            "station_id": self.store.station_id,
            "device_serial": record.device_serial,
            "device_kind": device_kind,
            "certified_g": str(certified.value),
            "measured_g": str(measured.value),
            "tolerance_g": str(tolerance.value),
            "passed": record.passed,
            "explanation": check.explanation,
            "interval_days": interval_days,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [
            signature(session.user, "performed reference-weight check", dict(payload), now)
        ]
        self.store.record(session, "calibration.recorded", payload)
        return record

    def calibrations(self, session: Session, device_serial: str) -> list[CalibrationCheck]:
        """Every check of one device, oldest first."""
        with self.store.reading(session) as projections:
            stored = projections.calibrations(device_serial)
        return [
            CalibrationCheck(
                check.calibration_id,
                check.device_serial,
                check.device_kind or "",
                datetime.fromisoformat(check.at),
                Grams(check.certified_g),
                Grams(check.measured_g),
                Grams(check.tolerance_g),
                check.passed,
                check.by_user,
                timedelta(days=check.interval_days),
            )
            for check in stored
        ]

    def calibration_state(self, session: Session, device_serial: str) -> CalibrationState:
        """Due, overdue, failed or fine — any staff member may ask (the counter shows it)."""
        checks = self.calibrations(session, device_serial)
        zone = clinic_zone(self.store, session)
        if not checks:
            return CalibrationState(CalibrationStatus.NEVER, None, zone)
        last = checks[-1]
        now = self.clock()
        if not last.passed:
            return CalibrationState(CalibrationStatus.FAILED, last, zone)
        if now >= last.next_due:
            return CalibrationState(CalibrationStatus.OVERDUE, last, zone)
        if now >= last.next_due - self.due_warning:
            return CalibrationState(CalibrationStatus.DUE, last, zone)
        return CalibrationState(CalibrationStatus.OK, last, zone)

    def station_scale_state(
        self, session: Session, device_serial: str | None = None
    ) -> CalibrationState:
        """The state of this station's balance: ``device_serial``'s, or the last one checked.

        Calibrations belong to the station that recorded them, so the last scale checked is
        this station's.
        """
        if device_serial:
            return self.calibration_state(session, device_serial)
        with self.store.reading(session) as projections:
            checks = [
                c for c in projections.calibrations() if (c.device_kind or "scale") == "scale"
            ]
        if not checks:
            return CalibrationState(CalibrationStatus.NEVER, None, clinic_zone(self.store, session))
        return self.calibration_state(session, checks[-1].device_serial)

    # -- diagnostics --------------------------------------------------------------------------

    def _identifying_terms(self, session: Session) -> list[str]:
        """Names, clinic ids and birth dates on the roster (read here, never returned)."""
        terms: set[str] = set()
        with self.store.reading(session) as projections:
            documents = projections.patients()
        for document in documents:
            for key in ("given_name", "family_name", "clinic_id", "birth_date", "photo_ref"):
                value = str(document.get(key) or "").strip()
                if len(value) >= 3:
                    terms.add(value)
            birth = str(document.get("birth_date") or "")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth):
                year, month, day = birth.split("-")
                terms.update({f"{day}.{month}.{year}", f"{day}/{month}/{year}"})
        return sorted(terms, key=len, reverse=True)

    @staticmethod
    def _pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
        """Every term as text, as hex (with or without spaces) and inside base64 (any offset)."""
        forms: set[str] = set()
        for term in terms:
            raw = term.encode("utf-8")
            forms.update({re.escape(term), raw.hex(), re.escape(raw.hex(" "))})
            for offset in range(3):  # the bytes of the term that start on a base64 group
                aligned = raw[offset:][: (len(raw) - offset) // 3 * 3]
                if len(aligned) >= 6:
                    forms.add(re.escape(base64.b64encode(aligned).decode("ascii")))
                    forms.add(re.escape(base64.urlsafe_b64encode(aligned).decode("ascii")))
        if not forms:
            return None
        return re.compile("|".join(sorted(forms, key=len, reverse=True)), re.IGNORECASE)

    @staticmethod
    def _redact(data: bytes, pattern: re.Pattern[str] | None) -> bytes:
        if pattern is None:
            return data
        text = data.decode("latin-1")  # byte for byte: binary captures survive untouched
        return pattern.sub(REDACTED, text).encode("latin-1")

    def _versions(self) -> dict[str, Any]:
        packages: dict[str, str | None] = {}
        for name in _PACKAGES:
            try:
                packages[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                packages[name] = None
        seq, head_hash = self.store.head()
        return {
            "station_id": self.store.station_id,
            "schema_version": SCHEMA_VERSION,
            "python": sys.version,
            "platform": platform.platform(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "packages": packages,
            "event_log_head": {"seq": seq, "hash": head_hash},
        }

    def diagnostics_bundle(
        self,
        session: Session,
        target: Path,
        logs: Iterable[Path] = (),
        traffic: Mapping[str, Sequence[str]] | None = None,
    ) -> Path:
        """Write a zip for support: versions, settings, calibrations, event counts, logs, traffic.

        ``traffic`` is each device's raw-monitor lines (already redacted as captured); they
        go straight into the zip. No event payloads and no projection documents go in; every
        file is scrubbed of the roster's names, clinic ids and birth dates. The zip is made
        readable by its owner only.
        """
        require_role(session, *_TECH_ROLES)
        terms = self._identifying_terms(session)
        pattern = self._pattern(terms)
        with self.store.reading(session) as projections:
            stored_settings = projections.stored_settings()
            stored_checks = projections.calibrations()
            event_counts = projections.event_counts()
        settings = [
            {"key": setting.key, "value": setting.value(), "changed_at": setting.changed_at}
            for setting in stored_settings
        ]
        calibrations = [
            {
                "device_serial": check.device_serial,
                "at": check.at,
                "passed": int(check.passed),
                "certified_g": check.certified_g,
                "measured_g": check.measured_g,
            }
            for check in stored_checks
        ]
        generated = self.clock()
        documents = {
            "versions.json": self._versions(),
            "settings.json": settings,
            "calibrations.json": calibrations,
            "event_counts.json": event_counts,
            "bundle.json": {
                "generated_at": generated.isoformat(),
                "by_role": sorted(role.value for role in session.user.roles),
                "redacted_terms": len(terms),
            },
        }
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        if os.name == "posix":
            os.fchmod(descriptor, 0o600)  # an older bundle of the same name may have been 0644
        with (
            os.fdopen(descriptor, "wb") as file,
            zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as bundle,
        ):
            for name, document in documents.items():
                text = json.dumps(document, indent=2, sort_keys=True, default=str).encode()
                bundle.writestr(name, self._redact(text, pattern))
            for number, path in enumerate(logs):
                try:
                    data = path.read_bytes()
                except OSError as error:
                    data = f"could not read: {error.strerror}".encode()
                bundle.writestr(f"logs/{number:02d}-{path.name}", self._redact(data, pattern))
            for device, lines in sorted((traffic or {}).items()):
                if lines:
                    data = ("\n".join(lines) + "\n").encode("utf-8")
                    bundle.writestr(f"traffic/{device}.txt", self._redact(data, pattern))
        self.store.record(
            session,
            "diagnostics.exported",
            {"at": generated.isoformat(), "by": session.user.user_id, "files": len(documents)},
        )
        return target
