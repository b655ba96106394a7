"""A fictional clinic for the safety state machine: two real stations, a second process, clocks.

Station A is the station under test. Its data folder is opened twice in this process (two
``Store`` objects, each with its own ``CounterService``: two writers on one file) and, through
:class:`ProcessWorker`, by a real second process. Station B is another real station in another
folder whose clock may run ten days ahead; events move between the two through the station
side of the sync client (``StoreReplica.push_rows_after`` -> ``apply_pulled_rows``), as the
sync engine moves them after the server's feed.

Everything here is fictional: stations, staff, patients, cards and batches are invented.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from devices.protocols.scanner import PackCode, gs1_check_digit
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.services.cards import trust_card_issuer
from station.services.counter import CounterService
from station.services.pharmacy import PharmacyService, Product
from station.services.settings import SettingsService
from station.services.sync_link import StoreReplica
from station.store.accounts import ConfirmedUser
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store
from sync.client.replica import PullState
from sync.wire.cards import CardPayload, sign_card

REPO = Path(__file__).resolve().parents[2]
ZONE = ZoneInfo("Europe/Copenhagen")
START = datetime(2031, 3, 4, 7, 40, tzinfo=ZONE)
"""When every example starts: Tuesday 4 March 2031, 07:40 clinic time (morning session)."""
STATION_A = "st-safety-a"
STATION_B = "st-safety-b"

PASSWORDS = {
    "admin": "admin-pass-fictional",
    "nurse": "nurse-pass-fictional",
    "witness": "witness-pass-fictional",
    "witness2": "witness2-pass-fictional",
    "lead": "lead-pass-fictional",
    "tech": "tech-pass-fictional",
    "pharm": "pharm-pass-fictional",
}
STAFF = (
    ("nurse", "Nanna Fiktiv (nurse)", Role.NURSE),
    ("witness", "Wenche Fiktiv (nurse)", Role.NURSE),
    ("witness2", "Vibeke Fiktiv (nurse)", Role.NURSE),
    ("lead", "Lis Fiktiv (clinic lead)", Role.CLINIC_LEAD),
    ("tech", "Tage Fiktiv (technician)", Role.TECHNICIAN),
    ("pharm", "Pil Fiktiv (pharmacist)", Role.PHARMACIST),
)
SIGNED_IN = ("admin", "nurse", "witness", "lead", "pharm")

CARD_KEY_ID = "safety-card-issuer"
CARD_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
"""The fictional clinic's card-issuing key (both stations trust it)."""
UNTRUSTED_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
"""A key nobody trusts: a forged card is signed with it."""
CLINIC_ID = "clinic-safety-test"

_DAM_GTIN_BODY = "0200000000123"  # GS1 prefix 020: internal use only, no real product
_MET_GTIN_BODY = "0200000000130"
GTINS = {
    "diacetylmorphine": _DAM_GTIN_BODY + str(gs1_check_digit(_DAM_GTIN_BODY)),
    "methadone": _MET_GTIN_BODY + str(gs1_check_digit(_MET_GTIN_BODY)),
}

IV = Drug.DIACETYLMORPHINE_IV
IM = Drug.DIACETYLMORPHINE_IM
ORAL_DAM = Drug.DIACETYLMORPHINE_ORAL
METHADONE = Drug.METHADONE_ORAL


def _patient(number: int, family: str, given: str, born: date) -> Patient:
    return Patient(
        patient_id=f"safety-patient-{number}",
        clinic_id=f"HAT-SAFE-{number:03d}",
        given_name=given,
        family_name=family,
        birth_date=born,
        photo_ref=f"photo-safety-{number}",
        home_station=STATION_A,
    )


PATIENTS = (
    _patient(1, "Prøvesen", "Fiktiva", date(1981, 7, 14)),
    _patient(2, "Testrup", "Imaginær", date(1975, 2, 3)),
    replace(_patient(3, "Opdigt", "Fantasia", date(1988, 11, 30)), home_station=STATION_B),
)
"""Patient 1 takes injected diacetylmorphine; patient 2 diacetylmorphine and oral methadone;
patient 3 injected diacetylmorphine, at home at station B (station A needs a second person)."""
UNKNOWN_PATIENT = _patient(9, "Ukendt", "Ingen", date(1990, 1, 1))
"""On no station's roster (a genuine card for them identifies nobody here)."""


