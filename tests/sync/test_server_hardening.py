"""The server's own defences (issue 14, point 6): bodies, rates, locks, files, feed, JSON."""

from __future__ import annotations

import http.client
import json
import os
import re
import sqlite3
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import update

from sync.server import schema as t
from sync.server.cli import main as server_cli
from sync.server.db import UnsafeDatabaseFiles
from sync.server.limits import (
    PUSH_V1_BYTES,
    PUSH_V2_BYTES,
    SMALL_BODY_BYTES,
    Rate,
    ServerLimits,
)
from sync.server.service import SyncService
from sync.wire import compact
from sync.wire.envelope import MAX_EVENTS, PushRequest, WireEvent
from sync.wire.signing import sign_request
from tests.sync.conftest import InProcessServer, ManualClock, ServerProcess, Station

MIB = 1024 * 1024


def _signed(station: Station, method: str, path: str, body: bytes = b"") -> dict[str, str]:
    headers = sign_request(
        station.replica.sign,
        station.replica.station_id,
        method=method,
        path=path,
        body=body,
        timestamp=int(time.time()),
    ).as_dict()
    return headers


def _forged(station_id: str) -> dict[str, str]:
    """Headers naming a station, with a signature made by no key of it."""
    return {
        "X-Hat-Station": station_id,
        "X-Hat-Timestamp": str(int(time.time())),
        "X-Hat-Nonce": os.urandom(8).hex(),
        "X-Hat-Signature": "ab" * 64,
    }


def _send_head_only(
    port: int, path: str, headers: dict[str, str], declared: int, sent: int = 64 * 1024
) -> tuple[int, dict[str, object]]:
    """POST with a declared body length but only ``sent`` bytes of it; return the answer.

    The answer must come while most of the body is still unsent: a server that reads the body
    before it answers waits for the rest, and the read here times out.
    """
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.putrequest("POST", path)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(declared))
        connection.endheaders()
        if sent:
            connection.send(b"x" * sent)
        try:
            response = connection.getresponse()
        except TimeoutError:
            raise AssertionError("the server waited for the body before answering") from None
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def _peak_mib() -> int:
    match = re.search(r"VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text())
    assert match
    return int(match.group(1)) // 1024


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pytest.skip("this system cannot reset the peak memory mark (/proc/self/clear_refs)")


def _stream(total: int, chunk: int = 64 * 1024) -> Iterator[bytes]:
    block = b"y" * chunk
    for _ in range(total // chunk):
        yield block


# ------------------------------------------------------ authentication before the body


@pytest.mark.parametrize(
    ("case", "status", "code"),
    [
        ("unknown station", 401, "unknown_station"),
        ("unsigned", 401, "unsigned_request"),
        ("time far off", 401, "clock_skew"),
        ("malformed nonce", 401, "bad_nonce"),
        ("revoked station", 403, "station_revoked"),
        ("suspended station", 403, "station_suspended"),
    ],
)
def test_a_request_that_cannot_authenticate_is_answered_before_its_body_is_sent(
    server: InProcessServer, make_station, case: str, status: int, code: str
) -> None:
    a = make_station(server, "st-a")
    assert server.service is not None
    headers = _signed(a, "POST", compact.PUSH_PATH, b"the body that is never sent")
    if case == "unknown station":
        headers = _forged("st-nobody")
    elif case == "unsigned":
        del headers["X-Hat-Signature"]
    elif case == "time far off":
        headers["X-Hat-Timestamp"] = str(int(time.time()) - 3600)
    elif case == "malformed nonce":
        headers["X-Hat-Nonce"] = "not a nonce; " + "x" * 80
    elif case == "revoked station":
        server.service.revoke_station("st-a", "stolen laptop")
    else:
        with server.service.engine.begin() as connection:
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == "st-a")
                .values(status="suspended", status_reason="copied data folder")
            )
    answer, reply = _send_head_only(server.port, compact.PUSH_PATH, headers, declared=20 * MIB)
    assert (answer, reply["code"]) == (status, code)
    assert reply["message"]


