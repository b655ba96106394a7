"""Every block and override the rules produce at the counter, as the nurse sees and handles them."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.patients import Patient
from station.domain.quantities import Milligrams
from station.ui.main_window import StationWindow
from station.ui.visit.flow import VisitView
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    administer,
    check_rules,
    end_assessed_visit,
    identify_by_card,
    prepare_dose,
    print_label,
)

# "1 dose" with the English catalogue the application loads, "1 dose(s)" without one.
ONE_DOSE = re.compile(r"1 dose(\(s\))?,")
NO_DOSE = re.compile(r"0 dose(s|\(s\)),")

TIMEOUT = 10000


def ready_window(qtbot: QtBot, station: DemoStation) -> StationWindow:
    window = open_window(qtbot, station.parts)
    wait_devices_ready(qtbot, station.parts)
    sign_in(qtbot, window)
    return window


def dose_earlier(
    station: DemoStation, patient: Patient, ago: timedelta, discharge: bool = True
) -> None:
    """Record a full dose ``ago`` before the test's clock through the service (and discharge)."""
    station.dose_at(patient, station.clock() - ago, discharge=discharge)


def assert_blocked(visit: VisitView, words: str, who: str) -> None:
    assess = visit.assess
    assert assess.headline.text() == "No dose now"
    assert words in assess.reasons.text()
    assert who in assess.reasons.text()
    assert not assess.continue_button.isEnabled()
    assert assess.end_button.hasFocus()


