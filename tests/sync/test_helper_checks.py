"""Large pushes checked by the helper process while their rows go in: same checks, same answers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from sync.server.checks import compact_push_passes
from sync.wire import compact
from sync.wire.chain import GENESIS_HASH
from tests.sync.conftest import InProcessServer, ServerProcess, Station, wait_until

COUNT = 2500  # over the size from which the helper process checks a push


@pytest.fixture
def helper_server(db_url: str) -> Iterator[InProcessServer]:
    running = InProcessServer(db_url, check_in_helper_process=True).start()
    assert running.service is not None and running.service.verifier.process is not None
    running.service.helper_only_on_a_spare_core = False  # also on a busy test machine
    yield running
    running.release()


def _helper_used(server: InProcessServer) -> int:
    assert server.service is not None
    return server.service.helper_checks


def _rows(station: Station, count: int = COUNT) -> list[list[Any]]:
    for n in range(count):
        station.replica.record("observation.started", {"n": n})
    return [list(row) for row in station.replica.push_rows_after(0, count)]


def _body(station: Station, rows: list[list[Any]]) -> bytes:
    return orjson.dumps(
        {
            "wire_version": 2,
            "station_id": station.replica.station_id,
            "local_head_seq": rows[-1][0] if rows else 0,
            "local_head_hash": rows[-1][8] if rows else GENESIS_HASH,
            "push_mark": 0,
            "events": rows,
        }
    )


def test_the_helper_passes_a_good_run_and_nothing_else(tmp_path: Any, make_station) -> None:
    server = InProcessServer(f"sqlite:///{tmp_path / 'plain.db'}").start()
    try:
        a = make_station(server, "st-a")
        rows = _rows(a, 50)
        assert compact_push_passes(_body(a, rows), "st-a")
        assert not compact_push_passes(_body(a, rows), "st-b"), "another station's body"
        bad = [list(row) for row in rows]
        bad[20][5] = "1" * 64
        assert not compact_push_passes(_body(a, bad), "st-a")
        assert not compact_push_passes(_body(a, rows[:20] + rows[21:]), "st-a"), "a gap"
        assert not compact_push_passes(b"not json", "st-a")
    finally:
        server.release()


def test_a_large_push_checked_by_the_helper_is_stored(
    helper_server: InProcessServer, make_station
) -> None:
    a, b = make_station(helper_server, "st-a"), make_station(helper_server, "st-b")
    a.engine.push_batch = b.engine.pull_page = compact.MAX_BATCH
    _rows(a)
    assert a.sync().pushed == COUNT
    assert b.sync().pulled == COUNT
    assert _helper_used(helper_server) == 1


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        (5, "1" * 64, "bad_payload_hash"),
        (4, '{"n":1,"salt":"0"}', "bad_payload_hash"),
        (8, "2" * 64, "bad_record_hash"),
    ],
)
def test_a_bad_event_in_a_large_push_is_refused_with_its_own_error(
    helper_server: InProcessServer, make_station, column: int, value: str, code: str
) -> None:
    a, b = make_station(helper_server, "st-a"), make_station(helper_server, "st-b")
    rows = _rows(a)
    rows[1199][column] = value
    reply = a.post_compact(_body(a, rows), timeout=60)
    assert reply.status_code == 400, reply.text
    assert (reply.json()["code"], reply.json()["detail"]["seq"]) == (code, 1200)
    b.engine.pull_page = compact.MAX_BATCH
    b.sync()
    assert b.replica.pulled() == [], "the rows inserted beside the check were rolled back"
    assert _helper_used(helper_server) == 1


def test_a_bad_event_that_also_differs_from_a_held_one_is_told_as_bad_not_as_divergence(
    helper_server: InProcessServer, make_station
) -> None:
    """The storing finds the clash before the helper answers; the check's error wins."""
    a = make_station(helper_server, "st-a")
    a.engine.push_batch = compact.MAX_BATCH
    rows = _rows(a)
    assert a.sync().pushed == COUNT
    rows[99][8] = "2" * 64  # a record hash that is wrong, and not the one the server holds
    reply = a.post_compact(_body(a, rows), timeout=60)
    assert reply.status_code == 400, reply.text
    assert (reply.json()["code"], reply.json()["detail"]["seq"]) == ("bad_record_hash", 100)
    assert helper_server.service is not None
    (row,) = helper_server.service.list_stations()
    assert row.status == "active", "a bad batch does not suspend the station"
    assert _helper_used(helper_server) == 2


def test_a_large_push_with_text_that_needs_escaping_is_checked_here_and_stored(
    helper_server: InProcessServer, make_station
) -> None:
    a, b = make_station(helper_server, "st-a"), make_station(helper_server, "st-b")
    a.engine.push_batch = b.engine.pull_page = compact.MAX_BATCH
    _rows(a, COUNT - 1)
    a.replica.record('observation "quoted"\\', {"n": "last"})  # hashed the slow way
    assert a.sync().pushed == COUNT
    assert b.sync().pulled == COUNT


def test_a_large_push_is_stored_when_the_helper_process_is_gone(
    helper_server: InProcessServer, make_station
) -> None:
    a, b = make_station(helper_server, "st-a"), make_station(helper_server, "st-b")
    a.engine.push_batch = b.engine.pull_page = compact.MAX_BATCH
    _rows(a)
    service = helper_server.service
    assert service is not None and service.verifier.process is not None
    for process in service.verifier.process._pool._processes.values():  # type: ignore[union-attr]
        process.kill()
        process.join(10)
    assert a.sync().pushed == COUNT
    assert b.sync().pulled == COUNT


def _state_and_parent(pid: int) -> tuple[str, int] | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return fields[0], int(fields[1])


def _children(pid: int) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            state = _state_and_parent(int(name))
            if state is not None and state[1] == pid:
                found.append(int(name))
    return found


def _running(pid: int) -> bool:
    state = _state_and_parent(pid)
    return state is not None and state[0] != "Z"


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc (Linux)")
def test_the_helper_process_ends_when_the_server_is_killed(tmp_path: Any) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        wait_until(lambda: len(_children(server.process.pid)) >= 1, "the helper process")
        helpers = _children(server.process.pid)
    finally:
        server.kill()
    wait_until(lambda: not any(map(_running, helpers)), "the helper to end with the server")


def test_a_server_without_a_load_average_still_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no os.getloadavg: a large push must not fail on the question."""
    from sync.server import verify

    monkeypatch.delattr(os, "getloadavg")
    cores = len(os.sched_getaffinity(0))
    assert verify.core_to_spare() is (cores > 1)
