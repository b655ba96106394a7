"""A routine visit from the keyboard alone, keystrokes counted; Enter never ends a visit by slip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from station.ui.main_window import StationWindow
from station.ui.visit.flow import VisitView
from tests.ui.conftest import (
    EMPTY_SYRINGE,
    DemoStation,
    open_window,
    sign_in,
    wait_devices_ready,
)
from tests.ui.visit_driver import fill_syringe

TIMEOUT = 10000
ALLOWED_KEYSTROKES = 12
"""Issue 17: scan to recorded dose in at most 12 keystrokes (the scan and the scale excluded)."""


class Keyboard:
    """Presses keys on whatever has focus, as a nurse would, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard"
        self.count += 1
        self.qtbot.keyClick(focus, key)


def focus_is(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


def production_window(qtbot: QtBot, station: DemoStation) -> StationWindow:
    """The window as a clinic runs it (no demo panel), on the simulators' ports."""
    station.parts.demo = None
    window = open_window(qtbot, station.parts)
    wait_devices_ready(qtbot, station.parts)
    window.activateWindow()
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
    return window


def counter_visit(window: StationWindow) -> VisitView:
    screen = window.counter_screen
    assert screen is not None
    return screen.visit


def assessed_from_the_keyboard(
    qtbot: QtBot, station: DemoStation
) -> tuple[StationWindow, VisitView, Keyboard]:
    """HAT-0002's card scanned, the face confirmed and 0 (alert) recorded by keys: Continue next.

    Keep the window: the visit is part of it (``qtbot`` holds it weakly only).
    """
    window = production_window(qtbot, station)
    visit = counter_visit(window)
    keys = Keyboard(qtbot)
    station.demo.scan_card(station.patient("HAT-0002"))
    qtbot.waitUntil(lambda: focus_is(visit.identify.confirm_button), timeout=TIMEOUT)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_0, Qt.Key.Key_Return):
        keys.press(key)
    qtbot.waitUntil(lambda: focus_is(visit.assess.continue_button), timeout=TIMEOUT)
    return window, visit, keys


def test_a_routine_visit_takes_at_most_twelve_keystrokes(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = production_window(qtbot, demo_station)
    assert window.simulators is None
    visit = counter_visit(window)
    keys = Keyboard(qtbot)
    enter = Qt.Key.Key_Return

    demo_station.demo.scan_card(demo_station.patient("HAT-0002"))  # the card: not a keystroke
    qtbot.waitUntil(lambda: focus_is(visit.identify.confirm_button), timeout=TIMEOUT)
    keys.press(enter)  # the face matches
    assert visit.step_name == "Assess" and focus_is(visit.assess.sedation)
    assert visit.assess.sedation.currentData() is None  # S12: the nurse gives the score
    keys.press(Qt.Key.Key_0)  # 0: alert
    keys.press(enter)  # the assessment is complete: record it and check the rules
    qtbot.waitUntil(lambda: focus_is(visit.assess.continue_button), timeout=TIMEOUT)
    keys.press(enter)  # dose allowed: go on
    assert visit.step_name == "Prepare"
    qtbot.waitUntil(lambda: focus_is(visit.prepare.tare_button), timeout=TIMEOUT)
    demo_station.demo.scale_sim.place_mass(EMPTY_SYRINGE).result(5)  # the empty syringe
    qtbot.waitUntil(lambda: visit.prepare.stability.text() == "STABLE", timeout=TIMEOUT)
    keys.press(enter)  # tare
    qtbot.waitUntil(lambda: focus_is(visit.prepare.accept_button), timeout=TIMEOUT)
    fill_syringe(demo_station, visit)  # the filled syringe on the pan
    keys.press(enter)  # accept once stable
    qtbot.waitUntil(lambda: focus_is(visit.prepare.continue_button), timeout=TIMEOUT)
    keys.press(enter)  # on to the label
    assert visit.step_name == "Label" and focus_is(visit.label.print_button)
    keys.press(enter)  # print
    qtbot.waitUntil(lambda: focus_is(visit.label.continue_button), timeout=TIMEOUT)
    keys.press(enter)  # on to the administration
    assert visit.step_name == "Administer" and focus_is(visit.administer.booth)
    keys.press(Qt.Key.Key_Down)  # booth 2
    assert visit.administer.booth.currentIndex() == 1
    with qtbot.waitSignal(visit.dose_recorded, timeout=TIMEOUT):
        keys.press(enter)  # full injection: record it
    assert visit.step_name == "Observe"
    assert keys.count <= ALLOWED_KEYSTROKES, f"{keys.count} keystrokes for a routine visit"
    assert keys.count == 11  # what this walk needs now: say so when it changes

    # The next patient: an Enter before their card is scanned goes nowhere (the keyboard
    # waited on the last patient's hidden "it is this patient" button, and an Enter went on
    # to the assessment with nobody identified); the next card's face check takes it again.
    keys.press(enter)  # Next patient
    assert visit.step_name == "Identify" and visit.state.visit is None
    keys.press(enter)
    assert visit.step_name == "Identify", "an Enter with nobody identified went on"
    demo_station.demo.scan_card(demo_station.patient("HAT-0004"))
    qtbot.waitUntil(lambda: focus_is(visit.identify.confirm_button), timeout=TIMEOUT)
    keys.press(enter)
    assert visit.step_name == "Assess" and focus_is(visit.assess.sedation)
    assert visit.state.overview is not None
    assert visit.state.overview.patient.clinic_id == "HAT-0004"


def test_accept_on_a_moving_scale_keeps_enter_away_from_end_visit(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, visit, keys = assessed_from_the_keyboard(qtbot, demo_station)
    enter = Qt.Key.Key_Return
    keys.press(enter)
    prepare = visit.prepare
    qtbot.waitUntil(lambda: focus_is(prepare.tare_button), timeout=TIMEOUT)
    demo_station.demo.scale_sim.place_mass(EMPTY_SYRINGE).result(5)
    qtbot.waitUntil(lambda: prepare.stability.text() == "STABLE", timeout=TIMEOUT)
    keys.press(enter)
    qtbot.waitUntil(lambda: focus_is(prepare.accept_button), timeout=TIMEOUT)
    demo_station.demo.scale_sim.set_never_settles(True).result(5)  # a draught over the pan
    fill_syringe(demo_station, visit)
    keys.press(enter)  # Accept: the button is disabled while the scale moves
    assert prepare.weighing and not prepare.accept_button.isEnabled()
    assert not focus_is(prepare.end_button)
    assert focus_is(prepare)  # the step itself, where Enter does nothing while weighing
    keys.press(enter)  # a second, impatient Enter
    keys.press(enter)
    assert visit.step_name == "Prepare" and visit.state.visit is not None
    assert visit.keeper.end_dialog is None
    demo_station.demo.scale_sim.set_never_settles(False).result(5)
    qtbot.waitUntil(lambda: focus_is(prepare.continue_button), timeout=TIMEOUT)
    assert visit.state.weighed is not None


def test_enter_on_end_visit_after_the_assessment_only_asks_why(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, visit, keys = assessed_from_the_keyboard(qtbot, demo_station)
    enter = Qt.Key.Key_Return
    visit.assess.end_button.setFocus()  # a slip of Tab onto End visit
    keys.press(enter)
    dialog = visit.keeper.end_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=TIMEOUT)
    keys.press(enter)  # a stray Enter keeps the visit
    assert not dialog.isVisible()
    assert visit.step_name == "Assess" and visit.state.visit is not None
