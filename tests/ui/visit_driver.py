"""Drives the visit in the real window the way a nurse does, for the tests and nothing else."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from devices.readings import WeightStatus
from station.domain.patients import Patient
from station.services.preparation import expected_mass
from station.ui.main_window import CounterScreen, StationWindow
from station.ui.visit.flow import VisitView
from tests.ui.conftest import EMPTY_SYRINGE, DemoStation

TIMEOUT = 10000


def screen_of(window: StationWindow) -> CounterScreen:
    screen = window.counter_screen
    assert screen is not None, "the station is locked"
    return screen


def identify_by_card(
    qtbot: QtBot, station: DemoStation, window: StationWindow, patient: Patient
) -> VisitView:
    visit = screen_of(window).visit
    station.demo.scan_card(patient)
    qtbot.waitUntil(visit.identify.confirm_box.isVisible, timeout=TIMEOUT)
    assert visit.panel.clinic_id.text() == patient.clinic_id
    qtbot.mouseClick(visit.identify.confirm_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Assess"
    return visit


def check_rules(qtbot: QtBot, visit: VisitView, sedation: int = 0, dose: str | None = None) -> None:
    assess = visit.assess
    assess.sedation.setCurrentIndex(sedation + 1)  # item 0 asks for a choice
    if dose is not None:
        assess.dose.setText(dose)
    assess.decision_box.hide()
    qtbot.mouseClick(assess.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(assess.decision_box.isVisible, timeout=TIMEOUT)


def tare_empty_syringe(qtbot: QtBot, station: DemoStation, visit: VisitView) -> None:
    prepare = visit.prepare
    station.demo.scale_sim.place_mass(EMPTY_SYRINGE).result(5)
    qtbot.waitUntil(prepare.tare_button.isEnabled, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: prepare.stability.text() == "STABLE", timeout=TIMEOUT)
    qtbot.mouseClick(prepare.tare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prepare.tared, timeout=TIMEOUT)


def fill_syringe(station: DemoStation, visit: VisitView, factor: str = "1") -> Decimal:
    state = visit.state
    assert state.visit is not None and state.visit.proposed is not None and state.batch is not None
    net = expected_mass(state.visit.proposed.mg, state.batch).value * Decimal(factor)
    station.demo.scale_sim.place_mass(EMPTY_SYRINGE + net.quantize(Decimal("0.01"))).result(5)
    return net


def accept_weight(qtbot: QtBot, visit: VisitView) -> None:
    prepare = visit.prepare
    qtbot.mouseClick(prepare.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not prepare.weighing, timeout=TIMEOUT)


def prepare_dose(qtbot: QtBot, station: DemoStation, visit: VisitView) -> None:
    tare_empty_syringe(qtbot, station, visit)
    fill_syringe(station, visit)
    accept_weight(qtbot, visit)
    assert visit.state.weighed is not None, visit.prepare.message.text()
    qtbot.mouseClick(visit.prepare.continue_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Label"


def print_label(qtbot: QtBot, visit: VisitView) -> None:
    label = visit.label
    qtbot.mouseClick(label.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not label.printing, timeout=TIMEOUT)
    if visit.state.label_prints:  # printed: the dose may go on once the service recorded it
        qtbot.waitUntil(label.continue_button.isEnabled, timeout=TIMEOUT)


def administer(qtbot: QtBot, visit: VisitView) -> None:
    qtbot.mouseClick(visit.label.continue_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Administer"
    with qtbot.waitSignal(visit.dose_recorded, timeout=TIMEOUT):
        qtbot.mouseClick(visit.administer.record_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Observe"


def stable(status: WeightStatus) -> bool:
    return status is WeightStatus.STABLE


def end_assessed_visit(qtbot: QtBot, visit: VisitView, why: str = "patient_declined") -> None:
    """Press the step's End visit after the assessment and say why the dose was not given."""
    step = visit.stack.currentWidget()
    end_button = getattr(step, "end_button")  # noqa: B009 - every step but the first has one
    qtbot.mouseClick(end_button, Qt.MouseButton.LeftButton)
    dialog = visit.keeper.end_dialog
    assert dialog is not None and visit.state.visit is not None  # nothing ended yet
    dialog.why.setCurrentIndex(dialog.why.findData(why))
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Identify"
    window = visit.window()
    window.activateWindow()  # the dialog had the keyboard: the counter takes it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
