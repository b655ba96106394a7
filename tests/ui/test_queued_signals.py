"""No Python object rides a queued signal: device news reaches the GUI thread by the relay.

PySide6 6.12 drops a reference to the contents of a Python object carried by a queued
signal, and the interpreter crashes later. A signal emitted on another thread than its
receiver's is queued, so every signal of the device bridges that carries arguments must be
emitted on the GUI thread, and a signal connected as queued must carry none.
"""

from __future__ import annotations

import ast
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaMethod, QObject, Qt
from pytestqt.qtbot import QtBot

from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.sim.scanner import SimulatedScanner
from station.domain.quantities import Concentration, Density, Milligrams
from station.domain.settings import RuleSettings
from station.services.preparation import SolutionBatch, expected_mass
from station.ui.device_bridge import DeviceBridges, DeviceState
from station.ui.technician import printer_checks

UI = Path(__file__).resolve().parents[2] / "station" / "ui"
EMPTY_SYRINGE = Decimal("11.90")


def signals_with_arguments(item: QObject) -> list[str]:
    """The names of the signals ``item``'s class declares (beyond QObject's) with arguments."""
    meta = item.metaObject()
    names = []
    for index in range(QObject().metaObject().methodCount(), meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == QMetaMethod.MethodType.Signal and method.parameterCount():
            names.append(bytes(method.name().data()).decode())
    return names


@pytest.fixture
def simulators() -> Iterator[tuple[SimulatedScale, SimulatedPrinter, SimulatedScanner]]:
    scale = SimulatedScale(
        unique_name("queued-scale"),
        update_period_s=0.01,
        settle_time_s=0.05,
        stable_timeout_s=0.3,
        initial_mass=EMPTY_SYRINGE,
    )
    printer = SimulatedPrinter(unique_name("queued-printer"))
    scanner = SimulatedScanner(unique_name("queued-scanner"))
    for sim in (scale, printer, scanner):
        sim.start()
    yield scale, printer, scanner
    for sim in (scale, printer, scanner):
        sim.stop()


def test_every_bridge_signal_with_arguments_is_emitted_on_the_gui_thread(
    qtbot: QtBot, simulators: tuple[SimulatedScale, SimulatedPrinter, SimulatedScanner]
) -> None:
    scale_sim, printer_sim, scanner_sim = simulators
    gui = threading.current_thread()
    emitted: list[tuple[str, bool]] = []

    def recorder(name: str) -> Callable[..., None]:
        def record(*_arguments: object) -> None:
            emitted.append((name, threading.current_thread() is gui))

        return record

    bridges = DeviceBridges()
    expected = set()
    for bridge in bridges.all():
        for name in signals_with_arguments(bridge):
            expected.add(f"{bridge.kind}.{name}")
            # Direct: the recorder runs on whichever thread emits.
            getattr(bridge, name).connect(
                recorder(f"{bridge.kind}.{name}"), Qt.ConnectionType.DirectConnection
            )
    scale, printer, scanner = bridges.all()
    try:
        scale.connect_to(scale_sim.url, "mt-sics")
        printer.connect_to(printer_sim.url)
        scanner.connect_to(scanner_sim.url)
        qtbot.waitUntil(
            lambda: all(bridge.state is DeviceState.READY for bridge in bridges.all()),
            timeout=10000,
        )

        # Live readings come from the scale's own thread.
        scale.set_live(True)
        qtbot.waitUntil(
            lambda: sum(name == "scale.reading_received" for name, _ in emitted) >= 5,
            timeout=5000,
        )
        with qtbot.waitSignal(scale.tared, timeout=10000):
            scale.tare()
        batch = SolutionBatch(
            "TEST-LOT", Concentration(100), Density("1.0180"), datetime.now(UTC) + timedelta(1)
        )
        target = Milligrams(120)
        scale_sim.place_mass(EMPTY_SYRINGE + expected_mass(target, batch).value).result(5)
        with qtbot.waitSignal(scale.weighed, timeout=15000):
            scale.weigh(target, batch, RuleSettings())
        scale_sim.set_hardware_fault("Error 10b").result(5)
        with qtbot.waitSignal(scale.weighing_failed, timeout=15000):
            scale.weigh(target, batch, RuleSettings())
        scale_sim.set_hardware_fault(None).result(5)

        label = printer_checks.test_label("Test station", datetime.now(UTC))
        with qtbot.waitSignal(printer.printed, timeout=10000):
            printer.print_label(label)
        printer_sim.set_state(paper_out=True, answers_when_faulted=True).result(5)
        with qtbot.waitSignal(printer.print_failed, timeout=10000):
            printer.print_label(label)

        with qtbot.waitSignal(scanner.scanned, timeout=5000):
            scanner_sim.scan("TEST-0001", "]C0")

        # A cable pulled is noticed on the scale's thread.
        scale_sim.pull_cable()
        qtbot.waitUntil(lambda: scale.state is DeviceState.FAULT, timeout=10000)
    finally:
        bridges.close()

    off_gui = sorted({name for name, on_gui in emitted if not on_gui})
    assert off_gui == []
    assert {name for name, _ in emitted} == expected  # every such signal was exercised


def test_a_signal_connected_as_queued_carries_no_argument() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        declared = {
            target.id: node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Signal"
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and any(
                    isinstance(argument, ast.Attribute) and argument.attr == "QueuedConnection"
                    for argument in node.args
                )
            ):
                continue
            signal = node.func.value
            name = signal.attr if isinstance(signal, ast.Attribute) else ast.unparse(signal)
            where = f"{path.relative_to(UI)}:{node.lineno} {name}"
            assert name in declared, f"{where}: the queued signal is not declared here"
            found.append(where)
            declaration = declared[name]
            assert not declaration.args and not declaration.keywords, (
                f"{where} is queued and carries {ast.unparse(declaration)}: hand the values "
                "over through station.ui.relay.GuiRelay instead"
            )
    assert found  # the relay's own signal at least
