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
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from devices.protocols.scanner import PackCode, gs1_check_digit
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription, StopDose
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.domain.rules import AdministrationOutcome
from station.domain.settings import RuleSettings
from station.services.cards import trust_card_issuer
from station.services.counter import AdministeredDose, CounterService, Override, Visit
from station.services.errors import ServiceError
from station.services.pharmacy import PharmacyService, Product
from station.services.preparation import SolutionBatch, expected_mass
from station.store.accounts import ConfirmedUser
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store
from sync.wire.cards import CardPayload, sign_card

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


CARD_KEY_ID = "test-card-issuer"
TEST_GTIN_BODY = "0200000000093"  # GS1 prefix 020: internal use only, no real product
TEST_GTIN = TEST_GTIN_BODY + str(gs1_check_digit(TEST_GTIN_BODY))


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
    card_key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    _numbers: int = 0
    _batches: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.counter = self.service()
        trust_card_issuer(self.store, self.tech, CARD_KEY_ID, self.card_key.public_key())

    def service(self, settings: RuleSettings | None = None) -> CounterService:
        """A counter service on this clinic's store and clock (other settings if given)."""
        return CounterService(self.store, settings or self.settings, clock=self.clock)

    # -- people and things ----------------------------------------------------------------------

    def confirm(self, username: str = "witness", signer: Session | None = None) -> ConfirmedUser:
        """A second person gives their password at the counter now."""
        return self.store.confirm_witness(
            username, PASSWORDS[username], (signer or self.nurse).user
        )

    def card(self, patient: Patient, *, key: Ed25519PrivateKey | None = None) -> str:
        """The signed text on the patient's clinic card (what the scanner reads)."""
        self._numbers += 1
        payload = CardPayload(
            patient_id=patient.patient_id,
            clinic_id="clinic-test",
            issued_at="2031-01-01T00:00:00+00:00",
            serial=f"card-{self._numbers:04d}",
            key_id=CARD_KEY_ID,
        )
        return sign_card(payload, key or self.card_key)

    def batch(self, substance: str = "diacetylmorphine") -> SolutionBatch:
        """A solution batch of 100 mg/mL in this station's register (made once per substance)."""
        batch_id = self._batches.get(substance)
        if batch_id is None:
            batch_id = self._batches[substance] = reconstitute_batch(
                self.store, self.clock, self.pharm, self.confirm("witness", self.pharm), substance
            )
        return PharmacyService(self.store, clock=self.clock).solution_batch(self.pharm, batch_id)

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
        drug: Drug = IV,
    ) -> Visit:
        """Card, assessment and rules check, as the nurse does it; returns the decided visit."""
        service = counter or self.counter
        visit = service.identify_by_card(self.nurse, self.card(patient))
        visit = service.assess(self.nurse, visit, score, Decimal("0.0"), "Calm, alert (test).")
        return service.decide(self.nurse, visit, drug, mg(dose_mg))

    def prepare(
        self,
        visit: Visit,
        *,
        counter: CounterService | None = None,
        deviation: str = "1",
        label: bool = True,
        by: Session | None = None,
    ) -> Visit:
        """Weigh the decided dose (target mass x ``deviation``) and label the syringe.

        ``by``: who carries the visit on (the nurse unless said otherwise).
        """
        service = counter or self.counter
        nurse = by or self.nurse
        recorded = service.visit(nurse, visit)
        assert recorded.proposed is not None
        batch = self.batch(recorded.proposed.drug.substance.value)
        target = expected_mass(recorded.proposed.mg, batch)
        measured = Grams((target.value * Decimal(deviation)).quantize(Decimal("0.0001")))
        result = service.accept_weighing(nurse, visit, batch.lot, measured, b"S S test")
        assert result.accepted, result.explanation
        if label:
            service.record_label(nurse, visit, printed=True)
        return service.visit(nurse, visit)

    def administer(
        self,
        visit: Visit,
        *,
        counter: CounterService | None = None,
        outcome: AdministrationOutcome = AdministrationOutcome.FULL,
        given_mg: object = None,
        override: Override | None = None,
        acknowledgement: str = "",
        **extra: object,
    ) -> AdministeredDose:
        """Weigh and label the visit's dose, then record it given."""
        service = counter or self.counter
        self.prepare(visit, counter=service)
        return service.administer(
            self.nurse,
            visit,
            outcome=outcome,
            given_mg=given_mg,
            override=override,
            acknowledgement=acknowledgement,
            **extra,  # type: ignore[arg-type]
        )

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
        dose = self.administer(visit, override=override, acknowledgement=acknowledgement)
        if discharge_after is not None:
            self.clock.advance(minutes=discharge_after)
            self.counter.observations.discharge(self.nurse, dose.observation_id, "Stable (test).")
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


def reconstitute_batch(
    store: Store,
    clock: Clock,
    pharmacist: Session,
    witness: ConfirmedUser,
    substance: str = "diacetylmorphine",
) -> str:
    """Receive a pack of fictional 10 g ampoules and make 100 mL of 100 mg/mL; return its id."""
    pharmacy = PharmacyService(store, clock=clock)
    body = TEST_GTIN_BODY if substance == "diacetylmorphine" else "0200000000109"
    gtin = body + str(gs1_check_digit(body))
    pack = PackCode("gs1", gtin, "TESTLOT1", (clock() + timedelta(days=800)).date(), None)
    try:
        pharmacy.product(pharmacist, pack)
    except ServiceError:  # first use: define the fictional product
        pharmacy.define_product(
            pharmacist, Product(gtin, substance, f"Test {substance} 10 g (fictional)", mg(10000), 5)
        )
    lot = pharmacy.receive_pack(
        pharmacist, PackCode("gs1", gtin, "TESTLOT1", pack.expiry, uuid.uuid4().hex[:12].upper())
    )
    return pharmacy.reconstitute(
        pharmacist,
        witness,
        [(lot, mg(10000))],
        Millilitres(100),
        Millilitres(10),
        Grams("10.180"),
        timedelta(days=400),
    )


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
