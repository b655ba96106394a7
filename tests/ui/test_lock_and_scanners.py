"""Locking hides every patient detail; user switch; scans from the keyboard wedge anywhere."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from station.domain.patients import Patient
from station.ui.preferences import Preferences
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.test_rules_at_the_counter import dose_earlier
from tests.ui.visit_driver import identify_by_card

TIMEOUT = 10000


def visible_texts(root: QWidget) -> list[str]:
    """Every text a label or a line edit holds, anywhere under ``root`` (shown or not)."""
    texts = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for field in root.findChildren(QLineEdit):
        texts.append(field.text())
    return texts


def identifying_strings(patient: Patient) -> list[str]:
    return [
        patient.given_name,
        patient.family_name,
        patient.birth_date.isoformat(),
        patient.birth_date.strftime("%d.%m.%Y"),
    ]


def test_inactivity_locks_and_the_locked_screen_holds_no_patient_data(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    demo_station.parts.preferences = Preferences(lock_after_s=3).changed(
        **{
            k: getattr(demo_station.parts.preferences, k)
            for k in ("scale_url", "printer_url", "scanner_url")
        }
    )
    patient = demo_station.patient("HAT-0002")
    under_observation = demo_station.patient("HAT-0004")
    dose_earlier(demo_station, under_observation, timedelta(minutes=5), discharge=False)
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    qtbot.waitUntil(lambda: len(screen.board.cards) == 1, timeout=TIMEOUT)
    visit = identify_by_card(qtbot, demo_station, window, patient)
    assert visit.panel.name.text() == f"{patient.given_name} {patient.family_name}"
    assert any(patient.family_name in text for text in visible_texts(window))

    with qtbot.waitSignal(window.locked, timeout=8000):
        pass  # three seconds without input
    assert window.counter_screen is None
    assert "Locked after" in window.login.reason.text()
    assert window.status.user.text() == "Locked"
    texts = visible_texts(window)
    for secret in identifying_strings(patient) + identifying_strings(under_observation):
        assert not any(secret in text for text in texts), secret
    for secret in (patient.clinic_id, under_observation.clinic_id):
        assert not any(secret in text for text in texts), secret
    # Nothing is left hidden behind the login either: the counter screen is gone.
    qtbot.waitUntil(lambda: screen not in window.findChildren(QWidget), timeout=TIMEOUT)


def test_switch_user_locks_and_signs_in_the_next_person(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    assert window.status.user.text() == "Signed in: Nora Demo (nurse)"
    identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    window.switch_action.trigger()
    assert window.counter_screen is None and "Switch user" in window.login.reason.text()
    window.login.username.setText("witness")
    window.login.password.setText("not the password")
    qtbot.mouseClick(window.login.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.login.busy, timeout=TIMEOUT)
    assert "Wrong user name or password" in window.login.message.text()
    assert window.counter_screen is None
    sign_in(qtbot, window, "witness")
    assert window.status.user.text() == "Signed in: Willi Demo (nurse)"
    screen = window.counter_screen
    assert screen is not None and screen.visit.panel.name.text() == ""


def test_the_login_screen_shows_demo_passwords_only_in_demo_mode(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    table = window.login.demo_table
    assert table is not None
    assert "demo-nurse-pass" in [table.item(row, 2).text() for row in range(table.rowCount())]
    # Every demo user in view at once, the last (the prescriber) too: none scrolled away.
    last = table.visualItemRect(table.item(table.rowCount() - 1, 0))
    assert table.viewport().rect().contains(last), "a demo user is scrolled out of view"
    demo_station.parts.demo = None
    plain = open_window(qtbot, demo_station.parts)
    assert plain.login.demo_table is None
    assert not any("demo-nurse-pass" in text for text in visible_texts(plain))


def test_a_keyboard_wedge_scan_identifies_from_any_field(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    patient = demo_station.patient("HAT-0002")
    field = screen.visit.identify.family_name
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=TIMEOUT)
    field.setText("Dem")  # a person had started typing, then scans a card
    card = demo_station.demo.card_text(patient)
    qtbot.keyClicks(field, card)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: screen.visit.panel.clinic_id.text() == patient.clinic_id, timeout=TIMEOUT
    )
    assert field.text() == "Dem"
