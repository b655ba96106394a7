"""A station killed (SIGKILL) while applying a pulled batch keeps store and cursor together."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.services.conftest import PASSWORDS
from tests.services.sync_support import new_station
from tests.sync.conftest import DEADLINE_S, InProcessServer, wait_until

# The child signs in, starts a sync round and stops for good inside the pull's transaction,
# after the batch was written but before COMMIT; the parent then kills it.
CHILD = """
import sys, time
from pathlib import Path
import station.store.remote as remote
from station.services.sync_service import StationSync
from station.store.store import Store

data_dir, password, marker = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
real = remote.store_pulled_rows

def store_then_hang(connection, data_key, station_id, rows, now_ms=None):
    outcome = real(connection, data_key, station_id, rows, now_ms)
    if rows:
        marker.write_text(str(outcome.stored))
        while True:
            time.sleep(1)
    return outcome

remote.store_pulled_rows = store_then_hang
store = Store.open(data_dir)
StationSync(store, store.unlock("nurse", password)).sync_now()
"""


def test_station_killed_while_applying_a_pull_loses_nothing_and_applies_nothing_half(
    tmp_path: Path,
) -> None:
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    assert server.service is not None
    a = new_station(tmp_path / "st-a", "st-a")
    b = new_station(tmp_path / "st-b", "st-b", a.clock)
    try:
        for station in (a, b):
            station.enroll(server.url, server.service.new_enrollment_code())
        patients = [a.register() for _ in range(3)]
        a.give(patients[0], 100)
        assert a.sync is not None and a.sync.sync_now().status.online
        b.close()

        marker = tmp_path / "inside-the-pull"
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(b.data_dir), PASSWORDS["nurse"], str(marker)],
            cwd=Path(__file__).resolve().parents[2],
        )
        try:
            wait_until(marker.exists, "the child to be inside the pull's transaction")
            assert int(marker.read_text()) > 0
            child.send_signal(signal.SIGKILL)
            child.wait(DEADLINE_S)
        finally:
            if child.poll() is None:
                child.kill()

        b.reopen()
        assert b.store.meta("sync_pull_cursor") in (None, "0")
        with b.store.reading(b.admin) as projections:
            assert projections.pulled_count() == 0
        assert b.counter.roster(b.nurse) == []
        assert b.store.verify(b.admin.data_key).intact

        overview = b.connect().sync_now()
        assert overview.status.online, overview.status.last_error
        assert sorted(p.clinic_id for p in b.counter.roster(b.nurse)) == sorted(
            p.clinic_id for p in patients
        )
        doses = b.counter.overview(b.nurse, patients[0].patient_id).recent_doses
        assert [dose.mg.value for dose in doses] == [100]
    finally:
        a.close()
        b.close()
        server.stop()
