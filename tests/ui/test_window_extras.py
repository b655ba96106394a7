"""The demo's simulator panel and the settings dialog, as parts of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.ui.preferences import load_preferences
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready


def test_the_simulator_panel_scans_a_demo_card_and_pulls_the_scale_cable(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    panel = window.simulators
    assert panel is not None
    # Card labels carry the clinic id only: no names on the panel, even while locked.
    labels = [panel.card_choice.itemText(i) for i in range(panel.card_choice.count())]
    assert labels and all(label.startswith("Card HAT-") for label in labels)
    panel.card_choice.setCurrentIndex(labels.index("Card HAT-0002"))
    qtbot.mouseClick(panel.scan_card_button, Qt.MouseButton.LeftButton)
    screen = window.counter_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.visit.panel.clinic_id.text() == "HAT-0002", timeout=10000)
    scale = demo_station.parts.devices.scale
    panel.pull_scale_cable(True)
    qtbot.waitUntil(lambda: "fault" in window.status.scale.text(), timeout=10000)
    panel.pull_scale_cable(False)
    qtbot.waitUntil(lambda: "ready" in window.status.scale.text(), timeout=10000)
    assert scale.message.startswith("ready")


def test_settings_change_the_lock_time_and_are_saved(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.lock_minutes.setValue(2)
    with qtbot.waitSignal(demo_station.parts.tasks.idle, timeout=10000):
        dialog.accept()
    assert window.inactivity.seconds == 120 and window.inactivity.timer.isActive()
    assert load_preferences(demo_station.store.data_dir).lock_after_s == 120


def test_switching_the_language_rebuilds_the_login_and_an_idle_counter(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    from PySide6.QtWidgets import QApplication

    from station.ui.i18n import Translations

    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)
    demo_station.parts.translations = translations
    window = open_window(qtbot, demo_station.parts)
    try:
        translations.switch("da")
        qtbot.waitUntil(lambda: window.login.sign_in.text() == "&Log ind", timeout=10000)
        sign_in(qtbot, window)
        screen = window.counter_screen
        assert screen is not None and screen.visit.identify.search_button.text() != "Sea&rch"
    finally:
        translations.uninstall()
    qtbot.waitUntil(lambda: window.login.sign_in.text() == "&Sign in", timeout=10000)


def test_a_language_switch_during_a_visit_waits_for_its_end_and_says_so(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    from PySide6.QtWidgets import QApplication

    from station.ui.i18n import Translations
    from tests.ui.visit_driver import identify_by_card

    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)
    demo_station.parts.translations = translations
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    try:
        idle = window.counter_screen
        assert idle is not None and idle.visit.identify.search_button.text() == "Sea&rch"
        translations.switch("da")  # idle: the counter is rebuilt in Danish at once
        qtbot.waitUntil(lambda: window.counter_screen is not idle, timeout=10000)
        screen = window.counter_screen
        assert screen is not None and screen.visit.identify.search_button.text() == "&Søg"
        assert window.session is not None  # still signed in

        visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
        translations.switch("en")  # a visit in progress keeps its words until it ends
        qtbot.waitUntil(lambda: window.login.sign_in.text() == "&Sign in", timeout=10000)
        assert window.counter_screen is screen and visit.state.visit is not None
        assert "when this visit ends" in visit.message.text()
        assert screen.visit.identify.search_button.text() == "&Søg"
        qtbot.mouseClick(visit.assess.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.counter_screen is not screen, timeout=10000)
        rebuilt = window.counter_screen
        assert rebuilt is not None and rebuilt.visit.identify.search_button.text() == "Sea&rch"
        assert rebuilt.visit.state.visit is None
    finally:
        translations.uninstall()
