"""The demo's simulator panel drives real simulators: scale, label printer and card scanner."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.drivers.scanner import SerialScanner
from devices.readings import Scan, WeightStatus
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.sim.scanner import SimulatedScanner
from station.ui.simulator_panel import DemoCard, SimulatorPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CARDS = [
    DemoCard("HAT-0001 Alba Demoberg", "HATC1.demo-one.sig"),
    DemoCard("HAT-0002 Birk Fiktivsen", "HATC1.demo-two.sig"),
]


@pytest.fixture
def scale() -> Iterator[SimulatedScale]:
    with SimulatedScale(
        unique_name("panel-scale"), update_period_s=1 / 40, settle_time_s=0.05
    ) as simulator:
        yield simulator


@pytest.fixture
def printer() -> Iterator[SimulatedPrinter]:
    with SimulatedPrinter(unique_name("panel-printer")) as simulator:
        yield simulator


@pytest.fixture
def scanner() -> Iterator[SimulatedScanner]:
    with SimulatedScanner(unique_name("panel-scanner")) as simulator:
        yield simulator


@pytest.fixture
def panel(
    qtbot: QtBot, scale: SimulatedScale, printer: SimulatedPrinter, scanner: SimulatedScanner
) -> SimulatorPanel:
    widget = SimulatorPanel(scale, printer, scanner, CARDS)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def settled_at(scale: SimulatedScale, grams: str) -> bool:
    if not scale.history:
        return False
    value, status = scale.history[-1]
    return status is WeightStatus.STABLE and value == Decimal(grams)


def test_typed_mass_goes_on_the_scale_and_comes_off(
    qtbot: QtBot, panel: SimulatorPanel, scale: SimulatedScale
) -> None:
    qtbot.keyClicks(panel.mass_edit, "21,98")
    qtbot.keyClick(panel.mass_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settled_at(scale, "21.98"), timeout=3000)
    assert "21.98 g" in panel.status.text()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled_at(scale, "0.00"), timeout=3000)


def test_a_bad_mass_is_refused_with_a_message(
    qtbot: QtBot, panel: SimulatorPanel, scale: SimulatedScale
) -> None:
    qtbot.keyClicks(panel.mass_edit, "abc")
    qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    assert "Type a mass" in panel.status.text()
    assert panel.placed == Decimal(0)


def test_quick_buttons_place_suggested_masses(
    qtbot: QtBot, panel: SimulatorPanel, scale: SimulatedScale
) -> None:
    panel.suggest_masses([("Empty syringe", Decimal("11.80")), ("Filled", Decimal("12.82"))])
    assert [button.text() for button in panel.quick_buttons] == [
        "Empty syringe (11.80 g)",
        "Filled (12.82 g)",
    ]
    qtbot.mouseClick(panel.quick_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled_at(scale, "12.82"), timeout=3000)


def test_unsteady_scale_never_settles_until_steady_again(
    qtbot: QtBot, panel: SimulatorPanel, scale: SimulatedScale
) -> None:
    panel.place_syringe(Decimal("15.00"))
    qtbot.waitUntil(lambda: settled_at(scale, "15.00"), timeout=3000)
    panel.unsteady_box.setChecked(True)
    qtbot.waitUntil(lambda: scale.status is WeightStatus.DYNAMIC, timeout=3000)
    panel.unsteady_box.setChecked(False)
    qtbot.waitUntil(lambda: settled_at(scale, "15.00"), timeout=3000)


def test_pulling_the_cable_and_putting_it_back(
    qtbot: QtBot, panel: SimulatorPanel, scale: SimulatedScale
) -> None:
    qtbot.mouseClick(panel.cable_button, Qt.MouseButton.LeftButton)
    assert not scale.cable_connected
    assert "back" in panel.cable_button.text()
    assert "cable pulled" in panel.status.text()
    qtbot.mouseClick(panel.cable_button, Qt.MouseButton.LeftButton)
    assert scale.cable_connected
    assert "Pull" in panel.cable_button.text()


@pytest.mark.parametrize("fault", ["paper_out", "head_open", "paused", "silent"])
def test_printer_faults_switch_on_and_off(
    qtbot: QtBot, panel: SimulatorPanel, printer: SimulatedPrinter, fault: str
) -> None:
    box = panel.fault_boxes[fault]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(printer.state, fault) is True, timeout=3000)
    panel.set_printer_fault(fault, False)
    qtbot.waitUntil(lambda: getattr(printer.state, fault) is False, timeout=3000)
    assert not box.isChecked()


def test_scanning_a_demo_card_sends_it_down_the_serial_line(
    qtbot: QtBot, panel: SimulatorPanel, scanner: SimulatedScanner
) -> None:
    scans: list[Scan] = []
    lock = threading.Lock()

    def received(scan: Scan) -> None:
        with lock:
            scans.append(scan)

    reader = SerialScanner(scanner.url, received)
    try:
        assert scanner.wait_for_connection(5.0)
        panel.card_choice.setCurrentIndex(1)
        with qtbot.waitSignal(panel.card_scanned, timeout=3000) as scanned:
            qtbot.mouseClick(panel.scan_card_button, Qt.MouseButton.LeftButton)
        assert scanned.args == ["HATC1.demo-two.sig"]
        qtbot.waitUntil(lambda: len(scans) == 1, timeout=3000)
        assert scans[0].text == "HATC1.demo-two.sig"
        qtbot.keyClicks(panel.payload_edit, "HATC1.typed.sig")
        qtbot.keyClick(panel.payload_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(scans) == 2, timeout=3000)
        assert scans[1].text == "HATC1.typed.sig"
    finally:
        reader.close()


def test_without_simulators_the_controls_are_disabled(qtbot: QtBot) -> None:
    panel = SimulatorPanel(None, None)
    qtbot.addWidget(panel)
    assert not panel.scale_box.isEnabled()
    assert not panel.printer_box.isEnabled()
    assert not panel.scan_card_button.isEnabled()
    with qtbot.waitSignal(panel.card_scanned) as scanned:
        panel.scan("HATC1.wedge.sig")  # no serial scanner: the app feeds it as a wedge scan
    assert scanned.args == ["HATC1.wedge.sig"]


def test_every_control_is_named(panel: SimulatorPanel) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    controls = [
        *panel.findChildren(QAbstractButton),
        *panel.findChildren(QComboBox),
        *panel.findChildren(QLineEdit),
    ]
    assert len(controls) > 10
    for control in controls:
        if isinstance(control.parentWidget(), QComboBox):
            continue
        assert control.accessibleName(), control
