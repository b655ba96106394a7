"""Every stored event signature is verified after the push; a bad one raises an incident."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text, update

from sync.client.errors import SyncRejected
from sync.server import schema
from sync.server.cli import main as server_cli
from sync.server.db import write_transaction
from sync.server.service import BAD_EVENT_SIGNATURE, SyncService
from tests.sync.conftest import InProcessServer, Station, wait_until


@pytest.fixture
def quiet_server(db_url: str) -> Iterator[InProcessServer]:
    """A running server whose signatures are verified only when a test asks."""
    running = InProcessServer(db_url, verify_signatures_in_background=False).start()
    yield running
    running.release()


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(server_cli, list(args))
    return result.exit_code, result.stdout + result.stderr


def _record(station: Station, count: int) -> None:
    """Record ``count`` events; the test replica signs every tenth."""
    for n in range(count):
        station.replica.record("observation.started", {"n": n, "note": "fictional"})


def _spoil_stored_signature(service: SyncService, station: Station, seq: int) -> None:
    """Overwrite a stored signature with a well-formed one over other bytes (test tampering)."""
    wrong = station.replica.sign(b"not this event's checkpoint").hex()
    with write_transaction(service.engine) as connection:
        connection.execute(
            update(schema.events)
            .where(schema.events.c.station_id == station.replica.station_id)
            .where(schema.events.c.seq == seq)
            .values(signature=wrong)
        )


def _station_row(service: SyncService, station_id: str) -> dict[str, object]:
    return next(row.as_json() for row in service.list_stations() if row.station_id == station_id)


def _signature_incidents(service: SyncService) -> list[object]:
    return [i for i in service.list_incidents("all") if i.kind == BAD_EVENT_SIGNATURE]


def test_a_bad_signature_the_sampler_missed_raises_an_incident_once_verified(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    _record(a, 400)  # 40 signed events: the push verifies a sample of them
    wrong = a.replica.sign(b"not this event's checkpoint").hex()
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 200", (wrong,))
    for _attempt in range(60):  # the sample is random: now and then it holds event 200
        try:
            a.sync()
            break
        except SyncRejected as refused:
            assert refused.code == "bad_checkpoint_signature"
    assert a.replica.push_mark() == 400, "stored although its middle signature is bad"
    service = server.service
    assert service is not None

    wait_until(lambda: _signature_incidents(service), "the background check to raise it")
    (incident,) = _signature_incidents(service)
    assert (incident.station_id, incident.seqs, incident.status) == ("st-a", [200], "open")
    assert (incident.patient_id, incident.session, incident.doses) == ("", "", [])
    wait_until(
        lambda: _station_row(service, "st-a")["signatures_verified_through"] == 400,
        "the check to reach the station's head",
    )
    assert _station_row(service, "st-a")["bad_signature_seqs"] == [200]

    b.sync()  # the event stays in the feed (append-only); the incident reaches stations
    pulled = b.replica.pulled()
    assert [e["seq"] for e in pulled if e["station_id"] == "st-a"] == list(range(1, 401))
    raised = [e["payload"] for e in pulled if e["type"] == "incident.raised"]
    assert len(raised) == 1 and raised[0]["kind"] == BAD_EVENT_SIGNATURE
    assert (raised[0]["station_id"], raised[0]["seqs"]) == ("st-a", [200])
    assert "fictional" not in json.dumps(raised[0]), "no payload content in the incident"

    code, out = _cli("incidents", "list", "--db", server.db_url)
    assert code == 0 and f"{BAD_EVENT_SIGNATURE}  station st-a events 200" in out
    code, out = _cli("stations", "list", "--json", "--db", server.db_url)
    rows = {row["station_id"]: row for row in json.loads(out)}
    assert rows["st-a"]["signatures_verified_through"] == 400
    assert rows["st-a"]["bad_signature_seqs"] == [200]
    assert rows["st-b"]["signatures_verified_through"] == 0  # st-b pushed nothing


def test_the_check_goes_on_from_its_mark_after_a_restart(
    quiet_server: InProcessServer, make_station
) -> None:
    a = make_station(quiet_server, "st-a")
    _record(a, 400)
    a.sync()
    service = quiet_server.service
    assert service is not None
    assert service.verify_signatures(limit=10).verified == 10  # events 10, 20, ..., 100
    assert _station_row(service, "st-a")["signatures_verified_through"] == 100
    _spoil_stored_signature(service, a, 50)  # below the mark: verified already
    _spoil_stored_signature(service, a, 300)  # above it: still to verify

    quiet_server.stop()
    restarted = InProcessServer(quiet_server.db_url).start()  # checks in the background
    try:
        again = restarted.service
        assert again is not None
        wait_until(
            lambda: _station_row(again, "st-a")["signatures_verified_through"] == 400,
            "the check to resume and finish",
        )
        (incident,) = _signature_incidents(again)
        assert incident.seqs == [300], "resumed from the mark: event 50 was not checked again"
    finally:
        restarted.release()


def test_the_audit_command_runs_the_check_to_the_end(
    quiet_server: InProcessServer, make_station
) -> None:
    a = make_station(quiet_server, "st-a")
    _record(a, 400)
    a.sync()
    service = quiet_server.service
    assert service is not None
    _spoil_stored_signature(service, a, 120)
    _spoil_stored_signature(service, a, 370)

    code, out = _cli("audit", "signatures", "--json", "--db", quiet_server.db_url)
    assert code == 1, out
    report = json.loads(out)
    assert report["verified"] == 40 and report["verified_through"]["st-a"] == 400
    assert report["bad"] == [{"station_id": "st-a", "seq": 120}, {"station_id": "st-a", "seq": 370}]
    (incident,) = _signature_incidents(service)  # one open incident collects the station's
    assert incident.seqs == [120, 370]

    code, out = _cli("audit", "signatures", "--db", quiet_server.db_url)
    assert code == 0 and "verified 0 signatures" in out and "0 bad" in out
    a.replica.record("observation.started", {"n": "after"})
    for n in range(9):
        a.replica.record("observation.started", {"n": n})  # seq 410 is signed
    a.sync()
    code, out = _cli("audit", "signatures", "--json", "--db", quiet_server.db_url)
    assert code == 0 and json.loads(out)["verified"] == 1


def test_a_database_of_schema_one_gets_the_mark_and_checks_its_history(
    quiet_server: InProcessServer, make_station
) -> None:
    a = make_station(quiet_server, "st-a")
    _record(a, 100)
    a.sync()
    service = quiet_server.service
    assert service is not None
    _spoil_stored_signature(service, a, 30)
    quiet_server.stop()
    with write_transaction(service.engine) as connection:  # as a server of schema 1 left it
        connection.execute(text("DROP TABLE event_flags"))
        connection.execute(text("ALTER TABLE stations DROP COLUMN signatures_verified_through"))
        connection.execute(text("ALTER TABLE incidents DROP COLUMN station_id"))
        connection.execute(text("ALTER TABLE incidents DROP COLUMN seqs"))
        connection.execute(schema.schema_version.update().values(version=1))
    service.close()

    upgraded = SyncService(quiet_server.db_url)
    try:
        with upgraded.engine.connect() as connection:
            assert schema.current_version(connection) == schema.SCHEMA_VERSION == 2
            marks = connection.execute(
                select(schema.stations.c.signatures_verified_through)
            ).scalars()
            assert list(marks) == [0]
        audit = upgraded.audit_signatures()
        assert (audit.verified, audit.bad) == (10, [("st-a", 30)])
    finally:
        upgraded.close()
