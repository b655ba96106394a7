"""The demo's scripted clinic day: every visit through the counter service, on simulators."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from devices.drivers.printer import LabelPrinter
from devices.drivers.scale import ScaleDriver
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.transport import SerialSettings
from station.demo.profile import (
    EMPTY_SYRINGE,
    create_demo_profile,
    demo_card_text,
    demo_password,
    ensure_demo_solution_batch,
    trust_demo_cards,
)
from station.domain.decision import Outcome
from station.domain.patients import Patient
from station.domain.prescriptions import Drug
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.counter import CounterService, Override, Visit
from station.services.errors import ServiceError
from station.services.preparation import (
    WeighedDose,
    expected_mass,
    print_label,
    syringe_label,
    weigh_dose,
)
from station.store.accounts import User
from station.store.crypto import KdfParams
from station.store.store import Store

if TYPE_CHECKING:
    from station.demo.day_sync import DemoSync


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
        raise ServiceError(
            "The syringe could not be filled within the tolerance.", code="demo.syringe_not_filled"
        )

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
            self.counter.end_visit(nurse, visit, "Demo: blocked.", why="dose_not_allowed")
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
            syringe_label(
                visit.visit_id,
                patient.clinic_id,
                weighed,
                self.batch,
                self._now,
                "ND",
                route=visit.proposed.drug.route,
                zone=self.counter.settings.zone,
            ),
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
    data_dir: Path, patients: int, *, kdf: KdfParams, sync: DemoSync | None = None
) -> tuple[Store, DaySummary, bool]:
    """Create the demo profile if needed, then run the next clinic day; True when created.

    ``kdf`` is for a new profile's fictional accounts (see :data:`~station.demo.profile.DEMO_KDF`).

    With ``sync``, the station syncs before the day (roster out) and after it (the day's
    records); the day itself runs offline, as a counter does when the network is down.
    """
    created = not Store.exists(data_dir)
    store = create_demo_profile(data_dir, patients, kdf=kdf) if created else Store.open(data_dir)
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