def first_prescriptions() -> list[Prescription]:
    """What the clinic lead prescribed before the examples start (maintenance, all of them)."""

    def rx(
        number: int, patient: Patient, drug: Drug, session: int, day: int, sessions: int
    ) -> Prescription:
        return Prescription(
            prescription_id=f"safety-rx-{number}",
            patient_id=patient.patient_id,
            drug=drug,
            max_per_session=Milligrams(session),
            max_per_day=Milligrams(day),
            sessions_per_day=sessions,
            valid_from=date(2031, 1, 1),
            valid_until=None,
            phase=Phase.MAINTENANCE,
            prescriber="Dr. Fiktiv",
        )

    one, two, three = PATIENTS
    return [
        rx(1, one, IV, 150, 400, 3),
        rx(2, two, IV, 100, 300, 3),
        rx(3, two, METHADONE, 60, 200, 3),
        rx(4, three, IV, 120, 300, 2),
    ]


def card_text(
    patient: Patient, serial: str, key: Ed25519PrivateKey = CARD_KEY, clinic: str = CLINIC_ID
) -> str:
    """The signed text on a patient's clinic card (what the scanner reads)."""
    payload = CardPayload(
        patient_id=patient.patient_id,
        clinic_id=clinic,
        issued_at="2031-01-01T00:00:00+00:00",
        serial=serial,
        key_id=CARD_KEY_ID,
    )
    return sign_card(payload, key)


CARDS = {patient.patient_id: f"safety-card-{patient.clinic_id}" for patient in PATIENTS}
"""The one card serial the clinic issued to each patient (the world's truth)."""


# -- clocks ------------------------------------------------------------------------------------


@dataclass
class WorldTime:
    """The real time in the world, and how far each station's clock is off from it."""

    now: datetime = START
    a_offset: timedelta = timedelta(0)
    b_offset: timedelta = timedelta(0)

    def a(self) -> datetime:
        """Station A's clock (both of A's service objects and its second process read it)."""
        return self.now + self.a_offset

    def b(self) -> datetime:
        """Station B's clock."""
        return self.now + self.b_offset


# -- stations ----------------------------------------------------------------------------------


@dataclass
class Station:
    """One open ``Store`` of a station's data folder, its signed-in staff and its services."""

    folder: Path
    store: Store
    sessions: dict[str, Session]
    counter: CounterService
    settings: SettingsService
    name: str

    @classmethod
    def open(cls, folder: Path, clock: Callable[[], datetime], name: str) -> Station:
        """Open the folder (another ``Store`` object if it is open already) and sign in."""
        store = Store.open(folder)
        sessions = {who: store.unlock(who, PASSWORDS[who]) for who in SIGNED_IN}
        return cls(
            folder,
            store,
            sessions,
            CounterService(store, clock=clock),
            SettingsService(store, clock),
            name,
        )

    @property
    def nurse(self) -> Session:
        return self.sessions["nurse"]

    @property
    def lead(self) -> Session:
        return self.sessions["lead"]

    @property
    def admin(self) -> Session:
        return self.sessions["admin"]

    def confirm(self, username: str, signer: Session | None = None) -> ConfirmedUser:
        """A second person gives their password at this station (this open store) now."""
        return self.store.confirm_witness(
            username, PASSWORDS[username], (signer or self.nurse).user
        )

    def head(self) -> int:
        return self.store.head()[0]

    def close(self) -> None:
        self.store.close()


def _reconstitute(store: Store, clock: Callable[[], datetime], substance: str) -> str:
    """Receive a pack of fictional 10 g ampoules and make 100 mL of 100 mg/mL; return its id."""
    pharmacist = store.unlock("pharm", PASSWORDS["pharm"])
    witness = store.confirm_witness("witness", PASSWORDS["witness"], pharmacist.user)
    pharmacy = PharmacyService(store, clock=clock, zone=ZONE)
    gtin = GTINS[substance]
    pharmacy.define_product(
        pharmacist,
        Product(gtin, substance, f"Safety test {substance} 10 g (fictional)", Milligrams(10000), 5),
    )
    expiry = (clock() + timedelta(days=800)).date()
    lot = pharmacy.receive_pack(
        pharmacist, PackCode("gs1", gtin, "SAFETYLOT1", expiry, f"SAFE{substance[:3].upper()}01")
    )
    return pharmacy.reconstitute(
        pharmacist,
        witness,
        [(lot, Milligrams(10000))],
        Millilitres(100),
        Millilitres(10),
        Grams("10.180"),
        timedelta(days=400),
    )


def _new_station(folder: Path, station_id: str) -> dict[str, str]:
    """A fresh profile with its staff, the clinic's card issuer and two batches; batch ids."""
    store, admin, _code = Store.create(
        folder,
        f"Safety test counter {station_id} (fictional)",
        "admin",
        "Asta Fiktiv (administrator)",
        PASSWORDS["admin"],
        kdf=TEST_KDF,
        station_id=station_id,
    )
    try:
        for username, display, role in STAFF:
            store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
        tech = store.unlock("tech", PASSWORDS["tech"])
        trust_card_issuer(store, tech, CARD_KEY_ID, CARD_KEY.public_key())
        clock = lambda: START  # noqa: E731
        return {
            substance: _reconstitute(store, clock, substance)
            for substance in ("diacetylmorphine", "methadone")
        }
    finally:
        store.close()


