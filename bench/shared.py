"""What several benchmark modules measure on, built once per run: a clinic's year of doses."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as datetime_time
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from bench.core import results_folder
from devices.protocols.scanner import GS, gs1_check_digit
from devices.readings import Scan
from station.domain.ledger import MovementKind
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.services.codec import patient_payload, prescription_payload
from station.services.pharmacy import PharmacyService, Product
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store

YEAR_DAYS = 333
"""Days of doses: two a day for each of 300 patients, about 200,000 doses."""

PASSWORD = "bench-fictional-password"
ADMIN = "bench.admin"
LEAD = "lead"
"""A clinic lead who also doses: the doses are hers, and the counter's figures sign in as her."""
WITNESS = "witness"
"""A second nurse: witnesses reconstitutions and identities confirmed without a card."""
PHARMACIST = "pharm"

ZONE = ZoneInfo("Europe/Copenhagen")
DAM = "diacetylmorphine"
GTIN_BODY = "0761234500001"
GTIN = GTIN_BODY + str(gs1_check_digit(GTIN_BODY))
BATCHES_PER_DAY = 3
"""Each day one pack (6 x 10 g) is received and made into three 20 g solution batches."""
DOSE_G = Decimal("0.9162")
"""A dose's weighed mass: 90 mg at 100 mg/ml and 1.018 g/ml (a day's 200 doses per batch fit)."""

_PATIENT = (
    "clinic_id",
    "given_name",
    "family_name",
    "birth_date",
    "photo_ref",
    "home_station",
    "flags",
)
_RX = (
    "patient_id",
    "drug",
    "max_per_session_mg",
    "max_per_day_mg",
    "sessions_per_day",
    "valid_from",
    "valid_until",
    "phase",
    "prescriber",
    "min_interval_minutes",
    "stop_dose",
)
_DOSE = ("dose_id", "patient_id", "given_at", "drug", "mg", "session", "station_id", "outcome")


@dataclass(frozen=True)
class Year:
    """A store holding a clinic's year (closed: open it), and its doses in clear.

    ``plain`` holds the patients, prescriptions and doses in clear, one column per field,
    indexed as a plain program would read them: the counter's baselines read it.
    """

    data_dir: Path
    plain: Path
    patient_ids: tuple[str, ...]
    patients: int
    days: int
    events: int
    movements: int
    build_seconds: float

    def describe(self) -> str:
        """The year in words, for the figures' notes."""
        return (
            f"{self.patients} patients with {self.days} days of two weighed doses a day, the "
            f"pharmacy's receipts, batches and residues: {self.events:,} events, "
            f"{self.movements:,} ledger movements (built through the store and the pharmacy "
            f"service in {self.build_seconds:.0f} s, once for the counter, pharmacy, store "
            "and memory figures)"
        )


