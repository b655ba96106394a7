"""Technician: reference-weight checks with due/overdue status, a diagnostics bundle with no
patient data in it, and no patient data for the technician anywhere."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from devices.capture import hex_and_text
from station.demo.profile import create_demo_profile, demo_password
from station.domain.quantities import Grams
from station.services.counter import CounterService
from station.services.errors import PermissionDenied, ServiceError
from station.services.settings import SettingsService
from station.services.technician import CalibrationStatus, TechnicianService
from station.store.crypto import TEST_KDF
from station.store.store import Store

from .conftest import Clinic


@pytest.fixture
def tech(clinic: Clinic) -> TechnicianService:
    return TechnicianService(clinic.store, clock=clinic.clock)


def test_a_reference_weight_check_passes_within_tolerance_and_falls_due(
    clinic: Clinic, tech: TechnicianService
) -> None:
    assert tech.calibration_state(clinic.nurse, "B123456789").status is CalibrationStatus.NEVER
    check = tech.record_calibration(
        clinic.tech, "B123456789", Grams("20.0000"), Grams("20.0003"), Grams("0.0005")
    )
    assert check.passed and check.interval == timedelta(days=1)
    assert tech.calibration_state(clinic.nurse, "B123456789").status is CalibrationStatus.OK
    clinic.clock.advance(hours=21)
    assert tech.calibration_state(clinic.nurse, "B123456789").status is CalibrationStatus.DUE
    clinic.clock.advance(hours=3)
    state = tech.calibration_state(clinic.nurse, "B123456789")
    assert state.status is CalibrationStatus.OVERDUE and "Overdue since" in state.sentence
    (event,) = clinic.events("calibration.recorded")
    assert event["by"] == clinic.tech.user.user_id and event["certified_g"] == "20.0000"


def test_a_failed_check_says_do_not_weigh_and_the_interval_is_a_setting(
    clinic: Clinic, tech: TechnicianService
) -> None:
    SettingsService(clinic.store).change(clinic.tech, "calibration_interval_days", 7)
    tech.record_calibration(clinic.tech, "SCALE-1", Grams(50), Grams("50.0010"), Grams("0.0005"))
    state = tech.calibration_state(clinic.nurse, "SCALE-1")
    assert state.status is CalibrationStatus.FAILED and "do not weigh" in state.sentence
    good = tech.record_calibration(clinic.tech, "SCALE-1", Grams(50), Grams(50), Grams("0.0005"))
    assert good.next_due == clinic.clock.now + timedelta(days=7)
    assert tech.calibration_state(clinic.nurse, "SCALE-1").status is CalibrationStatus.OK


def test_only_technicians_record_checks_and_values_must_make_sense(
    clinic: Clinic, tech: TechnicianService
) -> None:
    for session in (clinic.nurse, clinic.pharm, clinic.lead):
        with pytest.raises(PermissionDenied):
            tech.record_calibration(session, "S", Grams(1), Grams(1), Grams("0.1"))
    with pytest.raises(ServiceError, match="serial"):
        tech.record_calibration(clinic.tech, " ", Grams(1), Grams(1), Grams("0.1"))
    with pytest.raises(ServiceError, match="more than 0"):
        tech.record_calibration(clinic.tech, "S", Grams(1), Grams(1), Grams(0))


def test_a_technician_sees_no_patient_data(clinic: Clinic) -> None:
    patient = clinic.patient()
    counter = clinic.counter
    with pytest.raises(PermissionDenied):
        counter.roster(clinic.tech)
    with pytest.raises(PermissionDenied):
        counter.find_by_clinic_id(clinic.tech, patient.clinic_id)
    with pytest.raises(PermissionDenied):
        counter.search(clinic.tech, patient.family_name, patient.birth_date)
    with pytest.raises(PermissionDenied):
        counter.overview(clinic.tech, patient.patient_id)
    with pytest.raises(PermissionDenied):
        counter.identify_by_card(clinic.tech, clinic.card(patient))
    clinic.give(patient, discharge_after=None)
    with pytest.raises(PermissionDenied):
        counter.observations.open_observations(clinic.tech)
    assert [o.patient_id for o in counter.observations.open_observations(clinic.nurse)] == [
        patient.patient_id
    ]


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = create_demo_profile(tmp_path / "demo", patients=6, kdf=TEST_KDF)
    yield store
    store.close()


def test_the_diagnostics_bundle_holds_no_patient_data(demo: Store, tmp_path: Path) -> None:
    lead = demo.unlock("lead", demo_password("lead"))
    roster = CounterService(demo).roster(lead)
    first = roster[0]
    identifying = [
        term
        for patient in roster
        for term in (
            patient.given_name,
            patient.family_name,
            patient.clinic_id,
            patient.birth_date.isoformat(),
            patient.birth_date.strftime("%d.%m.%Y"),
        )
    ]
    # A log line and a monitor line that (wrongly) hold patient data, as text and in hex: the
    # bundle scrubs them (the monitors themselves keep label fields as length and hash only).
    log = tmp_path / "station.log"
    log.write_text(
        f"2031-03-04 08:00 INFO printed label for {first.clinic_id} "
        f"{first.given_name} {first.family_name.upper()} {first.birth_date:%d.%m.%Y}\n"
        "2031-03-04 08:01 INFO scale stable 1.0200 g\n",
        encoding="utf-8",
    )
    label = b"\x02^XA^FO16,192^FDPatient " + first.clinic_id.encode() + b"^FS^XZ\x03\xff\x00"
    traffic = {"printer": [f"    0.1000 -> {hex_and_text(label)}"]}
    identifying.append(first.clinic_id.encode().hex(" "))
    technician = demo.unlock("technician", demo_password("technician"))
    service = TechnicianService(demo)
    service.record_calibration(technician, "SIM-0001", Grams(20), Grams(20), Grams("0.001"))
    target = service.diagnostics_bundle(technician, tmp_path / "diag.zip", [log], traffic)
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        contents = {name: bundle.read(name) for name in names}
    assert {"versions.json", "settings.json", "calibrations.json", "event_counts.json"} <= set(
        names
    )
    assert any(name.startswith("logs/") for name in names)
    assert any(name.startswith("traffic/") for name in names)
    assert b"SIM-0001" in contents["calibrations.json"]
    everything = b"\n".join(contents.values()).lower()
    for term in identifying:
        assert term.lower().encode() not in everything, "patient data in the bundle"
    assert b"scale stable 1.0200 g" in everything  # the rest of the log is kept
    kept = contents["traffic/printer.txt"]
    assert b"^XA^FO16,192^FDPatient [redacted]^FS^XZ" in kept  # the rest of the line is kept
    with pytest.raises(PermissionDenied):
        service.diagnostics_bundle(lead, tmp_path / "lead.zip")
