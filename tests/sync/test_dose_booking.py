"""Booking a push's doses in one batch stores and raises what booking them one by one did."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, and_, delete, event, insert, select, text

from sync.server import schema as t
from sync.server.doses import book_doses
from sync.server.service import SyncService
from sync.wire.chain import parse_json_object
from sync.wire.compact import EventRow
from sync.wire.envelope import SERVER_STATION_ID
from tests.sync.conftest import _postgres_schema

NOW = 1_700_000_000.0

PATIENTS = ["p1", "p2", "p3"]
SESSIONS = ["2024-05-01/am", "2024-05-01/pm", "2024-05-02/am"]
DRUGS = ["diacetylmorphine", "methadone"]
GIVEN_AT = ["2024-05-01T08:00:00Z", "2024-05-01T08:00:00Z", "2024-05-01T09:30:00Z", "2024-05-02"]
MG: list[Any] = ["10", "20.5", "0", "abc", "", 7, 2.5, "1e2", "NaN", "Infinity"]
MAXIMA = ["30", "25.5", "100", "0", "abc", None, "NaN", "-Infinity"]


def _optional(values: list[Any]) -> st.SearchStrategy[Any]:
    """One of ``values``, or the key left out (``...``)."""
    return st.sampled_from([*values, ...])


_payloads = st.fixed_dictionaries(
    {
        "patient_id": _optional([*PATIENTS, ""]),
        "session": _optional([*SESSIONS, ""]),
        "dose_id": _optional(["d1", "d2", "d3"]),
        "drug": _optional(DRUGS),
        "mg": _optional(MG),
        "given_at": _optional(GIVEN_AT),
    }
).map(lambda payload: {key: value for key, value in payload.items() if value is not ...})

_pushes = st.lists(st.tuples(st.sampled_from(["st-a", "st-b"]), st.lists(_payloads, max_size=8)))

_scenarios = st.fixed_dictionaries(
    {
        "prescriptions": st.lists(
            st.tuples(st.sampled_from(PATIENTS), st.sampled_from(DRUGS), st.sampled_from(MAXIMA)),
            max_size=4,
        ),
        "leases": st.lists(st.tuples(st.sampled_from(PATIENTS), st.sampled_from(SESSIONS))),
        "history": _pushes.map(lambda pushes: pushes[:2]),
        "pushes": _pushes.map(lambda pushes: pushes[:3]),
    }
)


def _events(prefix: str, payloads: list[dict[str, Any]]) -> list[EventRow]:
    return [
        EventRow(
            seq=index + 1,
            uuid=f"{prefix}-{index}",
            hlc="0",
            type="dose.administered",
            payload=json.dumps(payload, sort_keys=True),
            payload_hash="",
            sealed_digest="",
            prev_hash="",
            hash="",
            signature=None,
        )
        for index, payload in enumerate(payloads)
    ]


Booking = Callable[[SyncService, Connection, str, list[EventRow]], list[str]]


def _old(
    service: SyncService, connection: Connection, station: str, rows: list[EventRow]
) -> list[str]:
    return _record_each_dose(service, connection, station, rows)


def _record_each_dose(
    service: SyncService, connection: Connection, station_id: str, dose_events: list[EventRow]
) -> list[str]:
    """``Incidents.record_doses`` as it was before the batch, kept as the reference.

    Five statements per dose, each dose seeing only the doses stored before it.
    """
    raised: list[str] = []
    for dose_event in dose_events:
        payload = parse_json_object(dose_event.payload)
        patient_id = str(payload.get("patient_id", ""))
        session = str(payload.get("session", ""))
        if not patient_id or not session:
            continue
        dose = {
            "event_uuid": dose_event.uuid,
            "dose_id": str(payload.get("dose_id", dose_event.uuid)),
            "patient_id": patient_id,
            "session": session,
            "day": session.split("/", 1)[0][:10],
            "station_id": station_id,
            "drug": str(payload.get("drug", "")),
            "mg": str(payload.get("mg", "0")),
            "given_at": str(payload.get("given_at", "")),
        }
        connection.execute(insert(t.doses).values(**dose))
        connection.execute(
            delete(t.leases).where(
                and_(t.leases.c.patient_id == patient_id, t.leases.c.session == session)
            )
        )
        same_session = connection.execute(
            select(t.doses)
            .where(t.doses.c.patient_id == patient_id)
            .where(t.doses.c.session == session)
            .order_by(t.doses.c.given_at)
        ).all()
        if len({row.dose_id for row in same_session}) > 1:
            incident = service.incidents.raise_incident(
                connection, "suspected_double_dose", patient_id, session, same_session
            )
            if incident:
                raised.append(incident)
        over = _daily_total_over_maximum(connection, patient_id, dose["day"], dose["drug"])
        if over is not None:
            incident = service.incidents.raise_incident(
                connection, "daily_maximum_exceeded", patient_id, dose["day"], over
            )
            if incident:
                raised.append(incident)
    return raised


def _daily_total_over_maximum(
    connection: Connection, patient_id: str, day: str, drug: str
) -> list[Any] | None:
    maxima = connection.execute(
        select(t.prescriptions.c.daily_max_mg)
        .where(t.prescriptions.c.patient_id == patient_id)
        .where(t.prescriptions.c.drug == drug)
    ).all()
    limits = []
    for row in maxima:
        try:
            limits.append(Decimal(row.daily_max_mg))
        except (InvalidOperation, TypeError):
            continue
    limits = [limit for limit in limits if limit.is_finite()]  # since: NaN no longer fails a push
    if not limits:
        return None
    rows = connection.execute(
        select(t.doses)
        .where(t.doses.c.patient_id == patient_id)
        .where(t.doses.c.day == day)
        .where(t.doses.c.drug == drug)
    ).all()
    total = Decimal(0)
    for row in rows:
        try:
            amount = Decimal(row.mg)
        except InvalidOperation:
            continue
        if amount.is_finite():  # since: a NaN or infinite amount is unreadable, not a failure
            total += amount
    return list(rows) if total > max(limits) else None


def _new(
    service: SyncService, connection: Connection, station: str, rows: list[EventRow]
) -> list[str]:
    return book_doses(connection, station, rows, service.incidents.raise_incident)


def _outcome(service: SyncService, scenario: dict[str, Any], booking: Booking) -> Any:
    """What the scenario leaves: rows, incidents and incident events, with ids made comparable.

    Runs in a transaction rolled back afterwards, so one server serves every example.
    """
    with service.engine.connect() as raw:
        connection = raw.execution_options(sqlite_begin="IMMEDIATE")
        transaction = connection.begin()
        try:
            return _book(service, connection, scenario, booking)
        finally:
            transaction.rollback()


def _book(
    service: SyncService, connection: Connection, scenario: dict[str, Any], booking: Booking
) -> Any:
    if connection.dialect.name == "postgresql":
        # Rolled-back examples leave dead rows whose space later rows may take, and doses read
        # without ORDER BY come in heap order: each example gets a fresh heap on both servers
        # (undone by the rollback), so the two servers' orders can be compared.
        connection.execute(text("TRUNCATE doses"))
    for number, (patient, drug, maximum) in enumerate(scenario["prescriptions"]):
        connection.execute(
            insert(t.prescriptions).values(
                prescription_id=f"rx-{number}",
                patient_id=patient,
                drug=drug,
                daily_max_mg=maximum,
                data="{}",
                updated_at=NOW,
            )
        )
    for patient, session in dict.fromkeys(scenario["leases"]):
        connection.execute(
            insert(t.leases).values(
                patient_id=patient, session=session, lease_id="l", station_id="st-a", expires_at=NOW
            )
        )
    for number, (station, payloads) in enumerate(scenario["history"]):
        _record_each_dose(service, connection, station, _events(f"h{number}", payloads))
    returned: list[list[str]] = []
    try:
        for number, (station, payloads) in enumerate(scenario["pushes"]):
            returned.append(booking(service, connection, station, _events(f"e{number}", payloads)))
    except Exception as error:  # e.g. a NaN total: both ways must fail alike
        return ("failed", type(error).__name__)
    incident_events = [
        json.loads(payload)
        for payload in connection.execute(
            select(t.events.c.payload)
            .where(t.events.c.station_id == SERVER_STATION_ID)
            .where(t.events.c.type == "incident.raised")
            .order_by(t.events.c.seq)
        ).scalars()
    ]
    names: dict[str, str] = {}  # random incident ids to their order of first raising
    for body in incident_events:
        names.setdefault(body["incident_id"], f"incident-{len(names)}")
        body["incident_id"] = names[body["incident_id"]]
        body.pop("salt")
    incidents = sorted(
        {**row._asdict(), "incident_id": names[row.incident_id]}.items()
        for row in connection.execute(select(t.incidents))
    )
    return {
        "returned": [[names[incident] for incident in ids] for ids in returned],
        "incident_events": incident_events,
        "incidents": incidents,
        "doses": sorted(tuple(row) for row in connection.execute(select(t.doses))),
        "leases": sorted(tuple(row) for row in connection.execute(select(t.leases))),
    }


def _postgres_urls(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    base = request.getfixturevalue("postgres_url")
    for old_url in _postgres_schema(base):
        for new_url in _postgres_schema(base):
            yield old_url, new_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_servers(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[SyncService, SyncService]]:
    """Two fresh servers on the same backend: one books doses the old way, one the new way."""
    if request.param == "sqlite":
        urls: Iterator[tuple[str, str]] = iter(
            [(f"sqlite:///{tmp_path / 'old.db'}", f"sqlite:///{tmp_path / 'new.db'}")]
        )
    else:
        urls = _postgres_urls(request)
    for old_url, new_url in urls:
        old, new = SyncService(old_url, clock=lambda: NOW), SyncService(new_url, clock=lambda: NOW)
        try:
            yield old, new
        finally:
            old.close()
            new.close()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scenario=_scenarios)
def test_batch_booking_matches_booking_each_dose(
    two_servers: tuple[SyncService, SyncService], scenario: dict[str, Any]
) -> None:
    old, new = two_servers
    assert _outcome(new, scenario, _new) == _outcome(old, scenario, _old)


def _service(
    service: SyncService, connection: Connection, station: str, rows: list[EventRow]
) -> list[str]:
    return service.incidents.record_doses(connection, station, rows)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scenario=_scenarios)
def test_the_service_books_doses_as_the_reference(
    two_servers: tuple[SyncService, SyncService], scenario: dict[str, Any]
) -> None:
    """What a push runs (per dose today, the batch once wired in) matches the reference."""
    old, new = two_servers
    assert _outcome(new, scenario, _service) == _outcome(old, scenario, _old)


DOUBLE_IN_ONE_PUSH = {
    "prescriptions": [("p1", "methadone", "30")],
    "leases": [("p1", "2024-05-01/am")],
    "history": [],
    "pushes": [
        (
            "st-a",
            [
                {
                    "patient_id": "p1",
                    "session": "2024-05-01/am",
                    "dose_id": "d1",
                    "drug": "methadone",
                    "mg": "20",
                    "given_at": "2024-05-01T08:00:00Z",
                },
                {
                    "patient_id": "p1",
                    "session": "2024-05-01/am",
                    "dose_id": "d2",
                    "drug": "methadone",
                    "mg": "20",
                    "given_at": "2024-05-01T08:05:00Z",
                },
                {"session": "2024-05-01/am", "dose_id": "d3", "mg": "20"},
            ],
        )
    ],
}


def test_two_doses_of_one_session_in_one_push_raise_both_incidents_once(
    two_servers: tuple[SyncService, SyncService],
) -> None:
    old, new = two_servers
    outcome = _outcome(new, DOUBLE_IN_ONE_PUSH, _new)
    assert outcome == _outcome(old, DOUBLE_IN_ONE_PUSH, _old)
    assert outcome["returned"] == [["incident-0", "incident-1"]]
    assert [(body["kind"], len(body["doses"])) for body in outcome["incident_events"]] == [
        ("suspected_double_dose", 2),
        ("daily_maximum_exceeded", 2),
    ]
    assert len(outcome["doses"]) == 2  # the dose without a patient is not booked
    assert outcome["leases"] == []


def test_a_large_batch_takes_a_few_statements(
    two_servers: tuple[SyncService, SyncService],
) -> None:
    _, service = two_servers
    payloads = [
        {
            "patient_id": f"p{number}",
            "session": "2024-05-01/am",
            "dose_id": f"d{number}",
            "drug": "methadone",
            "mg": "10",
            "given_at": "2024-05-01T08:00:00Z",
        }
        for number in range(2_000)
    ]
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    with service.engine.connect() as connection, connection.begin():
        connection.execute(
            insert(t.prescriptions),
            [
                {
                    "prescription_id": f"rx{n}",
                    "patient_id": f"p{n}",
                    "drug": "methadone",
                    "daily_max_mg": "30",
                    "data": "{}",
                    "updated_at": NOW,
                }
                for n in range(0, 2_000, 2)
            ],
        )
        event.listen(connection, "before_cursor_execute", count)
        raised = book_doses(
            connection, "st-a", _events("e", payloads), service.incidents.raise_incident
        )
        event.remove(connection, "before_cursor_execute", count)
        booked = connection.execute(select(t.doses.c.event_uuid)).scalars().all()
    assert raised == []
    assert len(booked) == 2_000
    # One insert, one delete and three reads in chunks of at most 999 parameters: 2,000 session
    # keys (5 chunks), 2,000 patient-drug keys (5) and 1,000 patient-day-drug keys (4).
    assert len(statements) == 2 + 5 + 5 + 4
