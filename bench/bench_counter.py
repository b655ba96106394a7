"""Decision context of one patient with a year of history, against a bare indexed read."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.core import Figure, interleaved_medians, ratio_figure, reported_figure
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.services.codec import patient_payload, prescription_payload
from station.services.counter import CounterService
from station.store.crypto import TEST_KDF
from station.store.projections import RECENT_WINDOW_DAYS
from station.store.store import Store


def _bench_dir() -> Path:
    """A folder on the real disk (not tmpfs), so fsync costs what it costs on a station."""
    root = Path(__file__).resolve().parent / "results"
    root.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(dir=root))


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


def _columns(names: tuple[str, ...]) -> str:
    return ", ".join(f"{name} TEXT" for name in names)


def _clear(value: object) -> object:
    return json.dumps(value) if isinstance(value, list | dict) else value


def _build(folder: Path, patients: int, days: int) -> tuple[Store, list[str], Path]:
    store, admin, _ = Store.create(
        folder / "station", "Bench", "admin", "Admin", "bench-password", kdf=TEST_KDF
    )
    store.add_user(
        admin, "lead", "Lead", frozenset({Role.CLINIC_LEAD, Role.NURSE}), "bench-password"
    )
    store.add_user(admin, "witness", "Witness", frozenset({Role.NURSE}), "bench-password")
    session = store.unlock("lead", "bench-password")
    chooser = random.Random(3)
    patient_ids = [str(uuid.uuid4()) for _ in range(patients)]
    start = datetime.now(UTC) - timedelta(days=days)
    plain = sqlite3.connect(folder / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute(
        "CREATE TABLE doses (dose_id TEXT PRIMARY KEY, patient_id TEXT, given_at TEXT, drug TEXT,"
        " mg TEXT, session TEXT, station_id TEXT, outcome TEXT)"
    )
    plain.execute("CREATE INDEX doses_patient ON doses (patient_id, given_at)")
    # The same patient and prescription documents, in clear, one column per field.
    plain.execute(f"CREATE TABLE patients (patient_id TEXT PRIMARY KEY, {_columns(_PATIENT)})")
    plain.execute(f"CREATE TABLE prescriptions (prescription_id TEXT PRIMARY KEY, {_columns(_RX)})")
    plain.execute("CREATE INDEX prescriptions_patient ON prescriptions (patient_id)")
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
                start.date(),
                None,
                Phase.MAINTENANCE,
                "Lead",
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
    for day in range(days):
        batch = []
        plain_rows = []
        for patient_id in patient_ids:
            for hour in (8, 17):
                given_at = (
                    start + timedelta(days=day, hours=hour, minutes=chooser.randrange(60))
                ).isoformat()
                dose = {
                    "dose_id": str(uuid.uuid4()),
                    "patient_id": patient_id,
                    "drug": Drug.DIACETYLMORPHINE_IV.value,
                    "mg": str(100 + chooser.randrange(100)),
                    "given_at": given_at,
                    "session": f"{given_at[:10]}/{'morning' if hour == 8 else 'evening'}",
                    "station_id": store.station_id,
                    "outcome": "full",
                }
                batch.append(("dose.administered", dose))
                plain_rows.append(
                    tuple(
                        dose[key]
                        for key in (
                            "dose_id",
                            "patient_id",
                            "given_at",
                            "drug",
                            "mg",
                            "session",
                            "station_id",
                            "outcome",
                        )
                    )
                )
        store.record_many(session, batch)
        plain.execute("BEGIN")
        plain.executemany("INSERT INTO doses VALUES (?,?,?,?,?,?,?,?)", plain_rows)
        plain.execute("COMMIT")
    plain.close()
    return store, patient_ids, folder / "plain.db"


DECISIONS = 50


def run(quick: bool) -> list[Figure]:
    """Measure loading a decision context (and deciding) for random patients."""
    patients, days = (30, 333) if quick else (300, 333)
    folder = _bench_dir()
    try:
        return _measure(folder, patients, days)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the full size leaves ~450 MB behind


def _measure(folder: Path, patients: int, days: int) -> list[Figure]:
    started = time.perf_counter()
    store, patient_ids, plain_path = _build(folder, patients, days)
    build_seconds = time.perf_counter() - started
    store.close()  # measure on a freshly opened store, as at the start of a clinic day
    store = Store.open(folder / "station")
    events = store.head()[0]
    session = store.unlock("lead", "bench-password")
    counter = CounterService(store)
    chooser = random.Random(5)
    plain = sqlite3.connect(plain_path)
    horizon_days = RECENT_WINDOW_DAYS

    def load_context() -> None:
        if not counter.overview(session, chooser.choice(patient_ids)).recent_doses:
            raise RuntimeError("the decision context holds no recent dose")

    def bare_window_read() -> None:
        """The rows the context is built from: the patient, their prescriptions, 8 days of doses."""
        patient_id = chooser.choice(patient_ids)
        plain.execute("SELECT * FROM patients WHERE patient_id = ?", (patient_id,)).fetchone()
        plain.execute("SELECT * FROM prescriptions WHERE patient_id = ?", (patient_id,)).fetchall()
        newest = plain.execute(
            "SELECT max(given_at) FROM doses WHERE patient_id = ?", (patient_id,)
        ).fetchone()[0]
        since = (datetime.fromisoformat(newest) - timedelta(days=horizon_days)).isoformat()
        rows = plain.execute(
            "SELECT * FROM doses WHERE patient_id = ? AND given_at >= ? ORDER BY given_at",
            (patient_id, since),
        ).fetchall()
        if not rows:
            raise RuntimeError("the bare read found no recent dose")

    def bare_year_read() -> None:
        rows = plain.execute(
            "SELECT * FROM doses WHERE patient_id = ? ORDER BY given_at",
            (chooser.choice(patient_ids),),
        ).fetchall()
        if not rows:
            raise RuntimeError("the bare read found no dose")

    # Visits identified (a second nurse confirms, no card) and assessed beforehand: the
    # figure is the decision itself, read from the recorded visit.
    visits = []
    for patient_id in chooser.sample(patient_ids, min(DECISIONS, len(patient_ids))):
        witness = store.confirm_witness("witness", "bench-password", session.user)
        visit = counter.identify_manually(session, patient_id, "bench: card left at home", witness)
        visits.append(counter.assess(session, visit, 0))
    outcomes: list[str] = []

    def decide_one() -> None:
        decided = counter.decide(session, visits.pop(), Drug.DIACETYLMORPHINE_IV, Milligrams(100))
        if decided.decision is None:
            raise RuntimeError("the rules gave no decision")
        outcomes.append(decided.decision.outcome.name.lower())

    repeats = 200
    for function in (load_context, bare_window_read, bare_year_read):
        function()
    context, window, year = interleaved_medians(
        (load_context, bare_window_read, bare_year_read), repeats
    )
    (decision,) = interleaved_medians((decide_one,), len(visits))
    plain.close()
    store.close()
    note = f"{patients} patients, {events} events, built in {build_seconds:.0f} s"
    return [
        ratio_figure(
            "decision context load vs bare read of the rows it uses",
            context * 1000,
            window * 1000,
            "ms",
            3.0,
            note
            + f"; baseline rows = the patient, their prescriptions and their last {horizon_days}"
            f" days of doses, by index from a plain table; {repeats} of each, interleaved",
        ),
        ratio_figure(
            "decision context load vs bare read of the whole year",
            context * 1000,
            year * 1000,
            "ms",
            3.0,
            f"{note}; {repeats} of each, interleaved",
        ),
        reported_figure(
            "check the rules for one dose (load + decide + record decision)",
            decision * 1000,
            None,
            "ms",
            f"{note}; median of {len(outcomes)} visits identified and assessed beforehand ("
            + ", ".join(f"{outcomes.count(o)} {o}" for o in sorted(set(outcomes)))
            + ")",
        ),
    ]
