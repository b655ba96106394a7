"""The demo: a profile with fictional patients and staff, and a scripted clinic day."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from devices.drivers.printer import LabelPrinter
from devices.drivers.scale import ScaleDriver
from devices.protocols.scanner import PackCode, gs1_check_digit
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.transport import SerialSettings
from station.domain.ledger import ContainerKind
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.domain.rules import Outcome
from station.domain.settings import RuleSettings
from station.services.cards import trust_card_issuer, trusted_card_keys
from station.services.counter import CounterService, Override, Visit
from station.services.errors import ServiceError
from station.services.pharmacy import PharmacyService, Product
from station.services.preparation import (
    WeighedDose,
    expected_mass,
    print_label,
    syringe_label,
    weigh_dose,
)
from station.services.sync_link import server_binding
from station.store.accounts import User
from station.store.crypto import kdf_from_environment
from station.store.store import Session, Store
from sync.wire.cards import CardPayload, sign_card

if TYPE_CHECKING:
    from station.services.demo_sync import DemoSync

# Obviously invented names: no real person is meant.
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
)
DEMO_STATION_NAME = "Demo counter"
DEMO_CLINIC_ID = "demo-clinic"
"""The clinic a demo card names before the demo station is enrolled with a server."""
OTHER_STATION = "st-demo-other"


@dataclass
class DaySummary:
    """What the scripted day did, for people and for the --json output."""

    day_number: int
    clinic_date: str
    visits: int = 0
    doses: int = 0
    warnings: int = 0
    overrides: int = 0
    blocked: int = 0
    observations_closed: int = 0
    adverse_events: int = 0
    labels_printed: int = 0
    weighings_redone: int = 0
    block_reasons: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The summary as a JSON-ready mapping."""
        return dict(self.__dict__)


def create_demo_profile(data_dir: Path, patients: int, seed: int = 7) -> Store:
    """Create the demo profile: staff, fictional patients and their prescriptions."""
    admin_name, admin_display, _, admin_password = DEMO_USERS[0]
    store, admin, _code = Store.create(
        data_dir,
        DEMO_STATION_NAME,
        admin_name,
        admin_display,
        admin_password,
        kdf=kdf_from_environment(calibrate=False),  # fictional accounts: the fixed defaults
    )
    for username, display, roles, password in DEMO_USERS[1:]:
        store.add_user(admin, username, display, roles, password)
    lead = store.unlock("lead", demo_password("lead"))
    counter = CounterService(store)
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
        phase = Phase.INDUCTION if number == 1 else Phase.MAINTENANCE
        per_session = Milligrams(
            15 if phase is Phase.INDUCTION else 100 + 20 * chooser.randrange(8)
        )
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
        if number == 3:
            counter.set_stop_flag(lead, patient.patient_id, "Demo: physician review pending")
    return store


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


class SimulatedCounterDevices:
    """The demo's balance and label printer: simulators on in-process ``sim://`` ports."""

    def __init__(self) -> None:
        self.scale_sim = SimulatedScale(
            unique_name("demo-scale"), update_period_s=1 / 40, settle_time_s=0.1, seed=5
        )
        self.scale_sim.start()
        printer_link = SerialSettings(115200)  # a label's ~300 bytes take ~26 ms on the wire
        self.printer_sim = SimulatedPrinter(unique_name("demo-printer"), printer_link)
        self.printer_sim.start()
        self.scale = ScaleDriver.open(self.scale_sim.url, "mt-sics")
        self.printer = LabelPrinter(self.printer_sim.url, printer_link)

    def __enter__(self) -> SimulatedCounterDevices:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.scale.close()
        self.printer.close()
        self.scale_sim.stop()
        self.printer_sim.stop()


