"""Roles are enforced by the services themselves, so no screen or script can go around them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from station.domain.patients import Patient
from station.domain.prescriptions import Phase, Prescription
from station.domain.roles import Role
from station.services.accounts import StaffAdministration
from station.services.counter import CounterService
from station.services.errors import PermissionDenied
from station.store.accounts import AccountDisabled, WrongCredentials
from station.store.store import Session
from tests.services.conftest import IV, PASSWORDS, Clinic, mg


def refused_without_a_trace(clinic: Clinic, action: Callable[[], object]) -> PermissionDenied:
    """``action`` raises PermissionDenied and leaves nothing in the log."""
    head = clinic.head()
    with pytest.raises(PermissionDenied) as refused:
        action()
    assert clinic.head() == head
    return refused.value


# -- the technician looks after the machine, never the patient ------------------------------------


@pytest.mark.parametrize(
    "step",
    ["identify_by_card", "identify_manually", "search", "assess", "decide", "administer"],
)
def test_technician_cannot_take_part_in_a_visit(clinic: Clinic, step: str) -> None:
    patient = clinic.patient()
    counter, tech = clinic.counter, clinic.tech
    nurse_visit = clinic.decided(patient)
    actions: dict[str, Callable[[], object]] = {
        "identify_by_card": lambda: counter.identify_by_card(tech, clinic.card(patient)),
        "identify_manually": lambda: counter.identify_manually(
            tech, patient.patient_id, "No card", clinic.confirm("witness", tech)
        ),
        "search": lambda: counter.search(tech, patient.family_name, patient.birth_date),
        "assess": lambda: counter.assess(tech, nurse_visit, 0),
        "decide": lambda: counter.decide(tech, nurse_visit, IV, mg(100)),
        "administer": lambda: counter.administer(tech, nurse_visit),
    }
    error = refused_without_a_trace(clinic, actions[step])
    assert "tech" in str(error)
    assert "nurse" in str(error)


@pytest.mark.parametrize("step", ["discharge", "note", "adverse_event"])
def test_technician_cannot_document_an_observation(clinic: Clinic, step: str) -> None:
    dose = clinic.give(clinic.patient(), discharge_after=None)
    counter, tech, observation = clinic.counter, clinic.tech, dose.observation_id
    actions: dict[str, Callable[[], object]] = {
        "discharge": lambda: counter.observations.discharge(tech, observation, "Stable"),
        "note": lambda: counter.observations.note_observation(tech, observation, "Looks fine"),
        "adverse_event": lambda: counter.observations.record_adverse_event(
            tech, observation, "overdose", mg("0.4")
        ),
    }
    refused_without_a_trace(clinic, actions[step])
    assert len(clinic.counter.observations.open_observations(clinic.nurse)) == 1


def test_technician_cannot_read_a_patient_overview(clinic: Clinic) -> None:
    patient = clinic.patient()
    with pytest.raises(PermissionDenied):
        clinic.counter.overview(clinic.tech, patient.patient_id)


def test_technician_cannot_look_a_patient_up_by_card(clinic: Clinic) -> None:
    patient = clinic.patient()
    with pytest.raises(PermissionDenied):
        clinic.counter.find_by_clinic_id(clinic.tech, patient.clinic_id)


# -- nurses dose; clinic leads prescribe; administrators manage accounts ---------------------------


def _fictional_patient() -> Patient:
    return Patient(
        patient_id=str(uuid.uuid4()),
        clinic_id="HAT-T-0777",
        given_name="Fiktiva",
        family_name="Mockvig",
        birth_date=date(1988, 9, 9),
    )


@pytest.mark.parametrize("who", ["nurse", "tech", "pharm", "admin"])
def test_only_a_clinic_lead_or_administrator_registers_patients(clinic: Clinic, who: str) -> None:
    session: Session = getattr(clinic, who)
    if who == "admin":
        clinic.counter.register_patient(session, _fictional_patient())
        assert clinic.events("patient.registered")
    else:
        refused_without_a_trace(
            clinic, lambda: clinic.counter.register_patient(session, _fictional_patient())
        )
        assert clinic.events("patient.registered") == []


@pytest.mark.parametrize("who", ["nurse", "admin", "tech", "pharm"])
def test_only_a_clinic_lead_issues_prescriptions(clinic: Clinic, who: str) -> None:
    patient = clinic.patient(prescribe=False)
    session: Session = getattr(clinic, who)
    issue = CounterService.issue_prescription
    prescription = Prescription(
        prescription_id=str(uuid.uuid4()),
        patient_id=patient.patient_id,
        drug=IV,
        max_per_session=mg(100),
        max_per_day=mg(200),
        sessions_per_day=2,
        valid_from=date(2031, 1, 1),
        valid_until=None,
        phase=Phase.MAINTENANCE,
        prescriber="Dr. Fiktiv",
    )
    refused_without_a_trace(clinic, lambda: issue(clinic.counter, session, prescription))
    assert clinic.counter.overview(clinic.nurse, patient.patient_id).prescriptions == ()


def test_administrator_cannot_dose(clinic: Clinic) -> None:
    patient = clinic.patient()
    refused_without_a_trace(
        clinic, lambda: clinic.counter.identify_by_card(clinic.admin, clinic.card(patient))
    )


def test_clinic_lead_can_run_a_visit(clinic: Clinic) -> None:
    patient = clinic.patient()
    counter, lead = clinic.counter, clinic.lead
    visit = counter.identify_by_card(lead, clinic.card(patient))
    visit = counter.assess(lead, visit, 0, Decimal("0.0"))
    visit = counter.decide(lead, visit, IV, mg(100))
    clinic.prepare(visit, by=lead)  # the lead carries the visit on: no one else may
    counter.administer(lead, visit)
    assert len(clinic.events("dose.administered")) == 1


@pytest.mark.parametrize("who", ["nurse", "lead", "tech", "pharm"])
def test_only_an_administrator_adds_users(clinic: Clinic, who: str) -> None:
    session: Session = getattr(clinic, who)
    staff = StaffAdministration(clinic.store)
    refused_without_a_trace(
        clinic,
        lambda: staff.add(
            session, "mallory", "Mallory Fiktiv", frozenset({Role.NURSE}), "sneaky-pass-123"
        ),
    )
    assert clinic.store.find_user("mallory") is None


def test_administrator_adds_a_user_who_can_then_sign_in(clinic: Clinic) -> None:
    staff = StaffAdministration(clinic.store)
    user = staff.add(
        clinic.admin, "Nina", "Nina Fiktiv (nurse)", frozenset({Role.NURSE}), "nina-pass-12345"
    )
    assert user.username == "nina"
    assert [u.username for u in staff.list()].count("nina") == 1
    session = clinic.store.unlock("nina", "nina-pass-12345")
    assert session.user.roles == frozenset({Role.NURSE})
    clinic.counter.identify_by_card(session, clinic.card(clinic.patient()))  # a nurse may dose
    (added,) = [e for e in clinic.events("user.added") if e["username"] == "nina"]
    assert added["by"] == clinic.admin.user.user_id


def test_nurse_changes_her_own_password(clinic: Clinic) -> None:
    StaffAdministration(clinic.store).set_password(clinic.nurse, "nurse", "a-brand-new-pass")
    assert clinic.store.unlock("nurse", "a-brand-new-pass").user.username == "nurse"
    with pytest.raises(WrongCredentials):
        clinic.store.unlock("nurse", PASSWORDS["nurse"])


def test_nurse_cannot_change_another_users_password(clinic: Clinic) -> None:
    staff = StaffAdministration(clinic.store)
    refused_without_a_trace(
        clinic, lambda: staff.set_password(clinic.nurse, "witness", "taken-over-pass")
    )
    assert clinic.store.unlock("witness", PASSWORDS["witness"]).user.username == "witness"
    with pytest.raises(WrongCredentials):
        clinic.store.unlock("witness", "taken-over-pass")


def test_administrator_resets_another_users_password(clinic: Clinic) -> None:
    StaffAdministration(clinic.store).set_password(clinic.admin, "witness", "reset-by-admin-1")
    assert clinic.store.unlock("witness", "reset-by-admin-1").user.username == "witness"


@pytest.mark.parametrize("spelling", ["admin", " Admin "])
def test_administrator_cannot_disable_herself(clinic: Clinic, spelling: str) -> None:
    staff = StaffAdministration(clinic.store)
    refused_without_a_trace(clinic, lambda: staff.disable(clinic.admin, spelling))
    assert clinic.store.unlock("admin", PASSWORDS["admin"]).user.username == "admin"


def test_disabled_user_can_no_longer_sign_in(clinic: Clinic) -> None:
    staff = StaffAdministration(clinic.store)
    refused_without_a_trace(clinic, lambda: staff.disable(clinic.nurse, "witness"))
    user = staff.disable(clinic.admin, "witness")
    assert user.disabled
    with pytest.raises(AccountDisabled):
        clinic.store.unlock("witness", PASSWORDS["witness"])
    assert [u.disabled for u in staff.list() if u.username == "witness"] == [True]


def test_technician_cannot_list_the_roster_but_a_nurse_can(clinic: Clinic) -> None:
    patient = clinic.patient()
    with pytest.raises(PermissionDenied):
        clinic.counter.roster(clinic.tech)
    assert [p.clinic_id for p in clinic.counter.roster(clinic.nurse)] == [patient.clinic_id]
