"""Transport and device worker on real ports: the in-process sim:// scheme and pseudo-terminals."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
import serial

from devices.discovery import PortIdentity, PortInfo, locate, matches
from devices.drivers.worker import DeviceWorker, WorkerStoppedError, WrongThreadError
from devices.readings import NoAnswer, PortBusy, PortGone
from devices.sim.base import SimulatedDevice
from devices.sim.pty import PtyBridge
from devices.transport import LinePort, SerialSettings, open_port

pytestmark = pytest.mark.timeout(30)


class EchoDevice(SimulatedDevice):
    """Answers every CR LF line with the same line in capitals."""

    def __init__(self, name: str, settings: SerialSettings | None = None) -> None:
        super().__init__(name, settings)
        self._buffer = bytearray()

    def on_host_bytes(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n")) >= 0:
            line = bytes(self._buffer[: end + 2])
            del self._buffer[: end + 2]
            self.send_to_host(line.upper())


_counter = iter(range(1, 10_000))


@pytest.fixture
def echo() -> Iterator[EchoDevice]:
    device = EchoDevice(f"echo-{next(_counter)}")
    with device:
        yield device


@pytest.fixture
def port(echo: EchoDevice) -> Iterator[LinePort]:
    with open_port(echo.url, SerialSettings()) as line_port:
        yield line_port


def _ask(port: LinePort, line: bytes) -> bytes:
    """Send one line and return the echo device's answer."""
    port.write(line)
    return port.read_line()


def test_settings_byte_time() -> None:
    assert SerialSettings(9600, 8, "N", 1).byte_time_s() == pytest.approx(10 / 9600)
    assert SerialSettings(2400, 7, "E", 1).byte_time_s() == pytest.approx(10 / 2400)
    assert SerialSettings(1200, 7, "O", 2).wire_time_s(3) == pytest.approx(33 / 1200)
    assert SerialSettings(9600, 8, "N", 1, rtscts=True).describe() == "9600 8N1 RTS/CTS"
    with pytest.raises(ValueError):
        SerialSettings(parity="X")


def test_round_trip_takes_the_wire_time_of_the_baud_rate(echo: EchoDevice) -> None:
    slow = SerialSettings(1200)
    echo.settings = slow
    with open_port(echo.url, slow) as line_port:
        started = time.monotonic()
        line_port.write(b"hello\r\n")
        assert line_port.read_line(deadline_s=2.0) == b"HELLO\r\n"
        elapsed = time.monotonic() - started
    assert elapsed >= slow.wire_time_s(14) * 0.95  # 7 bytes out, 7 bytes back at 1200 baud


def test_wrong_baud_garbles_the_bytes(echo: EchoDevice) -> None:
    with open_port(echo.url, SerialSettings(19200)) as line_port:
        line_port.write(b"hello\r\n")
        assert line_port.try_read_line(deadline_s=0.3) is None


def test_partial_line_followed_by_silence_is_dropped_never_returned(
    echo: EchoDevice, port: LinePort
) -> None:
    dropped: list[bytes] = []
    port.capture = lambda direction, data, _at: (
        dropped.append(data) if direction == "dropped" else None
    )
    echo.inject_to_host(b"S S    12")
    assert port.try_read_line(deadline_s=0.3) is None  # the partial is never returned
    port.write(b"ok\r\n")
    assert port.read_line(deadline_s=1.0) == b"OK\r\n"
    assert b"S S    12" in dropped


def test_overlong_line_is_dropped_up_to_its_terminator(echo: EchoDevice, port: LinePort) -> None:
    echo.inject_to_host(b"x" * 100 + b"\r\nfine\r\n")
    assert port.read_line(max_length=32, deadline_s=1.0) == b"fine\r\n"


def test_deadline_is_total_even_while_bytes_trickle_in(echo: EchoDevice, port: LinePort) -> None:
    stop = threading.Event()

    def trickle() -> None:
        while not stop.wait(0.01):
            echo.inject_to_host(b"7")

    feeder = threading.Thread(target=trickle)
    feeder.start()
    try:
        started = time.monotonic()
        with pytest.raises(NoAnswer, match=r"within 0\.3 s"):
            port.read_line(max_length=10_000, deadline_s=0.3)
        assert time.monotonic() - started < 0.3 + port.poll_interval_s + 0.1
    finally:
        stop.set()
        feeder.join()