class ScriptedDay:
    """Runs one clinic day through the counter service with a simulated clock."""

    def __init__(self, store: Store, day_number: int, seed: int = 11) -> None:
        self.store = store
        self.settings = RuleSettings()
        self.chooser = random.Random(seed + day_number)  # noqa: S311 - demo script
        first = store.meta("demo_first_date")
        if first is None:
            first = datetime.now(UTC).date().isoformat()
            store.set_meta("demo_first_date", first)
        self.clinic_date = date.fromisoformat(first) + timedelta(days=day_number)
        self._now = datetime.combine(self.clinic_date, time(8, 0), self.settings.zone)
        self.counter = CounterService(store, self.settings, clock=lambda: self._now)
        self.nurse = store.unlock("nurse", demo_password("nurse"))
        self.summary = DaySummary(day_number, self.clinic_date.isoformat())
        trust_demo_cards(store)
        ensure_demo_solution_batch(store, self.settings, clock=lambda: self._now)
        self.batch = self.counter.solution_batches(self.nurse, Drug.DIACETYLMORPHINE_IV)[0]
        self.devices: SimulatedCounterDevices | None = None

    def _second_person(self, username: str) -> User:
        """A second person signs now (they give their password at the counter)."""
        return self.store.confirm_witness(username, demo_password(username), self.nurse.user)

    def _advance(self, minutes: int) -> None:
        self._now += timedelta(minutes=minutes)

    def run(self) -> DaySummary:
        """Two sessions: every patient is called, most are dosed, some are refused."""
        with SimulatedCounterDevices() as devices:
            self.devices = devices
            return self._run()

    def _prepare(self, visit: Visit, target: Milligrams) -> WeighedDose:
        """Tare the empty syringe, fill it, weigh until a stable weight is confirmed and kept."""
        assert self.devices is not None
        devices = self.devices
        devices.scale_sim.place_mass(EMPTY_SYRINGE).result(5)
        devices.scale.tare().result(10)
        net = expected_mass(target, self.batch).value
        for attempt in range(3):
            # Hand filling is never exact: a first fill is sometimes off by ~4 %.
            error = Decimal("1.04") if attempt == 0 and self.chooser.random() < 0.1 else Decimal(1)
            devices.scale_sim.place_mass(EMPTY_SYRINGE + net * error).result(5)
            weighed = weigh_dose(devices.scale, target, self.batch, self.settings)
            result = self.counter.accept_weighing(
                self.nurse, visit, self.batch.lot, weighed.measured_g, weighed.raw_reading
            )
            if result.accepted:
                return weighed
            self.counter.record_redo(self.nurse, visit, result, "overfilled")
            self.summary.weighings_redone += 1
        raise ServiceError("The syringe could not be filled within the tolerance.")

    def _run(self) -> DaySummary:
        roster = self.counter.roster(self.nurse)
        for session_start in (time(8, 0), time(16, 30)):
            self._now = datetime.combine(self.clinic_date, session_start, self.settings.zone)
            for index, patient in enumerate(roster):
                if self.chooser.random() < 0.08:
                    continue  # the patient did not come
                self._visit(patient, index)
                self._advance(3)
            self._advance(25)
            for observation in self.counter.observations.open_observations(self.nurse):
                self.counter.observations.discharge(
                    self.nurse, observation.observation_id, "Discharged, stable."
                )
                self.summary.observations_closed += 1
        return self.summary

    def _visit(self, patient: Patient, index: int) -> None:
        nurse = self.nurse
        self.summary.visits += 1
        if index % 7 == 6:
            matches = self.counter.search(nurse, patient.family_name, patient.birth_date)
            visit = self.counter.identify_manually(
                nurse, matches[0].patient_id, "Card left at home", self._second_person("witness")
            )
        else:
            visit = self.counter.identify_by_card(nurse, demo_card_text(self.store, patient))
        self._advance(1)
        intoxicated = self.chooser.random() < 0.06
        visit = self.counter.assess(
            nurse,
            visit,
            sedation_score=2 if intoxicated else 0,
            breath_alcohol_permille=Decimal("0.0"),
            notes="Demo assessment.",
        )
        prescription = self.counter.overview(nurse, patient.patient_id).prescriptions[0]
        proposed = prescription.max_per_session
        visit = self.counter.decide(nurse, visit, prescription.drug, proposed)
        decision = visit.decision
        assert decision is not None
        if Milligrams(0) < decision.max_allowed < proposed:
            # The rules offer less (intoxication, titration, a break): prepare that instead.
            visit = self.counter.decide(nurse, visit, prescription.drug, decision.max_allowed)
            decision = visit.decision
            assert decision is not None
        if decision.outcome is Outcome.BLOCK:
            self.summary.blocked += 1
            for reason in decision.reasons:
                if reason.outcome is Outcome.BLOCK:
                    count = self.summary.block_reasons.get(reason.code, 0)
                    self.summary.block_reasons[reason.code] = count + 1
            return
        override = None
        if decision.outcome is Outcome.NEEDS_OVERRIDE:
            lifter = (
                "lead"
                if any(r.who_can_lift is Role.CLINIC_LEAD for r in decision.concerns)
                else "witness"
            )
            override = Override(
                "Demo: home station offline, patient known to staff", self._second_person(lifter)
            )
            self.summary.overrides += 1
        elif decision.outcome is Outcome.ALLOW_WITH_WARNING:
            self.summary.warnings += 1
        assert visit.proposed is not None
        assert self.devices is not None
        weighed = self._prepare(visit, visit.proposed.mg)
        print_label(
            self.devices.printer,
            syringe_label(visit.visit_id, patient.clinic_id, weighed, self.batch, self._now, "ND"),
        )
        self.counter.record_label(nurse, visit, printed=True)
        self.summary.labels_printed += 1
        self._advance(2)
        try:
            dose = self.counter.administer(
                nurse,
                visit,
                override=override,
                acknowledgement="Demo: warning read and discussed." if decision.concerns else "",
                booth=f"Booth {1 + index % 6}",
            )
        except ServiceError:
            self.summary.blocked += 1
            return
        self.summary.doses += 1
        if self.chooser.random() < 0.03:
            self.counter.observations.record_adverse_event(
                nurse, dose.observation_id, "respiratory depression", Milligrams("0.4")
            )
            self.summary.adverse_events += 1


def run_demo_day(
    data_dir: Path, patients: int, sync: DemoSync | None = None
) -> tuple[Store, DaySummary, bool]:
    """Create the demo profile if needed, then run the next clinic day; True when created.

    With ``sync``, the station syncs before the day (roster out) and after it (the day's
    records); the day itself runs offline, as a counter does when the network is down.
    """
    created = not Store.exists(data_dir)
    store = create_demo_profile(data_dir, patients) if created else Store.open(data_dir)
    if sync is not None:
        sync.before_day(
            store,
            store.unlock("technician", demo_password("technician")),
            store.unlock("nurse", demo_password("nurse")),
        )
    day_number = int(store.meta("demo_days") or "0")
    summary = ScriptedDay(store, day_number).run()
    store.set_meta("demo_days", str(day_number + 1))
    if sync is not None:
        sync.after_day(store, store.unlock("nurse", demo_password("nurse")), summary.clinic_date)
    return store, summary, created


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
