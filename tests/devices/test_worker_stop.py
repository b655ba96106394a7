"""DeviceWorker: a prompt stop that fails the command in flight, and the listening line limit."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from decimal import Decimal

import pytest

from devices.drivers.printer import LabelPrinter
from devices.drivers.scale import ScaleDriver
from devices.drivers.scanner import MAX_SCAN_LENGTH, SerialScanner
from devices.drivers.worker import DeviceWorker, WorkerStoppedError
from devices.readings import DeviceError, Scan
from devices.sim.base import SimulatedDevice, unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.pty import PtyBridge
from devices.sim.scale import SimulatedScale
from devices.transport import LinePort, SerialSettings

pytestmark = pytest.mark.timeout(60)

FAST = SerialSettings(115200)
PROMPT_S = 1.0  # a stop, and the stopped error reaching the caller, take less than this


class Silent(SimulatedDevice):
    """A device that never answers; the test makes it talk with ``send_to_host``."""

    def on_host_bytes(self, data: bytes) -> None:
        """Say nothing."""


@pytest.fixture
def silent() -> Iterator[Silent]:
    with Silent(unique_name("silent"), FAST) as device:
        yield device


def _started_job(worker: DeviceWorker, job: Callable[[LinePort], object]) -> Future[object]:
    """Submit ``job`` and wait until it runs on the owner thread."""
    running = threading.Event()

    def wrapped(port: LinePort) -> object:
        running.set()
        return job(port)

    future = worker.submit(wrapped)
    assert running.wait(5.0)
    return future


def _assert_stopped_promptly(future: Future[object], started: float) -> None:
    with pytest.raises(WorkerStoppedError, match="stopped"):
        future.result(timeout=PROMPT_S)
    assert time.monotonic() - started < PROMPT_S


def test_stop_fails_a_command_waiting_on_the_port_at_once(silent: Silent) -> None:
    port = LinePort(silent.url, FAST)
    worker = DeviceWorker(port, name="long read").start()
    in_flight = _started_job(worker, lambda p: p.read_line(deadline_s=30.0))
    queued = worker.submit(lambda p: p.read_line(deadline_s=30.0))
    started = time.monotonic()
    assert worker.stop(timeout_s=PROMPT_S) is True
    _assert_stopped_promptly(in_flight, started)
    with pytest.raises(WorkerStoppedError):
        queued.result(timeout=PROMPT_S)
    assert not worker.running
    assert not port.is_open
    assert silent.wait_for_connection(0.01) is False  # the port was released


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_stop_is_prompt_on_a_real_pseudo_terminal(silent: Silent) -> None:
    with PtyBridge(silent) as bridge:
        port = LinePort(bridge.path, FAST, poll_interval_s=1.0)  # only cancel_read is quick
        worker = DeviceWorker(port, name="pty read").start()
        in_flight = _started_job(worker, lambda p: p.read_line(deadline_s=30.0))
        started = time.monotonic()
        assert worker.stop(timeout_s=PROMPT_S) is True
        _assert_stopped_promptly(in_flight, started)
        assert not port.is_open


def test_stop_is_bounded_even_when_a_job_ignores_the_port(silent: Silent) -> None:
    port = LinePort(silent.url, FAST)
    worker = DeviceWorker(port, name="stubborn").start()
    release = threading.Event()
    in_flight = _started_job(worker, lambda _p: release.wait(30.0))
    started = time.monotonic()
    assert worker.stop(timeout_s=0.3) is False  # the job is still running…
    assert time.monotonic() - started < 0.3 + PROMPT_S
    _assert_stopped_promptly(in_flight, started)  # …but its caller already knows
    release.set()
    ends_at = time.monotonic() + 5.0
    while worker.running and time.monotonic() < ends_at:
        threading.Event().wait(0.01)
    assert not worker.running
    assert not port.is_open


def test_closing_a_printer_fails_a_status_request_it_is_waiting_for() -> None:
    with SimulatedPrinter(unique_name("printer"), FAST) as printer_sim:
        printer_sim.set_state(head_open=True).result(1.0)  # a printer that says nothing
        printer = LabelPrinter(printer_sim.url, FAST, status_timeout_s=30.0)
        outcome: list[BaseException] = []

        def ask() -> None:
            try:
                printer.status()
            except BaseException as error:
                outcome.append(error)

        asker = threading.Thread(target=ask)
        asker.start()
        ends_at = time.monotonic() + 5.0
        while printer_sim.status_requests == 0 and time.monotonic() < ends_at:
            threading.Event().wait(0.01)
        assert printer_sim.status_requests == 1
        started = time.monotonic()
        printer.close()
        asker.join(PROMPT_S)
        assert not asker.is_alive()
        assert time.monotonic() - started < PROMPT_S
    assert len(outcome) == 1 and isinstance(outcome[0], WorkerStoppedError)
    assert "stopped" in str(outcome[0])


def test_closing_a_scale_fails_a_weighing_that_never_settles(
    make_scale: Callable[..., SimulatedScale],
) -> None:
    scale_sim = make_scale(initial_mass=Decimal("12.34"))
    scale_sim.set_never_settles().result(2.0)
    driver = ScaleDriver.open(scale_sim.url, "mt-sics")
    weighing = driver.read_accepted(deadline_s=30.0)
    ends_at = time.monotonic() + 5.0
    while weighing.running() is False and time.monotonic() < ends_at:
        threading.Event().wait(0.01)
    started = time.monotonic()
    driver.close()
    _assert_stopped_promptly(weighing, started)  # type: ignore[arg-type]


def _listening_worker(
    port: LinePort, heard: list[bytes], got: threading.Event, max_line_length: int
) -> DeviceWorker:
    def on_line(line: bytes) -> None:
        heard.append(line)
        got.set()

    worker = DeviceWorker(port, name="listen", on_line=on_line, max_line_length=max_line_length)
    return worker.start()


def test_listening_line_limit_comes_from_the_driver(silent: Silent) -> None:
    long_scan = b"]d2" + b"7" * 1000 + b"\r\n"
    for limit, expected in ((MAX_SCAN_LENGTH, [long_scan, b"end\r\n"]), (256, [b"end\r\n"])):
        heard: list[bytes] = []
        got = threading.Event()
        port = LinePort(silent.url, FAST)
        worker = _listening_worker(port, heard, got, limit)
        try:
            worker.set_listening(True)
            silent.send_to_host(long_scan + b"end\r\n")
            ends_at = time.monotonic() + 5.0
            while b"end\r\n" not in heard and time.monotonic() < ends_at:
                got.wait(0.05)
                got.clear()
        finally:
            worker.stop()
        assert heard == expected, limit


def test_worker_refuses_a_line_limit_below_one(silent: Silent) -> None:
    with LinePort(silent.url, FAST) as port, pytest.raises(ValueError, match="line length"):
        DeviceWorker(port, name="bad", max_line_length=0)


def test_scanner_reads_a_payload_far_beyond_the_default_line_limit(silent: Silent) -> None:
    scans: list[Scan] = []
    errors: list[DeviceError] = []
    got = threading.Event()

    def on_scan(scan: Scan) -> None:
        scans.append(scan)
        got.set()

    with SerialScanner(silent.url, on_scan, settings=FAST, on_error=errors.append):
        silent.send_to_host(b"]Q1" + b"A" * 3000 + b"\r")
        assert got.wait(5.0)
    assert len(scans[0].text) == 3000 and errors == []
