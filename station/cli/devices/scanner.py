"""Scanner commands for technicians: read one scan, and simulate a serial scanner."""

from __future__ import annotations

import contextlib
import json
import sys
import threading

import click

from devices.drivers.scanner import TERMINATORS, read_one_scan
from devices.protocols.scanner import describe_scan, symbology_name, visible
from devices.transport import SerialSettings
from station.cli.devices import devices, simulate
from station.cli.devices.options import device_errors_exit, port_option, serial_settings_options

terminator_option = click.option(
    "--terminator",
    type=click.Choice(sorted(TERMINATORS)),
    default="cr",
    show_default=True,
    help="What ends each scanned line.",
)

_TYPED_CONTROLS = {"<GS>": "\x1d", "<RS>": "\x1e", "<EOT>": "\x04"}


def typed_to_scan_text(line: str) -> str:
    """Turn ``<GS>``, ``<RS>`` and ``<EOT>`` typed on a terminal into the control characters."""
    for name, char in _TYPED_CONTROLS.items():
        line = line.replace(name, char)
    return line


@devices.command("scan")
@port_option()
@serial_settings_options()
@terminator_option
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds to wait.")
@click.option("--json", "as_json", is_flag=True, help="Print the scan as JSON.")
def scan_command(
    port: str, settings: SerialSettings, terminator: str, timeout: float, as_json: bool
) -> None:
    """Wait for one scan and show its text, AIM identifier and pack-code fields."""
    with device_errors_exit():
        scan = read_one_scan(
            port, settings=settings, terminator=TERMINATORS[terminator], timeout_s=timeout
        )
    description = describe_scan(scan)
    if as_json:
        click.echo(json.dumps(description, indent=2))
        return
    click.echo(f"text: {visible(scan.text)}")
    click.echo(f"symbology: {scan.symbology or '-'} ({symbology_name(scan.symbology)})")
    pack = description.get("pack")
    if isinstance(pack, dict):
        for key, value in pack.items():
            click.echo(f"{key}: {value if value is not None else '-'}")
    elif "pack_error" in description:
        click.echo(f"not a valid pack code: {description['pack_error']}")
    else:
        click.echo("plain text (not a pack code)")


@simulate.command("scanner")
@click.option("--baud", type=int, default=9600, show_default=True, help="Baud rate.")
@terminator_option
@click.option(
    "--symbology",
    default=None,
    help="AIM identifier sent before every scan, e.g. ]d2 (GS1 DataMatrix) or ]Q1.",
)
@click.option("--seconds", type=float, default=None, help="Stop after this long (default: Ctrl-C).")
def simulate_scanner_command(
    baud: int, terminator: str, symbology: str | None, seconds: float | None
) -> None:
    """Run a simulated serial scanner on a pseudo-terminal; each stdin line is scanned.

    Type <GS>, <RS> and <EOT> for the control characters of GS1 and IFA codes.
    """
    from devices.sim.base import unique_name
    from devices.sim.pty import PtyBridge
    from devices.sim.scanner import SimulatedScanner

    settings = SerialSettings(baudrate=baud)
    stopped = threading.Event()
    with device_errors_exit():
        scanner = SimulatedScanner(
            unique_name("scanner"), settings, terminator=TERMINATORS[terminator]
        )
        with scanner, PtyBridge(scanner) as bridge:
            click.echo(bridge.path)
            click.echo(
                f"simulated scanner at {settings.describe()}; each line typed is scanned; "
                "Ctrl-C stops",
                err=True,
            )
            sys.stdout.flush()

            def feed() -> None:
                for line in sys.stdin:
                    text = typed_to_scan_text(line.rstrip("\r\n"))
                    if text:
                        scanner.scan(text, symbology)

            threading.Thread(target=feed, name="scanner-stdin", daemon=True).start()
            with contextlib.suppress(KeyboardInterrupt):
                stopped.wait(seconds)