def test_capture_sees_both_directions(echo: EchoDevice) -> None:
    seen: list[tuple[str, bytes]] = []
    with open_port(echo.url, capture=lambda d, data, _t: seen.append((d, data))) as line_port:
        line_port.write(b"abc\r\n")
        line_port.read_line()
    assert ("tx", b"abc\r\n") in seen
    assert b"".join(data for direction, data in seen if direction == "rx") == b"ABC\r\n"


def test_second_exclusive_open_is_port_busy(echo: EchoDevice, port: LinePort) -> None:
    with pytest.raises(PortBusy, match="busy"):
        open_port(echo.url)


def test_unknown_simulator_and_unknown_path_are_port_gone() -> None:
    with pytest.raises(PortGone):
        open_port("sim://nobody-here")
    with pytest.raises(PortGone):
        open_port("/dev/does-not-exist-hat")


def test_pulled_cable_mid_read_is_port_gone_then_reconnect(
    echo: EchoDevice, port: LinePort
) -> None:
    worker = DeviceWorker(port, name="echo").start()
    try:
        waiting = worker.submit(lambda p: p.read_line(deadline_s=10.0))
        echo.wait_for_connection(1.0)
        echo.pull_cable()
        with pytest.raises(PortGone, match="gone"):
            waiting.result(timeout=5)
        with pytest.raises(PortGone):
            open_port(echo.url)
        echo.put_back_cable()
        worker.submit(lambda p: p.reconnect(deadline_s=2.0)).result(timeout=5)
        answer = worker.submit(lambda p: _ask(p, b"back\r\n"))
        assert answer.result(timeout=5) == b"BACK\r\n"
    finally:
        worker.stop()


def test_reconnect_gives_up_with_port_gone(echo: EchoDevice, port: LinePort) -> None:
    echo.pull_cable()
    with pytest.raises(PortGone, match="did not come back"):
        port.reconnect(deadline_s=0.3, retry_interval_s=0.05)


def test_worker_runs_one_job_at_a_time_in_order(port: LinePort) -> None:
    worker = DeviceWorker(port, name="order").start()
    active = 0
    peak = 0
    order: list[int] = []
    lock = threading.Lock()

    def job(number: int) -> int:
        nonlocal active, peak
        worker.assert_owner_thread()
        with lock:
            active += 1
            peak = max(peak, active)
        port.write(f"n{number}\r\n".encode())
        port.read_line()
        with lock:
            active -= 1
            order.append(number)
        return number

    futures = []
    threads = [
        threading.Thread(target=lambda n=n: futures.append(worker.submit(lambda _p: job(n))))
        for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results = sorted(f.result(timeout=5) for f in futures)
    worker.stop()
    assert results == list(range(8))
    assert peak == 1
    assert len(order) == 8


def test_assert_owner_thread_catches_the_wrong_thread(port: LinePort) -> None:
    worker = DeviceWorker(port, name="owner").start()
    try:
        with pytest.raises(WrongThreadError):
            worker.assert_owner_thread()
        worker.submit(lambda _p: worker.assert_owner_thread()).result(timeout=2)
    finally:
        worker.stop()


def test_listening_hands_unsolicited_lines_to_the_callback(
    echo: EchoDevice, port: LinePort
) -> None:
    heard: list[bytes] = []
    got = threading.Event()

    def on_line(line: bytes) -> None:
        heard.append(line)
        got.set()

    worker = DeviceWorker(port, name="listen", on_line=on_line).start()
    try:
        worker.set_listening(True)
        echo.inject_to_host(b'I4 A "123"\r\n')
        assert got.wait(2.0)
        assert heard == [b'I4 A "123"\r\n']
        started = time.monotonic()
        reply = worker.submit(lambda p: _ask(p, b"x\r\n")).result(timeout=2)
        assert reply == b"X\r\n"
        assert time.monotonic() - started < 0.5  # the listening read was woken at once
    finally:
        worker.stop()


def test_stopped_worker_refuses_jobs_and_closes_the_port(port: LinePort) -> None:
    worker = DeviceWorker(port, name="stop").start()
    worker.stop()
    assert not worker.running
    assert not port.is_open
    with pytest.raises(WorkerStoppedError):
        worker.submit(lambda _p: None).result(timeout=1)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_pseudo_terminal_round_trip_busy_and_unplug(echo: EchoDevice) -> None:
    with PtyBridge(echo) as bridge:
        path = bridge.path
        assert path.startswith("/dev/")
        with open_port(path) as line_port:
            line_port.write(b"pty\r\n")
            assert line_port.read_line(deadline_s=2.0) == b"PTY\r\n"
            holder = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import serial,sys; serial.Serial(sys.argv[1], exclusive=True)",
                    path,
                ],
                stderr=subprocess.PIPE,
            )
            _, stderr = holder.communicate(timeout=20)
            assert holder.returncode != 0 and b"exclusively lock" in stderr
            echo.pull_cable()
            with pytest.raises(PortGone):
                line_port.read_line(deadline_s=5.0)
        echo.put_back_cable()
        assert bridge.wait_for_path(5.0) is not None


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_pseudo_terminal_held_by_another_program_is_port_busy(echo: EchoDevice) -> None:
    with PtyBridge(echo) as bridge:
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import serial,sys; p=serial.Serial(sys.argv[1], exclusive=True); "
                "print('held', flush=True); sys.stdin.read()",
                bridge.path,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == b"held"
            with pytest.raises(PortBusy, match="another program"):
                open_port(bridge.path)
        finally:
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait(timeout=10)


