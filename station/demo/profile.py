"""The demo's profile: fictional staff and patients, their cards, and the pharmacy's batch."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from devices.protocols.scanner import PackCode, gs1_check_digit
from station.demo.photos import demo_photo
from station.domain.ledger import ContainerKind
from station.domain.orders import OrderAction
from station.domain.patients import Patient
from station.domain.plans import DosePlan, PlanKind
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.cards import trust_card_issuer, trusted_card_keys
from station.services.counter import CounterService
from station.services.errors import ServiceError
from station.services.intake import IntakeService
from station.services.pharmacy import PharmacyService, Product
from station.services.prescribing import OrderDraft, PrescribingService
from station.services.settings import SettingsService
from station.services.sync_link import server_binding
from station.services.technician import TechnicianService
from station.store.crypto import DEFAULT_KDF, TEST_KDF, KdfParams
from station.store.store import Session, Store
from sync.wire.cards import CardPayload, sign_card

_GIVEN = [
    "Alba",
    "Birk",
    "Cora",
    "Dag",
    "Elin",
    "Frode",
    "Greta",
    "Hakon",
    "Ilse",
    "Jonas",
    "Kaja",
    "Lasse",
    "Mette",
    "Nils",
    "Oda",
    "Per",
    "Runa",
    "Sune",
    "Tove",
    "Ulf",
]
_FAMILY = [
    "Demoberg",
    "Fiktivsen",
    "Prøvesen",
    "Testrup",
    "Eksempelgaard",
    "Skinholm",
    "Pseudonymi",
    "Opdigtsen",
    "Mockvig",
    "Attrapholt",
]

DEMO_USERS: tuple[tuple[str, str, frozenset[Role], str], ...] = (
    ("admin", "Demo Administrator", frozenset({Role.ADMINISTRATOR}), "demo-admin-pass"),
    ("nurse", "Nora Demo (nurse)", frozenset({Role.NURSE}), "demo-nurse-pass"),
    ("witness", "Willi Demo (nurse)", frozenset({Role.NURSE}), "demo-witness-pass"),
    ("lead", "Lene Demo (clinic lead)", frozenset({Role.CLINIC_LEAD}), "demo-lead-pass"),
    ("pharmacist", "Pia Demo (pharmacist)", frozenset({Role.PHARMACIST}), "demo-pharm-pass"),
    ("technician", "Tom Demo (technician)", frozenset({Role.TECHNICIAN}), "demo-tech-pass"),
    ("doctor", "Dr. Dina Demo (prescriber)", frozenset({Role.PRESCRIBER}), "demo-doctor-pass"),
)
DEMO_STATION_NAME = "Demo counter"
DEMO_CLINIC_ID = "demo-clinic"
"""The clinic a demo card names before the demo station is enrolled with a server."""
OTHER_STATION = "st-demo-other"


DEMO_KDF = DEFAULT_KDF
"""Key derivation for the demo's fictional accounts: the fixed defaults, not calibrated.

The demo creates a dozen accounts and signs in many times; it starts without waiting. Tests
pass the store's ``TEST_KDF`` instead. Whoever creates a demo profile says which (the demo
reads no environment).
"""


DEMO_SCALE_SERIAL = "B021002593"
"""The simulated MT-SICS balance's serial number (devices/sim/scale.py)."""

DEMO_SESSIONS = "morning 00:00-11:00; midday 11:00-16:00; evening 16:00-23:59"
"""The demo clinic's dosing sessions: the whole day (the last minute before midnight aside)."""


def demo_kdf(test: bool = False) -> KdfParams:
    """The demo's key derivation: :data:`DEMO_KDF`, or the store's cheap ``TEST_KDF`` for tests."""
    return TEST_KDF if test else DEMO_KDF


