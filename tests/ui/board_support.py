"""Observation board tests' station: the demo profile on a hand-moved clock, doses via services.

Everything is fictional (the demo's invented patients and staff). A dose goes the way the
counter gives it: identification (manual, a confirmed witness), assessment, decision, an
accepted weighing of the exact target mass from a real solution batch, a printed label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from station.demo.profile import (
    OTHER_STATION,
    create_demo_profile,
    demo_password,
    ensure_demo_solution_batch,
)
from station.domain.patients import Patient
from station.domain.rules import Outcome
from station.domain.settings import RuleSettings
from station.services.counter import AdministeredDose, CounterService
from station.services.preparation import expected_mass
from station.store.accounts import ConfirmedUser
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store

DEMO_PATIENTS = 8


class HandClock:
    """A clock the test moves by hand: today, 08:15 in the clinic (the morning session).

    Like the station's real clock it tells UTC: the board shows the clinic's time.
    """

    def __init__(self, settings: RuleSettings) -> None:
        today = datetime.now(settings.zone).date()
        self.now = datetime.combine(today, time(8, 15), settings.zone).astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move forward and return the new time."""
        self.now += timedelta(**delta)
        return self.now


@dataclass
class BoardStation:
    """A demo profile with a solution batch, a counter service on a hand clock, and helpers."""

    data_dir: Path
    store: Store
    clock: HandClock
    settings: RuleSettings
    counter: CounterService = field(init=False)
    nurse: Session = field(init=False)
    admin: Session = field(init=False)
    _dosed: int = 0

    def __post_init__(self) -> None:
        self._sign_in()

    def _sign_in(self) -> None:
        self.nurse = self.store.unlock("nurse", demo_password("nurse"))
        self.admin = self.store.unlock("admin", demo_password("admin"))
        self.counter = CounterService(self.store, self.settings, clock=self.clock)

    def confirm(self, username: str = "witness") -> ConfirmedUser:
        """A second person gives their password at the counter now."""
        return self.store.confirm_witness(username, demo_password(username), self.nurse.user)

    def dosable(self) -> list[Patient]:
        """Patients a dose is allowed for now: this station's, maintenance, no stop flag."""
        patients = []
        for patient in self.counter.roster(self.nurse):
            overview = self.counter.overview(self.nurse, patient.patient_id)
            if patient.home_station == OTHER_STATION or overview.stop_flags:
                continue
            if patient.clinic_id == "HAT-0001":  # induction: small doses, its own rules
                continue
            patients.append(patient)
        return sorted(patients, key=lambda item: item.clinic_id)

    def dose(self, booth: str) -> AdministeredDose:
        """Give the next patient their prescribed dose in ``booth`` (observation starts)."""
        patient = self.dosable()[self._dosed]
        self._dosed += 1
        return give_dose(self.store, self.counter, self.nurse, patient, booth)

    def patient_of(self, observation_id: str) -> Patient:
        """The patient an observation is of (for looking for their name on screen)."""
        for patient in self.counter.roster(self.nurse):
            overview = self.counter.overview(self.nurse, patient.patient_id)
            if overview.open_observation_id == observation_id:
                return patient
        raise LookupError("no open observation with that id")

    def events(self, event_type: str) -> list[dict[str, Any]]:
        """Decrypted payloads of the log of one event type."""
        return [
            event.payload
            for event in self.store.events_after(self.admin, 0)
            if event.type == event_type
        ]

    def reopen(self) -> None:
        """Close the file and open it again, as after a restart; everyone signs in again."""
        self.store.close()
        self.store = Store.open(self.data_dir)
        self._sign_in()


def give_dose(
    store: Store, counter: CounterService, nurse: Session, patient: Patient, booth: str
) -> AdministeredDose:
    """The prescribed dose for ``patient`` as the counter gives it; the observation starts.

    Identified without a card (a witness confirms), assessed calm, the rules' decision, the
    exact target mass from the register's first usable batch, a printed label, given in full.
    """
    witness = store.confirm_witness("witness", demo_password("witness"), nurse.user)
    visit = counter.identify_manually(
        nurse, patient.patient_id, "Card left at home (test)", witness
    )
    visit = counter.assess(nurse, visit, 0, Decimal("0.0"), "Calm, alert (test).")
    prescription = counter.overview(nurse, patient.patient_id).prescriptions[0]
    visit = counter.decide(nurse, visit, prescription.drug, prescription.max_per_session)
    assert visit.decision is not None and visit.proposed is not None
    assert visit.decision.outcome in (Outcome.ALLOW, Outcome.ALLOW_WITH_WARNING)
    batch = counter.solution_batches(nurse, prescription.drug)[0]
    target = expected_mass(visit.proposed.mg, batch)
    result = counter.accept_weighing(nurse, visit, batch.lot, target, b"S S test")
    assert result.accepted, result.explanation
    counter.record_label(nurse, visit, printed=True)
    warned = visit.decision.outcome is Outcome.ALLOW_WITH_WARNING
    return counter.administer(
        nurse, visit, booth=booth, acknowledgement="Warning read (test)." if warned else ""
    )


def open_board_station(data_dir: Path, settings: RuleSettings | None = None) -> BoardStation:
    """The demo profile in ``data_dir`` with a usable solution batch, on a hand clock."""
    rules = settings or RuleSettings()
    store = create_demo_profile(data_dir, DEMO_PATIENTS, kdf=TEST_KDF)
    clock = HandClock(rules)
    ensure_demo_solution_batch(store, rules, clock)
    return BoardStation(data_dir, store, clock, rules)