def test_pyserial_finds_the_sim_scheme(echo: EchoDevice) -> None:
    raw = serial.serial_for_url(echo.url, timeout=1)
    try:
        raw.write(b"direct\r\n")
        assert raw.read(8) == b"DIRECT\r\n"
    finally:
        raw.close()


def test_socket_url_reaches_a_network_serial_server() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    host, port_number = server.getsockname()

    def serve() -> None:
        connection, _ = server.accept()
        with connection:
            data = b""
            while not data.endswith(b"\r\n"):
                data += connection.recv(64)
            connection.sendall(data.upper())

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        with open_port(f"socket://{host}:{port_number}") as line_port:
            line_port.write(b"net\r\n")
            assert line_port.read_line(deadline_s=2.0) == b"NET\r\n"
    finally:
        thread.join(5)
        server.close()


def _info(
    device: str, vid: int | None, pid: int | None, serial: str | None, location: str | None
) -> PortInfo:
    return PortInfo(device, "USB serial", "", PortIdentity(vid, pid, serial, location))


def test_locate_finds_the_adapter_again_by_serial_number_or_usb_location() -> None:
    ftdi = PortIdentity(0x0403, 0x6001, "A12345", "1-1.2")
    ch340 = PortIdentity(0x1A86, 0x7523, None, "1-1.4")
    after_replug = [
        _info("/dev/ttyUSB3", 0x1A86, 0x7523, None, "1-1.4"),
        _info("/dev/ttyUSB2", 0x0403, 0x6001, "A12345", "1-1.3"),  # other hub port, same serial
        _info("/dev/ttyUSB1", 0x0403, 0x6001, "A99999", "1-1.2"),  # same port, other adapter
    ]
    assert locate(ftdi, lambda: after_replug) == "/dev/ttyUSB2"
    assert locate(ch340, lambda: after_replug) == "/dev/ttyUSB3"
    assert locate(PortIdentity(0x0403, 0x6001, "GONE", None), lambda: after_replug) is None
    assert matches(ch340, PortIdentity(0x1A86, 0x7523, None, "1-1.4"))
    assert not matches(ch340, PortIdentity(0x1A86, 0x7523, None, "1-1.5"))
    assert ftdi.describe() == "0403:6001 serial A12345"
    assert ch340.describe() == "1A86:7523 at USB 1-1.4"


def test_reconnect_uses_the_locator_to_find_a_new_path(echo: EchoDevice) -> None:
    other = EchoDevice(f"echo-moved-{next(_counter)}")
    with other:
        where = {"url": echo.url}
        with open_port(echo.url, locator=lambda: where["url"]) as line_port:
            echo.pull_cable()
            where["url"] = other.url  # the adapter came back under another name
            line_port.reconnect(deadline_s=2.0)
            assert line_port.url == other.url
            line_port.write(b"moved\r\n")
            assert line_port.read_line() == b"MOVED\r\n"
