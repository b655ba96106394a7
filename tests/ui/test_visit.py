"""The whole visit in the real window on the simulators: card, assessment, weighing, label, dose."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.quantities import Milligrams
from station.domain.rules import AdministrationOutcome
from station.store.events import StoredEvent
from station.store.store import Session
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    accept_weight,
    administer,
    check_rules,
    end_assessed_visit,
    fill_syringe,
    identify_by_card,
    prepare_dose,
    print_label,
    screen_of,
    tare_empty_syringe,
)


def test_full_visit_records_the_weighed_dose_and_starts_the_observation(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    patient = demo_station.patient("HAT-0002")
    visit = identify_by_card(qtbot, demo_station, window, patient)

    check_rules(qtbot, visit)
    assert visit.assess.headline.text() == "Dose allowed"
    assert "Identity confirmed with the clinic card" in visit.assess.reasons.text()
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Prepare"
    qtbot.waitUntil(lambda: not visit.prepare.loading_batches, timeout=10000)  # read off-thread
    assert "mL" in visit.prepare.expected.text() and " g" in visit.prepare.expected.text()

    prepare_dose(qtbot, demo_station, visit)
    weighed = visit.state.weighed
    assert weighed is not None and weighed.check.within
    # The big figure shows the weight that was judged, not a reading from before it.
    assert visit.prepare.weight.text() == str(weighed.measured_g)

    print_label(qtbot, visit)
    assert visit.state.label_prints == 1
    printed = demo_station.demo.printer_sim.labels
    assert len(printed) == 1 and any(patient.clinic_id in text for text in printed[0].texts)
    assert not any(patient.family_name in text for text in printed[0].texts)

    administer(qtbot, visit)
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    overview = demo_station.counter.overview(nurse, patient.patient_id)
    assert len(overview.recent_doses) == 1
    dose = overview.recent_doses[0]
    # What is recorded is the dose actually prepared: mg from the measured mass.
    assert dose.mg == weighed.prepared_mg
    assert dose.outcome is AdministrationOutcome.FULL
    assert overview.open_observation_id is not None
    board = screen_of(window).board
    qtbot.waitUntil(lambda: overview.open_observation_id in board.cards, timeout=10000)


def test_out_of_tolerance_is_refused_and_redone_with_a_reason(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    tare_empty_syringe(qtbot, demo_station, visit)
    fill_syringe(demo_station, visit, factor="1.10")
    accept_weight(qtbot, visit)
    prepare = visit.prepare
    assert visit.state.weighed is None
    assert "outside the tolerance" in prepare.message.text()
    assert not prepare.continue_button.isEnabled()
    prepare.redo_reason.setCurrentIndex(0)
    qtbot.mouseClick(prepare.redo_button, Qt.MouseButton.LeftButton)
    # The redo is its own record at once, before any dose.
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    qtbot.waitUntil(lambda: prepare.redos_pending == 0, timeout=10000)
    [redo] = redo_events(demo_station, nurse)
    assert redo.payload["reason"] == "overfilled"
    assert redo.payload["visit_id"] == visit.state.visit.visit_id  # type: ignore[union-attr]
    assert redo.payload["weighing"]["within_tolerance"] == "false"
    fill_syringe(demo_station, visit)
    accept_weight(qtbot, visit)
    assert visit.state.weighed is not None
    qtbot.mouseClick(prepare.continue_button, Qt.MouseButton.LeftButton)
    print_label(qtbot, visit)
    administer(qtbot, visit)
    events = demo_station.store.events_after(nurse, 0)
    dose_event = next(e for e in events if e.type == "dose.administered")
    assert "overfilled" in dose_event.payload["weighing"]["redone"]
    assert Decimal(dose_event.payload["weighing"]["measured_g"]) > 0
    assert len(redo_events(demo_station, nurse)) == 1


def redo_events(station: DemoStation, nurse: Session) -> list[StoredEvent]:
    events = station.store.events_after(nurse, 0)
    return [event for event in events if event.type == "weighing.redone"]


def test_redo_reasons_stay_recorded_when_the_visit_is_abandoned(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    tare_empty_syringe(qtbot, demo_station, visit)
    prepare = visit.prepare
    for factor, reason_index in (("0.90", 1), ("1.10", 2)):
        fill_syringe(demo_station, visit, factor=factor)
        accept_weight(qtbot, visit)
        assert visit.state.weighed is None
        prepare.redo_reason.setCurrentIndex(reason_index)
        qtbot.mouseClick(prepare.redo_button, Qt.MouseButton.LeftButton)
    end_assessed_visit(qtbot, visit, "syringe_problem")
    qtbot.waitUntil(lambda: visit.state.visit is None, timeout=10000)
    qtbot.waitUntil(lambda: prepare.redos_pending == 0, timeout=10000)
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    redos = redo_events(demo_station, nurse)
    assert [redo.payload["reason"] for redo in redos] == [
        "underfilled",
        "air bubble in the syringe",
    ]
    assert all(redo.payload["by"] == nurse.user.user_id for redo in redos)
    events = demo_station.store.events_after(nurse, 0)
    assert not any(event.type == "dose.administered" for event in events)


def test_a_forged_or_plain_code_is_refused_before_anything_is_recorded(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.wire.cards import CardPayload, sign_card

    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    patient = demo_station.patient("HAT-0002")
    identify = screen_of(window).visit.identify
    forged = sign_card(
        CardPayload(patient.patient_id, patient.clinic_id, "2026-01-01", "x1", "demo-card-issuer"),
        Ed25519PrivateKey.generate(),
    )
    for text, words in ((patient.clinic_id, "not a patient card"), (forged, "may be forged")):
        demo_station.demo.scanner_sim.scan(text)
        qtbot.waitUntil(lambda words=words: words in identify.message.text(), timeout=10000)
        assert not identify.confirm_box.isVisible()
        assert screen_of(window).visit.panel.name.text() == ""
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    types = {event.type for event in demo_station.store.events_after(nurse, 0)}
    assert "identity.verified" not in types


def test_a_partial_injection_records_what_went_in_and_shows_the_rest_as_waste(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    patient = demo_station.patient("HAT-0002")
    visit = identify_by_card(qtbot, demo_station, window, patient)
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    prepare_dose(qtbot, demo_station, visit)
    print_label(qtbot, visit)
    qtbot.mouseClick(visit.label.continue_button, Qt.MouseButton.LeftButton)
    step = visit.administer
    weighed = visit.state.weighed
    assert weighed is not None
    step.partial.setChecked(True)
    assert not step.record_button.isEnabled()  # how much went in must be said
    step.given.setText("999")
    assert not step.record_button.isEnabled()  # more than prepared
    step.given.setText("60")
    assert step.waste.text() == str(weighed.prepared_mg.remaining_after(Milligrams(60)).rounded())
    step.venous_failed.setChecked(True)
    with qtbot.waitSignal(visit.dose_recorded, timeout=10000) as recorded:
        qtbot.mouseClick(step.record_button, Qt.MouseButton.LeftButton)
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    dose = demo_station.counter.overview(nurse, patient.patient_id).recent_doses[0]
    assert dose.outcome is AdministrationOutcome.PARTIAL and dose.given_mg == Milligrams(60)
    observed = recorded.args[0]
    # Failed venous access: the longer (30 min) observation.
    assert observed.observation_ends_at - demo_station.clock() > timedelta(minutes=29)
