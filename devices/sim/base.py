"""Base of every simulated device: byte links with wire delay, a registry and ``sim://`` ports.

A simulator runs its own thread (a small timer scheduler). The host side connects with
``serial.serial_for_url("sim://NAME")`` — no pseudo-terminal needed, so it works on Windows.
Bytes in both directions take the wire time of the simulator's serial settings; a host
opened with other settings receives garbled bytes, as from a real balance. Pulling the
cable makes every open connection fail the way an unplugged USB adapter does.
"""

from __future__ import annotations

import errno
import heapq
import itertools
import logging
import random
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from serial.serialutil import PortNotOpenError, SerialBase, SerialException

from devices.transport import SerialSettings, register_simulator_scheme

_log = logging.getLogger("devices.sim")

T = TypeVar("T")

SCHEME = "sim"

READINESS_WITHOUT_DATA = (
    "device reports readiness to read but returned no data "
    "(device disconnected or multiple access on port?)"
)


class SimulatedDevice:
    """Subclass this and implement :meth:`on_host_bytes`; reply with :meth:`send_to_host`.

    Everything named ``on_…`` runs on the simulator's own thread, as do callbacks given to
    :meth:`call_later`. Controls meant for tests and demos (``pull_cable`` …) may be called
    from any thread.
    """

    def __init__(
        self,
        name: str,
        settings: SerialSettings | None = None,
        *,
        seed: int | None = None,
    ) -> None:
        """Create a simulator; :meth:`start` registers it under ``sim://name``."""
        if not name or "/" in name or "?" in name:
            raise ValueError(f"simulator name must be a plain word, not {name!r}")
        self.name = name
        self.settings = settings if settings is not None else SerialSettings()
        self.random = random.Random(seed)  # noqa: S311 - simulated noise, not cryptography
        self._condition = threading.Condition()
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._sequence = itertools.count()
        self._links: list[SimLink] = []
        self._cable_in = True
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.bytes_from_host = 0
        self.bytes_to_host = 0

    @property
    def url(self) -> str:
        """The pyserial URL of this simulator: ``sim://name``."""
        return f"{SCHEME}://{self.name}"

    # -- lifecycle (any thread) ----------------------------------------------------------

    def start(self) -> SimulatedDevice:
        """Register under ``sim://name`` and start the simulator thread."""
        with self._condition:
            if self._thread is not None:
                return self
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name=f"sim-{self.name}", daemon=True)
        register(self)
        self._thread.start()
        self.call_later(0.0, self.on_start)
        return self

    def stop(self) -> None:
        """Unregister, drop every connection and stop the simulator thread."""
        unregister(self)
        with self._condition:
            self._stopping = True
            thread, self._thread = self._thread, None
            for link in self._links:
                link.dead = True
            self._links.clear()
            self._condition.notify_all()
        if thread is not None and thread is not threading.current_thread():
            thread.join(5.0)

    def __enter__(self: _Device) -> _Device:
        """Start the simulator for a ``with`` block."""
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Stop the simulator."""
        self.stop()

    # -- hooks (simulator thread) --------------------------------------------------------

    def on_start(self) -> None:
        """Run once on the simulator thread after :meth:`start`."""

    def on_host_bytes(self, data: bytes) -> None:
        """Bytes from the host arrived (after their wire time). Subclasses must implement."""
        raise NotImplementedError

    def on_power_cycle(self) -> None:
        """React to being switched off and on again."""

    def on_cable_pulled(self) -> None:
        """React to the cable being pulled."""

    def on_cable_put_back(self) -> None:
        """React to the cable being put back."""

    # -- services for subclasses ---------------------------------------------------------

    def send_to_host(self, data: bytes) -> None:
        """Send bytes to every connected host; each byte arrives after its wire time."""
        if not data:
            return
        with self._condition:
            if not self._cable_in:
                return
            self.bytes_to_host += len(data)
            now = time.monotonic()
            for link in self._links:
                link.queue_to_host(data, now)
            self._condition.notify_all()

    def wire_busy_towards_host(self) -> bool:
        """True while earlier bytes are still on the wire (a balance skips a value then)."""
        with self._condition:
            now = time.monotonic()
            return any(link.busy_until > now for link in self._links)

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> None:
        """Run ``callback`` on the simulator thread after ``delay_s`` seconds."""
        self.call_at(time.monotonic() + max(0.0, delay_s), callback)

    def call_at(self, when: float, callback: Callable[[], None]) -> None:
        """Run ``callback`` on the simulator thread at ``time.monotonic()`` time ``when``."""
        with self._condition:
            heapq.heappush(self._timers, (when, next(self._sequence), callback))
            self._condition.notify_all()

    def run_on_device_thread(self, function: Callable[[], T]) -> Future[T]:
        """Run ``function`` on the simulator thread; the future says when it has run."""
        future: Future[T] = Future()

        def job() -> None:
            try:
                future.set_result(function())
            except BaseException as error:
                future.set_exception(error)

        self.call_later(0.0, job)
        return future

    # -- controls (any thread) -----------------------------------------------------------

    @property
    def cable_connected(self) -> bool:
        """False between :meth:`pull_cable` and :meth:`put_back_cable`."""
        return self._cable_in

    @property
    def connection_count(self) -> int:
        """How many host connections are open now."""
        with self._condition:
            return len(self._links)

    def wait_for_connection(self, timeout_s: float) -> bool:
        """Wait until a host is connected; False at the timeout."""
        with self._condition:
            return self._condition.wait_for(lambda: bool(self._links), timeout_s)

    def pull_cable(self) -> None:
        """Unplug: open connections fail on their next read or write, new opens fail."""
        with self._condition:
            self._cable_in = False
            for link in self._links:
                link.dead = True
                link.unplugged = True
            self._links.clear()
            self._condition.notify_all()
        self.call_later(0.0, self.on_cable_pulled)

    def put_back_cable(self) -> None:
        """Plug back in: the port can be opened again."""
        with self._condition:
            self._cable_in = True
            self._condition.notify_all()
        self.call_later(0.0, self.on_cable_put_back)

    def wait_for_cable(self, timeout_s: float) -> bool:
        """Wait until the cable is in; False at the timeout."""
        with self._condition:
            return self._condition.wait_for(lambda: self._cable_in or self._stopping, timeout_s)

    def power_cycle(self) -> None:
        """Switch the device off and on again."""
        self.call_later(0.0, self.on_power_cycle)

    def inject_to_host(self, data: bytes) -> None:
        """Send arbitrary bytes (stray bytes, a partial line) to the host."""
        self.call_later(0.0, lambda: self.send_to_host(data))

    # -- connections (called by SimSerial) -----------------------------------------------

    def connect(self, link: SimLink) -> None:
        """Attach a host connection, or raise the ``SerialException`` a real port would."""
        with self._condition:
            if not self._cable_in or self._stopping:
                raise SerialException(
                    errno.ENOENT,
                    f"could not open port {self.url}: [Errno 2] No such file or directory",
                )
            if self._links and (link.exclusive or any(other.exclusive for other in self._links)):
                raise SerialException(
                    errno.EAGAIN,
                    f"Could not exclusively lock port {self.url}: "
                    "[Errno 11] Resource temporarily unavailable",
                )
            self._links.append(link)
            self._condition.notify_all()

    def disconnect(self, link: SimLink) -> None:
        """Detach a host connection (port closed)."""
        with self._condition:
            if link in self._links:
                self._links.remove(link)
            link.dead = True
            self._condition.notify_all()

    def deliver_from_host(self, link: SimLink, data: bytes) -> None:
        """Schedule host bytes to reach the device after their wire time."""
        with self._condition:
            if link.dead:
                raise SerialException(f"write failed: [Errno {errno.EIO}] Input/output error")
            now = time.monotonic()
            link.to_device_free_at = max(now, link.to_device_free_at) + link.wire_time_s(len(data))
            arrives_at = link.to_device_free_at
            payload = link.garble(data)

        def arrive() -> None:
            if link.unplugged or self._stopping:
                return  # bytes on a pulled cable are lost; a closed port still drains
            self.bytes_from_host += len(payload)
            self.on_host_bytes(payload)

        self.call_at(arrives_at, arrive)

    # -- simulator thread ----------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._stopping:
                    if self._timers:
                        wait_s = self._timers[0][0] - time.monotonic()
                        if wait_s <= 0:
                            break
                        self._condition.wait(wait_s)
                    else:
                        self._condition.wait()
                if self._stopping:
                    return
                _, _, callback = heapq.heappop(self._timers)
            try:
                callback()
            except Exception:
                _log.exception("simulator %s: callback failed", self.name)


_Device = TypeVar("_Device", bound=SimulatedDevice)


class SimLink:
    """One host connection to a simulator: bytes in flight to the host, timed per byte."""

    def __init__(self, device: SimulatedDevice, settings: SerialSettings, exclusive: bool) -> None:
        """Create the link; :meth:`SimulatedDevice.connect` attaches it."""
        self.device = device
        self.settings = settings
        self.exclusive = exclusive
        self.dead = False
        self.unplugged = False
        self.cancelled = False
        self.to_device_free_at = 0.0
        self._to_host_free_at = 0.0
        self._chunks: deque[tuple[float, float, bytes]] = deque()  # (start, byte time, data)
        self._consumed = 0  # bytes of the first chunk already read

    def wire_time_s(self, byte_count: int) -> float:
        """Wire time at the device's own settings (the line runs at the device's speed)."""
        return self.device.settings.wire_time_s(byte_count)

    def garble(self, data: bytes) -> bytes:
        """Bytes as received when both ends disagree on speed or framing."""
        if self._matches_device():
            return data
        return bytes((byte ^ 0x5A) | 0x80 for byte in data)

    def _matches_device(self) -> bool:
        mine, theirs = self.settings, self.device.settings
        return (mine.baudrate, mine.bytesize, mine.parity, mine.stopbits) == (
            theirs.baudrate,
            theirs.bytesize,
            theirs.parity,
            theirs.stopbits,
        )

    @property
    def busy_until(self) -> float:
        """When the last byte queued towards the host will have landed."""
        return self._to_host_free_at

    def queue_to_host(self, data: bytes, now: float) -> None:
        """Put bytes on the wire towards the host (device lock held)."""
        byte_time = self.device.settings.byte_time_s()
        start = max(now, self._to_host_free_at)
        self._to_host_free_at = start + byte_time * len(data)
        self._chunks.append((start, byte_time, self.garble(data)))

    def available(self, now: float) -> tuple[int, float | None]:
        """Bytes readable now, and when the next byte lands (lock held)."""
        count = 0
        first = True
        for start, byte_time, data in self._chunks:
            offset = self._consumed if first else 0
            first = False
            landed = min(len(data), int((now - start) / byte_time)) if now > start else 0
            if landed > offset:
                count += landed - offset
            if landed < len(data):
                return count, start + byte_time * (max(landed, offset) + 1)
        return count, None

    def take(self, size: int, now: float) -> bytes:
        """Remove and return up to ``size`` bytes landed by ``now`` (lock held)."""
        out = bytearray()
        while self._chunks and len(out) < size:
            start, byte_time, data = self._chunks[0]
            landed = min(len(data), int((now - start) / byte_time)) if now > start else 0
            if landed <= self._consumed:
                break
            end = min(landed, self._consumed + size - len(out))
            out += data[self._consumed : end]
            self._consumed = end
            if self._consumed == len(data):
                self._chunks.popleft()
                self._consumed = 0
        return bytes(out)

    def clear(self) -> None:
        """Drop every byte in flight (lock held)."""
        self._chunks.clear()
        self._consumed = 0


class SimSerial(SerialBase):  # type: ignore[misc]
    """pyserial port class for ``sim://NAME``, found through ``protocol_handler_packages``."""

    is_open: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Create an unopened port (pyserial calls ``open`` afterwards)."""
        self._link: SimLink | None = None
        super().__init__(*args, **kwargs)

    def _settings(self) -> SerialSettings:
        return SerialSettings(
            baudrate=int(self._baudrate),
            bytesize=int(self._bytesize),
            parity=str(self._parity),
            stopbits=self._stopbits,
            xonxoff=bool(self._xonxoff),
            rtscts=bool(self._rtscts),
        )

    def open(self) -> None:
        """Connect to the registered simulator named in the URL."""
        if self.is_open:
            raise SerialException("Port is already open.")
        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        parts = urllib.parse.urlsplit(str(self._port))
        if parts.scheme != SCHEME or not parts.netloc:
            raise SerialException(f"expected a URL like sim://NAME, not {self._port!r}")
        device = lookup(parts.netloc)
        if device is None:
            raise SerialException(
                errno.ENOENT,
                f"could not open port {self._port}: [Errno 2] No such file or directory",
            )
        link = SimLink(device, self._settings(), bool(self._exclusive))
        device.connect(link)
        self._link = link
        self.is_open = True

    def close(self) -> None:
        """Disconnect from the simulator."""
        link, self._link = self._link, None
        if link is not None:
            link.device.disconnect(link)
        self.is_open = False

    def _reconfigure_port(self) -> None:
        if self._link is not None:
            self._link.settings = self._settings()

    def _live_link(self) -> SimLink:
        if not self.is_open or self._link is None:
            raise PortNotOpenError()
        return self._link

    @property
    def in_waiting(self) -> int:
        """Bytes that have landed and can be read without waiting."""
        link = self._live_link()
        with link.device._condition:
            if link.dead:
                raise SerialException(READINESS_WITHOUT_DATA)
            return link.available(time.monotonic())[0]

    def read(self, size: int = 1) -> bytes:
        """Read up to ``size`` bytes, waiting at most ``timeout`` (pyserial semantics)."""
        link = self._live_link()
        condition = link.device._condition
        ends_at = None if self._timeout is None else time.monotonic() + self._timeout
        out = bytearray()
        with condition:
            while len(out) < size:
                if link.dead:
                    raise SerialException(READINESS_WITHOUT_DATA)
                # One clock reading for taking and for looking ahead: a byte landing between
                # two readings would be neither taken nor waited for (the wait would run to
                # the timeout with the byte already there).
                now = time.monotonic()
                out += link.take(size - len(out), now)
                if len(out) >= size:
                    break
                if link.cancelled:
                    link.cancelled = False
                    break
                if ends_at is not None and now >= ends_at:
                    break
                _, next_byte_at = link.available(now)  # nothing landed is left: take took it
                waits = [t - now for t in (ends_at, next_byte_at) if t is not None]
                condition.wait(max(0.0, min(waits)) if waits else None)
        return bytes(out)

    def cancel_read(self) -> None:
        """Wake a blocking :meth:`read` in another thread."""
        link = self._link
        if link is None:
            return
        with link.device._condition:
            link.cancelled = True
            link.device._condition.notify_all()

    def write(self, data: bytes) -> int:
        """Send bytes to the simulator (they arrive after their wire time)."""
        link = self._live_link()
        payload = bytes(data)
        link.device.deliver_from_host(link, payload)
        return len(payload)

    def reset_input_buffer(self) -> None:
        """Drop bytes received but not read."""
        link = self._live_link()
        with link.device._condition:
            link.clear()

    def reset_output_buffer(self) -> None:
        """Nothing is buffered on the way out."""

    def flush(self) -> None:
        """Nothing is buffered on the way out."""

    def _update_dtr_state(self) -> None:
        pass

    def _update_rts_state(self) -> None:
        pass

    def _update_break_state(self) -> None:
        pass


_registry: dict[str, SimulatedDevice] = {}
_registry_lock = threading.Lock()


def register(device: SimulatedDevice) -> None:
    """Make ``sim://NAME`` reach ``device``; a name already taken is refused."""
    register_simulator_scheme()
    with _registry_lock:
        existing = _registry.get(device.name)
        if existing is not None and existing is not device:
            raise ValueError(f"a simulator named {device.name!r} is already running")
        _registry[device.name] = device


def unregister(device: SimulatedDevice) -> None:
    """Forget ``device``; its URL no longer opens."""
    with _registry_lock:
        if _registry.get(device.name) is device:
            del _registry[device.name]


def lookup(name: str) -> SimulatedDevice | None:
    """Return the simulator registered under ``name``, if any."""
    with _registry_lock:
        return _registry.get(name)


def unique_name(prefix: str) -> str:
    """Return a simulator name not in use yet, such as ``scale-3``."""
    with _registry_lock:
        for number in itertools.count(1):
            name = f"{prefix}-{number}"
            if name not in _registry:
                return name
    raise AssertionError("unreachable")
