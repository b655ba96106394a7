"""The Prepare step lists the pharmacy's usable solution batches (the demo reconstitutes one)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.services.pharmacy import PharmacyService
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    administer,
    check_rules,
    identify_by_card,
    prepare_dose,
    print_label,
)


def _balance(station: DemoStation, batch_id: str) -> Decimal:
    store = station.store
    pharmacist = store.unlock("pharmacist", demo_password("pharmacist"))
    balances = PharmacyService(store).balances(pharmacist)
    return next(item.balance for item in balances if item.container.container_id == batch_id)


def test_a_dose_is_drawn_from_the_batch_the_pharmacy_reconstituted(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    demo_station.demo.ensure_solution_batch()  # as the application does (made once)
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    [batch] = PharmacyService(demo_station.store).active_solution_batches(nurse)
    assert batch.lot.startswith("SB-")
    before = _balance(demo_station, batch.lot)
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    prepare = visit.prepare
    qtbot.waitUntil(lambda: prepare.batch_box.count() == 1, timeout=10000)
    assert prepare.batch_box.currentText() == f"{batch.lot}: 100 mg/mL"
    assert batch.lot in prepare.batch_info.text() and "1.018" in prepare.batch_info.text()
    prepare_dose(qtbot, demo_station, visit)
    weighed = visit.state.weighed
    assert weighed is not None
    print_label(qtbot, visit)
    administer(qtbot, visit)
    assert _balance(demo_station, batch.lot) == before - weighed.prepared_mg.value


def test_without_a_usable_batch_the_nurse_is_told_to_ask_the_pharmacist(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    demo_station.demo.ensure_solution_batch()
    demo_station.clock.advance(days=8)  # the demo's batch keeps 7 days
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    prepare = visit.prepare
    qtbot.waitUntil(lambda: not prepare.loading_batches, timeout=10000)
    assert "ask the pharmacist" in prepare.batch_info.text()
    assert prepare.batch_box.count() == 0 and not prepare.tare_button.isEnabled()
