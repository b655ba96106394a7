"""Double doses become incidents, leases, patient imports, cards and the safe pull cursor."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import text

from sync.client.errors import ServerUnreachable
from sync.client.leases import LeaseClient
from sync.client.scheduler import Backoff, SyncScheduler
from sync.client.transport import SyncTransport
from sync.server import schema
from sync.server.cli import main as server_cli
from sync.server.db import write_transaction
from sync.server.service import SyncService
from sync.wire.cards import CardVerdict, verify_card
from sync.wire.signing import load_public_key
from tests.sync.conftest import DEADLINE_S, InProcessServer, wait_until

SESSION = "2026-11-22/morning"
PATIENTS_CSV = (
    "patient_id,clinic_id,given_name,family_name,birth_date,home_station\n"
    "P-001,clinic-1,Robin,Testperson,1979-04-01,st-a\n"
    "P-002,clinic-1,Kim,Fictional,1985-09-12,st-b\n"
)
PRESCRIPTIONS_CSV = (
    "prescription_id,patient_id,drug,per_session_max_mg,daily_max_mg,sessions_per_day\n"
    "RX-1,P-001,diacetylmorphine,200,400,2\n"
)


def _cli(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(server_cli, [*args[:2], "--db", db_url, *args[2:]])
    assert result.exit_code == 0, result.output
    return result.output


def test_two_stations_dosing_one_patient_offline_raise_one_incident(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    a.replica.dose("P-001", SESSION, "150.0")
    b.replica.dose("P-001", SESSION, "150.0")
    b.replica.dose("P-002", SESSION)
    a.sync()
    report = b.sync()
    assert len(report.incidents_raised) == 1
    listed = json.loads(_cli(server.db_url, "incidents", "list", "--json"))
    assert len(listed) == 1
    incident = listed[0]
    assert (incident["kind"], incident["patient_id"], incident["session"]) == (
        "suspected_double_dose",
        "P-001",
        SESSION,
    )
    assert sorted(d["station_id"] for d in incident["doses"]) == ["st-a", "st-b"]

    a.sync()
    raised = [e for e in a.replica.pulled() if e["type"] == "incident.raised"]
    assert raised and raised[-1]["payload"]["incident_id"] == incident["incident_id"]

    out = _cli(
        server.db_url,
        "incidents",
        "resolve",
        incident["incident_id"],
        "--by",
        "Dr. Example",
        "--note",
        "second dose confirmed given; patient observed 2 h",
        "--json",
    )
    assert json.loads(out)["resolved_by"] == "Dr. Example"
    assert json.loads(_cli(server.db_url, "incidents", "list", "--json")) == []
    b.sync()
    resolved = [e for e in b.replica.pulled() if e["type"] == "incident.resolved"]
    assert resolved[0]["payload"]["resolved_by"] == "Dr. Example"


def test_daily_maximum_exceeded_across_stations_is_flagged(
    server: InProcessServer, make_station, tmp_path: Path
) -> None:
    (tmp_path / "p.csv").write_text(PATIENTS_CSV)
    (tmp_path / "rx.csv").write_text(PRESCRIPTIONS_CSV)
    _cli(server.db_url, "patients", "import", str(tmp_path / "p.csv"))
    _cli(server.db_url, "prescriptions", "import", str(tmp_path / "rx.csv"))
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    a.replica.dose("P-001", "2026-11-22/morning", "200")
    b.replica.dose("P-001", "2026-11-22/evening", "250")
    a.sync()
    b.sync()
    kinds = {i["kind"] for i in json.loads(_cli(server.db_url, "incidents", "list", "--json"))}
    assert kinds == {"daily_maximum_exceeded"}


def test_imports_and_cards_reach_stations_and_revocation_works_offline(
    server: InProcessServer, make_station, tmp_path: Path
) -> None:
    a = make_station(server, "st-a")
    (tmp_path / "p.csv").write_text(PATIENTS_CSV)
    assert "2 new" in _cli(server.db_url, "patients", "import", str(tmp_path / "p.csv"))
    assert "0 new, 0 changed" in _cli(server.db_url, "patients", "import", str(tmp_path / "p.csv"))
    first = json.loads(
        _cli(server.db_url, "issue-card", "P-001", "--out", str(tmp_path / "c1.png"))
    )
    assert (tmp_path / "c1.png").stat().st_size > 1000
    a.sync()
    types = [e["type"] for e in a.replica.pulled()]
    assert types.count("patient.registered") == 2

    binding = a.replica.server_binding()
    assert binding is not None
    keys = {binding.server_key_id: load_public_key(binding.server_public_key)}
    revoked = {e["payload"]["serial"] for e in a.replica.pulled() if e["type"] == "card.revoked"}
    check = verify_card(first["qr"], keys, revoked, clinic_id=binding.clinic_id)
    assert check.verdict is CardVerdict.VALID and check.payload is not None
    assert check.payload.patient_id == "P-001"

    _cli(server.db_url, "issue-card", "P-001", "--out", str(tmp_path / "c2.pdf"))
    a.sync()
    revoked = {e["payload"]["serial"] for e in a.replica.pulled() if e["type"] == "card.revoked"}
    assert verify_card(first["qr"], keys, revoked).verdict is CardVerdict.REVOKED
    forged = first["qr"][:-4] + ("AAAA" if not first["qr"].endswith("AAAA") else "BBBB")
    assert verify_card(forged, keys, set()).verdict is CardVerdict.BAD_SIGNATURE
    assert verify_card("HELLO", keys, set()).verdict is CardVerdict.MALFORMED


def test_stations_list_shows_contiguous_sequence_and_revoke(
    server: InProcessServer, make_station
) -> None:
    a = make_station(server, "st-a")
    for n in range(4):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    rows = json.loads(_cli(server.db_url, "stations", "list", "--json"))
    assert [(r["station_id"], r["highest_contiguous_seq"]) for r in rows] == [("st-a", 4)]
    _cli(server.db_url, "stations", "revoke", "st-a", "--reason", "decommissioned")
    assert "revoked" in _cli(server.db_url, "stations", "list")
    code = _cli(server.db_url, "enroll-station").strip()
    assert len(code) == 19


def test_lease_on_patient_session(server: InProcessServer, make_station) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    leases_a, leases_b = LeaseClient(a.transport), LeaseClient(b.transport)
    granted = leases_a.acquire("P-001", SESSION, ttl_s=60)
    assert granted.granted
    blocked = leases_b.acquire("P-001", SESSION)
    assert blocked.outcome == "held_by_other" and blocked.other_station_id == "st-a"
    a.replica.dose("P-001", SESSION)
    a.sync()
    after = leases_b.acquire("P-001", SESSION)
    assert after.outcome == "already_dosed" and after.other_station_id == "st-a"
    other = leases_b.acquire("P-002", SESSION)
    assert other.granted
    leases_b.release(other)
    assert leases_a.acquire("P-002", SESSION).granted

    dead = SyncTransport("http://127.0.0.1:9", "st-a", a.replica.sign, timeout_s=2)
    assert LeaseClient(dead).acquire("P-003", SESSION).outcome == "offline"
    dead.close()


def test_lease_expires_by_server_time(db_url: str, make_station) -> None:
    now = [time.time()]
    server = InProcessServer(db_url, clock=lambda: now[0]).start()
    try:
        a, b = make_station(server, "st-a"), make_station(server, "st-b")
        assert LeaseClient(a.transport).acquire("P-001", SESSION, ttl_s=30).granted
        assert not LeaseClient(b.transport).acquire("P-001", SESSION).granted
        now[0] += 31
        b.transport.clock_offset_s = 31
        assert LeaseClient(b.transport).acquire("P-001", SESSION).granted
    finally:
        server.release()


def test_background_scheduler_shows_offline_then_catches_up(db_url: str, make_station) -> None:
    server = InProcessServer(db_url).start()
    a = make_station(server, "st-a")
    server.stop()
    for n in range(3):
        a.replica.record("observation.started", {"n": n})
    statuses = []
    scheduler = SyncScheduler(
        a.engine.sync_once,
        a.engine.queued_events,
        interval_s=3600,
        backoff=Backoff(base_s=0.05, cap_s=0.2),
        on_status=statuses.append,
    )
    scheduler.start()
    try:
        wait_until(lambda: scheduler.status().rounds_failed >= 1, "a failed round")
        offline = scheduler.status()
        assert not offline.online and offline.offline_since is not None
        assert offline.queued_events == 3
        assert offline.last_error and "not reachable" in offline.last_error
        assert offline.summary().startswith("Offline since")
        server.start()
        wait_until(lambda: scheduler.status().online, "the station to come back online")
        online = scheduler.status()
        assert online.queued_events == 0 and online.last_success is not None
        assert online.offline_since is None and online.last_error is None
        a.replica.record("observation.started", {"n": 3})
        done = online.rounds_completed
        scheduler.request_sync()
        wait_until(lambda: scheduler.status().rounds_completed > done, "an on-demand round")
        assert scheduler.status().queued_events == 0
        assert statuses, "status listeners are told"
    finally:
        scheduler.stop()
        server.release()


def test_backoff_is_jittered_and_capped() -> None:
    import random

    backoff = Backoff(base_s=2, cap_s=60)
    rng = random.Random(7)
    delays = [backoff.delay(n, rng) for n in range(1, 12)]
    assert all(0 <= d <= 60 for d in delays)
    assert len(set(delays)) == len(delays)
    assert max(backoff.delay(1, rng) for _ in range(50)) <= 4


def test_pull_cursor_cannot_skip_a_late_commit_on_postgres(pg_url: str) -> None:
    service = SyncService(pg_url)
    try:
        in_first = threading.Event()
        release_first = threading.Event()
        positions: dict[str, int] = {}

        def slow_writer() -> None:
            with write_transaction(service.engine, feed=True) as connection:
                service.append_server_events(connection, [("test.first", {"n": 1})])
                in_first.set()
                release_first.wait(DEADLINE_S)

        def fast_writer() -> None:
            with write_transaction(service.engine, feed=True) as connection:
                service.append_server_events(connection, [("test.second", {"n": 2})])

        first = threading.Thread(target=slow_writer)
        first.start()
        assert in_first.wait(DEADLINE_S)
        second = threading.Thread(target=fast_writer)
        second.start()

        def second_is_waiting_for_the_feed_lock() -> bool:
            with service.engine.connect() as connection:
                waiting = connection.execute(
                    text("SELECT count(*) FROM pg_locks WHERE locktype='advisory' AND NOT granted")
                ).scalar()
            return bool(waiting)

        wait_until(second_is_waiting_for_the_feed_lock, "the second writer to queue")
        with service.engine.connect() as connection:
            visible = connection.execute(text("SELECT count(*) FROM events")).scalar()
        assert visible == 0, "nothing is visible while the first writer is open"
        release_first.set()
        first.join(DEADLINE_S)
        second.join(DEADLINE_S)
        with service.engine.connect() as connection:
            for row in connection.execute(schema.events.select().order_by(schema.events.c.pos)):
                positions[row.type] = row.pos
        assert positions["test.first"] < positions["test.second"]
    finally:
        service.close()


def test_concurrent_pushes_never_hide_events_from_a_puller(pg_url: str, make_station) -> None:
    server = InProcessServer(pg_url).start()
    try:
        pushers = [make_station(server, f"st-{n}") for n in range(4)]
        reader = make_station(server, "st-reader")
        for station in pushers:
            for n in range(60):
                station.replica.record("observation.started", {"n": n})
        done = threading.Event()
        errors: list[BaseException] = []

        def push_in_small_batches(station) -> None:  # type: ignore[no-untyped-def]
            station.engine.push_batch = 5
            try:
                station.sync()
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=push_in_small_batches, args=(s,)) for s in pushers]
        for thread in threads:
            thread.start()
        while not done.is_set():
            reader.sync()
            if not any(thread.is_alive() for thread in threads):
                done.set()
        reader.sync()
        assert not errors
        assert len(reader.replica.pulled()) == 240
    finally:
        server.release()


def test_unreachable_server_is_reported_as_offline(make_station, db_url: str) -> None:
    server = InProcessServer(db_url).start()
    a = make_station(server, "st-a")
    server.stop()
    try:
        a.sync()
    except ServerUnreachable as error:
        assert "not reachable" in str(error)
    else:
        raise AssertionError("sync with the server down must fail as offline")
