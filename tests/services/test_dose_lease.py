"""The dose's lease is asked before the store's write: a slow server holds up no reader.

A real HTTP server answers the station's lease requests only when the test lets it; meanwhile
another screen reads from the store. Inside the write only local facts count: a refused lease
still blocks the dose, and a granted one that ran out before the write began stops it.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from station.services.counter import AdministeredDose, Visit
from station.services.errors import ServiceError
from station.services.sync_link import LeaseProbe
from sync.client.leases import LeaseClient
from sync.client.transport import SyncTransport
from tests.services.conftest import HOME_STATION, Clinic

READER_DEADLINE_S = 5.0
"""How long a reader may take while the lease request waits (it takes milliseconds)."""
SERVER_DEADLINE_S = 30.0

REFUSED = {
    "outcome": "held_by_other",
    "holder_station_id": "st-test-elsewhere",
    "message": "Another station is dosing this patient in this session (test).",
}


class _LeaseHandler(BaseHTTPRequestHandler):
    """Answers ``POST /v1/leases`` once the test opens the request's gate."""

    server: SlowLeaseServer

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        gate = threading.Event()
        self.server.waiting.put(gate)
        gate.wait(SERVER_DEADLINE_S)
        body = json.dumps(self.server.reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class SlowLeaseServer(ThreadingHTTPServer):
    """A lease server on loopback whose every answer waits for the test."""

    daemon_threads = True

    def __init__(self, reply: dict[str, Any]) -> None:
        super().__init__(("127.0.0.1", 0), _LeaseHandler)
        self.reply = reply
        self.waiting: queue.Queue[threading.Event] = queue.Queue()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


@pytest.fixture
def served() -> Iterator[SlowLeaseServer]:
    """The slow lease server (each test sets its reply)."""
    server = SlowLeaseServer(REFUSED)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(SERVER_DEADLINE_S)


def _prepared_visit(clinic: Clinic) -> Visit:
    """A decided, weighed and labelled dose at the patient's home station (offline rules)."""
    return clinic.prepare(clinic.decided(clinic.patient()))


def _finishes_meanwhile(read: Callable[[], object]) -> bool:
    """True when ``read`` completes on another thread within the reader's deadline."""
    done = threading.Event()

    def run() -> None:
        read()
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done.wait(READER_DEADLINE_S)


def _administer_against(
    clinic: Clinic, server: SlowLeaseServer, visit: Visit
) -> tuple[list[bool], AdministeredDose | ServiceError]:
    """Give the dose on its own thread with the real lease probe against ``server``.

    At each lease request, another screen reads from the store before the server answers.
    Returns, per lease request, whether those reads finished while it waited, and what the
    administration gave (the dose, or the refusal).
    """
    transport = SyncTransport(
        server.url, HOME_STATION, clinic.nurse.signing_key.sign, timeout_s=SERVER_DEADLINE_S
    )
    clinic.counter.sync_probe = LeaseProbe(HOME_STATION, LeaseClient(transport))
    outcome: list[AdministeredDose | ServiceError] = []

    def administer() -> None:
        try:
            outcome.append(clinic.counter.administer(clinic.nurse, visit))
        except ServiceError as error:
            outcome.append(error)

    dosing = threading.Thread(target=administer, daemon=True)
    dosing.start()
    readers_ran: list[bool] = []
    try:
        while dosing.is_alive():
            try:
                gate = server.waiting.get(timeout=0.05)
            except queue.Empty:
                continue
            readers_ran.append(
                _finishes_meanwhile(lambda: clinic.counter.roster(clinic.witness))
                and _finishes_meanwhile(clinic.store.head)
            )
            gate.set()
        dosing.join(SERVER_DEADLINE_S)
    finally:
        transport.close()
    assert readers_ran, "the dose never asked the server for its lease"
    [result] = outcome
    return readers_ran, result


def test_a_slow_lease_server_stalls_no_reader_and_its_refusal_still_blocks_the_dose(
    clinic: Clinic, served: SlowLeaseServer
) -> None:
    visit = _prepared_visit(clinic)
    head = clinic.head()
    readers_ran, outcome = _administer_against(clinic, served, visit)

    assert all(readers_ran), "a reader waited on the lease request (it ran under the write)"
    assert isinstance(outcome, ServiceError)
    assert "blocked" in str(outcome)
    assert clinic.events("dose.administered") == []
    assert clinic.head() == head


def test_a_granted_lease_is_asked_before_the_write_and_the_dose_is_recorded(
    clinic: Clinic, served: SlowLeaseServer
) -> None:
    served.reply = {"outcome": "granted", "lease_id": "lease-test-1", "ttl_seconds": 300}
    visit = _prepared_visit(clinic)
    readers_ran, outcome = _administer_against(clinic, served, visit)

    assert all(readers_ran), "a reader waited on the lease request (it ran under the write)"
    assert isinstance(outcome, AdministeredDose), outcome
    [dose] = clinic.events("dose.administered")
    assert dose["dose_id"] == outcome.dose_id


def test_a_lease_that_ran_out_before_the_write_stops_the_dose(
    clinic: Clinic, served: SlowLeaseServer
) -> None:
    # Granted for no time at all: by the time the write checks it, it has run out.
    served.reply = {"outcome": "granted", "lease_id": "lease-test-2", "ttl_seconds": 0}
    visit = _prepared_visit(clinic)
    head = clinic.head()
    readers_ran, outcome = _administer_against(clinic, served, visit)

    assert all(readers_ran), "a reader waited on the lease request (it ran under the write)"
    assert isinstance(outcome, ServiceError)
    assert "ran out" in str(outcome)
    assert clinic.events("dose.administered") == []
    assert clinic.head() == head
