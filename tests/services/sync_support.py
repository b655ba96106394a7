"""Two (or more) real station stores syncing through the real server on loopback.

Everything here is fictional: stations, staff and patients are invented for the tests.
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.settings import RuleSettings
from station.services.cards import trust_card_issuer
from station.services.counter import AdministeredDose, CounterService, Override, Visit
from station.services.preparation import expected_mass
from station.services.sync_link import enroll, server_binding
from station.services.sync_service import StationSync
from station.store.accounts import ConfirmedUser
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store
from sync.client.scheduler import Backoff
from sync.wire.cards import CardPayload, sign_card
from sync.wire.chain import GENESIS_HASH, canonical_json, chain_hash, sha256_hex
from sync.wire.hlc import HlcStamp
from tests.services.conftest import (
    CARD_KEY_ID,
    PASSWORDS,
    STAFF,
    Clock,
    local,
    mg,
    reconstitute_batch,
)
from tests.sync.conftest import InProcessServer, _postgres_schema

IV = Drug.DIACETYLMORPHINE_IV
CARD_KEY = Ed25519PrivateKey.generate()
"""The test clinic's card issuer: every test station trusts it."""
SERVER_DATABASES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
"""A server fixture's ``params``: each test runs over a SQLite file and a PostgreSQL schema."""

ServerT = TypeVar("ServerT", bound=InProcessServer)


@dataclass
class Station:
    """One station: its store, staff sessions, counter on a test clock, and its sync service."""

    data_dir: Path
    store: Store
    clock: Clock
    admin: Session
    nurse: Session
    witness: Session
    lead: Session
    tech: Session
    pharm: Session
    sync: StationSync | None = None
    closed: bool = False
    counter: CounterService = field(init=False)
    _batch: str | None = None

    def __post_init__(self) -> None:
        self.counter = self.make_counter()

    @property
    def station_id(self) -> str:
        return self.store.station_id

    def make_counter(self) -> CounterService:
        probe = self.sync.sync_probe() if self.sync is not None else None
        return CounterService(self.store, RuleSettings(), clock=self.clock, sync_probe=probe)

    def connect(self, **options: Any) -> StationSync:
        """(Re)build the sync service for the nurse's session and wire the counter's probe."""
        if self.sync is not None:
            self.sync.stop()
        options.setdefault("backoff", Backoff(base_s=0.05, cap_s=0.2))
        self.sync = StationSync(self.store, self.nurse, timeout_s=5.0, **options)
        self.counter = self.make_counter()
        return self.sync

    def enroll(self, server_url: str, code: str) -> None:
        enroll(self.store, self.tech, server_url, code)
        self.connect()

    def register(self, home_station: str | None = None, **prescription: Any) -> Patient:
        """A fictional patient with an active maintenance prescription, registered here."""
        number = uuid.uuid4().hex[:6]
        patient = Patient(
            patient_id=str(uuid.uuid4()),
            clinic_id=f"HAT-S-{number}",
            given_name="Fiktiva",
            family_name="Synkesen",
            birth_date=date(1980, 5, 17),
            home_station=home_station or self.station_id,
        )
        self.counter.register_patient(self.lead, patient)
        fields: dict[str, Any] = {
            "prescription_id": str(uuid.uuid4()),
            "patient_id": patient.patient_id,
            "drug": IV,
            "max_per_session": mg(150),
            "max_per_day": mg(200),
            "sessions_per_day": 2,
            "valid_from": date(2031, 1, 1),
            "valid_until": None,
            "phase": Phase.MAINTENANCE,
            "prescriber": "Dr. Fiktiv",
        }
        fields.update(prescription)
        self.counter.issue_prescription(self.lead, Prescription(**fields))
        return patient

    def confirm(self, username: str = "witness") -> ConfirmedUser:
        """A second person gives their password at this counter now."""
        return self.store.confirm_witness(username, PASSWORDS[username], self.nurse.user)

    def card(self, patient: Patient) -> str:
        """The patient's card, signed by the clinic's test issuer (for this station's clinic)."""
        binding = server_binding(self.store)
        payload = CardPayload(
            patient_id=patient.patient_id,
            clinic_id=binding.clinic_id if binding is not None else "clinic-test",
            issued_at="2031-01-01T00:00:00+00:00",
            serial=f"card-{patient.clinic_id}",
            key_id=CARD_KEY_ID,
        )
        return sign_card(payload, CARD_KEY)

    def batch_id(self) -> str:
        """This station's solution batch (made by its pharmacist on first use)."""
        if self._batch is None:
            witness = self.store.confirm_witness("witness", PASSWORDS["witness"], self.pharm.user)
            self._batch = reconstitute_batch(self.store, self.clock, self.pharm, witness)
        return self._batch

    def decided(self, patient: Patient, dose_mg: int | str) -> Visit:
        visit = self.counter.identify_by_card(self.nurse, self.card(patient))
        visit = self.counter.assess(self.nurse, visit, 0, Decimal("0.0"), "Calm (test).")
        return self.counter.decide(self.nurse, visit, IV, mg(dose_mg))

    def prepare(self, visit: Visit) -> None:
        """Weigh the decided dose exactly and print its label."""
        batch_id = self.batch_id()
        recorded = self.counter.visit(self.nurse, visit)
        assert recorded.proposed is not None
        batches = {batch.lot: batch for batch in self.counter.solution_batches(self.nurse)}
        target = expected_mass(recorded.proposed.mg, batches[batch_id])
        result = self.counter.accept_weighing(self.nurse, visit, batch_id, target, b"S S test")
        assert result.accepted, result.explanation
        self.counter.record_label(self.nurse, visit, printed=True)

    def administer(
        self, visit: Visit, override: Override | None = None, **extra: Any
    ) -> AdministeredDose:
        """Prepare the visit's syringe and record it given."""
        self.prepare(visit)
        return self.counter.administer(self.nurse, visit, override=override, **extra)

    def give(self, patient: Patient, dose_mg: int | str) -> AdministeredDose:
        visit = self.decided(patient, dose_mg)
        dose = self.administer(visit)
        self.clock.advance(minutes=20)
        self.counter.observations.discharge(self.nurse, dose.observation_id, "Stable (test).")
        return dose

    def close(self) -> None:
        """Stop sync and close the file (again is harmless)."""
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if not self.closed:
            self.store.close()
            self.closed = True

    def reopen(self) -> None:
        """Close and open the data folder again (after a crash or a restore); sign in again."""
        self.close()
        self.store = Store.open(self.data_dir)
        self.closed = False
        self._sign_in()
        self.counter = self.make_counter()

    def _sign_in(self) -> None:
        self.admin = self.store.unlock("admin", PASSWORDS["admin"])
        for name in ("nurse", "witness", "lead", "tech", "pharm"):
            setattr(self, name, self.store.unlock(name, PASSWORDS[name]))


