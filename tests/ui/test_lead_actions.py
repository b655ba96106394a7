"""The clinic lead's patient screen in the window: stop-dose flags, voids and time corrections.

A clinic lead signs in to a demo station and works from the keyboard; what the screen did is
checked through the counter service (the next decision, the patient's record). Everything is
fictional: the demo's invented patients and staff.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.patients import Patient
from station.domain.prescriptions import Drug
from station.domain.quantities import Milligrams
from station.domain.rules import Outcome
from station.services.counter import AdministeredDose
from station.services.errors import PermissionDenied
from station.services.preparation import expected_mass
from station.store.store import Session
from station.ui.lead.patient_actions import PatientActionsDialog
from station.ui.main_window import StationWindow
from station.ui.visit.panel import PatientPanel
from station.ui.witness import WitnessDialog
from tests.ui.conftest import DEMO_PATIENTS, DemoStation, open_window, sign_in

TIMEOUT = 10000
IV = Drug.DIACETYLMORPHINE_IV
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QDateTimeEdit, QListWidget)
PAUSE_MS = 80
"""A person pauses before Enter: a burst of keys ending in Enter is a wedge scanner's scan."""


# -- helpers ----------------------------------------------------------------------------------


def unlock(station: DemoStation, username: str) -> Session:
    return station.store.unlock(username, demo_password(username))


def idle(qtbot: QtBot, station: DemoStation) -> None:
    qtbot.waitUntil(lambda: station.parts.tasks.pending == 0, timeout=TIMEOUT)


def open_screen(qtbot: QtBot, window: StationWindow, shortcut: Qt.Key) -> PatientActionsDialog:
    """Open the patient screen with its shortcut (Ctrl+Shift+F or Ctrl+Shift+V)."""
    window.activateWindow()
    qtbot.keyClick(window, shortcut, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: window.patient_actions is not None and window.patient_actions.isVisible(),
        timeout=TIMEOUT,
    )
    dialog = window.patient_actions
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.patients.count() == DEMO_PATIENTS, timeout=TIMEOUT)
    return dialog


def lead_screen(qtbot: QtBot, station: DemoStation) -> tuple[StationWindow, PatientActionsDialog]:
    window = open_window(qtbot, station.parts)
    sign_in(qtbot, window, "lead")
    assert window.lead_action.isEnabled()
    return window, open_screen(qtbot, window, Qt.Key.Key_F)


def choose(qtbot: QtBot, dialog: PatientActionsDialog, clinic_id: str) -> None:
    """Type the clinic id in the search field and press Enter: the patient's record shows."""
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, clinic_id)
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        enter(qtbot, dialog.search)
    assert clinic_id in dialog.summary.text()
    assert QApplication.focusWidget() is dialog.patients


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Move the focus to a button and press Space, as a person tabbing to it does."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, delay=PAUSE_MS)


