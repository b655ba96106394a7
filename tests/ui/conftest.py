"""Window tests' setup: a small demo profile, simulators, a clock in the morning session.

Everything is fictional (the demo's invented patients and staff); Qt runs offscreen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from station.demo.environment import DemoEnvironment
from station.demo.profile import demo_password
from station.domain.patients import Patient
from station.domain.settings import RuleSettings
from station.services.clock import StationClock
from station.services.counter import CounterService
from station.services.preparation import expected_mass
from station.services.station import StationServices
from station.store.crypto import TEST_KDF
from station.store.store import Store
from station.ui.device_bridge import DeviceBridges, DeviceState
from station.ui.main_window import StationParts, StationWindow
from station.ui.preferences import Preferences
from station.ui.tasks import BackgroundTasks

DEMO_PATIENTS = 6


class MorningClock:
    """Real time, shifted so that the test starts at 08:15 in the clinic (morning session)."""

    def __init__(self, settings: RuleSettings, day_offset: int = 0) -> None:
        zone = settings.zone
        today = datetime.now(zone).date() + timedelta(days=day_offset)
        self.offset = datetime.combine(today, time(8, 15), zone) - datetime.now(zone)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)


class MorningStationClock(StationClock):
    """The station's clock on the tests' morning: a pretend wall clock the server keeps.

    A real server's time would correct a wall clock hours off (as it should at a clinic), so
    the tests' pretend morning takes no note of it.
    """

    def __init__(self, morning: MorningClock) -> None:
        super().__init__(wall=lambda: morning().timestamp())

    def anchor(self, server_time_s: float, read_at_monotonic: float) -> None:
        """The morning is pretend: the server's time is not taken."""


@dataclass
class DemoStation:
    """A demo profile on simulators, with its window parts (not yet a window)."""

    demo: DemoEnvironment
    parts: StationParts
    clock: MorningClock

    @property
    def counter(self) -> CounterService:
        return self.parts.counter

    @property
    def store(self) -> Store:
        """The demo's open store (the tests' own door to the record; the window has none)."""
        store = self.demo.store
        assert store is not None
        return store

    def patients(self) -> list[Patient]:
        nurse = self.store.unlock("nurse", demo_password("nurse"))
        return self.counter.roster(nurse)

    def patient(self, clinic_id: str) -> Patient:
        return next(p for p in self.patients() if p.clinic_id == clinic_id)

    def dose_at(self, patient: Patient, moment: datetime, *, discharge: bool = True) -> None:
        """The prescribed dose, given through the counter service at ``moment`` (card, calm
        assessment, the exact target mass from the register's batch, a printed label)."""
        store = self.store
        counter = CounterService(store, self.counter.base_settings, clock=lambda: moment)
        nurse = store.unlock("nurse", demo_password("nurse"))
        visit = counter.identify_by_card(nurse, self.demo.card_text(patient))
        visit = counter.assess(nurse, visit, 0, Decimal("0.0"), "Calm (test).")
        prescription = counter.overview(nurse, patient.patient_id).prescriptions[0]
        visit = counter.decide(nurse, visit, prescription.drug, prescription.max_per_session)
        batch = counter.solution_batches(nurse, prescription.drug)[0]
        mass = expected_mass(prescription.max_per_session, batch)
        assert counter.accept_weighing(nurse, visit, batch.lot, mass, b"S S test").accepted
        counter.record_label(nurse, visit, printed=True)
        decision = visit.decision
        assert decision is not None
        dose = counter.administer(
            nurse, visit, acknowledgement="Read (test)." if decision.concerns else ""
        )
        if discharge:
            later = CounterService(
                store, self.counter.base_settings, clock=lambda: moment + timedelta(minutes=31)
            )
            later.observations.discharge(nurse, dose.observation_id, "fine")


def make_parts(
    demo: DemoEnvironment, clock: MorningClock, lock_after_s: int = 300, batch: bool = True
) -> StationParts:
    store = demo.open_store()
    if batch:
        demo.ensure_solution_batch()  # the counter draws from a real batch, as the application's
    # The station's one clock, shifted to the morning (records, rules and stamps alike).
    station_clock = MorningStationClock(clock)
    return StationParts(
        services=StationServices(store, station_clock, rule_settings=RuleSettings()),
        preferences=Preferences(lock_after_s=lock_after_s).changed(**demo.device_settings()),
        tasks=BackgroundTasks(),
        devices=DeviceBridges(),
        demo=demo,
    )


def close_parts(parts: StationParts) -> None:
    parts.devices.close()
    parts.tasks.shutdown(wait=True)
    parts.services.close()


def running_demo_station(tmp_path: Path, batch: bool = True) -> Iterator[DemoStation]:
    """A demo station on simulators (with the pharmacy's solution batch unless ``batch`` is off)."""
    demo = DemoEnvironment(tmp_path / "demo", DEMO_PATIENTS, kdf=TEST_KDF)
    demo.start()
    clock = MorningClock(RuleSettings())
    parts = make_parts(demo, clock, batch=batch)
    station = DemoStation(demo, parts, clock)
    try:
        yield station
    finally:
        close_parts(station.parts)
        demo.stop()


@pytest.fixture
def demo_station(tmp_path: Path) -> Iterator[DemoStation]:
    yield from running_demo_station(tmp_path)


def open_window(qtbot: QtBot, parts: StationParts) -> StationWindow:
    window = StationWindow(parts)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    return window


def wait_devices_ready(qtbot: QtBot, parts: StationParts) -> None:
    qtbot.waitUntil(
        lambda: all(bridge.state is DeviceState.READY for bridge in parts.devices.all()),
        timeout=10000,
    )


def sign_in(qtbot: QtBot, window: StationWindow, username: str = "nurse") -> None:
    window.login.username.setText(username)
    window.login.password.setText(demo_password(username))
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        window.login.sign_in.click()


EMPTY_SYRINGE = Decimal("11.80")