class _Clock:
    """The pharmacy service's clock, set by the build as its day goes on."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _columns(names: tuple[str, ...]) -> str:
    return ", ".join(f"{name} TEXT" for name in names)


def _clear(value: object) -> object:
    return json.dumps(value) if isinstance(value, list | dict) else value


def _plain_database(path: Path) -> sqlite3.Connection:
    plain = sqlite3.connect(path, isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute(f"CREATE TABLE doses ({_columns(_DOSE)}, PRIMARY KEY (dose_id))")
    plain.execute("CREATE INDEX doses_patient ON doses (patient_id, given_at)")
    plain.execute(f"CREATE TABLE patients (patient_id TEXT PRIMARY KEY, {_columns(_PATIENT)})")
    plain.execute(f"CREATE TABLE prescriptions (prescription_id TEXT PRIMARY KEY, {_columns(_RX)})")
    plain.execute("CREATE INDEX prescriptions_patient ON prescriptions (patient_id)")
    return plain


def _register(
    store: Store, session: Session, plain: sqlite3.Connection, patients: int, valid_from: date
) -> list[str]:
    """Register ``patients`` fictional patients with a prescription each (store and mirror)."""
    patient_ids = [str(uuid.uuid4()) for _ in range(patients)]
    setup = []
    for number, patient_id in enumerate(patient_ids):
        patient = patient_payload(
            Patient(patient_id, f"B-{number:05d}", "Bench", f"Person{number}", date(1980, 1, 1))
        )
        prescription = prescription_payload(
            Prescription(
                str(uuid.uuid4()),
                patient_id,
                Drug.DIACETYLMORPHINE_IV,
                Milligrams(200),
                Milligrams(400),
                2,
                valid_from,
                None,
                Phase.MAINTENANCE,
                "Bench Lead",
            )
        )
        setup += [("patient.registered", patient), ("prescription.issued", prescription)]
        plain.execute(
            f"INSERT INTO patients VALUES (?, {', '.join('?' for _ in _PATIENT)})",
            (patient_id, *(_clear(patient[key]) for key in _PATIENT)),
        )
        plain.execute(
            f"INSERT INTO prescriptions VALUES (?, {', '.join('?' for _ in _RX)})",
            (prescription["prescription_id"], *(_clear(prescription[key]) for key in _RX)),
        )
    store.record_many(session, setup)
    return patient_ids


def _dose(
    patient_id: str, at: datetime, batch: str, station_id: str, nurse: str, mg: int
) -> dict[str, Any]:
    """A dose as the counter records it after weighing: its batch, mass and signature."""
    return {
        "dose_id": str(uuid.uuid4()),
        "patient_id": patient_id,
        "drug": Drug.DIACETYLMORPHINE_IV.value,
        "mg": str(mg),
        "given_mg": None,
        "outcome": "full",
        "given_at": at.isoformat(),
        "session": f"{at.date().isoformat()}/{'morning' if at.hour < 12 else 'evening'}",
        "station_id": station_id,
        "weighing": {"batch_id": batch, "measured_g": str(DOSE_G), "target_g": str(DOSE_G)},
        "signatures": [{"user_id": nurse, "meaning": "administered"}],
    }


def build_year(folder: Path, patients: int, days: int) -> Year:
    """A clinic's ``days`` up to yesterday: ``patients`` with two doses a day each.

    Each morning the pharmacist receives a pack and makes three solution batches (a second
    nurse witnesses), the doses are weighed from them (recorded a day per transaction through
    ``record_many``, so the ledger deducts each dose's mass as at the counter), and each
    evening the residues are weighed back; once a week a spill is written off and corrected.
    Stock goes through ``PharmacyService`` with its checks and signatures.
    """
    started = time.perf_counter()
    store, admin, _ = Store.create(
        folder / "station", "Bench station", ADMIN, "Bench Admin", PASSWORD, kdf=TEST_KDF
    )
    for name, roles in (
        (LEAD, frozenset({Role.CLINIC_LEAD, Role.NURSE})),
        (WITNESS, frozenset({Role.NURSE})),
        (PHARMACIST, frozenset({Role.PHARMACIST})),
    ):
        store.add_user(admin, name, f"Bench {name} (fictional)", roles, PASSWORD)
    lead = store.unlock(LEAD, PASSWORD)
    pharm = store.unlock(PHARMACIST, PASSWORD)
    first_day = datetime.now(ZONE).date() - timedelta(days=days)
    clock = _Clock(datetime.combine(first_day, datetime_time(6), ZONE))
    service = PharmacyService(store, clock=clock, zone=ZONE)
    service.define_product(pharm, Product(GTIN, DAM, "Bench DAM 10 g", Milligrams(10000), 6))
    plain = _plain_database(folder / "plain.db")
    patient_ids = _register(store, lead, plain, patients, first_day)
    chooser = random.Random(3)
    for day in range(days):
        morning = datetime.combine(first_day + timedelta(days=day), datetime_time(6), ZONE)
        clock.now = morning
        lot = service.receive_scan(
            pharm, Scan(f"01{GTIN}1735123110B{day:04d}{GS}21SER{day:06d}", "]d2")
        )
        batches = []
        for _ in range(BATCHES_PER_DAY):
            clock.now += timedelta(minutes=5)
            batches.append(
                service.reconstitute(
                    pharm,
                    store.confirm_witness(WITNESS, PASSWORD, pharm.user),
                    [(lot, Milligrams(20000))],
                    Millilitres(200),
                    Millilitres(10),
                    Grams("10.1800"),
                    timedelta(days=2),
                )
            )
        doses = [
            _dose(
                patient_id,
                morning + timedelta(hours=hour - 6, minutes=chooser.randrange(60)),
                batches[(number + hour) % BATCHES_PER_DAY],
                store.station_id,
                lead.user.user_id,
                90,
            )
            for hour in (8, 17)
            for number, patient_id in enumerate(patient_ids)
        ]
        store.record_many(lead, [("dose.administered", dose) for dose in doses])
        plain.execute("BEGIN")
        plain.executemany(
            f"INSERT INTO doses VALUES ({', '.join('?' for _ in _DOSE)})",
            [tuple(dose[key] for key in _DOSE) for dose in doses],
        )
        plain.execute("COMMIT")
        clock.now = morning + timedelta(hours=14)
        for batch in batches:
            service.remove(pharm, MovementKind.RESIDUE, batch, weighed=Grams("1.0180"))
        if day % 7 == 6:
            waste = service.remove(
                pharm, MovementKind.WASTE, batches[0], mg=Milligrams(5), reason="spill"
            )
            service.correct(pharm, waste, "amount confirmed by the second nurse")
    plain.close()
    events = store.head()[0]
    store.close()
    with sqlite3.connect(Store.database_path(folder / "station")) as reader:
        (movements,) = reader.execute(
            "SELECT COUNT(DISTINCT movement_id) FROM ledger_entries"
        ).fetchone()
    reader.close()
    return Year(
        data_dir=folder / "station",
        plain=folder / "plain.db",
        patient_ids=tuple(patient_ids),
        patients=patients,
        days=days,
        events=events,
        movements=int(movements),
        build_seconds=time.perf_counter() - started,
    )


class SharedBuilds:
    """What several modules of one bench run measure on, each built the first time it is
    asked for, in one scratch folder removed by :meth:`close`."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._years: dict[bool, Year] = {}

    def year(self, quick: bool) -> Year:
        """A clinic's year: 300 patients, 333 days, about 200,000 doses (quick: 33 days)."""
        if quick not in self._years:
            if self._folder is None:
                self._folder = results_folder("shared-")
            folder = self._folder / ("year-quick" if quick else "year")
            folder.mkdir()
            self._years[quick] = build_year(folder, 300, YEAR_DAYS // 10 if quick else YEAR_DAYS)
        return self._years[quick]

    def close(self) -> None:
        """Remove every build."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None
        self._years.clear()

    def __enter__(self) -> SharedBuilds:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
