"""Label printer commands for technicians: print-test, printer-status and simulate printer."""

from __future__ import annotations

import contextlib
import json
import sys
import threading
from pathlib import Path
from typing import Any

import click

from devices.drivers.printer import DEFAULT_STATUS_TIMEOUT_S, LabelPrinter
from devices.label_preview import write_preview
from devices.protocols.zpl import HostStatus, demo_syringe_label
from devices.readings import PrinterNotReady
from devices.transport import SerialSettings
from station.cli.devices import devices, simulate
from station.cli.devices.options import (
    device_errors_exit,
    fail_with_one_line,
    port_option,
    serial_settings_options,
)

status_timeout_option = click.option(
    "--status-timeout",
    type=float,
    default=DEFAULT_STATUS_TIMEOUT_S,
    show_default=True,
    help="Seconds the printer may take to answer ~HS (wire time is added).",
)


def status_as_json(detail: HostStatus) -> dict[str, Any]:
    """Describe a printer status for ``--json``: readiness, faults and the main fields."""
    status = detail.to_printer_status()
    settings = detail.serial_settings
    return {
        "ready": status.ready,
        "faults": list(status.faults),
        "paper_out": detail.paper_out,
        "head_open": detail.head_up,
        "paused": detail.paused,
        "ribbon_out": detail.ribbon_out,
        "buffer_full": detail.buffer_full,
        "under_temperature": detail.under_temperature,
        "over_temperature": detail.over_temperature,
        "formats_in_buffer": detail.formats_in_buffer,
        "labels_remaining": detail.labels_remaining,
        "partial_format": detail.partial_format,
        "corrupt_ram": detail.corrupt_ram,
        "label_length_dots": detail.label_length_dots,
        "print_mode": detail.print_mode_name,
        "thermal_transfer": detail.thermal_transfer,
        "printer_serial_settings": {
            "baud": settings.baud,
            "data_bits": settings.data_bits,
            "stop_bits": settings.stop_bits,
            "parity": settings.parity,
            "handshake": settings.handshake,
        },
        "raw": detail.raw.decode("ascii", errors="backslashreplace"),
    }


@devices.command("print-test")
@port_option(required=False)
@serial_settings_options()
@status_timeout_option
@click.option(
    "--preview",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the label as a PNG drawn on this computer (never online).",
)
def print_test_command(
    port: str | None, settings: SerialSettings, status_timeout: float, preview: Path | None
) -> None:
    """Print a test syringe label with fictional demo values (status, send, status)."""
    if port is None and preview is None:
        raise click.UsageError("give --port to print, --preview FILE.png to draw, or both")
    label = demo_syringe_label()
    if preview is not None:
        drawn = write_preview(label, preview)
        click.echo(f"preview written to {preview}")
        for note in drawn.notes:
            click.echo(f"note: {note}", err=True)
    if port is None:
        return
    with (
        device_errors_exit(),
        LabelPrinter(port, settings, status_timeout_s=status_timeout) as printer,
    ):
        receipt = printer.print_label(label)
    click.echo(
        f"test label printed: {receipt.bytes_sent} bytes in {receipt.elapsed_s:.2f} s "
        f"at {settings.describe()}; printer ready"
    )


@devices.command("printer-status")
@port_option()
@serial_settings_options()
@status_timeout_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def printer_status_command(
    port: str, settings: SerialSettings, status_timeout: float, as_json: bool
) -> None:
    """Ask the printer for its host status (~HS); exit 1 unless it is ready to print."""
    with (
        device_errors_exit(),
        LabelPrinter(port, settings, status_timeout_s=status_timeout) as printer,
    ):
        detail = printer.status_detail()
    status = detail.to_printer_status()
    if as_json:
        click.echo(json.dumps(status_as_json(detail), indent=2))
    else:
        click.echo("ready" if status.ready else "not ready: " + ", ".join(status.faults))
        click.echo(
            f"formats in buffer {detail.formats_in_buffer}, labels remaining "
            f"{detail.labels_remaining}, label length {detail.label_length_dots} dots, "
            f"{detail.print_mode_name}"
        )
    if not status.ready:
        fail_with_one_line(PrinterNotReady(status))


@simulate.command("printer")
@click.option("--baud", type=int, default=9600, show_default=True, help="Baud rate.")
@click.option("--paper-out", is_flag=True, help="Start with no labels loaded.")
@click.option("--head-open", is_flag=True, help="Start with the print head open.")
@click.option("--paused", is_flag=True, help="Start paused.")
@click.option("--silent", is_flag=True, help="Never answer ~HS (a dead or mis-wired printer).")
@click.option(
    "--answers-when-faulted",
    is_flag=True,
    help="Answer ~HS even with paper out or head open (many printers stay silent then).",
)
@click.option("--print-time", type=float, default=0.5, show_default=True, help="Seconds per label.")
@click.option("--seconds", type=float, default=None, help="Stop after this long (default: Ctrl-C).")
def simulate_printer_command(
    baud: int,
    paper_out: bool,
    head_open: bool,
    paused: bool,
    silent: bool,
    answers_when_faulted: bool,
    print_time: float,
    seconds: float | None,
) -> None:
    """Run a simulated ZPL label printer on a pseudo-terminal and print its path."""
    from devices.sim.base import unique_name
    from devices.sim.printer import PrinterState, SimulatedPrinter
    from devices.sim.pty import PtyBridge

    settings = SerialSettings(baudrate=baud)
    state = PrinterState(
        paper_out=paper_out,
        head_open=head_open,
        paused=paused,
        silent=silent,
        answers_when_faulted=answers_when_faulted,
    )
    with device_errors_exit():
        printer = SimulatedPrinter(
            unique_name("printer"), settings, state=state, print_time_s=print_time
        )
        with printer, PtyBridge(printer) as bridge:
            click.echo(bridge.path)
            click.echo(f"simulated ZPL printer at {settings.describe()}; Ctrl-C stops", err=True)
            sys.stdout.flush()
            with contextlib.suppress(KeyboardInterrupt):
                threading.Event().wait(seconds)
            click.echo(f"labels received: {printer.labels_received}", err=True)
