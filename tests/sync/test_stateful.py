"""Random interleavings of offline work, push, pull, lost replies and crashes across stations."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import select

from sync.client.engine import SyncEngine, enroll_station
from sync.client.errors import ServerUnreachable
from sync.client.transport import SyncTransport
from sync.server import schema
from sync.wire.envelope import PushReply, PushRequest
from tests.sync.conftest import InProcessServer, Station, _postgres_schema
from tests.sync.replica import SqliteReplica

_examples = itertools.count()


class _Crash(Exception):
    """Stands for the station process dying inside a transaction."""


class LosingTransport(SyncTransport):
    """A transport whose next push reply can be lost after the server committed."""

    lose_next = False

    def push(self, request: PushRequest) -> PushReply:
        reply = super().push(request)
        if self.lose_next:
            self.lose_next = False
            raise ServerUnreachable("reply lost")
        return reply


def run_machine(server: InProcessServer, *, examples: int, steps: int) -> None:
    class SyncMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            prefix = f"x{next(_examples)}"
            self.prefix = prefix
            self.stations: list[Station] = []
            assert server.service is not None
            for n in range(3):
                replica = SqliteReplica(":memory:", f"{prefix}-st{n}")
                enroll_station(replica, server.url, server.service.new_enrollment_code())
                transport = LosingTransport(server.url, replica.station_id, replica.sign)
                engine = SyncEngine(replica, transport)
                self.stations.append(Station(replica, transport, engine, server.url))
            self.doses: dict[tuple[str, str], set[str]] = {}

        def teardown(self) -> None:
            for station in self.stations:
                station.transport.close()
                station.replica.close()

        stations_index = st.integers(0, 2)

        @rule(n=stations_index, note=st.integers(0, 1000))
        def offline_work(self, n: int, note: int) -> None:
            self.stations[n].replica.record("observation.started", {"note": note})

        @rule(
            n=stations_index,
            patient=st.sampled_from(["P1", "P2"]),
            session=st.sampled_from(["a", "b"]),
        )
        def dose(self, n: int, patient: str, session: str) -> None:
            event = self.stations[n].replica.dose(
                f"{self.prefix}-{patient}", f"2026-11-22/{session}"
            )
            key = (event.payload["patient_id"], event.payload["session"])
            self.doses.setdefault(key, set()).add(event.payload["dose_id"])

        @rule(n=stations_index)
        def sync(self, n: int) -> None:
            self.stations[n].sync()

        @rule(n=stations_index)
        def push_reply_lost(self, n: int) -> None:
            station = self.stations[n]
            station.transport.lose_next = True  # type: ignore[attr-defined]
            with contextlib.suppress(ServerUnreachable):
                station.sync()

        @rule(n=stations_index)
        def crash_while_applying_pull(self, n: int) -> None:
            station = self.stations[n]
            before = (station.replica.pull_state(), len(station.replica.pulled()))

            def crash() -> None:
                raise _Crash

            station.replica.apply_hook = crash
            try:
                station.sync()
            except _Crash:
                assert (station.replica.pull_state(), len(station.replica.pulled())) == before
            finally:
                station.replica.apply_hook = None

        @invariant()
        def acknowledged_events_are_on_the_server(self) -> None:
            assert server.service is not None
            with server.service.engine.connect() as connection:
                for station in self.stations:
                    mark = station.replica.push_mark()
                    held = {
                        row.seq: row.hash
                        for row in connection.execute(
                            select(schema.events.c.seq, schema.events.c.hash)
                            .where(schema.events.c.station_id == station.replica.station_id)
                            .where(schema.events.c.seq <= mark)
                        )
                    }
                    local = {e.seq: e.hash for e in station.replica.events_after(0, mark)}
                    assert held == local

        @invariant()
        def nothing_applied_twice(self) -> None:
            for station in self.stations:
                uuids = [e["uuid"] for e in station.replica.pulled()]
                assert len(uuids) == len(set(uuids))

        def check_convergence(self) -> None:
            for _ in range(2):
                for station in self.stations:
                    station.sync()
            everyone = {s.replica.station_id: set(s.replica.own_uuids()) for s in self.stations}
            for station in self.stations:
                pulled = {
                    e["uuid"]
                    for e in station.replica.pulled()
                    if e["station_id"].startswith(self.prefix)
                }
                others = set().union(
                    *(u for sid, u in everyone.items() if sid != station.replica.station_id)
                )
                assert pulled == others
            assert server.service is not None
            flagged = {
                (i.patient_id, i.session): {d["dose_id"] for d in i.doses}
                for i in server.service.list_incidents("all")
                if i.kind == "suspected_double_dose" and i.patient_id.startswith(self.prefix)
            }
            expected = {key: ids for key, ids in self.doses.items() if len(ids) > 1}
            assert flagged == expected

    class ConvergingMachine(SyncMachine):
        def teardown(self) -> None:
            try:
                self.check_convergence()
            finally:
                super().teardown()

    ConvergingMachine.TestCase.settings = settings(
        max_examples=examples, stateful_step_count=steps, deadline=None, database=None
    )
    ConvergingMachine.TestCase().runTest()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[InProcessServer]:
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    yield server
    server.release()


def test_random_interleavings_converge_on_sqlite(sqlite_server: InProcessServer) -> None:
    run_machine(sqlite_server, examples=6, steps=30)


@pytest.mark.postgres
def test_random_interleavings_converge_on_postgres(postgres_url: str) -> None:
    for url in _postgres_schema(postgres_url):
        server = InProcessServer(url).start()
        try:
            run_machine(server, examples=3, steps=20)
        finally:
            server.release()
