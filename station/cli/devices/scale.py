"""Scale commands for technicians: ports, identify, read-weight, zero, tare, monitor, simulate."""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from decimal import Decimal
from typing import Any

import click

from devices.discovery import list_serial_ports
from devices.drivers.scale import DEFAULT_SETTINGS, ScaleDriver, probe_scale
from devices.readings import DeviceError, ScaleProtocol, ScaleReading
from devices.transport import Direction, SerialSettings, hex_dump_line, open_port
from station.cli.devices import devices, simulate
from station.cli.devices.options import (
    device_errors_exit,
    fail_with_one_line,
    port_option,
    protocol_option,
    serial_settings_options,
)

COMMAND_TIMEOUT_S = 30.0


def _open(
    port: str, protocol: str, settings: SerialSettings, *, reset: bool = False
) -> ScaleDriver:
    """Open the balance; no MT-SICS ``@`` unless asked, since it would clear the tare."""
    return ScaleDriver.open(port, protocol, _settings_for(protocol, settings), reset_on_open=reset)


def _wait(future: Any, timeout_s: float = COMMAND_TIMEOUT_S) -> Any:
    try:
        return future.result(timeout=timeout_s)
    except TimeoutError:
        fail_with_one_line(DeviceError(f"scale command did not finish within {timeout_s:g} s"))


def reading_as_json(reading: ScaleReading) -> dict[str, Any]:
    """A reading as JSON: the value stays a decimal string, never a float."""
    return {
        "value": None if reading.value is None else str(reading.value),
        "unit": reading.unit,
        "status": reading.status.value,
        "stable": reading.is_stable,
        "raw": reading.raw.decode("ascii", errors="backslashreplace"),
    }