def test_a_50_mb_body_of_an_unknown_station_is_never_held_in_memory(
    server: InProcessServer,
) -> None:
    httpx.get(server.url + "/v1/health")  # the app and its threads are warm
    _reset_peak()
    before = _peak_mib()
    reply = httpx.post(
        server.url + compact.PUSH_PATH,
        content=_stream(50 * MIB),
        headers=_forged("st-nobody"),
        timeout=60,
    )
    grown = _peak_mib() - before
    assert reply.status_code == 401 and reply.json()["code"] == "unknown_station"
    assert grown < 15, f"the server's memory grew by {grown} MiB for a refused 50 MB body"


def test_bodies_waiting_for_their_signature_check_share_one_budget(limited, make_station) -> None:
    server = limited(ServerLimits(unverified_body_bytes=2 * MIB))
    make_station(server, "st-a")
    reply = httpx.post(
        server.url + compact.PUSH_PATH,
        content=_stream(10 * MIB),
        headers=_forged("st-a"),
        timeout=60,
    )
    assert reply.status_code == 503 and reply.json()["code"] == "server_busy"
    assert reply.headers["Retry-After"] == "1"
    small = httpx.post(
        server.url + compact.PUSH_PATH, content=b"{}", headers=_forged("st-a"), timeout=10
    )
    assert small.json()["code"] == "bad_signature"  # the budget was given back


# ------------------------------------------------------------------ body size limits


@pytest.mark.parametrize(
    ("path", "limit", "said"),
    [
        ("/v1/push", PUSH_V1_BYTES, "21 MiB"),
        (compact.PUSH_PATH, PUSH_V2_BYTES, "41 MiB"),
        ("/v1/enroll", SMALL_BODY_BYTES, "16 KiB"),
        ("/v1/leases", SMALL_BODY_BYTES, "16 KiB"),
        ("/v1/pull", 1024, "1 KiB"),
    ],
)
def test_a_declared_body_over_its_routes_limit_is_refused_at_once(
    server: InProcessServer, make_station, path: str, limit: int, said: str
) -> None:
    a = make_station(server, "st-a")
    answer, reply = _send_head_only(
        server.port, path, _signed(a, "POST", path, b"never sent"), declared=limit + 1, sent=0
    )
    assert answer == 413
    assert reply["code"] == "body_too_large"
    assert said in str(reply["message"]), reply["message"]
    assert reply["detail"] == {"limit_bytes": limit}


@pytest.mark.parametrize("path", ["/v1/leases", "/v1/enroll"])
def test_a_streamed_body_over_the_limit_is_not_read_further(
    server: InProcessServer, make_station, path: str
) -> None:
    a = make_station(server, "st-a")
    httpx.get(server.url + "/v1/health")
    _reset_peak()
    before = _peak_mib()
    reply = httpx.post(
        server.url + path,
        content=_stream(50 * MIB),  # no Content-Length: sent in chunks
        headers=_signed(a, "POST", path, b"anything"),
        timeout=60,
    )
    grown = _peak_mib() - before
    assert reply.status_code == 413 and reply.json()["code"] == "body_too_large"
    assert "16 KiB" in reply.json()["message"]
    assert grown < 15, f"the server's memory grew by {grown} MiB for a refused 50 MB body"


def test_the_largest_batches_of_full_size_events_fit_the_push_limits() -> None:
    """The limits leave room for the most events the wire allows, each with 3 KiB of payload
    and every other field at its longest."""
    payload = {"note": "n" * 3000}
    event = WireEvent(
        station_id="s" * 64,
        seq=10**12,
        uuid="u" * 64,
        hlc="h" * 100,
        type="t" * 100,
        payload=payload,
        payload_hash="a" * 64,
        sealed_digest="d" * 128,
        prev_hash="b" * 64,
        hash="c" * 64,
        signature="e" * 128,
    )
    v1 = PushRequest(
        station_id="s" * 64,
        local_head_seq=10**12,
        local_head_hash="c" * 64,
        push_mark=10**12,
        events=[event] * MAX_EVENTS,
    ).model_dump_json()
    assert len(v1) < PUSH_V1_BYTES
    v2 = compact.encode_push(
        station_id="s" * 64,
        local_head_seq=10**12,
        local_head_hash="c" * 64,
        push_mark=10**12,
        events=[event] * compact.MAX_BATCH,
    )
    assert len(v2) < PUSH_V2_BYTES


