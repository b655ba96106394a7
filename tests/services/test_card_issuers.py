"""Trusting a card issuer is a service call: a role check, and a record in the audit trail.

Everything is fictional: station, staff, patients and keys are invented for the tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.domain.patients import Patient
from station.services.cards import CARD_KEYS_META, trust_card_issuer, trusted_card_keys
from station.services.errors import PermissionDenied, ServiceError
from station.services.sync_link import server_binding
from station.store.store import Session
from sync.wire.cards import CardPayload, sign_card
from tests.services.conftest import PASSWORDS
from tests.services.sync_support import Station, new_station
from tests.sync.conftest import InProcessServer

ISSUER = "partner-card-issuer"


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    made = new_station(tmp_path / "station", "st-issuers")
    yield made
    made.close()


def _patient(station: Station) -> Patient:
    patient = Patient(
        patient_id=str(uuid.uuid4()),
        clinic_id=f"HAT-K-{uuid.uuid4().hex[:4]}",
        given_name="Fiktiva",
        family_name="Schluesselsen",
        birth_date=date(1982, 6, 30),
        home_station=station.station_id,
    )
    station.counter.register_patient(station.lead, patient)
    return patient


def _card(patient: Patient, key: Ed25519PrivateKey, key_id: str = ISSUER) -> str:
    payload = CardPayload(
        patient_id=patient.patient_id,
        clinic_id="clinic-partner",
        issued_at="2031-01-01T00:00:00+00:00",
        serial=uuid.uuid4().hex[:16],
        key_id=key_id,
    )
    return sign_card(payload, key)


def _hex(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw.hex()


def _session(station: Station, who: str) -> Session:
    known = {"tech": station.tech, "admin": station.admin, "lead": station.lead}
    if who in known:
        return known[who]
    return station.store.unlock(who, PASSWORDS[who])


def _refused(station: Station, card: str, words: str) -> None:
    head = station.store.head()
    with pytest.raises(ServiceError, match=words):
        station.counter.identify_by_card(station.nurse, card)
    assert station.store.head() == head
    assert station.counter.open_visits(station.nurse) == []


@pytest.mark.parametrize("who", ["nurse", "witness", "pharm"])
def test_staff_who_may_not_trust_an_issuer_are_refused_and_nothing_changes(
    station: Station, who: str
) -> None:
    patient = _patient(station)
    key = Ed25519PrivateKey.generate()
    head = station.store.head()
    kept = station.store.meta(CARD_KEYS_META)  # the test clinic's own issuer only

    with pytest.raises(PermissionDenied, match="technician"):
        trust_card_issuer(station.store, _session(station, who), ISSUER, key.public_key())

    assert station.store.head() == head
    assert station.store.meta(CARD_KEYS_META) == kept
    assert ISSUER not in trusted_card_keys(station.store)
    _refused(station, _card(patient, key), "key this station does not know")


@pytest.mark.parametrize("who", ["tech", "admin", "lead"])
def test_a_technician_administrator_or_lead_trusts_an_issuer_and_the_trail_says_who(
    station: Station, who: str
) -> None:
    patient = _patient(station)
    key = Ed25519PrivateKey.generate()
    session = _session(station, who)
    _refused(station, _card(patient, key), "key this station does not know")

    trust_card_issuer(station.store, session, ISSUER, key.public_key())

    trusted = [
        event
        for event in station.store.events_after(station.admin, 0)
        if event.type == "card_issuer.trusted" and event.payload["key_id"] == ISSUER
    ]
    assert [(e.payload["key_id"], e.payload["public_key"], e.payload["by"]) for e in trusted] == [
        (ISSUER, _hex(key), session.user.user_id)
    ]
    assert trusted[0].payload["replaced"] is None
    visit = station.counter.identify_by_card(station.nurse, _card(patient, key))
    assert (visit.patient.patient_id, visit.patient.clinic_id) == (
        patient.patient_id,
        patient.clinic_id,
    )


def test_a_card_signed_by_a_key_that_is_not_trusted_is_refused(station: Station) -> None:
    patient = _patient(station)
    trusted = Ed25519PrivateKey.generate()
    trust_card_issuer(station.store, station.tech, ISSUER, trusted.public_key())
    stranger = Ed25519PrivateKey.generate()

    _refused(station, _card(patient, stranger), "may be forged")  # a trusted issuer's name
    _refused(station, _card(patient, stranger, "someone-else"), "key this station does not know")
    assert station.counter.identify_by_card(station.nurse, _card(patient, trusted)).patient == (
        patient
    )


def test_a_replaced_issuer_key_is_recorded_with_the_key_it_replaced(station: Station) -> None:
    patient = _patient(station)
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    trust_card_issuer(station.store, station.tech, ISSUER, old.public_key())
    trust_card_issuer(station.store, station.lead, ISSUER, new.public_key())

    trusted = [
        event.payload
        for event in station.store.events_after(station.admin, 0)
        if event.type == "card_issuer.trusted" and event.payload["key_id"] == ISSUER
    ]
    assert [(p["public_key"], p["replaced"]) for p in trusted] == [
        (_hex(old), None),
        (_hex(new), _hex(old)),
    ]
    _refused(station, _card(patient, old), "may be forged")
    assert station.counter.identify_by_card(station.nurse, _card(patient, new)).patient == patient


def test_an_issuer_needs_a_key_id(station: Station) -> None:
    head = station.store.head()
    with pytest.raises(ServiceError, match="key id"):
        trust_card_issuer(
            station.store, station.tech, "  ", Ed25519PrivateKey.generate().public_key()
        )
    assert station.store.head() == head


def test_the_central_servers_key_cannot_be_replaced_by_trusting_an_issuer(
    station: Station, tmp_path: Path
) -> None:
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        assert server.service is not None
        station.enroll(server.url, server.service.new_enrollment_code())
        binding = server_binding(station.store)
        assert binding is not None
        head = station.store.head()
        impostor = Ed25519PrivateKey.generate()

        with pytest.raises(ServiceError, match="central server's"):
            trust_card_issuer(
                station.store, station.tech, binding.server_key_id, impostor.public_key()
            )

        assert station.store.head() == head
        patient = _patient(station)
        card = sign_card(
            CardPayload(
                patient.patient_id, binding.clinic_id, "2031-01-01", "imp-1", binding.server_key_id
            ),
            impostor,
        )
        _refused(station, card, "may be forged")
    finally:
        station.close()
        server.release()
