"""Backups restored on either side, a server killed mid-batch and a station killed mid-pull."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sync.client.errors import ServerUnreachable
from sync.server.service import SyncService
from tests.sync.conftest import (
    DEADLINE_S,
    InProcessServer,
    ServerProcess,
    copy_file,
    open_station,
    wait_until,
)


def _alert_kinds(service: SyncService, station_id: str) -> list[str]:
    row = next(s for s in service.list_stations() if s.station_id == station_id)
    return [alert["kind"] for alert in row.alerts]


def test_station_restored_from_older_backup_gets_its_events_back(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    b.replica.record("patient.seen", {"n": "b1"})
    b.sync()
    for n in range(3):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    backup = a.replica.path + ".backup"
    copy_file(a.replica.path, backup)
    lost = [a.replica.record("observation.started", {"n": n}) for n in range(3, 5)]
    b.replica.record("patient.seen", {"n": "b2"})
    b.sync()
    a.sync()
    a.sync()  # confirms the cursor it stored after the backup was taken
    a.transport.close()
    a.replica.close()
    copy_file(backup, a.replica.path)

    restored = open_station(a.replica.path, server.url)
    assert restored.replica.head()[0] == 3
    report = restored.sync()
    assert report.restored_own == 2
    assert any("restored from an older backup" in notice for notice in report.notices)
    assert restored.replica.own_uuids()[3:] == [e.uuid for e in lost]
    restored.replica.verify_chain()
    assert {"station_restored_from_backup", "pull_cursor_went_back"} <= set(
        _alert_kinds(server.service, "st-a")  # type: ignore[arg-type]
    )
    # The station carries on its chain; the server accepts the next event.
    restored.replica.record("observation.started", {"n": 5})
    assert restored.sync().pushed == 1
    assert [e["payload"]["n"] for e in restored.replica.pulled()] == ["b1", "b2"]
    restored.transport.close()


def test_server_restored_from_older_backup_is_refilled_by_stations(
    db_url: str, make_station
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("file-level server backup is a SQLite scenario")
    server = InProcessServer(db_url).start()
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    for n in range(3):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    b.sync()
    server.stop()
    db_file = db_url.removeprefix("sqlite:///")
    copy_file(db_file, db_file + ".backup")
    server.start()
    for n in range(3, 6):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    b.sync()
    assert len(b.replica.pulled()) == 6
    server.stop()
    copy_file(db_file + ".backup", db_file)
    server.start()
    assert server.service is not None
    # The administrator who restored the backup restarts the feed (`dosing-server feed
    # restart`): no station can (tests/sync/test_server_hardening.py).
    server.service.restart_feed("restored from the backup taken before st-a's last push")
    try:
        report = a.sync()
        assert report.pushed == 3
        assert any("restored from an older backup" in n for n in report.notices)
        assert "server_behind_station" in _alert_kinds(server.service, "st-a")
        b_report = b.sync()
        assert b_report.notices, "the station must be told the feed restarted"
        assert sorted(e["payload"]["n"] for e in b.replica.pulled()) == list(range(6))
        assert (
            next(
                s for s in server.service.list_stations() if s.station_id == "st-a"
            ).highest_contiguous_seq
            == 6
        )
    finally:
        server.release()


def test_server_killed_mid_batch_loses_nothing_and_duplicates_nothing(
    db_url: str, make_station, tmp_path: Path
) -> None:
    admin = SyncService(db_url)
    pause_dir = tmp_path / "pause"
    pause_dir.mkdir()
    process = ServerProcess(
        db_url,
        command=[sys.executable, "-m", "tests.sync.fault_server", db_url, str(pause_dir)],
    )
    try:
        a = make_station(process, "st-a", service=admin)
        for n in range(40):
            a.replica.record("observation.started", {"n": n})
        failures: list[BaseException] = []

        def push() -> None:
            try:
                a.sync()
            except BaseException as error:
                failures.append(error)

        pusher = threading.Thread(target=push)
        pusher.start()
        wait_until((pause_dir / "paused").exists, "the batch to reach COMMIT")
        process.kill()
        pusher.join(DEADLINE_S)
        assert failures and isinstance(failures[0], ServerUnreachable)
        assert a.replica.push_mark() == 0
    finally:
        process.stop()
    restarted = ServerProcess(db_url, port=process.port)
    try:
        report = a.sync()
        assert report.pushed == 40 and report.duplicates == 0
        assert a.replica.push_mark() == 40
        again = a.sync()
        assert again.pushed == 0
        station = next(s for s in admin.list_stations() if s.station_id == "st-a")
        assert station.highest_contiguous_seq == 40
    finally:
        restarted.stop()
        admin.close()


CHILD = """
import sys, os
from tests.sync.conftest import open_station
marker = sys.argv[3]
def hang():
    open(marker, "w").write("applying")
    import threading; threading.Event().wait()
station = open_station(sys.argv[1], sys.argv[2], apply_hook=hang)
station.sync()
"""


def test_station_killed_while_applying_a_pull_keeps_batch_and_cursor_together(
    server: InProcessServer, make_station, tmp_path: Path
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    for n in range(30):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    b.transport.close()
    b.replica.close()
    marker = tmp_path / "applying"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, b.replica.path, server.url, str(marker)],
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        wait_until(marker.exists, "the child to be inside apply_pulled")
        child.send_signal(signal.SIGKILL)
        child.wait(DEADLINE_S)
    finally:
        if child.poll() is None:
            child.kill()
    reopened = open_station(b.replica.path, server.url)
    assert reopened.replica.pull_state().cursor == 0
    assert reopened.replica.pulled() == []
    reopened.sync()
    pulled = reopened.replica.pulled()
    assert [e["payload"]["n"] for e in pulled] == list(range(30))
    reopened.transport.close()
