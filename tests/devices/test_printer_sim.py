"""The simulated ZPL printer through a real pyserial port on ``sim://``: the bytes it sends."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import serial

from devices.protocols.zpl import (
    demo_syringe_label,
    parse_host_status,
    parse_host_status_detail,
    render_zpl,
)
from devices.readings import ProtocolError
from devices.sim.base import unique_name
from devices.sim.printer import PrinterState, SimulatedPrinter, parse_format
from devices.transport import SerialSettings, open_port

FAST = SerialSettings(115200)


@pytest.fixture
def printer() -> Iterator[SimulatedPrinter]:
    with SimulatedPrinter(unique_name("printer"), FAST) as device:
        yield device


def _status(port: serial.Serial) -> bytes:
    port.write(b"~HS")
    data = b""
    ends = time.monotonic() + 2.0
    while data.count(b"\r\n") < 3 and time.monotonic() < ends:
        data += port.read(max(1, port.in_waiting))
    return data


def _open(device: SimulatedPrinter) -> serial.Serial:
    return serial.serial_for_url(device.url, timeout=0.2, **device.settings.pyserial_arguments())


def test_answers_host_status_with_three_strings(printer: SimulatedPrinter) -> None:
    with _open(printer) as port:
        raw = _status(port)
    strings = raw.split(b"\r\n")
    assert strings[0].startswith(b"\x02") and strings[0].endswith(
        b",0,0,0256,000,0,0,0,000,0,0,0\x03"
    )
    assert strings[1:] == [b"\x02001,0,0,0,0,2,6,0,00000000,1,000\x03", b"\x021234,0\x03", b""]
    assert parse_host_status(raw).ready


def test_reports_its_serial_settings_at_9600() -> None:
    with (
        SimulatedPrinter(unique_name("printer"), SerialSettings(9600)) as device,
        _open(device) as port,
    ):
        raw = _status(port)
    assert raw.startswith(b"\x02030,")
    assert parse_host_status_detail(raw).serial_settings.baud == 9600


def test_keeps_labels_and_decodes_fields(printer: SimulatedPrinter) -> None:
    zpl = render_zpl(demo_syringe_label(patient="Patient ^XZ~JA_DEMO"))
    with _open(printer) as port:
        port.write(zpl)
        assert printer.wait_for_labels(1, 2.0)
    label = printer.labels[-1]
    assert label.raw == zpl.strip()
    assert label.texts[0] == "Diacetylmorphin 100 mg/mL"
    assert label.texts[-1] == "Patient ^XZ~JA_DEMO"  # escaped on the wire, decoded by the printer
    codes = [field for field in label.fields if field.kind == "BX"]
    assert codes and codes[0].data.startswith("SYR-DEMO")
    assert (codes[0].x, codes[0].y) == (346, 104)


def test_keeps_only_the_last_n_labels() -> None:
    with (
        SimulatedPrinter(unique_name("printer"), FAST, keep_labels=3) as device,
        _open(device) as port,
    ):
        for number in range(5):
            port.write(f"^XA^FO0,0^A0N,20,0^FDlabel {number}^FS^XZ".encode())
        assert device.wait_for_labels(5, 2.0)
        assert [label.texts for label in device.labels] == [
            ("label 2",),
            ("label 3",),
            ("label 4",),
        ]


def test_paused_printer_buffers_and_resumes(printer: SimulatedPrinter) -> None:
    printer.set_state(paused=True).result(1.0)
    with _open(printer) as port:
        port.write(b"^XA^FO0,0^A0N,20,0^FDone^FS^XZ^XA^FO0,0^A0N,20,0^FDtwo^FS^XZ")
        assert printer.wait_for_labels(2, 2.0)
        status = parse_host_status(_status(port))
        assert status.paused and status.formats_in_buffer == 2 and not status.ready
        assert not any(label.printed for label in printer.labels)
        port.write(b"~PS")
        assert printer.wait_for_printed(2, 2.0)
        status = parse_host_status(_status(port))
    assert status.ready and status.formats_in_buffer == 0
    assert all(label.printed for label in printer.labels)


@pytest.mark.parametrize("fault", ["paper_out", "head_open", "ribbon_out", "over_temperature"])
def test_faulted_printer_says_nothing_by_default(printer: SimulatedPrinter, fault: str) -> None:
    printer.set_state(**{fault: True}).result(1.0)
    with _open(printer) as port:
        port.write(b"~HS")
        assert port.read(1) == b""  # one read timeout (0.2 s) of silence
    assert printer.status_requests == 1


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("paper_out", ("paper out",)),
        ("head_open", ("head open",)),
        ("ribbon_out", ("ribbon out",)),
        ("over_temperature", ("head too hot",)),
    ],
)
def test_faulted_printer_that_answers(
    printer: SimulatedPrinter, fault: str, words: tuple[str, ...]
) -> None:
    printer.set_state(**{fault: True, "answers_when_faulted": True}).result(1.0)
    with _open(printer) as port:
        assert parse_host_status(_status(port)).faults == words


def test_silent_printer(printer: SimulatedPrinter) -> None:
    printer.set_state(silent=True).result(1.0)
    with _open(printer) as port:
        port.write(b"~HS")
        assert port.read(1) == b""


def test_status_request_in_the_middle_of_a_format_is_answered(printer: SimulatedPrinter) -> None:
    with _open(printer) as port:
        port.write(b"^XA^FO0,0^A0N,20,0^FDhalf")
        raw = _status(port)
        status = parse_host_status(raw)
        port.write(b"^FS^XZ")
        assert printer.wait_for_labels(1, 2.0)
    assert status.ready
    assert printer.labels[-1].texts == ("half",)


def test_paper_runs_out_after_n_labels(printer: SimulatedPrinter) -> None:
    printer.set_state(paper_left=1, answers_when_faulted=True).result(1.0)
    with _open(printer) as port:
        port.write(b"^XA^FO0,0^A0N,20,0^FDlast^FS^XZ^XA^FO0,0^A0N,20,0^FDno paper^FS^XZ")
        assert printer.wait_for_labels(2, 2.0)
        assert printer.wait_for_printed(1, 2.0)
        status = parse_host_status(_status(port))
    assert status.paper_out and status.formats_in_buffer == 1
    assert [label.printed for label in printer.labels] == [True, False]


def test_wire_delay_at_9600() -> None:
    settings = SerialSettings(9600)
    with (
        SimulatedPrinter(unique_name("printer"), settings) as device,
        open_port(device.url, settings) as port,
    ):
        started = time.monotonic()
        port.write(b"~HS")
        lines = [port.read_line(b"\r\n", deadline_s=2.0) for _ in range(3)]
        elapsed = time.monotonic() - started
    reply = sum(len(line) for line in lines)
    assert elapsed >= settings.wire_time_s(3 + reply) * 0.95


def test_configuration_dump(printer: SimulatedPrinter) -> None:
    with _open(printer) as port:
        port.write(b"^XA^HH^XZ")
        data = b""
        while b"\x03" not in data:
            chunk = port.read(256)
            assert chunk, "no configuration dump"
            data += chunk
    assert b"BAUD" in data and data.startswith(b"\x02")
    assert printer.labels == ()


def test_parse_format_reads_positions_and_hex() -> None:
    fields = parse_format(b"^XA^FO10,20^A0N,30,0^FH_^FDa_5Eb^FS^FO5,6^BQN,2,4^FDQA,x^FS^XZ")
    assert [(f.x, f.y, f.kind, f.data) for f in fields] == [
        (10, 20, "A0", "a^b"),
        (5, 6, "BQ", "QA,x"),
    ]


def test_state_names_are_checked(printer: SimulatedPrinter) -> None:
    with pytest.raises(AttributeError):
        printer.set_state(no_such_thing=True).result(1.0)
    assert PrinterState().paper_left is None
    with pytest.raises(ProtocolError):
        parse_host_status(b"")
