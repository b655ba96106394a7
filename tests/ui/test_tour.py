"""The tour drives the real window through a visit, an override and a device fault, saving PNGs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from station.ui.tour import run_tour

STEPS = (
    "login",
    "identify",
    "assess",
    "prepare",
    "label",
    "administer",
    "observe",
    "observe-four",
    "board-four",
    "discharged",
    "override-approved",
    "device-fault",
    "device-recovered",
    "locked",
    "pharmacy-register",
    "pharmacy-count",
    "technician-scale-check",
    "technician-settings",
)


def test_tour_saves_a_screenshot_per_step(qtbot: QtBot, tmp_path: Path) -> None:
    assert run_tour(tmp_path / "tour", patients=6) == 0
    saved = sorted(p.name for p in (tmp_path / "tour").glob("*.png"))
    for step in STEPS:
        assert any(name.endswith(f"-{step}.png") for name in saved), step
    image = QImage(str(next((tmp_path / "tour").glob("*-assess.png"))))
    assert (image.width(), image.height()) == (1366, 768), "a clinic's screen by default"


def test_the_command_runs_the_tour_offscreen(tmp_path: Path) -> None:
    environment = dict(os.environ, HAT_INSECURE_TEST_KDF="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from station.app import main; main()",
            "demo",
            "--tour",
            str(tmp_path / "tour"),
            "--patients",
            "5",
            "--size",
            "1280x720",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Tour done" in result.stdout
    image = QImage(str(next((tmp_path / "tour").glob("*-observe.png"))))
    assert (image.width(), image.height()) == (1280, 720), "the size asked for"
    assert len(list((tmp_path / "tour").glob("*.png"))) >= len(STEPS)