def test_stop_dose_blocks_and_says_only_a_clinic_lead_can_lift_it(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = ready_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0003"))
    assert "STOP-DOSE" in visit.panel.flags.text()
    check_rules(qtbot, visit)
    assert_blocked(visit, "stop-dose flag is set", "Only a clinic lead can lift this")
    end_assessed_visit(qtbot, visit, "dose_not_allowed")
    assert visit.step_name == "Identify" and visit.panel.name.text() == ""


def test_a_second_dose_in_the_same_session_is_blocked(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0002")
    dose_earlier(demo_station, patient, timedelta(minutes=20))
    window = ready_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, patient)
    assert ONE_DOSE.match(visit.panel.doses_today.text())
    check_rules(qtbot, visit)
    assert_blocked(visit, "already given in this session", "Nobody can override this")


def test_intoxication_offers_the_reduced_dose_with_a_warning_and_severe_sedation_blocks(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = ready_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    assess = visit.assess
    prescribed = Milligrams(assess.dose.text())
    check_rules(qtbot, visit, sedation=2)
    assert assess.headline.text() == "No dose now"
    assert "Signs of intoxication (sedation score 2)" in assess.reasons.text()
    assert assess.offer_button.isVisible()
    reduced = prescribed.percent(50).floored()
    assert str(reduced) in assess.offer_button.text()
    assess.decision_box.hide()
    qtbot.mouseClick(assess.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(assess.decision_box.isVisible, timeout=TIMEOUT)
    assert assess.headline.text().startswith("Allowed with a warning")
    assert not assess.continue_button.isEnabled()
    assess.acknowledge.setChecked(True)
    assert assess.continue_button.isEnabled()
    # Severe sedation: no dose at all, whatever the amount.
    check_rules(qtbot, visit, sedation=3)
    assert_blocked(visit, "Sedation score 3", "Nobody can override this")
    assert not assess.offer_button.isVisible()


def test_other_home_station_needs_an_override_with_a_second_persons_credentials(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = ready_window(qtbot, demo_station)
    patient = demo_station.patient("HAT-0005")  # the demo's other-station patient
    visit = identify_by_card(qtbot, demo_station, window, patient)
    check_rules(qtbot, visit)
    assess = visit.assess
    assert assess.headline.text() == "A second staff member must approve, with a reason"
    assert "not the patient's home station" in assess.reasons.text()
    assert not assess.continue_button.isEnabled()
    # Without a reason the witness dialog does not open.
    qtbot.mouseClick(assess.override_button, Qt.MouseButton.LeftButton)
    assert assess.dialog is None and "reason" in assess.message.text()
    assess.override_reason.setText("Known patient, home station offline (fictional)")
    qtbot.mouseClick(assess.override_button, Qt.MouseButton.LeftButton)
    dialog = assess.dialog
    assert dialog is not None
    # The nurse cannot witness their own override.
    dialog.username.setText("nurse")
    dialog.password.setText(demo_password("nurse"))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.isVisible(), timeout=TIMEOUT)
    assert "second person" in dialog.message.text()
    # A pharmacist may not approve a dose.
    dialog.username.setText("pharmacist")
    dialog.password.setText(demo_password("pharmacist"))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy and "cannot confirm" in dialog.message.text(), timeout=TIMEOUT
    )
    dialog.username.setText("witness")
    dialog.password.setText(demo_password("witness"))
    with qtbot.waitSignal(dialog.confirmed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(assess.continue_button.isEnabled, timeout=TIMEOUT)  # approval recorded
    assert "Approved by Willi Demo" in assess.override_done.text()
    qtbot.mouseClick(assess.continue_button, Qt.MouseButton.LeftButton)
    prepare_dose(qtbot, demo_station, visit)
    print_label(qtbot, visit)
    administer(qtbot, visit)
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    dose_event = next(
        e for e in demo_station.store.events_after(nurse, 0) if e.type == "dose.administered"
    )
    assert dose_event.payload["override_reason"].startswith("Known patient")
    meanings = [s["meaning"] for s in dose_event.payload["signatures"]]
    assert meanings == ["administered", "approved override"]


def test_missed_days_ask_for_a_comment_and_a_long_break_blocks_for_review(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    demo_station.clock.advance(days=8)  # the demo's prescriptions started yesterday
    warned, blocked = demo_station.patient("HAT-0002"), demo_station.patient("HAT-0004")
    dose_earlier(demo_station, warned, timedelta(days=4))
    dose_earlier(demo_station, blocked, timedelta(days=7))
    window = ready_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, warned)
    assert visit.panel.missed.text() == "3"
    assert "3 days missed" in visit.panel.flags.text()
    check_rules(qtbot, visit)
    assess = visit.assess
    assert assess.headline.text().startswith("Allowed with a warning")
    assert "3 consecutive days without a dose" in assess.reasons.text()
    assert assess.comment.isVisible() and not assess.acknowledge.isVisible()
    assert not assess.continue_button.isEnabled()
    assess.comment.setText("Was in hospital; tolerance discussed (fictional)")
    assert assess.continue_button.isEnabled()
    end_assessed_visit(qtbot, visit)

    visit = identify_by_card(qtbot, demo_station, window, blocked)
    assert visit.panel.missed.text() == "6"
    check_rules(qtbot, visit)
    assert_blocked(visit, "a clinician must review", "Only a clinic lead can lift this")


def test_identification_without_a_card_needs_a_reason_and_a_witness(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = ready_window(qtbot, demo_station)
    patient = demo_station.patient("HAT-0002")
    screen = window.counter_screen
    assert screen is not None
    identify = screen.visit.identify
    identify.family_name.setText(patient.family_name)
    identify.birth_date.setDate(patient.birth_date)
    qtbot.mouseClick(identify.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: identify.results.count() > 0, timeout=TIMEOUT)
    assert patient.clinic_id in identify.results.item(0).text()
    qtbot.mouseClick(identify.witness_button, Qt.MouseButton.LeftButton)
    assert identify.dialog is None and "why" in identify.message.text()
    for row in range(identify.results.count()):
        if patient.clinic_id in identify.results.item(row).text():
            identify.results.setCurrentRow(row)
    identify.manual_reason.setText("Card left at home")
    qtbot.mouseClick(identify.witness_button, Qt.MouseButton.LeftButton)
    dialog = identify.dialog
    assert dialog is not None
    dialog.username.setText("witness")
    dialog.password.setText(demo_password("witness"))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(identify.confirm_box.isVisible, timeout=TIMEOUT)
    assert screen.visit.panel.clinic_id.text() == patient.clinic_id
    qtbot.mouseClick(identify.confirm_button, Qt.MouseButton.LeftButton)
    check_rules(qtbot, screen.visit)
    assert "witnessed by a second staff member" in screen.visit.assess.reasons.text()
    assert Decimal(screen.visit.assess.dose.text()) > 0
