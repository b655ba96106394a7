"""The window starts at a size that fits the screen and comes back as the station left it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from station.ui.geometry import (
    available_area,
    encoded_geometry,
    fit_to_screen,
    fitted_size,
    restore_geometry,
)
from station.ui.main_window import StationWindow
from station.ui.preferences import load_preferences
from tests.ui.conftest import DemoStation


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QSize(1920, 1080), QSize(1400, 950)),
        (QSize(1366, 768), QSize(1350, 728)),
        (QSize(1280, 720), QSize(1264, 680)),
        (QSize(1024, 768), QSize(1008, 728)),
    ],
)
def test_the_first_size_fits_the_screen_with_its_frame(screen: QSize, expected: QSize) -> None:
    assert fitted_size(screen) == expected


def test_fit_to_screen_keeps_the_window_inside_the_available_area(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(3000, 2000)
    fit_to_screen(window)
    area = available_area(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.pos())


def test_a_saved_place_comes_back_and_a_damaged_one_is_fitted(qtbot: QtBot) -> None:
    first = QWidget()
    qtbot.addWidget(first)
    first.setGeometry(30, 40, 600, 450)
    saved = encoded_geometry(first)
    second = QWidget()
    qtbot.addWidget(second)
    assert restore_geometry(second, saved)
    assert second.size() == QSize(600, 450)
    third = QWidget()
    qtbot.addWidget(third)
    assert not restore_geometry(third, "not a geometry!")
    assert third.size() == fitted_size(available_area(third).size())


def test_closing_the_window_saves_its_place_for_the_next_start(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    parts = demo_station.parts
    window = StationWindow(replace(parts, demo=None))
    qtbot.addWidget(window)
    window.setGeometry(20, 30, 620, 470)
    window.show()
    window.close()
    folder = parts.services.data_dir
    qtbot.waitUntil(lambda: load_preferences(folder).window_geometry != "", timeout=5000)

    again = StationWindow(replace(parts, demo=None, preferences=load_preferences(folder)))
    qtbot.addWidget(again)
    assert again.size() == QSize(620, 470), "the window opens as the station left it"