def create_demo_profile(data_dir: Path, patients: int, *, kdf: KdfParams, seed: int = 7) -> Store:
    """Create the demo profile: staff, fictional patients and their prescriptions.

    ``kdf`` derives the fictional staff's key wraps (:data:`DEMO_KDF`, or a test's cheaper one).
    """
    admin_name, admin_display, _, admin_password = DEMO_USERS[0]
    store, admin, _code = Store.create(
        data_dir,
        DEMO_STATION_NAME,
        admin_name,
        admin_display,
        admin_password,
        kdf=kdf,
    )
    for username, display, roles, password in DEMO_USERS[1:]:
        store.add_user(admin, username, display, roles, password)
    lead = store.unlock("lead", demo_password("lead"))
    # Whoever tries the demo, at whatever hour: the demo clinic doses around the clock (a real
    # clinic's hours, e.g. 07:30-10:30, 11:30-14:00, 16:00-19:30, leave every dose outside them
    # to a second person's override; README "Outside the clinic's hours").
    SettingsService(store).change(lead, "session_windows", DEMO_SESSIONS)
    doctor = store.unlock("doctor", demo_password("doctor"))
    counter = CounterService(store)
    orders = PrescribingService(store, lambda: datetime.now(UTC))
    intake = IntakeService(store)
    chooser = random.Random(seed)  # noqa: S311 - demo data, not security
    today = datetime.now(UTC).date()
    for number in range(1, patients + 1):
        patient = Patient(
            patient_id=str(uuid.UUID(int=chooser.getrandbits(128), version=4)),
            clinic_id=f"HAT-{number:04d}",
            given_name=chooser.choice(_GIVEN),
            family_name=chooser.choice(_FAMILY),
            birth_date=date(
                1960 + chooser.randrange(35), 1 + chooser.randrange(12), 1 + chooser.randrange(28)
            ),
            photo_ref=f"demo-photo-{number:04d}",
            # Every fifth patient is another station's: offline, dosing them needs an override.
            home_station=OTHER_STATION if number % 5 == 0 else store.station_id,
        )
        counter.register_patient(lead, patient)
        intake.set_photo(
            lead, patient.patient_id, demo_photo(patient.patient_id), clinic_id=patient.clinic_id
        )
        phase = Phase.INDUCTION if number == 1 else Phase.MAINTENANCE
        per_session = Milligrams(
            15 if phase is Phase.INDUCTION else 100 + 20 * chooser.randrange(8)
        )
        if number <= SIGNED_DEMO_ORDERS:
            orders.sign_order(
                doctor,
                _demo_order(patient, phase, per_session, today, titrate=number == 2),
                demo_password("doctor"),
            )
        else:  # the rest as prescriptions brought over from before the orders (a migration)
            _plain_prescription(counter, lead, patient, phase, per_session, today)
        if number == 3:
            counter.set_stop_flag(lead, patient.patient_id, "Demo: physician review pending")
    # The technician checked the simulated balance with a 100 g reference weight (a clinic's
    # counter warns, or with the clinic's setting blocks, while that check is overdue).
    TechnicianService(store).record_calibration(
        store.unlock("technician", demo_password("technician")),
        DEMO_SCALE_SERIAL,
        Grams("100.00"),
        Grams("100.01"),
        Grams("0.05"),
    )
    return store


SIGNED_DEMO_ORDERS = 4
"""The first patients' prescriptions are the demo prescriber's signed orders (the second with a
titration plan); each signature asks the prescriber's password again, a key derivation."""


def _demo_order(
    patient: Patient, phase: Phase, per_session: Milligrams, today: date, *, titrate: bool
) -> OrderDraft:
    per_day = Milligrams(per_session.value * 2)
    plan = (
        DosePlan(
            PlanKind.TITRATION,
            today - timedelta(days=1),
            per_session,
            Milligrams(20),
            None,
            1,
            per_day,
        )
        if titrate
        else None
    )
    return OrderDraft(
        patient_id=patient.patient_id,
        drug=Drug.DIACETYLMORPHINE_IV,
        max_per_session=per_session,
        max_per_day=per_day,
        sessions_per_day=2,
        min_interval=None,
        valid_from=today - timedelta(days=1),
        valid_until=None,
        phase=phase,
        counter_note="Demo: rising 20 mg a day." if titrate else "",
        review_on=today + timedelta(days=14),
        plan=plan,
        action=OrderAction.NEW,
    )


def _plain_prescription(
    counter: CounterService,
    lead: Session,
    patient: Patient,
    phase: Phase,
    per_session: Milligrams,
    today: date,
) -> None:
    counter.issue_prescription(
        lead,
        Prescription(
            prescription_id=str(uuid.uuid4()),
            patient_id=patient.patient_id,
            drug=Drug.DIACETYLMORPHINE_IV,
            max_per_session=per_session,
            max_per_day=Milligrams(per_session.value * 2),
            sessions_per_day=2,
            valid_from=today - timedelta(days=1),
            valid_until=None,
            phase=phase,
            prescriber=lead.user.display_name,
        ),
    )


def demo_password(username: str) -> str:
    return next(password for name, _, _, password in DEMO_USERS if name == username)


def demo_credentials() -> list[dict[str, Any]]:
    """Demo users and their passwords (shown in demo mode only)."""
    return [
        {"username": name, "name": display, "roles": sorted(r.value for r in roles), "password": pw}
        for name, display, roles, pw in DEMO_USERS
    ]


EMPTY_SYRINGE = Decimal("11.80")  # g: a 5 mL syringe with its needle cap (fictional)

