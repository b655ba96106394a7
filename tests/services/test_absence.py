"""Patients who stay away: the absent list from the station's own data, and the contact log."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from station.domain.patients import Patient
from station.domain.sessions import session_of
from station.services.absence import AbsenceService, AbsentPatient
from station.services.errors import PermissionDenied, ServiceError
from tests.services.conftest import IV, Clinic, local
from tests.services.test_stop_flags_and_voids import carry, other_station


def absence_of(clinic: Clinic) -> AbsenceService:
    """An absence service on the clinic's store and clock, with the clinic's rules as saved."""
    return AbsenceService(clinic.store, clinic.clock, clinic.counter.rule_settings)


def dosed(clinic: Clinic, patient: Patient, at: datetime, station_id: str = "st-test-home") -> str:
    """Record a dose given at ``at``; return its id."""
    dose_id = str(uuid.uuid4())
    clinic.store.record(
        clinic.lead,
        "dose.administered",
        {
            "dose_id": dose_id,
            "patient_id": patient.patient_id,
            "drug": IV.value,
            "mg": "100",
            "given_mg": None,
            "outcome": "full",
            "given_at": at.isoformat(),
            "session": str(session_of(at, clinic.counter.rule_settings(clinic.lead))),
            "station_id": station_id,
        },
    )
    return dose_id


def listed(found: list[AbsentPatient]) -> dict[str, AbsentPatient]:
    return {item.patient_id: item for item in found}


def test_who_has_not_come_today_or_for_days(clinic: Clinic) -> None:
    absence = absence_of(clinic)
    came_today = clinic.patient(given_name="Idag")
    yesterday = clinic.patient(given_name="Igaar")
    away = clinic.patient(given_name="Vaek")
    never = clinic.patient(given_name="Aldrig", valid_from=date(2031, 3, 3))
    no_order = clinic.patient(given_name="Uden", prescribe=False)
    ended = clinic.patient(given_name="Slut", valid_until=date(2031, 3, 1))
    dosed(clinic, came_today, local(4, 7, 40))
    dosed(clinic, yesterday, local(3, 17))
    dosed(clinic, away, local(3, 17) - timedelta(days=4))
    dosed(clinic, away, local(3, 8) - timedelta(days=5))

    today = listed(absence.absent(clinic.nurse))
    assert set(today) == {yesterday.patient_id, away.patient_id, never.patient_id}
    assert no_order.patient_id not in today and ended.patient_id not in today
    assert today[yesterday.patient_id].days_absent == 1
    assert today[yesterday.patient_id].missed_days == 0
    assert today[yesterday.patient_id].last_dose_at == local(3, 17)
    assert today[away.patient_id].days_absent == 5
    assert today[away.patient_id].missed_days == 4  # as the rules count: days between
    assert today[away.patient_id].warning  # the rules warn at 3 missed days
    assert not today[yesterday.patient_id].warning
    assert today[never.patient_id].last_dose_at is None
    assert today[never.patient_id].days_absent == 2  # ordered from yesterday, never came
    assert absence.absent(clinic.nurse)[0].patient_id == away.patient_id
    assert set(listed(absence.absent(clinic.nurse, days=2))) == {
        away.patient_id,
        never.patient_id,
    }
    assert set(listed(absence.absent(clinic.nurse, days=5))) == {away.patient_id}
    assert absence.absent(clinic.nurse, days=6) == []


def test_a_voided_dose_does_not_count_as_a_visit(clinic: Clinic) -> None:
    absence = absence_of(clinic)
    patient = clinic.patient()
    dosed(clinic, patient, local(2, 17))
    wrong = dosed(clinic, patient, local(4, 7, 50))
    assert patient.patient_id not in listed(absence.absent(clinic.nurse))
    clinic.counter.void_dose(clinic.lead, patient.patient_id, wrong, "Wrong patient (test)")
    (item,) = absence.absent(clinic.nurse)
    assert item.last_dose_at == local(2, 17) and item.days_absent == 2


def test_the_days_are_counted_in_the_clinics_zone(clinic: Clinic) -> None:
    absence = absence_of(clinic)
    patient = clinic.patient()
    dosed(clinic, patient, local(3, 23, 30))  # 22:30 UTC: the 3rd in Copenhagen
    clinic.clock.set(local(4, 0, 30))
    (item,) = absence.absent(clinic.nurse)
    assert item.days_absent == 1


def test_a_dose_given_at_another_station_and_pulled_here_counts(
    tmp_path: Path, clinic: Clinic
) -> None:
    other = other_station(tmp_path, clinic.clock)
    try:
        patient = clinic.patient()
        dosed(clinic, patient, local(1, 17))
        carry(clinic.store, clinic.admin, other.store, other.admin)
        other.store.record(
            other.lead,
            "dose.administered",
            {
                "dose_id": str(uuid.uuid4()),
                "patient_id": patient.patient_id,
                "drug": IV.value,
                "mg": "100",
                "given_mg": None,
                "outcome": "full",
                "given_at": local(4, 7, 45).isoformat(),
                "session": "2031-03-04/morning",
                "station_id": other.store.station_id,
            },
        )
        assert len(absence_of(clinic).absent(clinic.nurse)) == 1
        carry(other.store, other.admin, clinic.store, clinic.admin)
        assert absence_of(clinic).absent(clinic.nurse) == []
    finally:
        other.store.close()


def test_a_contact_is_logged_by_whom_and_when_and_shows_in_the_list(clinic: Clinic) -> None:
    absence = absence_of(clinic)
    patient = clinic.patient()
    dosed(clinic, patient, local(1, 17))
    absence.log_contact(clinic.nurse, patient.patient_id, "called", " No answer. ")
    clinic.clock.advance(minutes=30)
    entry = absence.log_contact(clinic.lead, patient.patient_id, "message_left", "Voicemail.")
    assert (entry.kind, entry.note, entry.at, entry.by) == (
        "message_left",
        "Voicemail.",
        clinic.clock(),
        clinic.lead.user.user_id,
    )
    (item,) = absence.absent(clinic.nurse)
    assert item.last_contact == entry
    log = absence.contacts(clinic.nurse, patient.patient_id)
    assert [(c.kind, c.note, c.by_name) for c in log] == [
        ("message_left", "Voicemail.", clinic.lead.user.display_name),
        ("called", "No answer.", clinic.nurse.user.display_name),
    ]
    (event,) = [e for e in clinic.events("patient.contact_logged") if e["kind"] == "called"]
    assert event["by"] == clinic.nurse.user.user_id and event["at"] == local(4, 8).isoformat()
    clinic.reopen()  # the log is rebuilt from the chain alike
    assert absence_of(clinic).contacts(clinic.nurse, patient.patient_id) == log


def test_a_contact_logged_at_another_station_shows_here(tmp_path: Path, clinic: Clinic) -> None:
    other = other_station(tmp_path, clinic.clock)
    try:
        patient = clinic.patient()
        carry(clinic.store, clinic.admin, other.store, other.admin)
        there = AbsenceService(other.store, clinic.clock)
        logged = there.log_contact(other.nurse, patient.patient_id, "visited", "Home visit.")
        carry(other.store, other.admin, clinic.store, clinic.admin)
        carry(other.store, other.admin, clinic.store, clinic.admin)  # twice: still one entry
        assert absence_of(clinic).contacts(clinic.nurse, patient.patient_id) == [logged]
        assert logged.station_id == other.store.station_id
    finally:
        other.store.close()


def test_what_a_caller_passes_is_checked(clinic: Clinic) -> None:
    absence = absence_of(clinic)
    patient = clinic.patient()
    for days in (0, -1, 367, True):
        with pytest.raises(ServiceError) as bad_days:
            absence.absent(clinic.nurse, days=days)
        assert bad_days.value.code == "absence.days_invalid"
    with pytest.raises(ServiceError) as kind:
        absence.log_contact(clinic.nurse, patient.patient_id, "emailed", "")
    assert kind.value.code == "absence.contact_kind_unknown"
    with pytest.raises(ServiceError) as long_note:
        absence.log_contact(clinic.nurse, patient.patient_id, "called", "x" * 501)
    assert long_note.value.code == "absence.note_too_long"
    with pytest.raises(ServiceError) as unknown:
        absence.log_contact(clinic.nurse, str(uuid.uuid4()), "called", "")
    assert unknown.value.code == "absence.patient_unknown"
    for session in (clinic.pharm, clinic.tech, clinic.admin):
        with pytest.raises(PermissionDenied):
            absence.absent(session)
        with pytest.raises(PermissionDenied):
            absence.log_contact(session, patient.patient_id, "called", "")
        with pytest.raises(PermissionDenied):
            absence.contacts(session, patient.patient_id)
    assert clinic.events("patient.contact_logged") == []


def test_only_the_latest_contacts_ride_in_the_state_and_the_chain_keeps_them_all(
    clinic: Clinic,
) -> None:
    absence = absence_of(clinic)
    patient = clinic.patient()
    for number in range(25):
        clinic.clock.advance(minutes=1)
        absence.log_contact(clinic.nurse, patient.patient_id, "called", f"Try {number}")
    log = absence.contacts(clinic.nurse, patient.patient_id)
    assert [c.note for c in log] == [f"Try {n}" for n in range(24, 4, -1)]
    assert len(clinic.events("patient.contact_logged")) == 25
