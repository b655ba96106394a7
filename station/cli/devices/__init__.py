"""``dosing-station devices …``: technician and support commands for scale, printer, scanner."""

from __future__ import annotations

import click


@click.group()
def devices() -> None:
    """Connect, test and simulate the scale, label printer and scanner."""


@devices.group()
def simulate() -> None:
    """Run a simulated device on a pseudo-terminal and print its port path."""


def _register() -> None:
    """Import the command modules so that their commands attach to the groups above."""
    from station.cli.devices import printer, scale, scanner  # noqa: F401


_register()