@dataclass
class SyncMarks:
    """How far each direction of the station-to-station feed has gone."""

    sent: dict[str, int] = field(default_factory=dict)
    cursor: dict[str, int] = field(default_factory=dict)


def feed(source: Station, target: Station, marks: SyncMarks) -> int:
    """Move ``source``'s new events to ``target`` the way the sync client applies a pull.

    ``source`` hands over its events as pushed rows (wire version 2 arrays, each payload its
    canonical text); ``target`` stores them, sealed with its own key, and updates its
    projections and pull cursor in one transaction. Returns how many rows moved.
    """
    route = f"{source.store.station_id}->{target.store.station_id}"
    after = marks.sent.get(route, 0)
    rows = StoreReplica(source.store, source.nurse).push_rows_after(after, 100_000)
    if not rows:
        return 0
    cursor = marks.cursor.get(route, 0) + len(rows)
    pulled = [(source.store.station_id, *row) for row in rows]
    StoreReplica(target.store, target.nurse).apply_pulled_rows(
        pulled, PullState(cursor, f"epoch-{route}")
    )
    marks.sent[route] = int(rows[-1][0])
    marks.cursor[route] = cursor
    return len(rows)


@dataclass(frozen=True)
class Templates:
    """Both stations as they stand when an example starts (copied for every example)."""

    a: Path
    b: Path
    batches: dict[str, dict[str, str]]
    marks: SyncMarks


def build_templates(root: Path) -> Templates:
    """Make stations A and B once: staff, cards, batches, A's roster and orders, synced."""
    batches = {
        STATION_A: _new_station(root / "a", STATION_A),
        STATION_B: _new_station(root / "b", STATION_B),
    }
    clock = lambda: START  # noqa: E731
    a = Station.open(root / "a", clock, "A")
    b = Station.open(root / "b", clock, "B")
    try:
        for patient in PATIENTS:
            a.counter.register_patient(a.lead, patient)
        for prescription in first_prescriptions():
            a.counter.issue_prescription(a.lead, prescription)
        marks = SyncMarks()
        feed(a, b, marks)
        feed(b, a, marks)
    finally:
        a.close()
        b.close()
    return Templates(root / "a", root / "b", batches, marks)


# -- a real second process on station A's folder -----------------------------------------------


class ProcessWorker:
    """A second Python process that records visits on station A's data folder.

    It opens the folder with its own ``Store`` and ``CounterService`` for every command
    (``tests/services/safety_process.py``), so its writes meet this process's open stores
    only through SQLite, as a second program on the same data folder would.
    """

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.services.safety_process"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            text=True,
        )
        assert self.ask({"command": "ping"}) == {"ok": True}

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        """Send one command and wait for its one-line answer."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the second process died"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


# -- the world of one example ------------------------------------------------------------------


class World:
    """Station A (two store objects and a second process), station B, and the time."""

    def __init__(self, templates: Templates, worker: ProcessWorker | None) -> None:
        # In memory where the machine has it: every commit's fsync costs nothing there.
        shm = Path("/dev/shm")
        self.root = Path(tempfile.mkdtemp(prefix="hat-safety-", dir=shm if shm.is_dir() else None))
        shutil.copytree(templates.a, self.root / "a")
        shutil.copytree(templates.b, self.root / "b")
        self.time = WorldTime()
        self.batches = templates.batches
        self.marks = SyncMarks(dict(templates.marks.sent), dict(templates.marks.cursor))
        self.worker = worker
        self.a1 = Station.open(self.root / "a", self.time.a, "A1")
        self.a2 = Station.open(self.root / "a", self.time.a, "A2")
        self.b = Station.open(self.root / "b", self.time.b, "B")

    @property
    def stations(self) -> tuple[Station, Station, Station]:
        return (self.a1, self.a2, self.b)

    def heads(self) -> tuple[int, int]:
        """The heads of A's and B's logs (what a refused call must leave alone)."""
        return self.a1.head(), self.b.head()

    def close(self) -> None:
        for station in self.stations:
            with contextlib.suppress(Exception):  # half-open after a failure: close the rest
                station.close()
        shutil.rmtree(self.root, ignore_errors=True)


def dose_mass(mg: Decimal, batch_concentration: Decimal, batch_density: Decimal) -> Decimal:
    """The net mass in g that holds ``mg`` (what the nurse aims the syringe at)."""
    return (mg / batch_concentration * batch_density).quantize(Decimal("0.0001"))
