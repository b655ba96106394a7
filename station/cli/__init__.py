"""The ``dosing-station`` command line: one group, with subcommands per area."""

from __future__ import annotations

from pathlib import Path

import click
import platformdirs

from station import __version__


def default_data_dir() -> Path:
    """Return the OS's per-user data folder for the station."""
    return Path(platformdirs.user_data_dir("hat-dosing-station", appauthor=False))


data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Station data folder (default: the per-user data folder of this OS).",
)


def resolve_data_dir(data_dir: Path | None) -> Path:
    """Use the given folder, or the per-user default."""
    return data_dir if data_dir is not None else default_data_dir()


@click.group()
@click.version_option(__version__, prog_name="dosing-station")
def main() -> None:
    """Dosing station for heroin-assisted treatment clinics."""


def _register_subcommands() -> None:
    """Attach every area's commands to the main group."""
    from station.cli.audit import audit
    from station.cli.demo import demo
    from station.cli.devices import devices
    from station.cli.profile import init
    from station.cli.sync import enroll, sync_command
    from station.cli.users import users

    for command in (init, users, audit, demo, devices, enroll, sync_command):
        main.add_command(command)


_register_subcommands()
