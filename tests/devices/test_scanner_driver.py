"""SerialScanner against the simulated scanner on sim:// and on a real pseudo-terminal."""

from __future__ import annotations

import queue
import sys
from collections.abc import Iterator

import pytest

from devices.drivers.scanner import SerialScanner, read_one_scan
from devices.protocols.scanner import parse_pack_code
from devices.readings import DeviceError, NoAnswer, PortBusy, PortGone, ProtocolError, Scan
from devices.sim.base import unique_name
from devices.sim.scanner import SimulatedScanner
from devices.transport import SerialSettings

FAST = SerialSettings(115200)
GS1_PACK = "0104150123456782172506301" + "0A1B2C" + "\x1d" + "21SN12345"


@pytest.fixture
def sim() -> Iterator[SimulatedScanner]:
    with SimulatedScanner(unique_name("scanner"), FAST) as device:
        yield device


class Collector:
    def __init__(self) -> None:
        self.scans: queue.Queue[Scan] = queue.Queue()
        self.errors: queue.Queue[DeviceError] = queue.Queue()

    def next_scan(self) -> Scan:
        return self.scans.get(timeout=3.0)

    def next_error(self) -> DeviceError:
        return self.errors.get(timeout=3.0)


@pytest.fixture
def collector() -> Collector:
    return Collector()


def _scanner(url: str, collector: Collector, **kwargs: object) -> SerialScanner:
    return SerialScanner(
        url,
        collector.scans.put,
        settings=FAST,
        on_error=collector.errors.put,
        **kwargs,  # type: ignore[arg-type]
    )


def test_delivers_gs1_scan_with_aim_id_and_gs(sim: SimulatedScanner, collector: Collector) -> None:
    with _scanner(sim.url, collector):
        assert sim.wait_for_connection(2.0)
        sent = sim.scan(GS1_PACK, "]d2")
        scan = collector.next_scan()
    assert scan.symbology == "]d2"
    assert scan.text == GS1_PACK and "\x1d" in scan.text
    assert scan.raw == sent[:-1]
    pack = parse_pack_code(scan)
    assert pack is not None and pack.batch == "A1B2C" and pack.serial == "SN12345"


def test_patient_card_is_plain_text(sim: SimulatedScanner, collector: Collector) -> None:
    with _scanner(sim.url, collector):
        assert sim.wait_for_connection(2.0)
        sim.scan("DEMO-CARD-0042", "]Q1")
        sim.scan("DEMO-CARD-0043")
        first, second = collector.next_scan(), collector.next_scan()
    assert (first.text, first.symbology) == ("DEMO-CARD-0042", "]Q1")
    assert (second.text, second.symbology) == ("DEMO-CARD-0043", None)
    assert parse_pack_code(first) is None


@pytest.mark.parametrize(
    ("terminator", "sent"), [(b"\r", b"\r"), (b"\r\n", b"\r\n"), (b"\r", b"\r\n")]
)
def test_terminators(collector: Collector, terminator: bytes, sent: bytes) -> None:
    with (
        SimulatedScanner(unique_name("scanner"), FAST, terminator=sent) as device,
        _scanner(device.url, collector, terminator=terminator),
    ):
        assert device.wait_for_connection(2.0)
        device.scan("ONE")
        device.scan("TWO")
        assert [collector.next_scan().text, collector.next_scan().text] == ["ONE", "TWO"]


def test_invalid_bytes_are_reported_and_reading_goes_on(
    sim: SimulatedScanner, collector: Collector
) -> None:
    with _scanner(sim.url, collector):
        assert sim.wait_for_connection(2.0)
        sim.inject_to_host(b"\xff\xfe\r")
        sim.scan("AFTER")
        assert isinstance(collector.next_error(), ProtocolError)
        assert collector.next_scan().text == "AFTER"


def test_port_busy(sim: SimulatedScanner, collector: Collector) -> None:
    with _scanner(sim.url, collector), pytest.raises(PortBusy):
        _scanner(sim.url, collector)


def test_unplug_and_reconnect(sim: SimulatedScanner, collector: Collector) -> None:
    with _scanner(sim.url, collector):
        assert sim.wait_for_connection(2.0)
        sim.pull_cable()
        assert isinstance(collector.next_error(), PortGone)
        sim.put_back_cable()
        assert sim.wait_for_connection(3.0)
        sim.scan("BACK")
        assert collector.next_scan().text == "BACK"


def test_read_one_scan(sim: SimulatedScanner) -> None:
    sim.call_later(0.05, lambda: sim.send_to_host(b"]C1" + b"0104150123456782\r"))
    scan = read_one_scan(sim.url, settings=FAST, timeout_s=3.0)
    assert (scan.symbology, scan.text) == ("]C1", "0104150123456782")


def test_read_one_scan_times_out(sim: SimulatedScanner) -> None:
    with pytest.raises(NoAnswer):
        read_one_scan(sim.url, settings=FAST, timeout_s=0.2)


def test_refuses_unknown_terminator(sim: SimulatedScanner, collector: Collector) -> None:
    with pytest.raises(ValueError):
        _scanner(sim.url, collector, terminator=b";")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_on_a_real_pseudo_terminal(sim: SimulatedScanner, collector: Collector) -> None:
    from devices.sim.pty import PtyBridge

    with PtyBridge(sim) as bridge:
        path = bridge.wait_for_path(5.0)
        assert path is not None
        with _scanner(path, collector):
            sim.scan(GS1_PACK, "]d2")
            scan = collector.next_scan()
    assert scan.symbology == "]d2" and scan.text == GS1_PACK
