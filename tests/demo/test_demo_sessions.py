"""The demo clinic as someone tries it: dosing at any hour, its balance checked."""

from __future__ import annotations

import inspect
from datetime import datetime, time
from pathlib import Path

from station.demo.profile import create_demo_profile, demo_password
from station.domain.sessions import session_of
from station.domain.settings import UNSCHEDULED
from station.services.settings import SettingsService
from station.store.crypto import TEST_KDF


def test_the_demo_profiles_sessions_cover_every_hour_of_the_day(tmp_path: Path) -> None:
    store = create_demo_profile(tmp_path / "demo", 2, kdf=TEST_KDF)
    try:
        nurse = store.unlock("nurse", demo_password("nurse"))
        rules = SettingsService(store).rule_settings(nurse)
    finally:
        store.close()
    day = datetime(2026, 12, 7, tzinfo=rules.zone).date()
    for hour in range(24):
        for minute in (0, 30, 58):
            moment = datetime.combine(day, time(hour, minute), rules.zone)
            assert session_of(moment, rules).name != UNSCHEDULED, f"{hour:02d}:{minute:02d}"


def test_the_demo_balance_was_checked_with_its_reference_weight(tmp_path: Path) -> None:
    """A fresh demo's counter shows no 'scale check due' warning: its balance was checked."""
    from devices.sim.scale import SimulatedScale
    from station.demo.profile import DEMO_SCALE_SERIAL
    from station.services.technician import CalibrationStatus, TechnicianService

    simulated = inspect.signature(SimulatedScale).parameters["serial_number"].default
    assert simulated == DEMO_SCALE_SERIAL
    store = create_demo_profile(tmp_path / "demo", 1, kdf=TEST_KDF)
    try:
        nurse = store.unlock("nurse", demo_password("nurse"))
        state = TechnicianService(store).station_scale_state(nurse)
    finally:
        store.close()
    assert state.status is CalibrationStatus.OK
