"""The entry point: the command line hands window requests to the launcher; the composition root."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytestqt.qtbot import QtBot

from station import cli
from station.app import OpenedProfile, build_parts, open_profile, shut_down
from station.cli import GuiRequest
from station.demo.profile import demo_password
from station.ui.main_window import StationParts, StationWindow
from station.ui.tasks import BackgroundTasks


@pytest.fixture
def requests() -> Iterator[list[GuiRequest]]:
    seen: list[GuiRequest] = []

    def launcher(request: GuiRequest) -> int:
        seen.append(request)
        return 0

    cli.set_gui_launcher(launcher)
    try:
        yield seen
    finally:
        cli.set_gui_launcher(None)


def test_no_subcommand_opens_the_window_or_says_how_to_make_a_profile(
    tmp_path: Path, requests: list[GuiRequest]
) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.main, ["--data-dir", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert "dosing-station init" in result.output
    assert requests == []
    result = runner.invoke(cli.main, ["--demo", "--data-dir", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert requests == [GuiRequest(tmp_path / "demo", demo=True)]
    result = runner.invoke(cli.main, ["demo", "--tour", str(tmp_path / "tour"), "--patients", "5"])
    assert result.exit_code == 0, result.output
    assert requests[-1].tour_dir == tmp_path / "tour" and requests[-1].patients == 5
    assert requests[-1].demo


def test_without_a_launcher_the_subcommands_still_work_and_the_window_is_explained(
    tmp_path: Path,
) -> None:
    cli.set_gui_launcher(None)
    runner = CliRunner()
    assert runner.invoke(cli.main, ["--version"]).exit_code == 0
    result = runner.invoke(cli.main, ["--demo", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0 and "station.app" in result.output


def test_the_composition_root_builds_a_demo_window(qtbot: QtBot, tmp_path: Path) -> None:
    opened = open_profile(tmp_path / "demo", demo=True, patients=5, test_kdf=True)
    parts = build_parts(opened, BackgroundTasks())
    try:
        window = StationWindow(parts)
        qtbot.addWidget(window)
        assert "DEMO" in window.windowTitle() and "Demo counter" in window.windowTitle()
        assert parts.preferences.scale_url.startswith("sim://")
        # The counter lists the pharmacy's batches: the demo reconstituted a real one.
        nurse = parts.services.accounts.unlock("nurse", demo_password("nurse"))
        [batch] = parts.services.pharmacy.active_solution_batches(nurse)
        # One clock for every service of the window (and for the records' stamps).
        assert parts.services.pharmacy.clock == parts.counter.clock == parts.clock.now
        assert batch.lot.startswith("SB-")
        assert window.login.demo_table is not None
        window.close()
    finally:
        shut_down(parts)


def test_importing_the_window_loads_neither_the_store_nor_the_servers() -> None:
    """Cold start: the login screen is on screen before the heavy modules are imported."""
    heavy = (
        "station.store.store",
        "station.services.counter",
        "station.demo.profile",
        "station.demo.environment",
        "station.services.sync_service",
        "sync.server.app",
        "fastapi",
        "sqlalchemy",
        "uvicorn",
        "httpx",
        "biip",
        "station.ui.visit.flow",
    )
    code = (
        "import sys, station.app\n"
        f"print(','.join(name for name in {heavy!r} if name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=True,
    )
    assert result.stdout.strip() == ""


def test_the_login_screen_shows_before_the_profile_opens_and_an_early_sign_in_waits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    tasks = BackgroundTasks()
    window = StationWindow(submit=tasks.submit, demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.login and window.login.isVisible()
    assert "DEMO" in window.windowTitle()
    assert not window.settings_action.isEnabled()
    window.login.username.setText("nurse")
    window.login.password.setText(demo_password("nurse"))
    window.login.sign_in.click()
    assert "Opening the station" in window.login.message.text()
    state: dict[str, StationParts] = {}

    def opened(profile: OpenedProfile) -> None:
        state["parts"] = build_parts(profile, tasks)
        window.attach(state["parts"])

    tasks.submit(
        lambda: open_profile(tmp_path / "demo", demo=True, patients=5, test_kdf=True), opened, print
    )
    try:
        with qtbot.waitSignal(window.unlocked, timeout=30000):
            pass
        assert window.counter_screen is not None
        assert "Demo counter" in window.windowTitle()
        assert window.settings_action.isEnabled() and window.login.demo_table is not None
        window.close()
    finally:
        qtbot.waitUntil(lambda: "parts" in state, timeout=30000)
        shut_down(state["parts"])
