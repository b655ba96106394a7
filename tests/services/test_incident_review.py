"""Incidents reviewed at a station: a double dose at two stations, resolved by a clinic lead.

Real stations and the real server on loopback (SQLite, and PostgreSQL with the marker), the
resolution travelling as the station's own signed event. Everything here is fictional.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from station.domain.rules import Outcome
from station.services.counter import Override
from station.services.errors import PermissionDenied, ServiceError
from station.services.incidents import IncidentList, IncidentService, StationIncident
from station.services.signatures import signature
from sync.server import schema
from sync.server.db import read_transaction
from sync.server.incident_review import RESOLUTION_REFUSED, RESOLUTION_UNKNOWN
from sync.wire.station_requests import INCIDENT_RESOLVED, REVIEWED
from tests.services.conftest import PASSWORDS, mg
from tests.services.sync_support import (
    SERVER_DATABASES,
    Station,
    enrolled_stations,
    restarted,
    running_server,
)
from tests.sync.conftest import InProcessServer

LEAD_NAME = "Lis Fiktiv (clinic lead)"
NURSE_NAME = "Nanna Fiktiv (nurse)"


@pytest.fixture(params=SERVER_DATABASES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[InProcessServer]:
    """The real server on loopback over a SQLite file or a PostgreSQL schema."""
    with running_server(InProcessServer, tmp_path, request) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: InProcessServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def _synced(*stations: Station) -> None:
    for station in stations:
        assert station.sync is not None
        overview = station.sync.sync_now()
        assert overview.status.online, overview.status.last_error


def _service(station: Station) -> IncidentService:
    return IncidentService(station.store, station.clock)


@contextmanager
def _double_dose(
    a: Station, b: Station, server: InProcessServer
) -> Iterator[tuple[InProcessServer, str]]:
    """The same patient dosed at both stations while the server was down.

    Yields the server started again and the incident's id; stops that server after.
    """
    patient = a.register(home_station="st-a")
    _synced(a, b)
    server.stop()
    a.give(patient, 100)
    visit = b.decided(patient, 100)
    assert visit.decision is not None and visit.decision.outcome is Outcome.NEEDS_OVERRIDE
    b.administer(visit, override=Override("Home station down; patient known (test)", b.confirm()))
    again = restarted(server)
    _synced(a, b)
    assert again.service is not None
    raised = again.service.list_incidents("open")
    assert [incident.kind for incident in raised] == ["suspected_double_dose"]
    try:
        yield again, raised[0].incident_id
    finally:
        again.stop()


def _only(listed: IncidentList, incident_id: str) -> StationIncident:
    return next(item for item in listed.incidents if item.incident_id == incident_id)


def _alerts(server: InProcessServer, station_id: str) -> list[tuple[str, dict[str, Any]]]:
    assert server.service is not None
    with read_transaction(server.service.engine) as connection:
        rows = connection.execute(
            select(schema.station_alerts.c.kind, schema.station_alerts.c.detail).where(
                schema.station_alerts.c.station_id == station_id
            )
        ).all()
    return [(row.kind, json.loads(row.detail)) for row in rows]


def _server_resolutions(server: InProcessServer, incident_id: str) -> int:
    """How many ``incident.resolved`` events the server put in its feed for this incident."""
    assert server.service is not None
    with read_transaction(server.service.engine) as connection:
        payloads = connection.execute(
            select(schema.events.c.payload)
            .where(schema.events.c.station_id == "server")
            .where(schema.events.c.type == "incident.resolved")
        ).all()
    return sum(1 for row in payloads if json.loads(row.payload)["incident_id"] == incident_id)


def _forged_resolution(station: Station, by: Any, incident_id: str) -> None:
    """A resolution event written straight into the log with a well-formed signature."""
    now = station.clock()
    payload: dict[str, Any] = {
        "incident_id": incident_id,
        "kind": "suspected_double_dose",
        "note": "Checked (test).",
        "by": by.user.user_id,
        "station_id": station.station_id,
        "resolved_at": now.isoformat(),
    }
    payload["signatures"] = [signature(by.user, REVIEWED, dict(payload), now)]
    station.store.record(by, INCIDENT_RESOLVED, payload)


def test_the_lead_sees_both_doses_resolves_and_the_server_lists_it_resolved(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    with _double_dose(a, b, server) as (again, incident_id):
        service = _service(b)
        listed = service.fetch(b.lead)
        assert listed.online and listed.fetched_at is not None
        incident = _only(listed, incident_id)
        assert incident.open and incident.kind == "suspected_double_dose"
        assert incident.patient is not None and incident.patient.name == "Fiktiva Synkesen"
        assert incident.patient.clinic_id is not None
        assert incident.patient.clinic_id.startswith("HAT-S-")
        assert sorted(dose.station_id for dose in incident.doses) == ["st-a", "st-b"]
        assert [dose.mg for dose in incident.doses] == [mg(100), mg(100)]
        assert {dose.by_name for dose in incident.doses} == {NURSE_NAME}
        assert all(isinstance(dose.given_at, datetime) for dose in incident.doses)

        service.resolve(
            b.lead,
            incident_id,
            "Both doses given; patient observed, well (test).",
            PASSWORDS["lead"],
        )
        events = b.store.events_after(b.lead, 0)
        resolution = [e.payload for e in events if e.type == INCIDENT_RESOLVED]
        assert len(resolution) == 1 and resolution[0]["by"] == b.lead.user.user_id
        assert resolution[0]["signatures"][0]["meaning"] == "reviewed"
        assert _only(service.fetch(b.lead), incident_id).resolved_here  # until the sync
        with pytest.raises(ServiceError) as twice:
            service.resolve(b.lead, incident_id, "Again (test).", PASSWORDS["lead"])
        assert twice.value.code == "incidents.already_resolved"

        _synced(b)
        assert again.service is not None
        [done] = [i for i in again.service.list_incidents("all") if i.incident_id == incident_id]
        assert done.status == "resolved"
        assert done.resolved_by == LEAD_NAME
        assert done.resolution_note == "Both doses given; patient observed, well (test)."
        shown = _only(service.fetch(b.lead), incident_id)
        assert (shown.status, shown.resolved_by) == ("resolved", LEAD_NAME)
        review = again.service.review_incidents("resolved").incidents[0]
        assert review.resolution is not None and review.resolution.station_id == "st-b"

        # Pushed again whole (the push mark lost): stored once, resolved once.
        b.store.set_meta("sync_push_mark", "0")
        _synced(b)
        assert _server_resolutions(again, incident_id) == 1
        _synced(a)
        assert a.sync is not None
        pulled = [i for i in a.sync.incidents() if i["incident_id"] == incident_id]
        assert pulled[0]["status"] == "resolved" and pulled[0]["resolved_by"] == LEAD_NAME


def test_a_nurse_cannot_fetch_or_resolve_and_a_wrong_password_signs_nothing(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    with _double_dose(a, b, server) as (_again, incident_id):
        service = _service(b)
        with pytest.raises(PermissionDenied):
            service.fetch(b.nurse)
        service.fetch(b.lead)
        head = b.store.head()
        with pytest.raises(PermissionDenied):
            service.resolve(b.nurse, incident_id, "Nurse tries (test).", PASSWORDS["nurse"])
        with pytest.raises(ServiceError) as wrong:
            service.resolve(b.lead, incident_id, "Checked (test).", "not-the-password")
        assert wrong.value.code == "store.wrong_password"
        with pytest.raises(ServiceError) as bare:
            service.resolve(b.lead, incident_id, "  ", PASSWORDS["lead"])
        assert bare.value.code == "incidents.note_missing"
        with pytest.raises(ServiceError) as unlisted:
            service.resolve(b.lead, "no-such-incident", "Checked (test).", PASSWORDS["lead"])
        assert unlisted.value.code == "incidents.not_listed"
        assert INCIDENT_RESOLVED not in {e.type for e in b.store.events_after(b.lead, head[0])}


def test_the_server_keeps_but_does_not_apply_a_resolution_by_a_nurse_or_of_an_unknown_incident(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    with _double_dose(a, b, server) as (again, incident_id):
        _forged_resolution(b, b.nurse, incident_id)  # past the service: the server checks too
        _forged_resolution(b, b.lead, "00000000-no-such-incident")
        assert b.sync is not None
        report = b.sync.sync_now().last_report
        assert report is not None and report.pushed == 2
        assert again.service is not None
        [still] = [i for i in again.service.list_incidents("all") if i.incident_id == incident_id]
        assert still.status == "open" and still.resolved_by is None
        kinds = [kind for kind, _detail in _alerts(again, "st-b")]
        assert RESOLUTION_REFUSED in kinds and RESOLUTION_UNKNOWN in kinds
        told = " ".join(report.notices)  # the station is told, in sentences
        assert "not an active clinic lead" in told and "no incident with this id" in told
        with read_transaction(again.service.engine) as connection:
            kept = connection.execute(
                select(schema.events.c.seq)
                .where(schema.events.c.station_id == "st-b")
                .where(schema.events.c.type == INCIDENT_RESOLVED)
            ).all()
        assert len(kept) == 2  # both stored as pushed: nothing of the chain is dropped
        assert _server_resolutions(again, incident_id) == 0


def test_with_the_server_down_the_last_list_comes_back_with_the_reason(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    with _double_dose(a, b, server) as (again, incident_id):
        service = _service(b)
        before = service.fetch(b.lead)
        again.stop()
        offline = service.fetch(b.lead)
        assert not offline.online and offline.problem is not None
        assert offline.problem.code == "server.unreachable"
        assert offline.fetched_at == before.fetched_at
        assert [i.incident_id for i in offline.incidents] == [incident_id]
        fresh = _service(b).fetch(b.lead)  # nothing fetched before in this run
        assert fresh.incidents == () and fresh.fetched_at is None and not fresh.online
