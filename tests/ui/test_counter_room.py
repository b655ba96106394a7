"""The counter's room at 1366×768: an empty board gives it to the visit, a card takes it back.

The station's own style is applied (as the application does). With no one under observation
the prepare step shows its live weight and its buttons together and the queue beside the board
still shows its rows and buttons; with a card, the board shows it whole (with the demo's
simulator panel open too); the step bar stays on one line; a card's buttons share one line.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.services.observation import OpenObservation
from station.ui.main_window import CounterScreen, StationWindow
from station.ui.observation.card import ObservationCard
from station.ui.observation.look import CARD_WIDTH
from station.ui.style import apply_style
from station.ui.visit.step_bar import StepBar
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.test_layout_sizes import board_squeezed, station_window
from tests.ui.visit_driver import (
    accept_weight,
    administer,
    check_rules,
    fill_syringe,
    identify_by_card,
    print_label,
    tare_empty_syringe,
)

WIDTH, HEIGHT = 1366, 768


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


def settle() -> None:
    for _ in range(5):  # the splitter is divided once the board's new minimum is laid out
        QApplication.processEvents()


def whole_in(widget: QWidget, viewport: QWidget) -> bool:
    where = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(where)


def counter(window: StationWindow) -> CounterScreen:
    screen = window.counter_screen
    assert screen is not None
    return screen


def compact(bar: StepBar) -> bool:
    return bar.compact


def lower_height(screen: CounterScreen) -> int:
    return screen.splitter.sizes()[1]


def test_an_empty_board_gives_the_visit_its_room_and_a_card_takes_it_back(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = station_window(qtbot, demo_station.parts)  # a clinic's: no simulator panel
    window.resize(WIDTH, HEIGHT)
    sign_in(qtbot, window)
    screen = counter(window)
    queue = screen.queue
    total = sum(screen.splitter.sizes())
    qtbot.waitUntil(lambda: lower_height(screen) < total * 2 // 5, timeout=5000)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    tare_empty_syringe(qtbot, demo_station, visit)
    fill_syringe(demo_station, visit)
    accept_weight(qtbot, visit)
    qtbot.waitUntil(visit.prepare.continue_button.isEnabled, timeout=5000)
    settle()
    step_view = visit.step_area.viewport()
    prepare = visit.prepare
    for widget in (prepare.weight, prepare.stability, prepare.continue_button):
        assert whole_in(widget, step_view), f"{widget.accessibleName()} is scrolled out of view"
    # The queue beside the empty board: its check-in, a few rows and its buttons, unscrolled.
    queue_view = queue.check_in_field.parentWidget()
    assert queue_view is not None
    for control in (queue.check_in_field, queue.call_button, queue.left_button):
        assert whole_in(control, queue_view.parentWidget() or queue_view), control.accessibleName()
    rows = queue.table.verticalHeader().defaultSectionSize()
    assert queue.table.viewport().height() >= 1.5 * rows, "the queue shows a few rows"

    qtbot.mouseClick(prepare.continue_button, Qt.MouseButton.LeftButton)
    print_label(qtbot, visit)
    administer(qtbot, visit)
    qtbot.waitUntil(lambda: len(screen.board.cards) == 1, timeout=10000)
    qtbot.waitUntil(lambda: board_squeezed(screen.board) is None, timeout=5000)
    assert lower_height(screen) >= total * 2 // 5, "the board takes its two fifths again"

    (observation_id,) = screen.board.cards
    demo_station.clock.advance(minutes=21)  # the time is up: discharged without a witness
    nurse = demo_station.parts.services.accounts.unlock("nurse", demo_password("nurse"))
    demo_station.counter.observations.discharge(nurse, observation_id, "Alert (test).")
    screen.board.refresh()
    qtbot.waitUntil(lambda: not screen.board.cards, timeout=10000)
    qtbot.waitUntil(lambda: lower_height(screen) < total * 2 // 5, timeout=5000)
    assert lower_height(screen) <= queue.usable_height() + 2


def test_a_card_is_whole_and_the_step_bar_on_one_line_with_the_simulators(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = open_window(qtbot, demo_station.parts)
    window.resize(WIDTH, HEIGHT)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    dock = window.findChild(QDockWidget, "simulators")
    assert dock is not None and dock.isVisible(), "the demo's simulator panel is open"
    screen = counter(window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    tare_empty_syringe(qtbot, demo_station, visit)
    fill_syringe(demo_station, visit)
    accept_weight(qtbot, visit)
    qtbot.waitUntil(visit.prepare.continue_button.isEnabled, timeout=5000)
    settle()
    bar = visit.steps_header
    assert isinstance(bar, StepBar)
    assert not bar.compact, "every step's name fits at 1366 px with the simulators"
    assert bar.height() < 2 * bar.fontMetrics().height(), "the step bar is one line"
    assert "<b>" in bar.text() and "[" not in bar.text(), "the current step is bold"
    qtbot.mouseClick(visit.prepare.continue_button, Qt.MouseButton.LeftButton)
    print_label(qtbot, visit)
    administer(qtbot, visit)
    qtbot.waitUntil(lambda: len(screen.board.cards) == 1, timeout=10000)
    settle()
    assert window.height() <= HEIGHT and window.width() <= WIDTH
    assert board_squeezed(screen.board) is None
    card = next(iter(screen.board.cards.values()))
    board_view = screen.board.scroll_area.viewport()
    assert whole_in(card, board_view), "the card is cut at its bottom edge"


def test_the_step_bar_numbers_the_other_steps_when_narrow(
    qtbot: QtBot, station_style: None
) -> None:
    bar = StepBar()
    qtbot.addWidget(bar)
    names = ["Identify", "Assess", "Prepare", "Label", "Administer", "Observe"]
    bar.show_steps(names, 2)
    bar.resize(bar.sizeHint().width() + 4, bar.sizeHint().height())
    bar.show()
    assert not compact(bar) and "Administer" in bar.text()
    bar.resize(bar.minimumSizeHint().width() + 4, bar.height())
    QApplication.processEvents()
    assert compact(bar)
    assert "3. Prepare" in bar.text() and "Administer" not in bar.text()
    assert "Administer" in bar.accessibleDescription(), "a screen reader hears every step"


def test_a_cards_actions_share_one_line_and_its_countdown_stays_large(
    qtbot: QtBot, station_style: None
) -> None:
    start = datetime(2031, 3, 4, 7, 0, tzinfo=UTC)
    observation = OpenObservation(
        observation_id="obs-room",
        patient_id="patient-room",
        clinic_id="HAT-T-0042",
        booth="Booth 3",
        started_at=start,
        ends_at=start + timedelta(minutes=20),
        notes=[],
    )
    card = ObservationCard(observation)
    qtbot.addWidget(card)
    card.resize(CARD_WIDTH, card.heightForWidth(CARD_WIDTH))
    card.show()
    settle()
    buttons = (card.note_button, card.adverse_button, card.discharge_button)
    assert len({button.y() for button in buttons}) == 1, "the actions are on one line"
    assert card.countdown.fontInfo().pixelSize() >= 28, "read from across the room"
    assert card.heightForWidth(CARD_WIDTH) <= 240, "a card fits a short screen's board"
