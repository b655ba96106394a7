"""Signing a prescriber's order against a dose commit, both measured in the same run."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.bench_store import _counter_dose, _stock_a_batch
from bench.core import Figure, interleaved_medians, ratio_figure
from bench.shared import ADMIN, PASSWORD, SharedBuilds
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.services.counter import CounterService
from station.services.prescribing import OrderDraft, PrescribingService
from station.store.crypto import TEST_KDF
from station.store.store import Store

DOCTOR = "bench-doctor"
MAX_RATIO = 3.0


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Sign orders for fresh patients and commit doses, one after the other, on one store."""
    del shared
    folder = Path(tempfile.mkdtemp(prefix="bench-orders-"))
    try:
        return _measure(folder, 30 if quick else 150)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _measure(folder: Path, repeats: int) -> list[Figure]:
    store, admin, _code = Store.create(
        folder / "station", "Bench station", ADMIN, "Bench Admin", PASSWORD, kdf=TEST_KDF
    )
    try:
        store.add_user(
            admin, DOCTOR, "Bench Doctor (fictional)", frozenset({Role.PRESCRIBER}), PASSWORD
        )
        doctor = store.unlock(DOCTOR, PASSWORD)
        _stock_a_batch(store, admin)
        now = datetime(2031, 3, 4, 9, tzinfo=UTC)
        counter = CounterService(store, clock=lambda: now)
        orders = PrescribingService(store, lambda: now)
        patients = []
        for number in range(repeats + 2):
            patient = Patient(
                patient_id=str(uuid.uuid4()),
                clinic_id=f"BENCH-{number:05d}",
                given_name="Bench",
                family_name="Fiktiv",
                birth_date=date(1980, 1, 1),
            )
            counter.register_patient(admin, patient)
            patients.append(patient.patient_id)
        unsigned = iter(patients)
        moments = (now - timedelta(minutes=minute) for minute in range(10_000_000))

        def sign() -> None:
            draft = OrderDraft(
                patient_id=next(unsigned),
                drug=Drug.DIACETYLMORPHINE_IV,
                max_per_session=Milligrams(150),
                max_per_day=Milligrams(300),
                sessions_per_day=2,
                min_interval=None,
                valid_from=date(2031, 3, 1),
                valid_until=date(2031, 6, 1),
                phase=Phase.MAINTENANCE,
                review_on=date(2031, 4, 1),
            )
            orders.sign_order(doctor, draft, PASSWORD)

        def commit_dose() -> None:
            payload = _counter_dose(
                patients[0], next(moments), store.station_id, admin.user.user_id
            )
            store.record(admin, "dose.administered", payload)

        sign()
        commit_dose()
        signing, dose = interleaved_medians((sign, commit_dose), repeats)
    finally:
        store.close()
    return [
        ratio_figure(
            "Signing an order vs a dose commit",
            signing * 1000,
            dose * 1000,
            "ms",
            MAX_RATIO,
            "sign_order: the prescriber's password checked again (the store's test key "
            "derivation: at a clinic's, each signature adds one sign-in's derivation, by "
            "design), the clinic's rules read, the roster and the patient's orders read, the "
            "checks, the content hash, the signature and the order.signed event with its "
            f"projection; baseline: a dose.administered as the counter records it; {repeats} "
            "of each, interleaved",
        )
    ]
