"""Line framing judged by when bytes arrived: a late or CPU-starved reader loses no whole line."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator

import pytest

from devices.drivers.printer import LabelPrinter
from devices.protocols.mtsics import parse_weight
from devices.sim.base import SimulatedDevice, unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.pty import PtyBridge
from devices.transport import Direction, LinePort, SerialSettings

pytestmark = pytest.mark.timeout(60)

FAST = SerialSettings(115200)
STATUS_LINES = (
    b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n",
    b"\x02001,0,0,0,1,2,4,0,00000000,1,000\x03\r\n",
    b"\x021234,0\x03\r\n",
)


class Talker(SimulatedDevice):
    """Sends whatever the test tells it to; ignores the host."""

    def on_host_bytes(self, data: bytes) -> None:
        """Nothing to answer."""


@pytest.fixture
def talker() -> Iterator[Talker]:
    with Talker(unique_name("talker"), FAST) as device:
        yield device


class Dropped:
    """Collects the bytes a port gave up as partial or overlong."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def __call__(self, direction: Direction, data: bytes, _at: float) -> None:
        if direction == "dropped":
            self.chunks.append(data)


def _wait_until_sent(device: SimulatedDevice) -> None:
    """Wait until every byte the device sent has landed in the host's receive buffer."""
    ends_at = time.monotonic() + 2.0
    waiter = threading.Event()
    while device.wire_busy_towards_host() and time.monotonic() < ends_at:
        waiter.wait(0.001)
    waiter.wait(0.005)  # one more byte time for the last byte


def test_a_late_reader_still_gets_the_line_it_read_half_of(talker: Talker) -> None:
    """The reader took line 1 and the start of line 2, then was away; line 2 is whole."""
    dropped = Dropped()
    with LinePort(talker.url, FAST, capture=dropped) as port:
        talker.send_to_host(STATUS_LINES[0] + STATUS_LINES[1][:12])
        _wait_until_sent(talker)
        assert port.read_line(deadline_s=1.0) == STATUS_LINES[0]
        # The rest follows at once on the wire, but this reader comes back much later
        # than any gap allowed inside a line.
        talker.send_to_host(STATUS_LINES[1][12:] + STATUS_LINES[2])
        threading.Event().wait(3 * port.line_gap_s + 0.2)
        assert port.read_line(deadline_s=1.0) == STATUS_LINES[1]
        assert port.read_line(deadline_s=1.0) == STATUS_LINES[2]
    assert dropped.chunks == []


def test_a_partial_line_then_silence_is_dropped_and_never_returned(talker: Talker) -> None:
    dropped = Dropped()
    whole = b"S S     100.00 g\r\n"
    with LinePort(talker.url, FAST, capture=dropped) as port:
        talker.send_to_host(b"S S     12")
        talker.call_later(3 * port.line_gap_s, lambda: talker.send_to_host(whole))
        line = port.read_line(deadline_s=2.0)
    assert line == whole
    reading = parse_weight(line, received_at=0.0)
    assert str(reading.value) == "100.00"
    assert dropped.chunks == [b"S S     12"]


def test_a_partial_line_is_dropped_even_when_the_reader_was_away_during_the_silence(
    talker: Talker,
) -> None:
    """The silence is proven by an empty read after the reader comes back, not guessed."""
    dropped = Dropped()
    whole = b"S S     100.00 g\r\n"
    with LinePort(talker.url, FAST, capture=dropped) as port:
        talker.send_to_host(b"S S     12")
        assert port.try_read_line(deadline_s=0.02) is None  # takes the partial, returns nothing
        threading.Event().wait(3 * port.line_gap_s)  # away while the balance stays silent
        assert port.try_read_line(deadline_s=2 * port.poll_interval_s) is None
        talker.send_to_host(whole)
        assert port.read_line(deadline_s=1.0) == whole
    assert dropped.chunks == [b"S S     12"]


class _GilHog:
    """A busy thread that keeps the interpreter lock for long slices (a loaded CPU)."""

    def __init__(self, slice_s: float) -> None:
        self.slice_s = slice_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._spin, name="gil-hog", daemon=True)
        self._previous = sys.getswitchinterval()

    def _spin(self) -> None:
        count = 0
        while not self._stop.is_set():
            count += 1

    def __enter__(self) -> _GilHog:
        sys.setswitchinterval(self.slice_s)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(10.0)
        sys.setswitchinterval(self._previous)


def test_printer_status_at_115200_survives_a_starved_reader() -> None:
    """Each status reply is three lines in one burst; a reader starved for 80 ms at a time
    (longer than the gap allowed inside a line) must still frame all three every time."""
    dropped = Dropped()
    with (
        SimulatedPrinter(unique_name("printer"), FAST) as device,
        LabelPrinter(device.url, FAST, status_timeout_s=2.0, capture=dropped) as printer,
        _GilHog(slice_s=0.08),
    ):
        statuses = [printer.status() for _ in range(15)]
    assert all(status.ready for status in statuses)
    assert dropped.chunks == []


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_printer_status_on_a_pty_survives_a_starved_reader() -> None:
    dropped = Dropped()
    with (
        SimulatedPrinter(unique_name("printer"), FAST) as device,
        PtyBridge(device) as bridge,
        LabelPrinter(bridge.path, FAST, status_timeout_s=2.0, capture=dropped) as printer,
        _GilHog(slice_s=0.08),
    ):
        statuses = [printer.status() for _ in range(15)]
    assert all(status.ready for status in statuses)
    assert dropped.chunks == []
