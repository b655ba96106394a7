"""The ``dosing-station`` command line: one group, with subcommands per area."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class GuiRequest:
    """What the command line asks of the window: which profile, demo or not, a tour folder."""

    data_dir: Path
    demo: bool = False
    tour_dir: Path | None = None
    patients: int = 12


GuiLauncher = Callable[[GuiRequest], int]
"""Opens the window for a request and returns the exit status (registered by station.app)."""

_gui_launcher: GuiLauncher | None = None


def set_gui_launcher(launcher: GuiLauncher | None) -> None:
    """Register the function that opens the window (the command line itself imports no Qt)."""
    global _gui_launcher  # noqa: PLW0603 - one hook, set once by the composition root
    _gui_launcher = launcher


def launch_gui(request: GuiRequest) -> None:
    """Open the window through the registered launcher, or explain how to get one."""
    if _gui_launcher is None:
        raise click.UsageError(
            "the window is started by the 'dosing-station' program (station.app); "
            "this entry point has only the subcommands"
        )
    status = _gui_launcher(request)
    if status:
        raise SystemExit(status)


def default_demo_dir() -> Path:
    """The demo profile's folder, beside the station's own per-user folder."""
    return default_data_dir().with_name("hat-dosing-station-demo")


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="dosing-station")
@click.option("--demo", is_flag=True, help="Open the demo profile with simulated devices.")
@data_dir_option
@click.pass_context
def main(context: click.Context, demo: bool, data_dir: Path | None) -> None:
    """Dosing station for heroin-assisted treatment clinics.

    Without a subcommand it opens the station's window (with --demo: the demo profile, with
    simulated scale, printer and scanner).
    """
    if context.invoked_subcommand is not None:
        return
    from station.store.store import Store

    if demo:
        folder = data_dir or default_demo_dir()
    else:
        folder = resolve_data_dir(data_dir)
        if not Store.exists(folder):
            raise click.ClickException(
                f"no station profile in {folder}: create one with 'dosing-station init' "
                "(or try the demo: 'dosing-station --demo')"
            )
    launch_gui(GuiRequest(data_dir=folder, demo=demo))


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
