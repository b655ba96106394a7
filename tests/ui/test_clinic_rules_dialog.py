"""The clinic lead opens the clinic's rules from the counter; the next decision follows them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.ui.lead.rules_dialog import ClinicRulesDialog
from tests.ui.conftest import DemoStation, open_window, sign_in

TIMEOUT = 10000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_clinic_lead_changes_a_rule_from_the_counter_and_the_counter_follows(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "lead")
    assert window.rules_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.rules_dialog, ClinicRulesDialog), timeout=TIMEOUT)
    dialog = window.rules_dialog
    assert dialog is not None
    page = dialog.page
    qtbot.waitUntil(lambda: "min_interval_minutes" in page.editors, timeout=TIMEOUT)
    interval = page.editors["min_interval_minutes"]
    assert isinstance(interval, QLineEdit) and interval.isEnabled()
    interval.setText("240")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("1 setting"), timeout=TIMEOUT)
    lead = demo_station.store.unlock("lead", demo_password("lead"))
    assert demo_station.counter.rule_settings(lead).min_interval == timedelta(hours=4)
    window.lock("Locked (test).")
    assert window.rules_dialog is None or not window.rules_dialog.isVisible()


def test_a_nurse_does_not_get_the_clinic_rules(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    assert not window.rules_action.isEnabled()