# ------------------------------------------------------------------------ rate limits


def test_a_station_over_its_rate_is_told_when_to_come_back(limited, make_station) -> None:
    clock = ManualClock()
    server = limited(ServerLimits(station=Rate(per_second=1, burst=3)), clock)
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    for _ in range(3):
        assert a.transport.pull(cursor=0, epoch="", limit=10).cursor == 0
    path = "/v1/pull?cursor=0&epoch=&limit=10"
    refused = httpx.get(server.url + path, headers=_signed(a, "GET", path))
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
    assert "1 requests a second (bursts of 3)" in refused.json()["message"]
    assert refused.headers["Retry-After"] == "1"
    # Another station has its own allowance; the first gets a request back a second later.
    assert httpx.get(server.url + path, headers=_signed(b, "GET", path)).status_code == 200
    clock.now += 1
    assert httpx.get(server.url + path, headers=_signed(a, "GET", path)).status_code == 200
    assert httpx.get(server.url + path, headers=_signed(a, "GET", path)).status_code == 429


def test_failed_authentication_uses_up_the_address_not_the_station_it_names(
    limited, make_station
) -> None:
    clock = ManualClock()
    server = limited(
        ServerLimits(
            station=Rate(per_second=0.01, burst=3),
            failures=Rate(per_second=10, burst=5),
            address=None,
        ),
        clock,
    )
    a = make_station(server, "st-a")
    path = "/v1/pull?cursor=0&epoch=&limit=10"
    for _ in range(5):
        assert httpx.get(server.url + path, headers=_forged("st-a")).status_code == 401
    at_the_door = httpx.get(server.url + path, headers=_signed(a, "GET", path))
    assert at_the_door.status_code == 429
    assert "failed requests" in at_the_door.json()["message"]
    assert int(at_the_door.headers["Retry-After"]) >= 1
    clock.now += 1  # the address's failures are forgiven; st-a's own allowance was never used
    for _ in range(3):
        assert httpx.get(server.url + path, headers=_signed(a, "GET", path)).status_code == 200


def test_an_address_over_its_rate_is_refused_at_the_door(limited) -> None:
    clock = ManualClock()
    server = limited(ServerLimits(address=Rate(per_second=2, burst=5)), clock)
    for _ in range(5):
        assert httpx.get(server.url + "/v1/health").status_code == 200
    refused = httpx.get(server.url + "/v1/health")
    assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
    assert refused.headers["Retry-After"] == "1"
    clock.now += 0.5
    assert httpx.get(server.url + "/v1/health").status_code == 200


def test_serve_takes_its_limits_from_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    process = ServerProcess(
        db,
        command=[
            str(Path(sys.executable).parent / "dosing-server"),
            "serve",
            "--db",
            db,
            "--port",
            "0",
            "--address-rate",
            "0.01",
            "--address-burst",
            "2",
        ],
    )
    try:
        answers = [httpx.get(process.url + "/v1/health").status_code for _ in range(3)]
    finally:
        process.stop()
    assert answers == [200, 200, 429]


# ------------------------------------------------------- no write lock before the signature


def test_a_request_that_fails_authentication_never_waits_for_the_write_lock(
    tmp_path: Path, make_station
) -> None:
    db_file = tmp_path / "server.db"
    server = InProcessServer(f"sqlite:///{db_file}").start()
    try:
        a = make_station(server, "st-a")
        path = "/v1/pull?cursor=0&epoch=&limit=10"
        holder = sqlite3.connect(db_file, isolation_level=None, timeout=0)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the database's write lock
        try:
            started = time.monotonic()
            refused = httpx.get(server.url + path, headers=_forged("st-a"), timeout=5)
            waited = time.monotonic() - started
            assert refused.status_code == 401 and refused.json()["code"] == "bad_signature"
            assert waited < 2, f"an unauthenticated request waited {waited:.1f} s for the lock"
            # The lock is real: a genuine request (which records its nonce) waits for it.
            with pytest.raises(httpx.ReadTimeout):
                httpx.get(server.url + path, headers=_signed(a, "GET", path), timeout=1)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert httpx.get(server.url + path, headers=_signed(a, "GET", path)).status_code == 200
    finally:
        server.release()


