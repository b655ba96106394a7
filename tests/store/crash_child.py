"""Child side of the crash test: commit dose events forever and acknowledge each after COMMIT.

Two ways to run it:

``python -m tests.store.crash_child worker DATA_DIR SEED``
    A fresh interpreter opens the store, signs in and records dose events until it is killed.

``python -m tests.store.crash_child forkserver``
    Imports everything once, then for every ``go SEED DATA_DIR`` line on stdin forks a worker (a new
    process that never saw the database before the fork), waits for it to die and reports
    ``dead PID STATUS``. This keeps hundreds of kill cycles fast without sharing any SQLite
    state between the killed process and the checker.

Protocol on stdout, one line per ``os.write`` (atomic on a pipe):
``start PID`` when the worker begins, ``ack SEQ DOSE_ID`` only after ``record``/``record_many``
returned (the transaction is committed), ``error TEXT`` if the worker fails on its own.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from station.store.store import Store

USERNAME = "crash.nurse"
PASSWORD = "fictional-crash-password"
PATIENTS = [f"patient-{number:03d}" for number in range(24)]


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _dose(rng: random.Random, station_id: str) -> dict[str, object]:
    given_at = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(60 * 24 * 30))
    return {
        "patient_id": rng.choice(PATIENTS),
        "dose_id": str(uuid.uuid4()),
        "drug": rng.choice(["diacetylmorphine", "methadone"]),
        "form": "iv",
        "mg": str(rng.randrange(10, 400)),
        "given_at": given_at.isoformat(),
        "session": rng.choice(["morning", "evening"]),
        "station_id": station_id,
        "outcome": "given",
    }


def worker(data_dir: Path, seed: int) -> None:
    """Record dose events until killed; acknowledge each committed one."""
    _say(f"start {os.getpid()}")
    rng = random.Random(seed)
    store = Store.open(data_dir)
    session = store.unlock(USERNAME, PASSWORD)
    while True:
        if rng.random() < 0.25:
            doses = [_dose(rng, store.station_id) for _ in range(rng.randint(2, 4))]
            events = store.record_many(session, [("dose.administered", dose) for dose in doses])
        else:
            dose = _dose(rng, store.station_id)
            events = [store.record(session, "dose.administered", dose)]
        # Only here has COMMIT returned: now the events may be acknowledged.
        for event in events:
            _say(f"ack {event.seq} {event.payload['dose_id']}")


def _run_worker(data_dir: Path, seed: int) -> None:
    try:
        worker(data_dir, seed)
    except BaseException:
        _say("error " + traceback.format_exc().replace("\n", " | "))
        raise


def _warm_up() -> None:
    """Do once, before forking, the lazy set-up every worker would otherwise repeat."""
    import sqlite3

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from station.store.crypto import TEST_KDF, DataKey, derive_key
    from station.store.database import migrate

    key = DataKey.generate()
    key.open(key.seal(b"warm", "aad"), "aad")
    key.blind_index("kind", "value")
    Ed25519PrivateKey.generate().sign(b"warm")
    derive_key("warm-up-secret", b"\x00" * 16, TEST_KDF)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    migrate(memory)
    memory.close()


def forkserver() -> None:
    """Fork one worker per ``go SEED DATA_DIR`` line; report each worker's death."""
    _warm_up()
    _say("ready")
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "quit":
            return
        seed, data_dir = int(command[1]), Path(command[2])
        pid = os.fork()
        if pid == 0:  # the worker: a new process that never opened the database
            status = 0
            try:
                _run_worker(data_dir, seed)
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {status}")


def main(argv: list[str]) -> int:
    """Entry point: ``worker DATA_DIR SEED`` or ``forkserver``."""
    mode = argv[0]
    if mode == "worker":
        _run_worker(Path(argv[1]), int(argv[2]))
    elif mode == "forkserver":
        forkserver()
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
