"""Label bytes and wire time at 9600 and 115200 baud, measured through a simulated printer."""

from __future__ import annotations

import statistics
import time
from typing import TYPE_CHECKING

from bench.core import Figure, ratio_figure, reported_figure
from devices.drivers.printer import LabelPrinter
from devices.protocols.zpl import bitmap_size, demo_syringe_label, render_zpl
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.transport import SerialSettings, open_port

if TYPE_CHECKING:
    from bench.shared import SharedBuilds

BAUDS = (9600, 115200)


def _measured_wire_time(settings: SerialSettings, data: bytes, repeats: int) -> float:
    """Seconds from writing the label until the simulated printer has its last byte (median)."""
    samples = []
    with (
        SimulatedPrinter(unique_name("bench-printer"), settings) as printer,
        open_port(printer.url, settings) as port,
    ):
        for count in range(1, repeats + 1):
            started = time.monotonic()
            port.write(data)
            if not printer.wait_for_labels(count, 30.0):
                raise RuntimeError("the simulated printer did not receive the label")
            samples.append(printer.labels[-1].received_at - started)
    return statistics.median(samples)


def _print_round_trip(settings: SerialSettings, repeats: int) -> tuple[float, int, int]:
    """Median seconds for print_label (status, send, status), label bytes, status bytes."""
    samples = []
    with (
        SimulatedPrinter(unique_name("bench-printer"), settings) as printer,
        LabelPrinter(printer.url, settings) as driver,
    ):
        for count in range(1, repeats + 1):
            receipt = driver.print_label(demo_syringe_label())
            if not printer.wait_for_labels(count, 30.0):
                raise RuntimeError("the simulated printer did not receive the label")
            samples.append(receipt.elapsed_s)
    return statistics.median(samples), receipt.bytes_sent, len(receipt.after.raw)


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    repeats = 1 if quick else 3
    label = demo_syringe_label()
    data = render_zpl(label)
    bitmap = bitmap_size(label)
    figures = [
        ratio_figure(
            "label bytes: ZPL text vs the same label as ^GF bitmap",
            float(len(data)),
            float(bitmap),
            "bytes",
            0.05,
            note="5 text lines + DataMatrix, 57x32 mm at 203 dpi; bitmap computed, not sent",
        )
    ]
    for baud in BAUDS:
        settings = SerialSettings(baudrate=baud)
        theoretical = settings.wire_time_s(len(data))
        measured = _measured_wire_time(settings, data, repeats)
        figures.append(
            ratio_figure(
                f"label wire time at {baud} baud (measured through simulator)",
                measured,
                theoretical,
                "s",
                1.25,
                note=f"baseline = {len(data)} bytes x 10 bits / {baud}",
            )
        )
        elapsed, sent, status_bytes = _print_round_trip(settings, repeats)
        exchange = 2 * (3 + status_bytes) + sent
        figures.append(
            ratio_figure(
                f"print_label round trip at {baud} baud (status, send, status)",
                elapsed,
                settings.wire_time_s(exchange),
                "s",
                1.5 if baud == 9600 else 10.0,
                note=f"baseline = wire time of {exchange} bytes; printing itself takes 0 s here",
            )
        )
        figures.append(
            reported_figure(
                f"same label as ^GF bitmap at {baud} baud (computed)",
                settings.wire_time_s(bitmap),
                None,
                "s",
                f"{bitmap} bytes; never sent: for comparison only",
            )
        )
    return figures