def test_a_request_that_fails_authentication_writes_nothing(
    server: InProcessServer, make_station
) -> None:
    a = make_station(server, "st-a")
    assert server.service is not None
    path = "/v1/pull?cursor=0&epoch=&limit=10"
    assert httpx.get(server.url + path, headers=_signed(a, "GET", path)).status_code == 200
    seen = _station_row(server.service, "st-a")
    with server.service.engine.connect() as connection:
        nonces = connection.execute(t.nonces.select()).all()
    headers = _forged("st-a")
    assert httpx.get(server.url + path, headers=headers).status_code == 401
    assert _station_row(server.service, "st-a") == seen
    with server.service.engine.connect() as connection:
        assert connection.execute(t.nonces.select()).all() == nonces


def _station_row(service: SyncService, station_id: str) -> tuple[object, ...]:
    with service.engine.connect() as connection:
        row = connection.execute(
            t.stations.select().where(t.stations.c.station_id == station_id)
        ).one()
    return tuple(row)


# ------------------------------------------------------------ the database's own files


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@posix_only
def test_the_database_its_folder_and_sqlite_files_are_owner_only(
    tmp_path: Path, make_station
) -> None:
    folder = tmp_path / "server"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    db_file = folder / "server.db"
    server = InProcessServer(f"sqlite:///{db_file}").start()
    try:
        a = make_station(server, "st-a")
        a.replica.record("observation.started", {"n": 1})
        a.sync()
        files = sorted(folder.glob("server.db*"))
        assert {f.name for f in files} >= {"server.db", "server.db-wal", "server.db-shm"}
        assert {f.name: _mode(f) for f in files} == dict.fromkeys((f.name for f in files), 0o600)
        assert _mode(folder) == 0o700
    finally:
        server.release()


