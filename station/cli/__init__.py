"""The ``dosing-station`` command line: one group, with subcommands per area."""

from __future__ import annotations

import importlib
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
    test_kdf: bool = False
    """A new demo profile gets the insecure test derivation (HAT_INSECURE_TEST_KDF=1, tests)."""
    tour_size: tuple[int, int] = (1366, 768)
    """The tour's window size in pixels (width, height)."""
    tour_simulators: bool = True
    """The tour keeps the demo's simulator panel open (False: closed, as at a clinic)."""


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


class _LazyGroup(click.Group):
    """A group whose subcommands are imported when used: opening the window imports none."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_SUBCOMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _SUBCOMMANDS and cmd_name not in self.commands:
            module_name, attribute = _SUBCOMMANDS[cmd_name]
            command = getattr(importlib.import_module(module_name), attribute)
            assert isinstance(command, click.Command)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, invoke_without_command=True)
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
    test_kdf = False
    if demo:
        from station.cli.kdf import demo_test_kdf

        folder = data_dir or default_demo_dir()
        test_kdf = demo_test_kdf()
    else:
        from station.store.store import Store

        folder = resolve_data_dir(data_dir)
        if not Store.exists(folder):
            raise click.ClickException(
                f"no station profile in {folder}: create one with 'dosing-station init' "
                "(or try the demo: 'dosing-station --demo')"
            )
    launch_gui(GuiRequest(data_dir=folder, demo=demo, test_kdf=test_kdf))


_SUBCOMMANDS = {
    "init": ("station.cli.profile", "init"),
    "users": ("station.cli.users", "users"),
    "audit": ("station.cli.audit", "audit"),
    "demo": ("station.cli.demo", "demo"),
    "devices": ("station.cli.devices", "devices"),
    "enroll": ("station.cli.sync", "enroll"),
    "server-ca": ("station.cli.sync", "server_ca"),
    "sync": ("station.cli.sync", "sync_command"),
}
"""Each subcommand's module, imported only when that command runs (or --help lists them)."""
