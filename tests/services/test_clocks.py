"""Clocks cannot hide a dose: wrong station clocks, another station's clock, DST and midnight."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from station.domain.prescriptions import Drug
from station.domain.rules import Outcome
from station.services.clock import ALLOWED_SKEW, StationClock
from station.services.counter import CounterService, Override
from station.services.sync_link import StoreReplica
from sync.client.replica import PullState
from sync.wire.hlc import HlcStamp
from tests.services.conftest import ZONE, Clinic, local, mg
from tests.services.sync_support import Station, new_station, running_server
from tests.sync.conftest import InProcessServer


def carry(source: Station | Clinic, target: Station | Clinic) -> None:
    """Another station's events reach this one, as a sync round brings them."""
    arrays = StoreReplica(source.store, source.admin).push_rows_after(0, 100_000)
    rows = [(source.store.station_id, *array) for array in arrays]
    StoreReplica(target.store, target.admin).apply_pulled_rows(rows, PullState(len(rows), "t"))


# -- this station's own clock ----------------------------------------------------------------


def test_a_dose_stamped_by_a_clock_ten_days_ahead_still_counts_after_the_clock_is_corrected(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()  # 100 mg a session, 200 a day, 2 sessions
    right = clinic.clock()
    clinic.clock.set(right + timedelta(days=10))  # the station's clock jumps ahead
    clinic.give(patient)  # given, watched and discharged, all stamped ten days ahead
    clinic.clock.set(right + timedelta(minutes=30))  # set right again, half an hour later
    visit = clinic.decided(patient)
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.BLOCK
    assert {"clock.record_in_future", "session.already_dosed", "interval.too_soon"} <= set(
        decision.codes
    )
    assert "this station" in next(
        r.message for r in decision.reasons if r.code == "clock.record_in_future"
    )
    # Later the same day it is still counted: today's maximum has it, the evening is refused.
    clinic.clock.set(local(4, 16, 30))
    evening = clinic.decided(patient, 150).decision
    assert evening is not None and "daily.prescription_maximum" in evening.codes
    # A clinic lead corrects the dose's time; from then on it counts where it belongs.
    dose = clinic.counter.overview(clinic.nurse, patient.patient_id).recent_doses[0]
    clinic.counter.correct_dose_time(
        clinic.lead, patient.patient_id, dose.dose_id, right, "Station clock was 10 days ahead"
    )
    corrected = clinic.decided(patient, 100).decision
    assert corrected is not None and "clock.record_in_future" not in corrected.codes
    assert corrected.may_dose or corrected.outcome is Outcome.NEEDS_OVERRIDE


def test_another_stations_clock_ten_days_ahead_still_blocks_a_second_dose_here(
    clinic: Clinic, tmp_path: Path
) -> None:
    patient = clinic.patient()
    other = new_station(tmp_path / "b", "st-test-elsewhere")
    try:
        carry(clinic, other)  # B knows the patient and the staff of this station
        other.clock.set(clinic.clock() + timedelta(days=10))  # B's clock: ten days ahead
        visit = other.decided(patient, 100)  # B is not the patient's home station (offline)
        other.administer(visit, override=Override("Home station closed (test)", other.confirm()))
        carry(other, clinic)
        decision = clinic.decided(patient).decision
        assert decision is not None
        assert decision.outcome is Outcome.BLOCK
        assert "clock.record_in_future" in decision.codes
        assert "st-test-elsewhere" in next(
            r.message for r in decision.reasons if r.code == "clock.record_in_future"
        )
        assert {"session.already_dosed", "interval.too_soon"} <= set(decision.codes)
    finally:
        other.close()


# -- the calendar ----------------------------------------------------------------------------


def test_the_night_the_clocks_go_forward_counts_real_hours_and_two_clinic_days(
    clinic: Clinic,
) -> None:
    """30 March 2031, Copenhagen: 02:00 becomes 03:00. A dose at 01:30 and one at 03:45 are
    1 h 15 min apart, not 2 h 15 min; each counts on its own clinic day only with midnight."""
    patient = clinic.patient(max_per_session=mg(100), max_per_day=mg(200), sessions_per_day=2)
    night = datetime(2031, 3, 30, 1, 30, tzinfo=ZONE)
    clinic.clock.set(night)
    visit = clinic.decided(patient)
    assert visit.decision is not None
    assert "session.outside_hours" in visit.decision.codes
    clinic.administer(visit, override=Override("Night dosing (test)", clinic.confirm()))
    clinic.clock.set(datetime(2031, 3, 30, 3, 45, tzinfo=ZONE))  # 1 h 15 min later, really
    real = clinic.clock().astimezone(UTC) - night.astimezone(UTC)
    assert real == timedelta(hours=1, minutes=15)
    clinic.clock.advance(minutes=1)
    (observation,) = clinic.counter.observations.open_observations(clinic.nurse)
    clinic.counter.observations.discharge(clinic.nurse, observation.observation_id, "Stable.")
    later = clinic.decided(patient).decision
    assert later is not None and "interval.too_soon" in later.codes
    too_soon = next(r for r in later.reasons if r.code == "interval.too_soon")
    # 01:30 winter time + 3 h of real time is 05:30 summer time (not 04:30 by the wall).
    assert "from 05:30" in too_soon.message


def test_midnight_starts_a_new_clinic_day_but_not_a_new_interval(clinic: Clinic) -> None:
    patient = clinic.patient(max_per_session=mg(100), max_per_day=mg(100), sessions_per_day=1)
    clinic.clock.set(local(4, 23, 50))
    late = clinic.decided(patient)
    clinic.administer(late, override=Override("Late dose (test)", clinic.confirm()))
    clinic.clock.set(local(5, 0, 11))
    (observation,) = clinic.counter.observations.open_observations(clinic.nurse)
    clinic.counter.observations.discharge(clinic.nurse, observation.observation_id, "Stable.")
    decision = clinic.decided(patient).decision
    assert decision is not None
    assert "interval.too_soon" in decision.codes  # 21 min of real time
    assert "daily.prescription_maximum" not in decision.codes  # a new clinic day
    clinic.clock.set(local(5, 8, 0))
    morning = clinic.decided(patient).decision
    assert morning is not None and morning.may_dose


# -- online: the server's time bounds this station's clock -------------------------------------


class Shifted:
    """A wall clock that runs ``by`` ahead of the real one (a station whose clock is wrong)."""

    def __init__(self, by: timedelta) -> None:
        self.by = by.total_seconds()

    def __call__(self) -> float:
        return time.time() + self.by


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


def test_online_a_station_clock_ten_days_ahead_is_bounded_by_the_servers_time(
    tmp_path: Path, server: InProcessServer
) -> None:
    wall = Shifted(timedelta(days=10))
    clock = StationClock(wall=wall)
    station = new_station(tmp_path / "a", "st-a")
    try:
        assert server.service is not None
        station.enroll(server.url, server.service.new_enrollment_code())
        station.store.use_clock(clock.time)
        assert station.sync is not None
        station.sync._clock = clock
        assert clock.skew() is None  # offline so far: the wall clock is all it has
        station.sync.sync_now()
        skew = clock.skew()
        assert skew is not None and abs(skew - timedelta(days=10)) < timedelta(seconds=5)
        assert abs(clock.time() - time.time()) < 5  # stamps follow the server now
        patient = station.register(valid_from=date(2020, 1, 1))
        counter = CounterService(station.store, clock=clock.now, clock_skew=clock.skew)
        visit = counter.identify_by_card(station.nurse, station.card(patient))
        visit = counter.assess(station.nurse, visit, 0)
        visit = counter.decide(station.nurse, visit, Drug.DIACETYLMORPHINE_IV, mg(100))
        assert visit.decision is not None
        assert "clock.station_clock_off" in visit.decision.codes
        (decided,) = [
            e for e in station.store.events_after(station.admin, 0) if e.type == "decision.made"
        ]
        at = datetime.fromisoformat(decided.payload["at"])
        assert abs(at - datetime.now(UTC)) < timedelta(minutes=1)
        stamp = HlcStamp.parse(decided.hlc)
        assert abs(stamp.wall_ms / 1000 - time.time()) < ALLOWED_SKEW.total_seconds()
    finally:
        station.close()


def test_a_station_clock_close_to_the_servers_is_used_as_it_is() -> None:
    moments = iter([100.0])
    clock = StationClock(wall=lambda: 1_000_000.0 + 60, monotonic=lambda: next(moments, 100.0))
    clock.anchor(1_000_000.0, 100.0)
    assert clock.skew() == timedelta(seconds=60)
    assert clock.time() == 1_000_060.0  # one minute off: within the allowance, kept
    far = StationClock(wall=lambda: 1_000_000.0 + 3600, monotonic=lambda: 100.0)
    far.anchor(1_000_000.0, 100.0)
    assert far.time() == 1_000_000.0
    stale = StationClock(wall=lambda: 5_000_000.0, monotonic=lambda: 100.0 + 2 * 86400)
    stale.anchor(1_000_000.0, 100.0)
    assert stale.skew() is None and stale.time() == 5_000_000.0
