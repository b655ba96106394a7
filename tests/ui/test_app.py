"""The entry point: the command line hands window requests to the launcher; the composition root."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytestqt.qtbot import QtBot

from station import cli
from station.app import build_parts, open_profile, shut_down
from station.cli import GuiRequest
from station.ui.main_window import StationWindow
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
    opened = open_profile(tmp_path / "demo", demo=True, patients=5)
    parts = build_parts(opened, BackgroundTasks())
    try:
        window = StationWindow(parts)
        qtbot.addWidget(window)
        assert "DEMO" in window.windowTitle() and "Demo counter" in window.windowTitle()
        assert parts.preferences.scale_url.startswith("sim://")
        assert window.login.demo_table is not None
        window.close()
    finally:
        shut_down(parts)
