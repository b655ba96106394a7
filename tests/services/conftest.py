"""Shared setup for the service tests: a fresh store, staff of every role, a clock we move.

Everything here is fictional: station, staff and patients are invented for the tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription, StopDose
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.counter import AdministeredDose, CounterService, Override, Visit
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store

ZONE = ZoneInfo("Europe/Copenhagen")
HOME_STATION = "st-test-home"
OTHER_STATION = "st-test-elsewhere"
TODAY = date(2031, 3, 4)
IV = Drug.DIACETYLMORPHINE_IV

PASSWORDS = {
    "admin": "admin-pass-fictional",
    "nurse": "nurse-pass-fictional",
    "witness": "witness-pass-fictional",
    "lead": "lead-pass-fictional",
    "tech": "tech-pass-fictional",
    "pharm": "pharm-pass-fictional",
}
STAFF = (
    ("nurse", "Nanna Fiktiv (nurse)", Role.NURSE),
    ("witness", "Wenche Fiktiv (nurse)", Role.NURSE),
    ("lead", "Lis Fiktiv (clinic lead)", Role.CLINIC_LEAD),
    ("tech", "Tage Fiktiv (technician)", Role.TECHNICIAN),
    ("pharm", "Pil Fiktiv (pharmacist)", Role.PHARMACIST),
)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A clinic-local moment in March 2031 (sessions: 07:30-10:30, 11:30-14:00, 16:00-19:30)."""
    return datetime(2031, 3, day, hour, minute, tzinfo=ZONE)


def mg(value: str | int) -> Milligrams:
    """Shorthand for a dose in mg."""
    return Milligrams(Decimal(str(value)))


class Clock:
    """A clock the test moves by hand; the counter service reads it for every timestamp."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move forward and return the new time."""
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> datetime:
        """Jump to ``moment`` and return it."""
        self.now = moment
        return self.now


@dataclass
class Clinic:
    """One station with its staff, a counter service on a controllable clock, and helpers."""

    data_dir: Path
    store: Store
    clock: Clock
    admin: Session
    nurse: Session
    witness: Session
    lead: Session
    tech: Session
    pharm: Session
    settings: RuleSettings = field(default_factory=RuleSettings)
    counter: CounterService = field(init=False)
    _numbers: int = 0

    def __post_init__(self) -> None:
        self.counter = self.service()

    def service(self, settings: RuleSettings | None = None) -> CounterService:
        """A counter service on this clinic's store and clock (other settings if given)."""
        return CounterService(self.store, settings or self.settings, clock=self.clock)

    # -- roster -------------------------------------------------------------------------------

    def patient(
        self,
        *,
        family_name: str = "Prøvesen",
        given_name: str = "Fiktiva",
        birth_date: date = date(1981, 7, 14),
        home_station: str | None = HOME_STATION,
        prescribe: bool = True,
        **prescription: object,
    ) -> Patient:
        """Register a fictional patient (and, unless told not to, an active prescription)."""
        self._numbers += 1
        patient = Patient(
            patient_id=str(uuid.uuid4()),
            clinic_id=f"HAT-T-{self._numbers:04d}",
            given_name=given_name,
            family_name=family_name,
            birth_date=birth_date,
            photo_ref=f"photo-test-{self._numbers:04d}",
            home_station=home_station,
        )
        self.counter.register_patient(self.lead, patient)
        if prescribe:
            self.prescribe(patient, **prescription)
        return patient

    def prescribe(self, patient: Patient, **changes: object) -> Prescription:
        """Issue a maintenance IV prescription: 100 mg per session, 200 mg a day, 2 sessions."""
        fields: dict[str, object] = {
            "prescription_id": str(uuid.uuid4()),
            "patient_id": patient.patient_id,
            "drug": IV,
            "max_per_session": mg(100),
            "max_per_day": mg(200),
            "sessions_per_day": 2,
            "valid_from": date(2031, 1, 1),
            "valid_until": None,
            "phase": Phase.MAINTENANCE,
            "prescriber": "Dr. Fiktiv",
            "stop_dose": None,
        }
        fields.update(changes)
        prescription = Prescription(**fields)  # type: ignore[arg-type]
        self.counter.issue_prescription(self.lead, prescription)
        return prescription

    def stop_dose(self, reason: str = "Physician review pending (fictional)") -> StopDose:
        """A stop-dose flag as a clinic lead would set it."""
        return StopDose(reason, self.lead.user.user_id, self.clock())

    # -- the visit ----------------------------------------------------------------------------

    def decided(
        self,
        patient: Patient,
        dose_mg: str | int = 100,
        score: int = 0,
        counter: CounterService | None = None,
    ) -> Visit:
        """Card, assessment and rules check, as the nurse does it; returns the decided visit."""
        service = counter or self.counter
        visit = service.identify_by_card(self.nurse, patient.clinic_id)
        visit = service.assess(self.nurse, visit, score, Decimal("0.0"), "Calm, alert (test).")
        return service.decide(self.nurse, visit, IV, mg(dose_mg))

    def give(
        self,
        patient: Patient,
        dose_mg: str | int = 100,
        *,
        discharge_after: int | None = 25,
        override: Override | None = None,
        acknowledgement: str = "",
    ) -> AdministeredDose:
        """A whole allowed visit; discharged after ``discharge_after`` minutes unless None."""
        visit = self.decided(patient, dose_mg)
        dose = self.counter.administer(
            self.nurse, visit, mg(dose_mg), override=override, acknowledgement=acknowledgement
        )
        if discharge_after is not None:
            self.clock.advance(minutes=discharge_after)
            self.counter.discharge(self.nurse, dose.observation_id, "Stable (test).")
        return dose

    # -- reading back -------------------------------------------------------------------------

    def events(self, event_type: str | None = None) -> list[dict[str, object]]:
        """Decrypted payloads of the log, optionally of one event type."""
        return [
            event.payload
            for event in self.store.events_after(self.admin, 0)
            if event_type is None or event.type == event_type
        ]

    def types(self) -> list[str]:
        """Every event type in log order."""
        return [event.type for event in self.store.events_after(self.admin, 0)]

    def head(self) -> int:
        """The log's highest sequence number."""
        return self.store.head()[0]

    def reopen(self) -> None:
        """Close the file and open it again, as after a restart; everyone signs in again."""
        self.store.close()
        self.store = Store.open(self.data_dir)
        self.admin = self.store.unlock("admin", PASSWORDS["admin"])
        for name in ("nurse", "witness", "lead", "tech", "pharm"):
            setattr(self, name, self.store.unlock(name, PASSWORDS[name]))
        self.counter = self.service()


def new_store(data_dir: Path) -> tuple[Store, Session, str]:
    """A fresh profile with the cheap test key derivation."""
    return Store.create(
        data_dir,
        "Test counter (fictional)",
        "admin",
        "Asta Fiktiv (administrator)",
        PASSWORDS["admin"],
        kdf=TEST_KDF,
        station_id=HOME_STATION,
    )


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    """A fresh station with one user of each role; the clock stands at 08:00 on 4 March 2031."""
    data_dir = tmp_path / "station"
    store, admin, _code = new_store(data_dir)
    for username, display, role in STAFF:
        store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
    sessions = {name: store.unlock(name, PASSWORDS[name]) for name, _, _ in STAFF}
    result = Clinic(data_dir, store, Clock(local(4, 8)), admin, **sessions)
    yield result
    result.store.close()
