"""LabelPrinter against the simulated printer on sim:// and on a real pseudo-terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import pytest

from devices.drivers.printer import NO_ANSWER_MESSAGE, LabelPrinter
from devices.protocols.zpl import demo_syringe_label, render_zpl
from devices.readings import NoAnswer, PortBusy, PortGone, PrinterNotReady, ProtocolError
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.transport import SerialSettings

FAST = SerialSettings(115200)
QUICK_TIMEOUT_S = 0.3


@pytest.fixture
def sim() -> Iterator[SimulatedPrinter]:
    with SimulatedPrinter(unique_name("printer"), FAST) as device:
        yield device


@pytest.fixture
def printer(sim: SimulatedPrinter) -> Iterator[LabelPrinter]:
    with LabelPrinter(sim.url, FAST, status_timeout_s=QUICK_TIMEOUT_S) as driver:
        yield driver


def test_prints_a_label_between_two_status_checks(
    sim: SimulatedPrinter, printer: LabelPrinter
) -> None:
    receipt = printer.print_label(demo_syringe_label())
    assert receipt.before.ready and receipt.after.ready
    assert receipt.bytes_sent == len(render_zpl(demo_syringe_label()))
    assert sim.wait_for_labels(1, 2.0)
    assert sim.labels[-1].texts[-1] == "Patient DEMO-0042"
    assert sim.status_requests >= 2


def test_status_of_a_ready_printer(printer: LabelPrinter) -> None:
    status = printer.status()
    assert status.ready and status.faults == ()


@pytest.mark.parametrize("fault", ["paper_out", "head_open"])
def test_silent_fault_is_no_answer_and_nothing_is_sent(
    sim: SimulatedPrinter, printer: LabelPrinter, fault: str
) -> None:
    sim.set_state(**{fault: True}).result(1.0)
    started = time.monotonic()
    with pytest.raises(NoAnswer, match="printer did not answer — check power, paper and head"):
        printer.print_label(demo_syringe_label())
    assert time.monotonic() - started >= QUICK_TIMEOUT_S
    assert sim.labels_received == 0
    assert str(NoAnswer(NO_ANSWER_MESSAGE)) == NO_ANSWER_MESSAGE


@pytest.mark.parametrize(
    ("fault", "line"),
    [
        ("paper_out", "printer not ready: paper out (load labels)"),
        ("head_open", "printer not ready: head open (close the print head)"),
        ("paused", "printer not ready: paused (press pause to resume)"),
        ("ribbon_out", "printer not ready: ribbon out (load ribbon)"),
        ("over_temperature", "printer not ready: head too hot (let the head cool down)"),
    ],
)
def test_reported_fault_refuses_to_print(
    sim: SimulatedPrinter, printer: LabelPrinter, fault: str, line: str
) -> None:
    sim.set_state(**{fault: True, "answers_when_faulted": True}).result(1.0)
    with pytest.raises(PrinterNotReady) as caught:
        printer.print_label(demo_syringe_label())
    assert str(caught.value) == line
    assert "\n" not in str(caught.value)
    assert not caught.value.after_sending
    assert sim.labels_received == 0


def test_paper_running_out_with_the_label_is_reported(
    sim: SimulatedPrinter, printer: LabelPrinter
) -> None:
    sim.set_state(paper_left=0, answers_when_faulted=True).result(1.0)
    with pytest.raises(PrinterNotReady) as caught:
        printer.print_label(demo_syringe_label())
    assert caught.value.after_sending
    assert str(caught.value).startswith("label sent, but printer now reports: paper out")


def test_paper_running_out_silently_is_no_answer(
    sim: SimulatedPrinter, printer: LabelPrinter
) -> None:
    sim.set_state(paper_left=0).result(1.0)
    with pytest.raises(NoAnswer):
        printer.print_label(demo_syringe_label())
    assert sim.labels_received == 1


def test_silent_printer(sim: SimulatedPrinter, printer: LabelPrinter) -> None:
    sim.set_state(silent=True).result(1.0)
    with pytest.raises(NoAnswer):
        printer.status()


class _GarblingPrinter(SimulatedPrinter):
    def _host_status(self) -> bytes:
        return b"\x02030,0,0,0256,000,0,0,0,000,0,0,0\x03\r\n\x02garbage\x03\r\n\x021234,0\x03\r\n"


class _HalfAnsweringPrinter(SimulatedPrinter):
    def _host_status(self) -> bytes:
        return b"\x02030,0,0,0256,000,0,0,0,000,0,0,0\x03\r\n"


@pytest.mark.parametrize("kind", [_GarblingPrinter, _HalfAnsweringPrinter])
def test_garbled_status_is_a_protocol_error(kind: type[SimulatedPrinter]) -> None:
    with (
        kind(unique_name("printer"), FAST) as device,
        LabelPrinter(device.url, FAST, status_timeout_s=QUICK_TIMEOUT_S) as driver,
    ):
        with pytest.raises(ProtocolError):
            driver.print_label(demo_syringe_label())
        assert device.labels_received == 0


def test_wrong_baud_rate_never_yields_a_ready_printer(sim: SimulatedPrinter) -> None:
    with (
        LabelPrinter(sim.url, SerialSettings(9600), status_timeout_s=QUICK_TIMEOUT_S) as driver,
        pytest.raises((NoAnswer, ProtocolError)),
    ):
        driver.status()


def test_port_already_held(sim: SimulatedPrinter, printer: LabelPrinter) -> None:
    with pytest.raises(PortBusy):
        LabelPrinter(sim.url, FAST)


def test_cable_pulled(sim: SimulatedPrinter, printer: LabelPrinter) -> None:
    sim.pull_cable()
    with pytest.raises(PortGone):
        printer.status()
    with pytest.raises(PortGone):
        LabelPrinter(sim.url, FAST)


def test_configuration_dump(printer: LabelPrinter) -> None:
    text = printer.configuration(timeout_s=1.0)
    assert "BAUD" in text and "\x02" not in text


def test_refuses_bytes_that_are_not_a_format(printer: LabelPrinter) -> None:
    with pytest.raises(ValueError):
        printer.print_label(b"~JA")


def test_wire_time_at_9600_is_honoured() -> None:
    settings = SerialSettings(9600)
    label = demo_syringe_label()
    with (
        SimulatedPrinter(unique_name("printer"), settings) as device,
        LabelPrinter(device.url, settings) as driver,
    ):
        receipt = driver.print_label(label)
    # Two status requests and replies plus the label itself, at 10 bits per byte.
    exchange = 3 + len(receipt.before.raw)
    assert receipt.elapsed_s >= settings.wire_time_s(receipt.bytes_sent + 2 * exchange)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_on_a_real_pseudo_terminal() -> None:
    from devices.sim.pty import PtyBridge

    with SimulatedPrinter(unique_name("printer"), FAST) as device, PtyBridge(device) as bridge:
        path = bridge.wait_for_path(5.0)
        assert path is not None and path.startswith("/dev/")
        with LabelPrinter(path, FAST, status_timeout_s=1.0) as driver:
            assert driver.status().ready
            driver.print_label(demo_syringe_label())
            assert device.wait_for_labels(1, 2.0)
            device.set_state(paper_out=True, answers_when_faulted=True).result(1.0)
            with pytest.raises(PrinterNotReady, match="paper out"):
                driver.print_label(demo_syringe_label())
        assert device.labels_received == 1


def test_waits_until_the_label_has_printed() -> None:
    with (
        SimulatedPrinter(unique_name("printer"), FAST, print_time_s=0.2) as device,
        LabelPrinter(device.url, FAST, status_timeout_s=QUICK_TIMEOUT_S) as driver,
    ):
        receipt = driver.print_label(demo_syringe_label())
        assert receipt.after.labels_remaining == 0
        assert device.labels[-1].printed
        assert receipt.elapsed_s >= 0.2


def test_label_stuck_in_buffer_times_out() -> None:
    with (
        SimulatedPrinter(unique_name("printer"), FAST, print_time_s=5.0) as device,
        LabelPrinter(
            device.url, FAST, status_timeout_s=QUICK_TIMEOUT_S, print_timeout_s=0.3
        ) as driver,
    ):
        with pytest.raises(NoAnswer, match="label still in the printer"):
            driver.print_label(demo_syringe_label())
        assert not device.labels[-1].printed
