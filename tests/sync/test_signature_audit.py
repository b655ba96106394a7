"""Stored event signatures are verified again after the push; a bad one raises an incident.

The push itself verifies every signature before it stores anything (tests/sync/test_push_pull.py,
tests/services/test_forged_events.py); this second line finds a row spoiled in the database
afterwards, or one a server version that sampled let in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text, update

from sync.client.errors import IntegrityProblem, SyncRejected
from sync.server import schema
from sync.server.cli import main as server_cli
from sync.server.db import write_transaction
from sync.server.service import BAD_EVENT_SIGNATURE, SyncService
from sync.wire.chain import checkpoint_message
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
    """Record ``count`` events, each signed by the station."""
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


def _genuine(station: Station, seq: int) -> str:
    """The station's own signature of its event ``seq``."""
    (record,) = station.replica._db.execute("SELECT hash FROM log WHERE seq = ?", (seq,)).fetchone()
    return station.replica.sign(checkpoint_message(station.replica.station_id, seq, record)).hex()


def _station_row(service: SyncService, station_id: str) -> dict[str, object]:
    return next(row.as_json() for row in service.list_stations() if row.station_id == station_id)


def _signature_incidents(service: SyncService) -> list[object]:
    return [i for i in service.list_incidents("all") if i.kind == BAD_EVENT_SIGNATURE]


def test_a_signature_spoiled_in_the_database_raises_an_incident_once_verified(
    quiet_server: InProcessServer, make_station
) -> None:
    a, b = make_station(quiet_server, "st-a"), make_station(quiet_server, "st-b")
    _record(a, 400)
    wrong = a.replica.sign(b"not this event's checkpoint").hex()
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 200", (wrong,))
    with pytest.raises(SyncRejected) as refused:
        a.sync()
    assert refused.value.code == "bad_checkpoint_signature", "every signature is verified"
    assert refused.value.args[0].startswith("Event #200 is not signed by this station's key")
    assert a.replica.push_mark() == 0, "nothing of the push was stored"
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 200", (_genuine(a, 200),))
    a.sync()
    assert a.replica.push_mark() == 400
    service = quiet_server.service
    assert service is not None
    _spoil_stored_signature(service, a, 200)  # changed in the server's database afterwards
    service.start_signature_verifier(quiet_s=0.0)

    wait_until(lambda: _signature_incidents(service), "the background check to raise it")
    (incident,) = _signature_incidents(service)
    assert (incident.station_id, incident.seqs, incident.status) == ("st-a", [200], "open")
    assert (incident.patient_id, incident.session, incident.doses) == ("", "", [])
    wait_until(
        lambda: _station_row(service, "st-a")["signatures_verified_through"] == 400,
        "the check to reach the station's head",
    )
    assert _station_row(service, "st-a")["bad_signature_seqs"] == [200]

    with pytest.raises(IntegrityProblem) as refused_at_b:
        b.sync()  # the event stays in the feed (append-only): stations refuse it themselves
    assert str(refused_at_b.value).startswith("Pulled event #200 of station st-a is not signed")
    assert b.replica.pulled() == [], "nothing of its page was applied"

    code, out = _cli("incidents", "list", "--db", quiet_server.db_url)
    assert code == 0 and f"{BAD_EVENT_SIGNATURE}  station st-a events 200" in out
    code, out = _cli("stations", "list", "--json", "--db", quiet_server.db_url)
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
    assert service.verify_signatures(limit=100).verified == 100  # events 1 to 100
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
    assert report["verified"] == 400 and report["verified_through"]["st-a"] == 400
    assert report["bad"] == [{"station_id": "st-a", "seq": 120}, {"station_id": "st-a", "seq": 370}]
    (incident,) = _signature_incidents(service)  # one open incident collects the station's
    assert incident.seqs == [120, 370]

    code, out = _cli("audit", "signatures", "--db", quiet_server.db_url)
    assert code == 0 and "verified 0 signatures" in out and "0 bad" in out
    for n in range(10):
        a.replica.record("observation.started", {"n": n})  # 401 to 410
    a.sync()
    code, out = _cli("audit", "signatures", "--json", "--db", quiet_server.db_url)
    assert code == 0 and json.loads(out)["verified"] == 10


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
            assert schema.current_version(connection) == schema.SCHEMA_VERSION >= 2
            marks = connection.execute(
                select(schema.stations.c.signatures_verified_through)
            ).scalars()
            assert list(marks) == [0]
        audit = upgraded.audit_signatures()
        assert (audit.verified, audit.bad) == (100, [("st-a", 30)])
    finally:
        upgraded.close()
