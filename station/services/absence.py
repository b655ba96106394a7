"""Patients who stay away: who has not come today (or for days), and the calls made to them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from station.domain.prescriptions import active_prescriptions
from station.domain.sessions import clinic_day
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.codec import patient_from, prescription_from
from station.services.errors import ServiceEdge, ServiceError
from station.services.settings import SettingsService
from station.services.signatures import DOSING_ROLES
from station.store.store import Session, Store

CONTACT_KINDS = ("called", "visited", "message_left", "resolved")
"""How staff reached (or tried to reach) a patient who stayed away."""
MAX_DAYS = 366
MAX_NOTE = 500

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class ContactEntry:
    """One entry of a patient's contact log: who reached out, how, when, and what came of it."""

    contact_id: str
    kind: str
    note: str
    at: datetime
    by: str
    """The user id of the person who logged it."""
    by_name: str
    station_id: str | None


@dataclass(frozen=True)
class AbsentPatient:
    """A patient with an order today who has not been dosed for ``days_absent`` clinic days."""

    patient_id: str
    clinic_id: str
    display_name: str
    last_dose_at: datetime | None
    days_absent: int
    """Clinic days without a dose, today included (1: not yet today)."""
    missed_days: int | None
    """Whole days missed before today, as the rules count them (None: never dosed)."""
    warning: bool
    """As many missed days as the rules warn at (the next dose needs a comment)."""
    last_contact: ContactEntry | None


def _contact(document: dict[str, Any]) -> ContactEntry:
    return ContactEntry(
        contact_id=str(document["contact_id"]),
        kind=str(document.get("kind") or ""),
        note=str(document.get("note") or ""),
        at=datetime.fromisoformat(str(document["at"])),
        by=str(document.get("by") or ""),
        by_name=str(document.get("by_name") or ""),
        station_id=document.get("station_id"),
    )


def _last_dose(state: dict[str, Any]) -> datetime | None:
    """The latest dose of the state's recent ones that was not voided (None: none kept)."""
    given = [item[1] for item in state.get("doses") or () if not item[8]]
    return datetime.fromisoformat(max(given)) if given else None


class AbsenceService(ServiceEdge):
    """The absent-patients list and the contact log, from the station's own projections.

    Each patient costs two keyed reads (their orders, and their state with its recent doses,
    which pulled doses of other stations update too, and their contact log): no dose table is
    scanned. Contacts are shared with the other stations (``patient.contact_logged``).
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        rule_settings: Callable[[Session], RuleSettings] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self._rule_settings = rule_settings or SettingsService(store, clock).rule_settings

    def absent(self, session: Session, *, days: int = 1) -> list[AbsentPatient]:
        """Patients with an order today and no dose for at least ``days`` clinic days.

        ``days`` 1 lists everyone not yet dosed today; longest away first.
        """
        require_role(session, *DOSING_ROLES)
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
            raise ServiceError(
                f"Choose between 1 and {MAX_DAYS} days.", code="absence.days_invalid", most=MAX_DAYS
            )
        settings = self._rule_settings(session)
        today = clinic_day(self.clock(), settings)
        warn_at = settings.missed_days.warn_at_days
        found = []
        with self.store.reading(session) as projections:
            for document in projections.patients():
                patient_id = str(document["patient_id"])
                orders = active_prescriptions(
                    (prescription_from(d) for d in projections.prescriptions_of(patient_id)),
                    today,
                )
                if not orders:
                    continue
                state = projections.state(patient_id)
                last = _last_dose(state)
                if last is not None:
                    away = (today - clinic_day(last, settings)).days
                else:
                    away = (today - min(order.valid_from for order in orders)).days + 1
                if away < days:
                    continue
                contacts = state.get("contacts") or ()
                patient = patient_from(document)
                missed = away - 1 if last is not None else None
                found.append(
                    AbsentPatient(
                        patient_id=patient_id,
                        clinic_id=patient.clinic_id,
                        display_name=f"{patient.given_name} {patient.family_name}".strip(),
                        last_dose_at=last,
                        days_absent=away,
                        missed_days=missed,
                        warning=missed is not None and missed >= warn_at,
                        last_contact=_contact(contacts[-1]) if contacts else None,
                    )
                )
        return sorted(found, key=lambda item: (-item.days_absent, item.clinic_id))

    def log_contact(self, session: Session, patient_id: str, kind: str, note: str) -> ContactEntry:
        """Log a call, a visit, a message left, or that the absence is resolved (shared)."""
        require_role(session, *DOSING_ROLES)
        if kind not in CONTACT_KINDS:
            raise ServiceError(
                "Choose how the patient was contacted.", code="absence.contact_kind_unknown"
            )
        text = note.strip() if isinstance(note, str) else ""
        if len(text) > MAX_NOTE:
            raise ServiceError(
                f"A contact note holds at most {MAX_NOTE} characters.",
                code="absence.note_too_long",
                most=MAX_NOTE,
            )
        with self.store.reading(session) as projections:
            known = projections.patient(patient_id) is not None
        if not known:
            raise ServiceError(
                "This patient is not on this station's roster.", code="absence.patient_unknown"
            )
        payload: dict[str, Any] = {
            "contact_id": str(uuid.uuid4()),
            "patient_id": patient_id,
            "kind": kind,
            "note": text,
            "at": self.clock().isoformat(),
            "by": session.user.user_id,
            "by_name": session.user.display_name,
            "station_id": self.store.station_id,
        }
        self.store.record(session, "patient.contact_logged", payload)
        return _contact(payload)

    def contacts(self, session: Session, patient_id: str) -> list[ContactEntry]:
        """The patient's latest contact log entries (this station's and pulled), newest first."""
        require_role(session, *DOSING_ROLES)
        with self.store.reading(session) as projections:
            documents = projections.contacts(patient_id)
        return [_contact(document) for document in reversed(documents)]