def type_and_enter(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    enter(qtbot, field)


def next_decision(station: DemoStation, patient: Patient) -> tuple[Outcome, set[str]]:
    """What the counter service decides now for a 50 mg IV dose (the visit is then ended)."""
    nurse = unlock(station, "nurse")
    counter = station.counter
    visit = counter.identify_by_card(nurse, station.demo.card_text(patient))
    visit = counter.assess(nurse, visit, 0, Decimal("0.0"), "Calm (test).")
    visit = counter.decide(nurse, visit, IV, Milligrams(50))
    counter.end_visit(nurse, visit, "Decision checked by a test", why="other")
    assert visit.decision is not None
    return visit.decision.outcome, {reason.code for reason in visit.decision.reasons}


def give(station: DemoStation, patient: Patient) -> AdministeredDose:
    """A 50 mg dose given at this station through the counter service."""
    station.demo.ensure_solution_batch()
    nurse = unlock(station, "nurse")
    counter = station.counter
    [batch, *_] = counter.solution_batches(nurse, IV)
    visit = counter.identify_by_card(nurse, station.demo.card_text(patient))
    visit = counter.assess(nurse, visit, 0, Decimal("0.0"), "Calm (test).")
    visit = counter.decide(nurse, visit, IV, Milligrams(50))
    assert visit.decision is not None and visit.decision.may_dose
    result = counter.accept_weighing(
        nurse, visit, batch.lot, expected_mass(Milligrams(50), batch), b"S S test"
    )
    assert result.accepted
    counter.record_label(nurse, visit, printed=True)
    return counter.administer(nurse, visit, acknowledgement="Read (test).")


def dose_voided(station: DemoStation, patient: Patient, dose_id: str) -> bool:
    doses = station.counter.overview(unlock(station, "nurse"), patient.patient_id).recent_doses
    return next(d for d in doses if d.dose_id == dose_id).voided


def mnemonics(root: QWidget) -> list[str]:
    """The Alt letters of every visible label and button under ``root``."""
    letters = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(root):
            found = re.search(r"&([^&])", widget.text())
            if found:
                letters.append(found.group(1).lower())
    return letters


# -- flags ------------------------------------------------------------------------------------


def test_a_clinic_lead_sets_and_lifts_a_stop_flag_with_reasons_from_the_keyboard(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0002")
    _window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0002")
    assert dialog.flag_ids() == []

    # No reason: the service refuses, and its sentence is shown; nothing is recorded.
    click(qtbot, dialog.set_button)
    qtbot.waitUntil(dialog.message.isVisible, timeout=TIMEOUT)
    assert dialog.message.text() == "A stop-dose flag needs its reason."
    idle(qtbot, demo_station)
    outcome, codes = next_decision(demo_station, patient)
    assert "stop_dose.set" not in codes

    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Reason for a &new flag
    assert QApplication.focusWidget() is dialog.flag_reason
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        qtbot.keyClicks(dialog.flag_reason, "Physician review pending (test)")
        enter(qtbot, dialog.flag_reason)
    assert len(dialog.flag_ids()) == 1
    assert "Stop-dose flag set" in dialog.message.text()
    [shown] = [dialog.flags.item(row).text() for row in range(dialog.flags.count())]
    assert "Physician review pending (test)" in shown and "Lene Demo (clinic lead)" in shown
    assert dialog.flag_reason.text() == ""
    idle(qtbot, demo_station)
    outcome, codes = next_decision(demo_station, patient)
    assert outcome is Outcome.BLOCK and "stop_dose.set" in codes

    # Lifting needs a reason too; then the next decision is no longer blocked by a flag.
    type_and_enter(qtbot, dialog.lift_reason, "  ")
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Say why the stop-dose flag is lifted.", timeout=TIMEOUT
    )
    assert len(dialog.flag_ids()) == 1
    dialog.lift_reason.clear()
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        type_and_enter(qtbot, dialog.lift_reason, "Physician reviewed (test)")
    assert dialog.flag_ids() == []
    assert "No stop-dose flag is set." in dialog.flags.item(0).text()
    idle(qtbot, demo_station)
    outcome, codes = next_decision(demo_station, patient)
    assert "stop_dose.set" not in codes and outcome is not Outcome.BLOCK


def test_a_nurse_does_not_get_the_lead_screen_and_the_service_refuses_her(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    assert not window.lead_action.isEnabled()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.patient_actions is None
    nurse = window.session
    assert nurse is not None
    patient = demo_station.patient("HAT-0002")
    with pytest.raises(PermissionDenied):
        demo_station.counter.set_stop_flag(nurse, patient.patient_id, "Not hers to set (test)")
    [(flag_id, _flag)] = demo_station.counter.overview(
        nurse, demo_station.patient("HAT-0003").patient_id
    ).stop_flags
    with pytest.raises(PermissionDenied):
        demo_station.counter.lift_stop_flag(
            nurse, demo_station.patient("HAT-0003").patient_id, flag_id, "Not hers (test)"
        )
    with pytest.raises(PermissionDenied):
        demo_station.counter.record_break_review(nurse, patient.patient_id, "Not hers (test)")

    # She may void a dose of this station, so she gets that screen, without flags and reviews.
    assert window.void_action.isEnabled()
    dialog = open_screen(qtbot, window, Qt.Key.Key_V)
    assert not dialog.flags_box.isVisible() and not dialog.review_box.isVisible()
    assert not dialog.doses.correct_button.isVisible()


def test_the_flags_set_show_at_the_lead_screen_and_on_the_counters_patient_panel(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0003")  # the demo's patient with a flag
    nurse = unlock(demo_station, "nurse")
    panel = PatientPanel()
    qtbot.addWidget(panel)
    counter = demo_station.counter
    panel.show_overview(
        counter.overview(nurse, patient.patient_id),
        demo_station.clock(),
        counter.rule_settings(nurse),
        demo_station.store.station_id,
    )
    assert "STOP-DOSE: Demo: physician review pending" in panel.flags.text()

    _window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0003")
    [shown] = [dialog.flags.item(row).text() for row in range(dialog.flags.count())]
    assert "Demo: physician review pending" in shown and "Lene Demo (clinic lead)" in shown


def test_a_clinic_lead_records_the_review_after_a_break_with_what_it_found(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0004")
    _window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0004")
    assert dialog.reviews.text() == "No review after a break on record."
    click(qtbot, dialog.review_button)
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Write what the review found.", timeout=TIMEOUT
    )
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &What the review…
    assert QApplication.focusWidget() is dialog.review_note
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        type_and_enter(qtbot, dialog.review_note, "Re-titration confirmed (test)")
    assert dialog.reviews.text().startswith("Last review after a break: ")
    idle(qtbot, demo_station)
    nurse = unlock(demo_station, "nurse")
    assert len(demo_station.counter.overview(nurse, patient.patient_id).break_reviews) == 1


# -- doses ------------------------------------------------------------------------------------


def test_voiding_a_dose_needs_a_reason_then_it_no_longer_counts(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0002")
    dose = give(demo_station, patient)
    _window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0002")
    doses = dialog.doses
    assert doses.doses.count() == 1 and doses.chosen() == dose.dose_id
    assert "50 mg" in doses.doses.item(0).text() and "VOIDED" not in doses.doses.item(0).text()

    click(qtbot, doses.void_button)
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Say why the dose record is voided.", timeout=TIMEOUT
    )
    idle(qtbot, demo_station)
    assert not dose_voided(demo_station, patient, dose.dose_id)

    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Re&ason
    assert QApplication.focusWidget() is doses.reason
    qtbot.keyClicks(doses.reason, "Recorded for the wrong patient (test)")
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        click(qtbot, doses.void_button)
    assert "VOIDED" in doses.doses.item(0).text()
    idle(qtbot, demo_station)
    assert dose_voided(demo_station, patient, dose.dose_id)


def test_a_nurse_voids_her_stations_dose_with_a_second_person(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0002")
    dose = give(demo_station, patient)
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    dialog = open_screen(qtbot, window, Qt.Key.Key_V)
    choose(qtbot, dialog, "HAT-0002")
    type_and_enter(qtbot, dialog.doses.reason, "Entered twice (test)")
    click(qtbot, dialog.doses.void_button)
    witness = dialog.doses.witness_dialog
    assert isinstance(witness, WitnessDialog)
    qtbot.waitUntil(witness.isVisible, timeout=TIMEOUT)
    qtbot.keyClicks(witness.username, "witness")
    qtbot.keyClicks(witness.password, demo_password("witness"))
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        enter(qtbot, witness.password)
    assert "VOIDED" in dialog.doses.doses.item(0).text()
    idle(qtbot, demo_station)
    assert dose_voided(demo_station, patient, dose.dose_id)


def test_a_clinic_lead_corrects_a_doses_time_in_clinic_time(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0002")
    give(demo_station, patient)
    _window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0002")
    zone = demo_station.counter.settings.zone
    earlier = (demo_station.clock().astimezone(zone) - timedelta(minutes=40)).replace(
        second=0, microsecond=0
    )
    edit = dialog.doses.corrected_at
    edit.setDateTime(QDateTime.fromString(f"{earlier:%d.%m.%Y %H:%M}", "dd.MM.yyyy HH:mm"))
    dialog.doses.reason.setText("Counter clock was off (test)")
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        click(qtbot, dialog.doses.correct_button)
    assert "corrected" in dialog.message.text()
    idle(qtbot, demo_station)
    [record] = demo_station.counter.overview(
        unlock(demo_station, "nurse"), patient.patient_id
    ).recent_doses
    assert record.given_at == earlier


# -- the screen itself ------------------------------------------------------------------------


def test_every_control_is_named_and_no_alt_letter_is_used_twice(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0003")
    unnamed = [
        type(widget).__name__
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not widget.accessibleName().strip()
        and not widget.objectName().startswith("qt_")
    ]
    assert unnamed == []
    letters = mnemonics(dialog)
    assert len(letters) >= 12 and len(letters) == len(set(letters)), letters


def test_locking_the_screen_from_the_lead_screen_destroys_it(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window, dialog = lead_screen(qtbot, demo_station)
    choose(qtbot, dialog, "HAT-0003")
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock screen
    assert window.session is None and window.patient_actions is None
    assert not window.lead_action.isEnabled() and not window.void_action.isEnabled()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT)
    name = demo_station.patient("HAT-0003").family_name
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert not any(name in text for text in shown)
