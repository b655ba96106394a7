"""Locking keeps the work: the visit goes on after sign-in, or after a recorded handover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.patients import Patient
from station.ui.main_window import StationWindow
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    check_rules,
    identify_by_card,
    prepare_dose,
    print_label,
    screen_of,
)

TIMEOUT = 10000


def every_text(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` holds, shown or not (labels, fields, buttons, lists)."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def assert_nothing_of(window: StationWindow, patient: Patient) -> None:
    texts = every_text(window)
    for secret in (patient.given_name, patient.family_name, patient.clinic_id):
        assert not [text for text in texts if secret in text], secret


def counter_window(qtbot: QtBot, station: DemoStation) -> StationWindow:
    """The window as a clinic runs it: no demo panel (its card list names the demo's cards)."""
    station.parts.demo = None
    window = open_window(qtbot, station.parts)
    wait_devices_ready(qtbot, station.parts)
    sign_in(qtbot, window)
    return window


def lock_with_ctrl_l(qtbot: QtBot, window: StationWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
    focus = QApplication.focusWidget() or window
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT):
        qtbot.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.counter_screen is None


def events(station: DemoStation, kind: str) -> list[dict[str, object]]:
    nurse = station.store.unlock("nurse", demo_password("nurse"))
    return [e.payload for e in station.store.events_after(nurse, 0) if e.type == kind]


def test_the_same_nurse_finds_the_approved_weighed_labelled_syringe_after_the_lock(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = counter_window(qtbot, demo_station)
    patient = demo_station.patient("HAT-0005")  # another station's patient: an approval
    visit = identify_by_card(qtbot, demo_station, window, patient)
    check_rules(qtbot, visit)
    assess = visit.assess
    assess.override_reason.setText("Known patient, home station offline (fictional)")
    qtbot.mouseClick(assess.override_button, Qt.MouseButton.LeftButton)
    dialog = assess.dialog
    assert dialog is not None
    dialog.username.setText("witness")
    dialog.password.setText(demo_password("witness"))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(assess.continue_button.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(assess.continue_button, Qt.MouseButton.LeftButton)
    prepare_dose(qtbot, demo_station, visit)
    print_label(qtbot, visit)
    weighed = visit.state.weighed
    assert weighed is not None

    lock_with_ctrl_l(qtbot, window)
    assert_nothing_of(window, patient)
    assert events(demo_station, "visit.ended") == []  # nothing thrown away

    sign_in(qtbot, window)
    resumed = screen_of(window).visit
    qtbot.waitUntil(lambda: resumed.step_name == "Administer", timeout=TIMEOUT)
    assert resumed.panel.clinic_id.text() == patient.clinic_id
    assert resumed.state.weighed is not None
    assert resumed.state.weighed.measured_g == weighed.measured_g
    with qtbot.waitSignal(resumed.dose_recorded, timeout=TIMEOUT):
        qtbot.mouseClick(resumed.administer.record_button, Qt.MouseButton.LeftButton)
    (dose,) = events(demo_station, "dose.administered")
    assert dose["override_reason"] == "Known patient, home station offline (fictional)"
    signatures = dose["signatures"]
    assert isinstance(signatures, list)
    assert [s["meaning"] for s in signatures] == ["administered", "approved override"]
    assert dose["weighing"]["measured_g"] == str(weighed.measured_g.value)  # type: ignore[index]


def test_another_nurse_sees_whose_visit_it_is_and_takes_it_over(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = counter_window(qtbot, demo_station)
    patient = demo_station.patient("HAT-0002")
    visit = identify_by_card(qtbot, demo_station, window, patient)
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    prepare_dose(qtbot, demo_station, visit)
    window.switch_action.trigger()
    assert_nothing_of(window, patient)

    sign_in(qtbot, window, "witness")
    other = screen_of(window).visit
    handover = other.identify.handover
    qtbot.waitUntil(handover.isVisible, timeout=TIMEOUT)
    assert "in progress by Nora Demo" in handover.text.text()
    assert other.state.visit is None and other.panel.name.text() == ""
    assert_nothing_of(window, patient)  # whose visit, not whose patient
    assert events(demo_station, "visit.handed_over") == []
    qtbot.mouseClick(handover.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.step_name == "Label", timeout=TIMEOUT)
    (handed,) = events(demo_station, "visit.handed_over")
    nurse = demo_station.store.unlock("nurse", demo_password("nurse")).user
    witness = demo_station.store.unlock("witness", demo_password("witness")).user
    assert (handed["from"], handed["by"]) == (nurse.user_id, witness.user_id)
    assert other.panel.clinic_id.text() == patient.clinic_id
    print_label(qtbot, other)
    qtbot.mouseClick(other.label.continue_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(other.dose_recorded, timeout=TIMEOUT):
        qtbot.mouseClick(other.administer.record_button, Qt.MouseButton.LeftButton)
    (dose,) = events(demo_station, "dose.administered")
    assert dose["signatures"][0]["user_id"] == witness.user_id  # type: ignore[index]


def test_the_first_nurse_back_cannot_go_on_with_a_visit_taken_over(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = counter_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    window.switch_action.trigger()
    sign_in(qtbot, window, "witness")
    other = screen_of(window).visit
    qtbot.waitUntil(other.identify.handover.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(other.identify.handover.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.step_name == "Assess", timeout=TIMEOUT)
    window.switch_action.trigger()
    sign_in(qtbot, window, "nurse")
    back = screen_of(window).visit
    handover = back.identify.handover
    qtbot.waitUntil(handover.isVisible, timeout=TIMEOUT)  # now it is Willi's visit
    assert "in progress by Willi Demo" in handover.text.text()
    assert back.state.visit is None
