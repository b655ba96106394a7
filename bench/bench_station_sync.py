"""A real station's push and pull over loopback (its encrypted store) beside the bench replica's."""

from __future__ import annotations

import sqlite3
import statistics
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.core import Figure, ratio_figure, served_by_dosing_server, server_bench_folder
from bench.replica import BenchReplica
from bench.shared import SharedBuilds
from station.services.sync_link import StoreReplica, enroll
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store
from sync.client.engine import SyncEngine, enroll_station
from sync.client.replica import PullState, ServerBinding
from sync.client.transport import SyncTransport
from sync.server.service import SyncService
from sync.wire.envelope import WireEvent

VISIT_EVENTS = 5
"""Events per fictional visit: assessment, dose, observation started, noted and closed."""


class ObjectsOnly:
    """A station's replica without the optional row hooks: the engine builds event objects.

    This is how a real station synced before its store handed the engine rows.
    """

    def __init__(self, replica: StoreReplica) -> None:
        self._replica = replica

    @property
    def station_id(self) -> str:
        return self._replica.station_id

    def public_key_hex(self) -> str:
        return self._replica.public_key_hex()

    def sign(self, message: bytes) -> bytes:
        return self._replica.sign(message)

    def head(self) -> tuple[int, str]:
        return self._replica.head()

    def events_after(self, after: int, limit: int) -> Sequence[Any]:
        return self._replica.events_after(after, limit)

    def push_mark(self) -> int:
        return self._replica.push_mark()

    def set_push_mark(self, seq: int) -> None:
        self._replica.set_push_mark(seq)

    def pull_state(self) -> PullState:
        return self._replica.pull_state()

    def apply_pulled(self, events: Sequence[WireEvent], state: PullState) -> None:
        self._replica.apply_pulled(events, state)

    def restore_own_events(self, events: Sequence[WireEvent]) -> None:
        self._replica.restore_own_events(events)

    def server_binding(self) -> ServerBinding | None:
        return self._replica.server_binding()

    def save_server_binding(self, binding: ServerBinding) -> None:
        self._replica.save_server_binding(binding)


def _station(folder: Path, station_id: str, url: str, admin: SyncService) -> tuple[Store, Session]:
    """A fresh station profile (fictional administrator), enrolled with the server."""
    store, session, _recovery = Store.create(
        folder / station_id,
        f"Bench counter {station_id} (fictional)",
        "admin",
        "Bente Fiktiv (administrator)",
        "bench-admin-pass-fictional",
        kdf=TEST_KDF,
        station_id=station_id,
    )
    enroll(store, session, url, admin.new_enrollment_code())
    return store, session


