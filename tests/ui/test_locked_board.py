"""While the screen is locked the observation board keeps counting and alarming, with no names.

The real window on the demo profile (fictional patients and staff): a nurse signs in, doses
are given through the counter service, the screen is locked; the clock moves past the end of
the observation and the locked screen's board sounds and shows the alarm. Everything the
locked screen shows is walked for a patient's name or birth date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password, ensure_demo_solution_batch
from station.domain.observation import ObservationStage
from station.domain.patients import Patient
from station.services.access import PermissionDenied
from station.services.counter import AdministeredDose
from station.ui.i18n import Translations
from station.ui.locked_board import LockedObservationBoard
from station.ui.main_window import StationWindow
from tests.ui.board_support import give_dose
from tests.ui.conftest import DemoStation, open_window, sign_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.switch("en")
    yield
    translations.uninstall()


class Alerts:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def dose(station: DemoStation, clinic_id: str, booth: str) -> AdministeredDose:
    """The patient's dose given at the counter (through the services), now."""
    store, counter = station.store, station.counter
    ensure_demo_solution_batch(store, counter.settings, station.clock)
    nurse = store.unlock("nurse", demo_password("nurse"))
    return give_dose(store, counter, nurse, station.patient(clinic_id), booth)


def locked_board(qtbot: QtBot, window: StationWindow, count: int) -> LockedObservationBoard:
    qtbot.waitUntil(
        lambda: window.locked_board is not None and len(window.locked_board.cards) == count,
        timeout=5000,
    )
    board = window.locked_board
    assert board is not None
    return board


def screen_texts(window: StationWindow) -> str:
    """Every text a person can see or a screen reader can read on the window now."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    texts.append(item.text() if item is not None else "")
    texts.append(window.statusBar().currentMessage())
    return "\n".join(texts)


def identifying_words(patient: Patient) -> list[str]:
    """The patient's name and birth date as a screen could write them."""
    born: date = patient.birth_date
    return [
        patient.family_name,
        f"{patient.given_name} {patient.family_name}",
        born.isoformat(),
        born.strftime("%d.%m.%Y"),
        born.strftime("%d/%m/%Y"),
        born.strftime("%d-%m-%Y"),
    ]


def test_the_board_and_its_alarm_stay_on_while_locked(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    first = dose(demo_station, "HAT-0002", "Booth 1")
    demo_station.clock.advance(minutes=2)
    second = dose(demo_station, "HAT-0004", "Booth 2")
    # A note that names the patient (people write such notes): never on the locked screen.
    named = demo_station.patient("HAT-0002")
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    demo_station.counter.observations.note_observation(
        nurse, first.observation_id, f"{named.given_name} {named.family_name} sleepy"
    )
    window.lock_action.trigger()  # Ctrl+L
    assert window.pages.currentWidget() is window.login
    assert window.counter_screen is None and window.session is None
    board = locked_board(qtbot, window, 2)
    alerts = Alerts()
    board.alert = alerts
    assert board.isVisible() and board.tick_timer.isActive()
    assert board.banner.isHidden()
    # Booth, clinic id and countdown are on the locked screen.
    card = board.cards[first.observation_id]
    assert card.booth_label.text() == "Booth 1 · HAT-0002"
    assert re.fullmatch(r"1[78]:\d\d", card.countdown.text())  # about 18 minutes left
    assert not card.discharge_button.isVisible() and not card.details.isVisible()

    # The first observation runs out while nobody is signed in: the alarm sounds.
    demo_station.clock.advance(minutes=18, seconds=1)
    with qtbot.waitSignal(board.observation_due, timeout=5000) as due:
        pass
    assert due.args == [first.observation_id]
    assert alerts.count == 1
    assert board.banner.isVisible()
    assert "Booth 1" in board.banner.text() and "Sign in" in board.banner.text()
    assert card.stage is ObservationStage.DUE
    # Escalation, and its repeat every minute, still without anyone signed in.
    demo_station.clock.advance(minutes=5)
    with qtbot.waitSignal(board.observation_escalated, timeout=5000):
        pass
    qtbot.waitUntil(lambda: alerts.count >= 3, timeout=5000)  # escalated 1, due 2
    counted = alerts.count
    demo_station.clock.advance(minutes=1)
    qtbot.waitUntil(lambda: alerts.count > counted, timeout=5000)
    assert "Check these patients now" in board.banner.text()
    assert second.observation_id in board.cards

    # Nothing on the locked screen names a patient or gives a birth date.
    shown = screen_texts(window)
    assert "HAT-0002" in shown and "Booth 2" in shown
    for patient in demo_station.patients():
        for words in identifying_words(patient):
            assert words not in shown, f"{patient.clinic_id}: '{words}' on the locked screen"


def test_signing_in_again_hands_the_board_back_to_the_counter(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    assert window.locked_board is None  # nobody who may dose has signed in yet
    sign_in(qtbot, window)
    dose(demo_station, "HAT-0002", "Booth 1")
    window.lock()
    board = locked_board(qtbot, window, 1)
    sign_in(qtbot, window)
    assert window.locked_board is None
    assert not board.tick_timer.isActive() and not board.reload_timer.isActive()
    assert window.counter_screen is not None
    counter_board = window.counter_screen.board
    qtbot.waitUntil(lambda: len(counter_board.cards) == 1, timeout=5000)
    # Locked again (the automatic lock): a new board on the login page.
    window.inactivity.timed_out.emit()
    assert window.pages.currentWidget() is window.login
    again = locked_board(qtbot, window, 1)
    assert again is not board and again.isVisible()


def test_the_locked_board_survives_a_language_switch(
    qtbot: QtBot, demo_station: DemoStation, qapp: QApplication
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    dose(demo_station, "HAT-0002", "Booth 1")
    window.lock()
    board = locked_board(qtbot, window, 1)
    old_login = window.login
    translations = Translations(qapp)
    try:
        translations.switch("da")
        qtbot.waitUntil(lambda: window.login is not old_login, timeout=5000)
        assert window.login.board is board and board.isVisible()
        assert board.tick_timer.isActive()
    finally:
        translations.uninstall()


def test_the_locked_reader_gives_no_notes_and_needs_a_dosing_role(
    demo_station: DemoStation,
) -> None:
    store, observations = demo_station.store, demo_station.counter.observations
    given = dose(demo_station, "HAT-0002", "Booth 1")
    nurse = store.unlock("nurse", demo_password("nurse"))
    patient = demo_station.patient("HAT-0002")
    observations.note_observation(
        nurse, given.observation_id, f"{patient.given_name} {patient.family_name} is drowsy"
    )
    read = observations.locked_board_reader(nurse)
    [item] = read().observations
    assert (item.clinic_id, item.booth) == ("HAT-0002", "Booth 1")
    assert item.patient_id == "" and item.notes == []
    assert item.ends_at == given.observation_ends_at
    pharmacist = store.unlock("pharmacist", demo_password("pharmacist"))
    with pytest.raises(PermissionDenied):
        observations.locked_board_reader(pharmacist)
