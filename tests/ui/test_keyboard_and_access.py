"""The visit from the keyboard alone, and an accessible name on every control of the visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import (
    EMPTY_SYRINGE,
    DemoStation,
    open_window,
    sign_in,
    wait_devices_ready,
)
from tests.ui.visit_driver import fill_syringe

TIMEOUT = 10000
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QDateEdit, QListWidget)


def unnamed_controls(root: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not widget.accessibleName().strip()
        and not widget.objectName().startswith("qt_")  # Qt's inner parts of a named control
    ]


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def focus_is(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 12) -> None:
    for _ in range(limit):
        if focus_is(target):
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focus_is(target), f"Tab never reached {target.accessibleName()}"


def test_every_visit_control_has_an_accessible_name(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    assert unnamed_controls(window.login) == []
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    assert unnamed_controls(screen.visit) == []


def test_a_whole_visit_from_the_keyboard(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    window.activateWindow()
    login = window.login
    qtbot.waitUntil(lambda: focus_is(login.username), timeout=TIMEOUT)
    qtbot.keyClicks(login.username, "nurse")
    press(qtbot, Qt.Key.Key_Return)
    assert focus_is(login.password)
    qtbot.keyClicks(login.password, "demo-nurse-pass")
    with qtbot.waitSignal(window.unlocked, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)
    screen = window.counter_screen
    assert screen is not None
    visit = screen.visit
    demo_station.demo.scan_card(demo_station.patient("HAT-0002"))
    qtbot.waitUntil(lambda: focus_is(visit.identify.confirm_button), timeout=TIMEOUT)
    press(qtbot, Qt.Key.Key_Space)  # "Yes, it is this patient"
    assert visit.step_name == "Assess" and focus_is(visit.assess.sedation)
    assert visit.assess.sedation.currentData() is None  # no score until the nurse gives one
    press(qtbot, Qt.Key.Key_0)  # "0: alert"
    assert visit.assess.sedation.currentData() == 0
    tab_to(qtbot, visit.assess.check_button)
    press(qtbot, Qt.Key.Key_Return)  # Record assessment and check the rules
    qtbot.waitUntil(lambda: focus_is(visit.assess.continue_button), timeout=TIMEOUT)
    press(qtbot, Qt.Key.Key_Space)
    assert visit.step_name == "Prepare"
    qtbot.waitUntil(lambda: focus_is(visit.prepare.tare_button), timeout=TIMEOUT)  # batches read
    demo_station.demo.scale_sim.place_mass(EMPTY_SYRINGE).result(5)
    qtbot.waitUntil(lambda: visit.prepare.stability.text() == "STABLE", timeout=TIMEOUT)
    press(qtbot, Qt.Key.Key_Space)  # Tare
    qtbot.waitUntil(lambda: focus_is(visit.prepare.accept_button), timeout=TIMEOUT)
    fill_syringe(demo_station, visit)
    press(qtbot, Qt.Key.Key_Space)  # Accept
    qtbot.waitUntil(lambda: focus_is(visit.prepare.continue_button), timeout=TIMEOUT)
    press(qtbot, Qt.Key.Key_Space)
    assert visit.step_name == "Label" and focus_is(visit.label.print_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focus_is(visit.label.continue_button), timeout=TIMEOUT)
    press(qtbot, Qt.Key.Key_Space)
    assert visit.step_name == "Administer"
    assert focus_is(visit.administer.booth)
    tab_to(qtbot, visit.administer.record_button)
    press(qtbot, Qt.Key.Key_Return)  # Record administration
    qtbot.waitUntil(lambda: visit.step_name == "Observe", timeout=TIMEOUT)
    assert focus_is(visit.done.next_button)
    press(qtbot, Qt.Key.Key_Space)
    assert visit.step_name == "Identify"
