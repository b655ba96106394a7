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
    import importlib

    for name in ("scale", "printer", "scanner"):
        try:
            importlib.import_module(f"station.cli.devices.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"station.cli.devices.{name}":
                raise


_register()
