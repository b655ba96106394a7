"""Fixtures for sync tests: real servers on loopback over SQLite files or PostgreSQL schemas."""

from __future__ import annotations

import os
import secrets
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy import create_engine, text

from sync.client.engine import SyncEngine, enroll_station
from sync.client.transport import SyncTransport
from sync.server.app import create_app
from sync.server.limits import ServerLimits
from sync.server.service import SyncService
from sync.wire import compact
from sync.wire.signing import sign_request
from tests.sync.replica import SqliteReplica

DEADLINE_S = 30.0


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = DEADLINE_S) -> None:
    """Poll ``condition`` until it holds, or fail naming ``what``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


# Ports handed out to in-process servers, each kept by a bound socket that never listens. With
# the port held, no other process (tests run beside other jobs) can take it between a server's
# stop and its restart on the same port; connections are still refused while nothing listens.
_HELD_PORTS: dict[int, socket.socket] = {}


def _reusable_socket() -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


def hold_free_port() -> int:
    """Reserve a free loopback port for in-process servers (until ``release_port``)."""
    holder = _reusable_socket()
    holder.bind(("127.0.0.1", 0))
    port = int(holder.getsockname()[1])
    _HELD_PORTS[port] = holder
    return port


def release_port(port: int) -> None:
    """Let the system hand the port out again."""
    holder = _HELD_PORTS.pop(port, None)
    if holder is not None:
        holder.close()


class InProcessServer:
    """The real FastAPI app under uvicorn in a thread, on a loopback port.

    The port stays reserved after ``stop`` so a test can start a server on it again (a restart);
    ``release`` gives it back. ``start`` returns once the socket listens.
    """

    def __init__(
        self,
        db_url: str,
        clock: Callable[[], float] = time.time,
        *,
        verify_signatures_in_background: bool = True,
        check_in_helper_process: bool = False,
    ) -> None:
        self.db_url = db_url
        self.clock = clock
        self.verify_signatures_in_background = verify_signatures_in_background
        self.check_in_helper_process = check_in_helper_process  # off: a process per test is slow
        self.port = 0
        self.service: SyncService | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> InProcessServer:
        self.service = SyncService(self.db_url, clock=self.clock)
        if self.port == 0:
            self.port = hold_free_port()
        listener = _reusable_socket()
        listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as `serve` does
        listener.bind(("127.0.0.1", self.port))
        listener.listen(2048)  # connections queue from here on, before uvicorn's loop runs
        self._server = uvicorn.Server(
            uvicorn.Config(
                self.make_app(self.service),
                log_level="warning",
                lifespan="on",  # the app's background signature check runs as in `serve`
                timeout_graceful_shutdown=5,
            )
        )
        server = self._server
        thread = threading.Thread(target=lambda: server.run(sockets=[listener]), daemon=True)
        self._thread = thread
        thread.start()
        wait_until(lambda: server.started or not thread.is_alive(), "the server to start")
        if not server.started:
            listener.close()
            raise AssertionError("the in-process server stopped while starting")
        return self

    def make_app(self, service: SyncService) -> FastAPI:
        """The app to serve (a test may serve an older API)."""
        return create_app(
            service,
            verify_signatures_in_background=self.verify_signatures_in_background,
            check_in_helper_process=self.check_in_helper_process,
        )

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(DEADLINE_S)
            if self._thread.is_alive():
                raise AssertionError("the in-process server did not stop")
        if self.service is not None:
            self.service.close()
        self._server = self._thread = None

    def release(self) -> None:
        """Stop and give the port back."""
        self.stop()
        release_port(self.port)


class ServerProcess:
    """``dosing-server serve`` as a child process, so a test can SIGKILL it."""

    def __init__(self, db_url: str, port: int = 0, *, command: list[str] | None = None) -> None:
        command = command or [
            str(Path(sys.executable).parent / "dosing-server"),
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
        ]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert self.process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + DEADLINE_S
        line = b""
        while not line.endswith(b"\n"):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.process.kill()
                err = self.process.stderr.read() if self.process.stderr else b""
                raise AssertionError(f"server did not start: {err.decode()[-2000:]}")
            if selector.select(timeout=0.1):
                line += os.read(self.process.stdout.fileno(), 1)
        selector.close()
        self.url = line.decode().strip().removeprefix("listening on ")
        self.port = int(self.url.rsplit(":", 1)[1])

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(DEADLINE_S)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(DEADLINE_S)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture(autouse=True)
def server_key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep each test's server signing key in its own folder (servers started here inherit it)."""
    path = tmp_path / "server-signing-key.pem"
    monkeypatch.setenv("HAT_SERVER_KEY_FILE", str(path))
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh server database: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    yield from _postgres_schema(request.getfixturevalue("postgres_url"))


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema only."""
    yield from _postgres_schema(postgres_url)


def _postgres_schema(base: str) -> Iterator[str]:
    schema = f"hat_sync_{secrets.token_hex(6)}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def server(db_url: str) -> Iterator[InProcessServer]:
    """A running server over the parametrised database."""
    running = InProcessServer(db_url).start()
    yield running
    running.release()


@dataclass
class Station:
    """A test station: its replica (the store's stand-in), transport and sync engine."""

    replica: SqliteReplica
    transport: SyncTransport
    engine: SyncEngine
    server_url: str
    extra: dict[str, object] = field(default_factory=dict)

    def sync(self):  # type: ignore[no-untyped-def]
        return self.engine.sync_once()

    def post_compact(self, body: bytes, timeout: float = 5.0) -> httpx.Response:
        """POST a wire-version-2 push body as this station, signed, bypassing the engine."""
        headers = sign_request(
            self.replica.sign,
            self.replica.station_id,
            method="POST",
            path=compact.PUSH_PATH,
            body=body,
            timestamp=int(time.time()),
        ).as_dict()
        headers["Content-Type"] = "application/json"
        return httpx.post(
            self.server_url + compact.PUSH_PATH, content=body, headers=headers, timeout=timeout
        )

    def reopen(self, **kwargs: object) -> Station:
        """Open the same data folder again (after a crash, a restore or a copy)."""
        self.transport.close()
        self.replica.close()
        return open_station(self.replica.path, self.server_url, **kwargs)  # type: ignore[arg-type]


def open_station(
    path: str,
    server_url: str,
    *,
    wall_clock: Callable[[], float] = time.time,
    apply_hook: Callable[[], None] | None = None,
) -> Station:
    replica = SqliteReplica(path, wall_clock=wall_clock, apply_hook=apply_hook)
    transport = SyncTransport(server_url, replica.station_id, replica.sign, clock=wall_clock)
    return Station(replica, transport, SyncEngine(replica, transport), server_url)


@pytest.fixture
def make_station(
    tmp_path: Path,
) -> Iterator[Callable[..., Station]]:
    """Create and enroll stations against a server; closes them afterwards."""
    made: list[Station] = []

    def factory(
        server: InProcessServer | ServerProcess,
        station_id: str,
        *,
        service: SyncService | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> Station:
        path = tmp_path / f"{station_id}-{secrets.token_hex(3)}.db"
        replica = SqliteReplica(path, station_id, wall_clock=wall_clock)
        admin = service or getattr(server, "service", None)
        assert admin is not None, "pass service= for a server process"
        enroll_station(replica, server.url, admin.new_enrollment_code())
        replica.close()
        station = open_station(str(path), server.url, wall_clock=wall_clock)
        made.append(station)
        return station

    yield factory
    for station in made:
        station.transport.close()


def copy_file(source: str, target: str) -> None:
    """Copy a SQLite database with its WAL (as a backup or a copied data folder would)."""
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)
        elif os.path.exists(target + suffix):
            os.remove(target + suffix)


class ManualClock:
    """A clock for the rate limits that moves only when the test says."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class LimitedServer(InProcessServer):
    """The in-process server with the limits a test chose."""

    def __init__(
        self, db_url: str, limits: ServerLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(db_url)
        self.limits = limits
        self.limits_clock = clock

    def make_app(self, service: SyncService) -> FastAPI:
        return create_app(
            service,
            check_in_helper_process=False,
            limits=self.limits,
            limits_clock=self.limits_clock,
        )


@pytest.fixture
def limited(db_url: str) -> Iterator[Callable[..., LimitedServer]]:
    """Start servers over the parametrised database with the given limits."""
    started: list[LimitedServer] = []

    def start(limits: ServerLimits, clock: Callable[[], float] = time.monotonic) -> LimitedServer:
        server = LimitedServer(db_url, limits, clock).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.release()