@posix_only
def test_an_older_database_open_to_others_is_closed_and_the_command_says_so(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "server"
    folder.mkdir()
    db_file = folder / "server.db"
    SyncService(f"sqlite:///{db_file}").close()
    for path in folder.iterdir():
        path.chmod(0o644)
    folder.chmod(0o755)
    result = CliRunner().invoke(server_cli, ["stations", "list", "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    assert f"warning: The database file {db_file} was open to others (mode 0644)" in (result.stderr)
    assert f"warning: The database folder {folder} was open to others (mode 0755)" in (
        result.stderr
    )
    assert _mode(folder) == 0o700
    assert {p.name: _mode(p) for p in folder.glob("server.db*")} == dict.fromkeys(
        (p.name for p in folder.glob("server.db*")), 0o600
    )


@posix_only
@pytest.mark.parametrize(
    ("mode", "other_file", "said"),
    [
        (0o777, False, "may be written by others (mode 0777)"),
        (0o1777, False, "may be written by others (mode 1777)"),
        (0o755, True, "holds more than the database"),
    ],
)
def test_a_database_in_a_folder_not_its_own_is_refused(
    tmp_path: Path, mode: int, other_file: bool, said: str
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    if other_file:
        (folder / "notes.txt").write_text("someone else's")
    folder.chmod(mode)
    db_file = folder / "server.db"
    with pytest.raises(UnsafeDatabaseFiles, match=re.escape(said)):
        SyncService(f"sqlite:///{db_file}")
    assert not db_file.exists()
    assert _mode(folder) == mode  # not the server's to change
    result = CliRunner().invoke(server_cli, ["stations", "list", "--db", str(db_file)])
    assert result.exit_code == 2
    assert said in result.stderr and "folder of its own" in result.stderr
    folder.chmod(0o700)


# ------------------------------------------------------ the feed restart is the admin's


def test_no_station_can_make_the_others_reread_the_feed(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    assert server.service is not None
    for n in range(3):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    assert b.sync().pulled == 3
    epoch = server.service.epoch()
    # A station claims the feed is behind it (a pull far past the head) ...
    path = f"/v1/pull?cursor={10**9}&epoch={epoch}&limit=10"
    behind = httpx.get(server.url + path, headers=_signed(a, "GET", path)).json()
    assert [n["code"] for n in behind["notices"]] == ["server_behind_station"]
    # ... and that the server lost its pushes (a push mark far past what it holds).
    body = compact.encode_push(
        station_id="st-a",
        local_head_seq=3,
        local_head_hash=a.replica.head()[1],
        push_mark=10**9,
        rows=[],
    )
    assert a.post_compact(body).status_code == 200
    assert server.service.epoch() == epoch
    report = b.sync()
    assert report.notices == () and report.pulled == 0
    kinds = {
        alert["kind"]
        for row in server.service.list_stations()
        if row.station_id == "st-a"
        for alert in row.alerts
    }
    assert {"server_feed_behind_station", "server_behind_station"} <= kinds  # the admin sees


def test_the_administrator_restarts_the_feed_and_every_station_rereads_it(
    server: InProcessServer, make_station, db_url: str
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    assert server.service is not None
    for n in range(3):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    b.sync()
    epoch = server.service.epoch()
    runner = CliRunner(env={"HAT_SERVER_DB": db_url})
    refused = runner.invoke(server_cli, ["feed", "restart", "--reason", " "])
    assert refused.exit_code == 1 and "Give a reason" in refused.stderr
    assert server.service.epoch() == epoch
    done = runner.invoke(server_cli, ["feed", "restart", "--reason", "restored last night's"])
    assert done.exit_code == 0, done.output
    assert server.service.epoch() != epoch and server.service.epoch() in done.stdout
    report = b.sync()
    assert any("re-reads it from the start" in notice for notice in report.notices)
    assert [e["payload"]["n"] for e in b.replica.pulled()] == [0, 1, 2]  # nothing twice


def test_stations_list_says_what_to_do_when_a_station_finds_the_server_behind(
    server: InProcessServer, make_station, db_url: str
) -> None:
    a = make_station(server, "st-a")
    path = f"/v1/pull?cursor={10**9}&epoch=&limit=10"
    assert httpx.get(server.url + path, headers=_signed(a, "GET", path)).status_code == 200
    shown = CliRunner(env={"HAT_SERVER_DB": db_url}).invoke(server_cli, ["stations", "list"])
    assert "dosing-server feed restart" in shown.stdout


# ----------------------------------------------------------------------- strict JSON


def _no_constants(name: str) -> object:
    raise AssertionError(f"{name} is not JSON")


def test_stations_list_json_is_strict_json_whatever_a_station_sent(
    server: InProcessServer, make_station, db_url: str
) -> None:
    a = make_station(server, "st-a")
    make_station(server, "st-b")
    assert server.service is not None
    path = "/v1/pull?cursor=0&epoch=&limit=10"
    for clock in ("inf", "nan", "-inf"):
        headers = {**_signed(a, "GET", path), "X-Hat-Station-Clock": clock}
        assert httpx.get(server.url + path, headers=headers).status_code == 200
    with server.service.engine.begin() as connection:  # a row written by an older version
        connection.execute(
            update(t.stations)
            .where(t.stations.c.station_id == "st-b")
            .values(clock_skew_s=float("inf"), last_seen_at=float("nan"))
        )
    shown = CliRunner(env={"HAT_SERVER_DB": db_url}).invoke(
        server_cli, ["stations", "list", "--json"]
    )
    assert shown.exit_code == 0, shown.output
    rows = {
        row["station_id"]: row for row in json.loads(shown.stdout, parse_constant=_no_constants)
    }
    assert abs(rows["st-a"]["clock_skew_s"]) < 60  # the signed time instead of "inf"
    assert rows["st-b"]["clock_skew_s"] is None and rows["st-b"]["last_seen_at"] is None
