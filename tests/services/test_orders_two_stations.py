"""A prescriber's order signed at station A decides at station B after a real sync (issue 16).

Real station stores, the real server on loopback, the real sync. An order counts at B only
when A's signature on the event holds, the order's content hash is its signature's subject,
and the signer is a prescriber by A's own signed staff records; a forged one is kept but never
used. Everything is fictional: stations, staff and patients are invented for the tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from station.domain.orders import (
    Order,
    OrderAction,
    order_content_hash,
    order_document,
    order_signed_content,
)
from station.domain.patients import Patient
from station.domain.prescriptions import Phase
from station.domain.roles import Role
from station.domain.rules import Outcome
from station.services.prescribing import OrderDraft, PrescribingService
from station.services.signatures import signature
from station.store.store import Session
from tests.services.conftest import mg
from tests.services.sync_support import IV, Station, enrolled_stations, running_server
from tests.sync.conftest import InProcessServer

DOCTOR_PASSWORD = "doctor-pass-fictional"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: InProcessServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def _synced(*stations: Station) -> None:
    for station in stations:
        assert station.sync is not None
        overview = station.sync.sync_now()
        assert overview.status.online and not overview.status.last_error, overview.summary()


def _doctor(station: Station) -> Session:
    station.store.add_user(
        station.admin,
        "doctor",
        "Dr. Dora Fiktiv (prescriber)",
        frozenset({Role.PRESCRIBER}),
        DOCTOR_PASSWORD,
    )
    return station.store.unlock("doctor", DOCTOR_PASSWORD)


def _patient(station: Station) -> Patient:
    """A fictional patient on A's roster, with no prescription yet."""
    patient = Patient(
        patient_id=str(uuid.uuid4()),
        clinic_id=f"HAT-O-{uuid.uuid4().hex[:6]}",
        given_name="Fiktiva",
        family_name="Ordinesen",
        birth_date=date(1980, 5, 17),
        home_station=station.station_id,
    )
    station.counter.register_patient(station.lead, patient)
    return patient


def _draft(patient: Patient) -> OrderDraft:
    return OrderDraft(
        patient_id=patient.patient_id,
        drug=IV,
        max_per_session=mg(120),
        max_per_day=mg(200),
        sessions_per_day=2,
        min_interval=None,
        valid_from=date(2031, 3, 1),
        valid_until=None,
        phase=Phase.MAINTENANCE,
    )


def _decision_at(station: Station, patient: Patient, dose_mg: int) -> tuple[Outcome, str | None]:
    visit = station.decided(patient, dose_mg)
    assert visit.decision is not None
    station.counter.end_visit(station.nurse, visit, "Test: the decision only.", why="other")
    return visit.decision.outcome, visit.decision.prescription_id


def _forge(station: Station, session: Session, order: Order, *, signer: Session) -> None:
    """Record an ``order.signed`` at ``station`` bypassing the service (a changed program there):
    the event is the station's own, signed by its key; the order is as given."""
    signed = signature(signer.user, "prescribed", order_signed_content(order), station.clock())
    payload: dict[str, Any] = {
        "order_id": order.order_id,
        "patient_id": order.patient_id,
        "version": order.version,
        "action": order.action.value,
        "order": order_document(order),
        "order_hash": order.order_hash,
        "signature": signed,
        "by": signer.user.user_id,
        "station_id": station.station_id,
    }
    station.store.record(session, "order.signed", payload)


def test_an_order_signed_at_a_decides_at_b(pair: tuple[Station, Station]) -> None:
    a, b = pair
    doctor = _doctor(a)
    patient = _patient(a)
    _synced(a, b)
    assert _decision_at(b, patient, 100)[0] is Outcome.BLOCK  # no prescription yet
    order = PrescribingService(a.store, a.clock).sign_order(
        doctor, _draft(patient), DOCTOR_PASSWORD
    )
    _synced(a, b)
    assert _decision_at(b, patient, 100) == (Outcome.ALLOW, order.order_id)
    assert _decision_at(b, patient, 130)[0] is Outcome.BLOCK  # above the order's 120 mg
    at_b = PrescribingService(b.store, b.clock)
    assert at_b.orders_of(b.lead, patient.patient_id) == [order]


def test_a_forged_order_from_another_station_is_kept_but_never_used(
    pair: tuple[Station, Station],
) -> None:
    a, b = pair
    doctor = _doctor(a)
    patient = _patient(a)
    order = PrescribingService(a.store, a.clock).sign_order(
        doctor, _draft(patient), DOCTOR_PASSWORD
    )
    _synced(a, b)
    assert _decision_at(b, patient, 100) == (Outcome.ALLOW, order.order_id)
    # A nurse's "order" raising the maximum: the hash and signature hold, the signer does not.
    raised = replace(order, version=2, action=OrderAction.CHANGE)
    raised = replace(raised, max_per_session=mg(200), signed_by=a.nurse.user.user_id)
    raised = replace(raised, order_hash=order_content_hash(raised))
    _forge(a, a.admin, raised, signer=a.nurse)
    # The prescriber's order with its figures changed after signing: the hash no longer holds.
    tampered = replace(order, version=3, action=OrderAction.CHANGE)
    tampered = replace(tampered, order_hash=order_content_hash(tampered))
    tampered = replace(tampered, max_per_session=mg(200))
    _forge(a, a.admin, tampered, signer=doctor)
    _synced(a, b)
    outcome, used = _decision_at(b, patient, 150)
    assert (outcome, used) == (Outcome.BLOCK, order.order_id), "150 mg is above version 1's 120"
    at_b = PrescribingService(b.store, b.clock)
    assert at_b.orders_of(b.lead, patient.patient_id) == [order]
    # A itself took its own (forged) events in; B did not.
    assert [
        o.version
        for o in PrescribingService(a.store, a.clock).orders_of(a.lead, patient.patient_id)
    ] == [1, 2, 3]