def _visit_events(station_id: str, events: int, *, doses: bool) -> list[tuple[str, dict[str, Any]]]:
    """``events`` events of fictional visits: with ``doses``, one dose in every five events.

    200 patients in turn, a visit every 7 minutes: no patient twice in one session. Without
    doses a visit has a second note instead (the server books every pushed dose on its own).
    """
    start = datetime(2031, 3, 4, 8, 0, tzinfo=UTC)
    items: list[tuple[str, dict[str, Any]]] = []
    for visit in range(events // VISIT_EVENTS):
        patient_id = f"P-{station_id}-{visit % 200:03d}"
        given_at = start + timedelta(minutes=7 * visit)
        observation_id = str(uuid.uuid4())
        dose: tuple[str, dict[str, Any]] = (
            (
                "dose.administered",
                {
                    "dose_id": str(uuid.uuid4()),
                    "patient_id": patient_id,
                    "station_id": station_id,
                    "drug": "diacetylmorphine_iv",
                    "mg": "100",
                    "given_at": given_at.isoformat(),
                    "session": f"{given_at.date().isoformat()}/morning",
                    "outcome": "full",
                },
            )
            if doses
            else ("observation.noted", {"observation_id": observation_id, "note": "calm"})
        )
        items += [
            ("assessment.recorded", {"patient_id": patient_id, "sedation": 0, "note": "calm"}),
            ("observation.started", {"observation_id": observation_id, "patient_id": patient_id}),
            dose,
            ("observation.noted", {"observation_id": observation_id, "note": "stable"}),
            (
                "observation.closed",
                {
                    "observation_id": observation_id,
                    "closed_at": (given_at + timedelta(minutes=20)).isoformat(),
                },
            ),
        ]
    return items


def _engine(replica: Any, url: str) -> SyncEngine:
    transport = SyncTransport(url, replica.station_id, replica.sign)
    return SyncEngine(replica, transport, push_batch=10_000, pull_page=10_000)


def _timed(engine: SyncEngine) -> float:
    started = time.perf_counter()
    engine.sync_once()
    elapsed = time.perf_counter() - started
    engine.transport.close()
    return elapsed


def _station_seconds(folder: Path, path: str, count: int, *, doses: bool) -> tuple[float, float]:
    """A real station's push of ``count`` events and a second one's pull of them (own server).

    ``path`` is "rows" (the store hands the engine arrays) or "objects" (event objects).
    """
    db_url = f"sqlite:///{folder / 'server.db'}"
    admin = SyncService(db_url)
    with served_by_dosing_server(db_url) as url:
        writer, writer_session = _station(folder, "writer", url, admin)
        reader, reader_session = _station(folder, "reader", url, admin)
        items = _visit_events(writer.station_id, count, doses=doses)
        for first in range(0, len(items), 1000):
            writer.record_many(writer_session, items[first : first + 1000])
        replicas: list[Any] = [
            StoreReplica(writer, writer_session),
            StoreReplica(reader, reader_session),
        ]
        if path == "objects":
            replicas = [ObjectsOnly(replica) for replica in replicas]
        push_s = _timed(_engine(replicas[0], url))
        pull_s = _timed(_engine(replicas[1], url))
        # Counted through a plain connection of the bench's own, as the baselines read.
        counting = sqlite3.connect(Store.database_path(reader.data_dir))
        try:
            held = counting.execute(
                "SELECT count(*) FROM remote_events WHERE station_id = ?", (writer.station_id,)
            ).fetchone()[0]
        finally:
            counting.close()
        expected = writer.head()[0]  # the visits and the writer's own setup events
        if held != expected:
            raise RuntimeError(f"the reader holds {held} of {expected} events")
        writer.close()
        reader.close()
    admin.close()
    return push_s, pull_s


def _bench_replica_seconds(folder: Path, count: int, *, doses: bool) -> tuple[float, float]:
    """The bench replica's push of the same events and a second one's pull (own server)."""
    db_url = f"sqlite:///{folder / 'server.db'}"
    admin = SyncService(db_url)
    with served_by_dosing_server(db_url) as url:
        writer, reader = (
            BenchReplica(folder / f"{name}.db", name) for name in ("writer", "reader")
        )
        for replica in (writer, reader):
            enroll_station(replica, url, admin.new_enrollment_code())
        writer.record_many(_visit_events(writer.station_id, count, doses=doses))
        push_s = _timed(_engine(writer, url))
        pull_s = _timed(_engine(reader, url))
        held = reader.pulled_count(writer.station_id)
        if held != count:
            raise RuntimeError(f"the reader holds {held} of {count} events")
        writer.close()
        reader.close()
    admin.close()
    return push_s, pull_s


def _run_once(folder: Path, count: int) -> dict[str, float]:
    """Each side on a fresh server of its own: same server work, and the feed holds only it."""
    seconds: dict[str, float] = {}
    for doses in (False, True):
        mix = "visits" if doses else "notes"
        for side in ("rows", "objects", "bench"):
            run = folder / f"run-{len(list(folder.glob('run-*')))}"
            run.mkdir()
            if side == "bench":
                push_s, pull_s = _bench_replica_seconds(run, count, doses=doses)
            else:
                push_s, pull_s = _station_seconds(run, side, count, doses=doses)
            seconds[f"{mix} push {side}"] = push_s
            seconds[f"{mix} pull {side}"] = pull_s
    return seconds


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Measure a real station's push and pull of 10,000 events (quick: 2,000), rows against
    event objects and against the bench replica."""
    count = 2_000 if quick else 10_000  # quick: a smoke run
    repeats = 1 if quick else 2  # each side a fresh server and station: 2 within the budget
    with server_bench_folder() as folder:
        samples = [_run_once(folder, count) for _ in range(repeats)]

    def ms(key: str) -> float:
        return statistics.median(sample[key] for sample in samples) * 1000

    runs = (
        f"wire version 2, one batch; median of {repeats} run(s) (3 until the full run had to fit "
        "in 8 minutes), each side of a run on a fresh server"
    )
    notes = f"visits without doses (notes instead); {runs}"
    visits = f"visits, one dose in five events; {runs}"
    bench = "baseline: the bench replica (plain SQLite log, no encryption or projections)"
    objects = "baseline: the same station with event objects (no row hooks)"
    return [
        ratio_figure(
            f"station push of {count:,} events vs bench replica",
            ms("notes push rows"),
            ms("notes push bench"),
            "ms",
            2.0,
            note=f"{bench}; the station opens each sealed payload; {notes}",
        ),
        ratio_figure(
            f"station push of {count:,} events, rows vs objects",
            ms("notes push rows"),
            ms("notes push objects"),
            "ms",
            1.0,
            note=f"{objects}; {notes}",
        ),
        ratio_figure(
            f"station pull of {count:,} events vs bench replica",
            ms("visits pull rows"),
            ms("visits pull bench"),
            "ms",
            4.0,
            note=f"{bench}; the station seals each event and counts each dose; {visits}",
        ),
        ratio_figure(
            f"station pull of {count:,} events, rows vs objects",
            ms("visits pull rows"),
            ms("visits pull objects"),
            "ms",
            1.2,
            note=f"{objects} (both store through store_pulled_rows); {visits}",
        ),
        ratio_figure(
            f"station push of {count:,} events with {count // VISIT_EVENTS:,} doses "
            "vs bench replica",
            ms("visits push rows"),
            ms("visits push bench"),
            "ms",
            1.5,
            note=f"{bench}; most of it is the server booking each dose; {visits}",
        ),
    ]
