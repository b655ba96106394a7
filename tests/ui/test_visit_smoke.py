"""First slice: sign in, scan a card on the simulated serial scanner, see the patient."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready


def test_card_scan_shows_the_patient(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    patient = demo_station.patient("HAT-0002")
    screen = window.counter_screen
    assert screen is not None
    demo_station.demo.scan_card(patient)
    panel = screen.visit.panel
    qtbot.waitUntil(lambda: panel.clinic_id.text() == "HAT-0002", timeout=10000)
    assert panel.name.text() == f"{patient.given_name} {patient.family_name}"
    assert screen.visit.identify.confirm_box.isVisible()


def test_status_bar_says_offline_when_not_enrolled(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: "Not enrolled" in window.status.sync.toolTip(), timeout=10000)
    assert window.status.sync.text() == "Sync: offline"
    assert window.status.user.text() == "Signed in: Nora Demo (nurse)"
