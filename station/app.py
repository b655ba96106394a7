"""Composition root of the desktop application: builds store, devices, sync and services."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from station import cli
from station.cli import GuiRequest
from station.ui.errors import install_exception_hook, report_unexpected
from station.ui.geometry import fit_to_screen
from station.ui.main_window import StationParts, StationWindow
from station.ui.platform_check import check_display
from station.ui.style import apply_style
from station.ui.tasks import BackgroundTasks

# The login screen is shown before these load (off the GUI thread, with the profile).
if TYPE_CHECKING:
    from station.demo.environment import DemoEnvironment
    from station.store.store import Store
    from station.ui.preferences import Preferences

_log = logging.getLogger("station.app")


@dataclass
class OpenedProfile:
    """What is read from disk before the window opens (off the GUI thread)."""

    store: Store
    demo: DemoEnvironment | None
    preferences: Preferences
    station_name: str


ATTACH_MODULES = (
    "station.services.station",
    "station.ui.device_bridge",
    "station.ui.i18n",
    "station.ui.simulator_panel",
)
"""What the window needs once the profile is open (loaded with it, off the GUI thread)."""

SIGNED_IN_MODULES = (
    "station.services.sync_service",
    "station.ui.visit.flow",
    "station.ui.observation_board",
    "station.ui.settings_dialog",
    "station.ui.pharmacy.workspace",
    "station.ui.technician.workspace",
)
"""The screens after a sign-in (loaded in the background while the login screen waits)."""


def load_modules(names: tuple[str, ...]) -> None:
    """Import modules ahead of use (in a worker thread, so the GUI thread does not wait)."""
    for name in names:
        importlib.import_module(name)


def open_profile(
    data_dir: Path, demo: bool, patients: int = 12, *, test_kdf: bool = False
) -> OpenedProfile:
    """Open the station profile, or create/open the demo profile and start its simulators.

    Only the demo is wired here with ``station.demo`` (its profile, simulators and server);
    ``test_kdf`` gives a new demo profile's fictional accounts the cheap test derivation.
    """
    from station.store.store import Store
    from station.ui.preferences import load_preferences

    load_modules(ATTACH_MODULES)
    environment: DemoEnvironment | None = None
    if demo:
        from station.demo.environment import DemoEnvironment
        from station.demo.profile import demo_kdf

        environment = DemoEnvironment(data_dir, patients, kdf=demo_kdf(test_kdf))
        store = environment.open_store()
        environment.ensure_solution_batch()  # the counter draws from a real batch
        environment.start()
    else:
        store = Store.open(data_dir)
    preferences = load_preferences(store.data_dir)
    if environment is not None:
        preferences = preferences.changed(**environment.device_settings())
    return OpenedProfile(store, environment, preferences, store.station_name)


def build_parts(opened: OpenedProfile, tasks: BackgroundTasks) -> StationParts:
    """Wire services, devices and settings for the window."""
    from station.services.clock import StationClock
    from station.services.station import StationServices
    from station.ui.device_bridge import DeviceBridges
    from station.ui.i18n import Translations

    store, demo, preferences = opened.store, opened.demo, opened.preferences
    translations = Translations(QCoreApplication.instance() or QCoreApplication([]))
    try:
        translations.switch(preferences.language)
    except ValueError:
        _log.warning("unknown language in window.json; English is used")
    # One clock for the records, the rules and the event stamps: the computer's, bounded by
    # the central server's time once sync has seen it.
    # Every service is built here, once, on it (see StationServices).
    services = StationServices(store, StationClock(), station_name=opened.station_name)
    return StationParts(
        translations=translations,
        services=services,
        preferences=preferences,
        tasks=tasks,
        devices=DeviceBridges(),
        demo=demo,
    )


def shut_down(parts: StationParts) -> None:
    """Close devices, finish the running write, stop simulators, close the store."""
    parts.devices.close()
    parts.tasks.shutdown(wait=True)
    if parts.demo is not None:
        parts.demo.stop()
    parts.services.close()


def start_demo_server(window: StationWindow, demo: DemoEnvironment, tasks: BackgroundTasks) -> None:
    """Start the demo's local central server off the GUI thread; then the window syncs with it."""

    def started(url: str) -> None:
        _log.info("the demo's central server listens on %s", url)
        window.restart_sync()

    tasks.submit(demo.start_server, started, window.demo_server_failed)


def application() -> QApplication:
    """The one QApplication, styled, with the crash handler installed."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("hat-dosing-station")
    apply_style(app)
    install_exception_hook()
    return app


def launch(request: GuiRequest) -> int:
    """Open the window for a command-line request and run until it closes.

    The window and its login screen are shown first; the profile opens in the background
    (a person can type their name meanwhile: the sign-in runs once the profile is open).
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if request.tour_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = check_display()  # Qt would abort the process without saying what is missing
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return 1
    app = application()
    if request.tour_dir is not None:
        from station.ui.tour import run_tour

        return run_tour(
            request.tour_dir,
            request.patients,
            test_kdf=request.test_kdf,
            size=request.tour_size,
            simulators=request.tour_simulators,
        )
    tasks = BackgroundTasks()
    window = StationWindow(submit=tasks.submit, demo=request.demo)
    fit_to_screen(window)  # the profile's window settings may put it back where it was
    window.show()
    window.status.showMessage(
        QCoreApplication.translate(
            "Startup", "Opening the station… (a new demo takes a few seconds)"
        )
    )
    state: dict[str, StationParts] = {}
    server_start = BackgroundTasks()  # its own thread: sign-ins do not wait for the server

    def opened(profile: OpenedProfile) -> None:
        parts = build_parts(profile, tasks)
        state["parts"] = parts
        window.attach(parts)
        window.status.clearMessage()
        tasks.submit(
            lambda: load_modules(SIGNED_IN_MODULES),
            lambda _none: None,
            lambda error: report_unexpected(error, window),
        )
        if profile.demo is not None:
            start_demo_server(window, profile.demo, server_start)

    def failed(error: BaseException) -> None:
        report_unexpected(error, window)
        app.exit(2)

    tasks.submit(
        lambda: open_profile(
            request.data_dir, request.demo, request.patients, test_kdf=request.test_kdf
        ),
        opened,
        failed,
    )
    status = app.exec()
    server_start.shutdown(wait=True)
    parts = state.get("parts")
    if parts is not None:
        shut_down(parts)
    else:
        tasks.shutdown(wait=True)
    return status


def main() -> None:
    """The ``dosing-station`` program: the command line, with the window as its default."""
    cli.set_gui_launcher(launch)
    cli.main()