def new_station(data_dir: Path, station_id: str, clock: Clock | None = None) -> Station:
    """A fresh profile with one user of each role, on the cheap test key derivation."""
    store, admin, _code = Store.create(
        data_dir,
        f"Test counter {station_id} (fictional)",
        "admin",
        "Asta Fiktiv (administrator)",
        PASSWORDS["admin"],
        kdf=TEST_KDF,
        station_id=station_id,
    )
    for username, display, role in STAFF:
        store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
    tech = store.unlock("tech", PASSWORDS["tech"])
    trust_card_issuer(store, tech, CARD_KEY_ID, CARD_KEY.public_key())
    return Station(
        data_dir,
        store,
        clock or Clock(local(4, 8)),
        admin,
        nurse=store.unlock("nurse", PASSWORDS["nurse"]),
        witness=store.unlock("witness", PASSWORDS["witness"]),
        lead=store.unlock("lead", PASSWORDS["lead"]),
        tech=tech,
        pharm=store.unlock("pharm", PASSWORDS["pharm"]),
    )


@contextmanager
def running_server(
    kind: type[ServerT], tmp_path: Path, request: pytest.FixtureRequest | None = None
) -> Iterator[ServerT]:
    """The real server on loopback over a SQLite file, or a fresh PostgreSQL schema when the
    fixture's ``request.param`` is "postgres" (see ``SERVER_DATABASES``); released after."""
    if request is None or request.param == "sqlite":
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'server.db'}"])
    else:
        urls = _postgres_schema(request.getfixturevalue("postgres_url"))
    server = kind(next(urls))
    server.start()
    try:
        yield server
    finally:
        server.release()
        next(urls, None)  # drops the PostgreSQL schema


def restarted(server: InProcessServer) -> InProcessServer:
    """The server (stopped) started again over the same database on the same port."""
    again = InProcessServer(server.db_url)
    again.port = server.port
    again.start()
    return again


@contextmanager
def enrolled_stations(
    tmp_path: Path,
    server: InProcessServer,
    names: Sequence[str] = ("st-a", "st-b"),
    clock: Clock | None = None,
) -> Iterator[list[Station]]:
    """Fresh stations on one test clock, each enrolled with the running server; closed after."""
    clock = clock or Clock(local(4, 8))
    made: list[Station] = []
    try:
        for name in names:
            station = new_station(tmp_path / name, name, clock)
            assert server.service is not None
            station.enroll(server.url, server.service.new_enrollment_code())
            made.append(station)
        yield made
    finally:
        for station in made:
            station.close()


def projection_documents(station: Station) -> dict[str, dict[str, Any]]:
    """Every projection row, decrypted, by table and row id (sealed bytes differ per write)."""
    keys = {
        "patients": "patient_id",
        "prescriptions": "prescription_id",
        "patient_state": "patient_key",
        "observations": "observation_id",
        "doses": "dose_id",
        "visits": "visit_id",
    }
    out: dict[str, dict[str, Any]] = {}
    with station.store.reading(station.admin) as projections:
        for table, key in keys.items():
            rows = projections._connection.execute(
                f"SELECT {key}, sealed FROM {table} ORDER BY {key}"
            ).fetchall()
            out[table] = {row[0]: projections._open_row(table, row[0], row[1]) for row in rows}
    return out


def feed_row(
    station_id: str,
    seq: int,
    event_type: str,
    payload: Mapping[str, Any],
    *,
    stamp: str | None = None,
    event_uuid: str | None = None,
    prev_hash: str = GENESIS_HASH,
) -> tuple[Any, ...]:
    """One pulled event as a feed array (``compact.FEED_FIELDS``) whose hashes hold.

    ``stamp`` defaults to the station's clock now; the payload gets a salt as a station's does.
    """
    text = canonical_json({**payload, "salt": secrets.token_hex(8)}).decode()
    payload_hash = sha256_hex(text.encode())
    stamp = stamp or str(HlcStamp(int(time.time() * 1000), 0, station_id))
    event_uuid = event_uuid or str(uuid.uuid4())
    digest = sha256_hex(f"sealed at {station_id}: {payload_hash}".encode())
    record = chain_hash(
        station_id, seq, event_uuid, stamp, event_type, payload_hash, digest, prev_hash
    )
    return (
        station_id,
        seq,
        event_uuid,
        stamp,
        event_type,
        text,
        payload_hash,
        digest,
        prev_hash,
        record,
        None,
    )