_DEMO_GTIN_BODY = "0200000000017"  # GS1 prefix 020-029: for internal use, never a real product
DEMO_GTIN = _DEMO_GTIN_BODY + str(gs1_check_digit(_DEMO_GTIN_BODY))
DEMO_SUBSTANCE = "diacetylmorphine"
DEMO_AMPOULE = Milligrams(10000)
DEMO_BATCH_SHELF_LIFE = timedelta(days=7)


DEMO_CARD_KEY_ID = "demo-card-issuer"
_DEMO_CARD_SEED_META = "demo_card_seed"


def demo_card_key(store: Store) -> Ed25519PrivateKey:
    """The demo's card-issuing key (derived from a seed the demo profile keeps; a demo only)."""
    seed = store.meta(_DEMO_CARD_SEED_META)
    if seed is None:
        seed = hashlib.sha256(store.station_id.encode("utf-8")).hexdigest()
        store.set_meta(_DEMO_CARD_SEED_META, seed)
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed))


def trust_demo_cards(store: Store) -> None:
    """Have the demo station trust its demo card issuer (once; recorded as a technician would)."""
    key = demo_card_key(store)
    if DEMO_CARD_KEY_ID in trusted_card_keys(store):
        return
    technician = store.unlock("technician", demo_password("technician"))
    trust_card_issuer(store, technician, DEMO_CARD_KEY_ID, key.public_key())


def demo_card_text(store: Store, patient: Patient) -> str:
    """The signed text on a demo patient's card (what the scanner reads)."""
    binding = server_binding(store)
    payload = CardPayload(
        patient_id=patient.patient_id,
        clinic_id=binding.clinic_id if binding is not None else DEMO_CLINIC_ID,
        issued_at="2026-01-01T00:00:00+00:00",
        serial=f"demo-{patient.clinic_id}",
        key_id=DEMO_CARD_KEY_ID,
    )
    return sign_card(payload, demo_card_key(store))


def ensure_demo_solution_batch(
    store: Store,
    settings: RuleSettings | None = None,
    clock: Callable[[], datetime] | None = None,
) -> str | None:
    """Give the demo counter a solution batch the way a pharmacy does; return its id if new.

    When no batch is usable (none yet, or expired or used up), the demo pharmacist receives a
    pack of fictional ampoules if the stock is short and reconstitutes one 10 g ampoule into
    100 mL (100 mg/mL), witnessed by a second person, as in the pharmacy workspace.
    """
    zone = (settings or RuleSettings()).zone
    pharmacist = store.unlock("pharmacist", demo_password("pharmacist"))
    pharmacy = PharmacyService(store, clock=clock, zone=zone)
    if pharmacy.active_solution_batches(pharmacist):
        return None
    witness = store.confirm_witness("witness", demo_password("witness"), pharmacist.user)
    now = pharmacy.clock()
    stock = [
        item
        for item in pharmacy.balances(pharmacist, DEMO_SUBSTANCE)
        if item.container.kind is ContainerKind.STOCK
        and item.balance >= DEMO_AMPOULE.value
        and (item.container.expires_at is None or item.container.expires_at > now)
    ]
    if not stock:
        product = Product(
            DEMO_GTIN, DEMO_SUBSTANCE, "Demo ampoules 10 g (fictional)", DEMO_AMPOULE, 5
        )
        try:
            pharmacy.product(pharmacist, PackCode("gs1", DEMO_GTIN, None, None, None))
        except ServiceError:
            pharmacy.define_product(pharmacist, product)
        lot = pharmacy.receive_pack(
            pharmacist,
            PackCode(
                source="gs1",
                gtin=DEMO_GTIN,
                batch=f"DEMO{now:%y%m}",
                expiry=(now + timedelta(days=365)).date(),
                serial=uuid.uuid4().hex[:12].upper(),
            ),
        )
        container_id = lot
    else:
        container_id = stock[0].container.container_id
    return pharmacy.reconstitute(
        pharmacist,
        witness,
        [(container_id, DEMO_AMPOULE)],
        Millilitres(100),
        Millilitres(10),
        Grams("10.180"),
        DEMO_BATCH_SHELF_LIFE,
    )


def roster_for_summary(store: Store, session: Session) -> list[dict[str, str]]:
    """The demo patients' names and birth dates, so anyone can check none is on disk in clear."""
    return [
        {
            "clinic_id": patient.clinic_id,
            "given_name": patient.given_name,
            "family_name": patient.family_name,
            "birth_date": patient.birth_date.isoformat(),
        }
        for patient in CounterService(store).roster(session)
    ]
