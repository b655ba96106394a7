"""Closing the device bridges while their ports are still opening leaves no port held."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from devices.drivers.printer import LabelPrinter
from devices.drivers.scale import ScaleDriver
from devices.drivers.scanner import SerialScanner
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.sim.scanner import SimulatedScanner
from station.ui.device_bridge import DeviceBridges


def test_a_close_right_after_connecting_releases_every_port(qtbot: QtBot) -> None:
    scale = SimulatedScale(unique_name("close-scale"), update_period_s=1 / 20)
    printer = SimulatedPrinter(unique_name("close-printer"))
    scanner = SimulatedScanner(unique_name("close-scanner"))
    for sim in (scale, printer, scanner):
        sim.start()
    try:
        for _ in range(5):  # the open is still running in the background when close() comes
            bridges = DeviceBridges()
            bridges.scale.connect_to(scale.url, "mt-sics")
            bridges.printer.connect_to(printer.url)
            bridges.scanner.connect_to(scanner.url)
            bridges.close()
        # Every port is free again: this process can open each one itself.
        ScaleDriver.open(scale.url, "mt-sics").close()
        LabelPrinter(printer.url).close()
        SerialScanner(scanner.url, lambda _scan: None).close()
    finally:
        for sim in (scale, printer, scanner):
            sim.stop()
