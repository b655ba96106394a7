"""The window on the screens clinics have: 1366×768, 1280×720 and 1024×768, nothing cut off.

For the login, the counter (a patient identified; a dose given, four patients on the board),
the pharmacy and the technician's workspace, at each size: no visible text is clipped, no
control lies outside the window (inside a scroll area it only has to be reachable), and the
observation board keeps at least one whole card in view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.ui.main_window import StationParts, StationWindow
from station.ui.observation_board import ObservationBoard
from station.ui.style import apply_style
from tests.ui.conftest import DemoStation, sign_in, wait_devices_ready
from tests.ui.layout_checks import layout_problems
from tests.ui.visit_driver import (
    administer,
    check_rules,
    identify_by_card,
    prepare_dose,
    print_label,
)

SIZES = ((1366, 768), (1280, 720), (1024, 768))


@pytest.fixture
def station_style(qapp: QApplication) -> Iterator[None]:
    """The station's large type and colours, taken off again after the test."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)


def station_window(qtbot: QtBot, parts: StationParts) -> StationWindow:
    """The window as a clinic's station opens it (no demo simulator panel)."""
    window = StationWindow(replace(parts, demo=None))
    qtbot.addWidget(window)
    window.resize(*SIZES[0])
    window.show()
    wait_devices_ready(qtbot, parts)
    return window


def board_squeezed(board: ObservationBoard) -> str | None:
    """Why the board shows less than one whole card, or None."""
    if not board.cards:
        return "the board shows no card"
    viewport = board.scroll_area.viewport().height()
    card = max(
        max(c.minimumSizeHint().height(), c.heightForWidth(c.width())) for c in board.cards.values()
    )
    if viewport < card:
        return f"the observation board shows {viewport} px of a {card} px card"
    return None


def problems_at_each_size(
    window: StationWindow, extra: Callable[[], str | None] = lambda: None
) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for width, height in SIZES:
        window.resize(width, height)
        for _ in range(5):  # layouts that depend on the width settle over a few event rounds
            QApplication.processEvents()
        problems = layout_problems(window, width, height)
        squeezed = extra()
        if squeezed is not None:
            problems.append(squeezed)
        if problems:
            found[f"{width}×{height}"] = problems
    return found


def problems_on_each_tab(window: StationWindow) -> dict[str, list[str]]:
    """``problems_at_each_size`` on each tab of the signed-in workspace, by size and tab."""
    assert window.workspace is not None
    found: dict[str, list[str]] = {}
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for size, problems in problems_at_each_size(window).items():
            found.setdefault(f"{size} tab {index + 1}", problems)
    return found


def report(found: dict[str, list[str]]) -> str:
    """The problems, one a line, under their screen size."""
    return "\n".join(
        f"{size}: {problem}" for size, problems in found.items() for problem in problems
    )


def test_the_login_fits_each_screen(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = station_window(qtbot, demo_station.parts)
    found = problems_at_each_size(window)
    assert found == {}, report(found)


def test_the_counter_fits_each_screen_with_a_patient_and_four_on_the_board(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    now = demo_station.clock()
    for n, clinic_id in enumerate(("HAT-0001", "HAT-0004", "HAT-0006")):
        moment = now - timedelta(minutes=10 - n)
        demo_station.dose_at(demo_station.patient(clinic_id), moment, discharge=False)
    window = station_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.waitUntil(lambda: len(screen.board.cards) == 3, timeout=10000)
    found = problems_at_each_size(window, lambda: board_squeezed(screen.board))
    assert found == {}, report(found)

    window.resize(*SIZES[0])
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visit.step_name == "Prepare", timeout=10000)
    prepare_dose(qtbot, demo_station, visit)
    print_label(qtbot, visit)
    administer(qtbot, visit)
    qtbot.waitUntil(lambda: len(screen.board.cards) == 4, timeout=10000)
    qtbot.waitUntil(lambda: visit.panel.doses_today.text().startswith("1 dose"), timeout=10000)
    found = problems_at_each_size(window, lambda: board_squeezed(screen.board))
    assert found == {}, report(found)


def test_the_pharmacy_fits_each_screen(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = station_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "pharmacist")
    found = problems_on_each_tab(window)
    window.statusBar().showMessage("Pharmacy")
    assert found == {}, report(found)


def test_the_technician_workspace_fits_each_screen(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = station_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "technician")
    found = problems_on_each_tab(window)
    assert found == {}, report(found)