@devices.command("ports")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option(
    "--probe",
    type=click.Choice(["mt-sics", "sbi", "and"]),
    default=None,
    help="Also open each port and ask a balance of this protocol to identify itself.",
)
def ports_command(as_json: bool, probe: str | None) -> None:
    """List serial ports with description, VID:PID, serial number and USB location."""
    found = list_serial_ports()
    probed: dict[str, str | None] = {}
    if probe is not None:
        for info in found:
            identity = probe_scale(info.device, probe, deadline_s=0.5)
            probed[info.device] = (
                None if identity is None else f"{identity.model} {identity.serial_number}"
            )
    if as_json:
        rows = [
            {**info.as_json(), **({"scale": probed[info.device]} if probe else {})}
            for info in found
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    if not found:
        click.echo("no serial ports found")
    for info in found:
        data = info.as_json()
        click.echo(
            f"{info.device}\t{info.description}\t{data['vid_pid'] or '-'}\t"
            f"serial {data['serial_number'] or '-'}\tlocation {data['location'] or '-'}"
            + (f"\tscale {probed[info.device] or '-'}" if probe else "")
        )


def _scale_options(command: Any) -> Any:
    command = serial_settings_options()(command)
    command = protocol_option()(command)
    return port_option()(command)


def _settings_for(protocol: str, settings: SerialSettings) -> SerialSettings:
    """Use the protocol's usual settings when the user left every serial option at default."""
    if settings == SerialSettings():
        return DEFAULT_SETTINGS[ScaleProtocol(protocol)]
    return settings


@devices.command("identify")
@_scale_options
def identify_command(port: str, protocol: str, settings: SerialSettings) -> None:
    """Ask the balance for its model and serial number."""
    with device_errors_exit(), _open(port, protocol, settings) as scale:
        identity = _wait(scale.identify())
        click.echo(
            f"{identity.protocol.value}\tmodel {identity.model}\tserial {identity.serial_number}"
        )


@devices.command("read-weight")
@_scale_options
@click.option("--stable", is_flag=True, help="Wait for a stable weight.")
@click.option(
    "--deadline", type=float, default=5.0, show_default=True, help="Seconds for --stable."
)
@click.option("--json", "as_json", is_flag=True, help="Print the reading as JSON.")
def read_weight_command(
    port: str, protocol: str, settings: SerialSettings, stable: bool, deadline: float, as_json: bool
) -> None:
    """Read the weight now, or (with --stable) the next stable weight."""
    with device_errors_exit(), _open(port, protocol, settings) as scale:
        future = scale.read_stable(deadline) if stable else scale.read_weight()
        reading: ScaleReading = _wait(future, deadline + COMMAND_TIMEOUT_S)
        if as_json:
            click.echo(json.dumps(reading_as_json(reading)))
        else:
            click.echo(f"{reading.value} {reading.unit} ({reading.status.value})")


@devices.command("zero")
@_scale_options
def zero_command(port: str, protocol: str, settings: SerialSettings) -> None:
    """Zero the balance (it waits for a stable weight)."""
    with device_errors_exit(), _open(port, protocol, settings) as scale:
        _wait(scale.zero())
        click.echo("zeroed")


@devices.command("tare")
@_scale_options
def tare_command(port: str, protocol: str, settings: SerialSettings) -> None:
    """Tare the balance with the load now on the pan."""
    with device_errors_exit(), _open(port, protocol, settings) as scale:
        value = _wait(scale.tare())
        click.echo("tared" if value is None else f"tared {value}")


@devices.command("monitor")
@port_option()
@serial_settings_options()
@click.option("--seconds", type=float, default=None, help="Stop after this long (default: Ctrl-C).")
@click.option("--send", "to_send", default=None, help="Send this text plus CR LF first, e.g. SIR.")
def monitor_command(
    port: str, settings: SerialSettings, seconds: float | None, to_send: str | None
) -> None:
    """Show the raw traffic on a port as time, direction, hex and text."""
    started = time.monotonic()
    log = _TrafficLog(started)
    with device_errors_exit(), open_port(port, settings, capture=log.record) as line_port:
        if to_send:
            line_port.write(to_send.encode("ascii") + b"\r\n")
        ends_at = None if seconds is None else started + seconds
        try:
            while True:
                remaining = 0.5 if ends_at is None else min(0.5, ends_at - time.monotonic())
                if remaining <= 0:
                    break
                line_port.try_read_line(deadline_s=remaining)
        except KeyboardInterrupt:
            pass
        finally:
            log.flush()


class _TrafficLog:
    """Prints captured traffic, joining received bytes into whole lines for reading."""

    def __init__(self, started: float) -> None:
        self.started = started
        self._pending = bytearray()
        self._pending_at = 0.0

    def record(self, direction: Direction, data: bytes, stamp: float) -> None:
        if direction != "rx":
            self.flush()
            click.echo(hex_dump_line(direction, data, stamp, self.started))
            return
        if not self._pending:
            self._pending_at = stamp
        self._pending += data
        if self._pending.endswith(b"\n"):
            self.flush()

    def flush(self) -> None:
        if self._pending:
            click.echo(hex_dump_line("rx", bytes(self._pending), self._pending_at, self.started))
            self._pending.clear()


@simulate.command("scale")
@protocol_option()
@click.option("--baud", type=int, default=None, help="Baud rate (default: the protocol's usual).")
@click.option("--mass", type=str, default="0.00", show_default=True, help="Initial mass in g.")
@click.option("--seed", type=int, default=None, help="Seed for deterministic noise.")
@click.option("--rate", type=float, default=18.0, show_default=True, help="Values per second.")
@click.option("--seconds", type=float, default=None, help="Stop after this long (default: Ctrl-C).")
def simulate_scale_command(
    protocol: str, baud: int | None, mass: str, seed: int | None, rate: float, seconds: float | None
) -> None:
    """Run a simulated balance on a pseudo-terminal and print its path."""
    from dataclasses import replace

    from devices.sim.base import unique_name
    from devices.sim.pty import PtyBridge
    from devices.sim.scale import SimulatedScale

    chosen = ScaleProtocol(protocol)
    settings = DEFAULT_SETTINGS[chosen]
    if baud is not None:
        settings = replace(settings, baudrate=baud)
    with device_errors_exit():
        scale = SimulatedScale(
            unique_name("scale"),
            chosen,
            settings,
            seed=seed,
            update_period_s=1 / rate,
            initial_mass=Decimal(mass),
            sbi_auto_print=False,
        )
        with scale, PtyBridge(scale) as bridge:
            click.echo(bridge.path)
            click.echo(
                f"simulated {chosen.value} balance at {settings.describe()}; Ctrl-C stops",
                err=True,
            )
            sys.stdout.flush()
            with contextlib.suppress(KeyboardInterrupt):
                threading.Event().wait(seconds)
