"""Printer checks for the technician: full status, a test label and the configuration dump."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from devices.capture import ZplFields
from devices.drivers.printer import LabelPrinter, PrintReceipt
from devices.protocols.zpl import Code128, HostStatus, Label, LabelSize, TextField
from devices.readings import DeviceError, PrinterNotReady
from station.ui.device_bridge import printer_sentence
from station.ui.messages import describe
from station.ui.relay import GuiRelay
from station.ui.tasks import BackgroundTasks
from station.ui.technician.context import TechnicianContext
from station.ui.technician.raw_monitor import RawMonitor
from station.ui.widgets import MessageLabel, make_button, make_label

T = TypeVar("T")

LAYOUT_CHECK_CODE = "AZaz09-QWqwMmYy/.:@#[]"
"""Printed on the test label as Code 128; scanning it checks the scanner's keyboard layout.

Letters that move between QWERTY, QWERTZ and AZERTY (A Q W Z M Y), digits (shifted on
AZERTY) and punctuation that sits on different keys.
"""


def test_label(station_name: str, now: datetime) -> Label:
    """A technician's test label: station, time and the keyboard-layout check code."""
    return Label(
        LabelSize.from_mm(57, 32),
        (
            TextField(16, 16, "TEST LABEL - not for patients", height=26),
            TextField(16, 52, station_name[:40], height=24),
            TextField(16, 84, f"{now:%Y-%m-%d %H:%M}", height=24),
            Code128(16, 124, LAYOUT_CHECK_CODE, height=70, module_width=2),
        ),
    )


class PrinterChecks(QGroupBox):
    """Status, test label and configuration of the station's printer (through its bridge).

    The printer's own worker thread does the talking; the waits run on this panel's helper
    thread, never on the GUI thread.
    """

    def __init__(self, context: TechnicianContext, parent: QWidget | None = None) -> None:
        """Build the buttons."""
        super().__init__(parent)
        self.setTitle(self.tr("Label printer"))
        self.setAccessibleName(self.tr("Printer checks"))
        self.context = context
        self.calls = GuiRelay(self)
        self._waits = BackgroundTasks(self, thread_name="technician-printer", relay=self.calls)
        self.status_button = make_button(self.tr("Printer stat&us"), self.tr("Ask the printer"))
        self.label_button = make_button(
            self.tr("Print a test la&bel"), self.tr("Print a test label")
        )
        self.config_button = make_button(
            self.tr("Configuration &dump"), self.tr("Show the printer's configuration")
        )
        self.status = make_label("", self.tr("Printer status"))
        self.dump = QPlainTextEdit()
        self.dump.setReadOnly(True)
        self.dump.setFont(QFont("monospace"))
        self.dump.setAccessibleName(self.tr("Printer configuration"))
        self.message = MessageLabel(self.tr("Printer message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.label_button)
        buttons.addWidget(self.config_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.dump, 1)
        self.raw_monitor = RawMonitor(context.devices.printer, self.tr("printer"), ZplFields)
        layout.addWidget(self.raw_monitor)
        layout.addWidget(self.message)
        self.status_button.clicked.connect(self.check_status)
        self.label_button.clicked.connect(self.print_test_label)
        self.config_button.clicked.connect(self.configuration)

    def _run(self, work: Callable[[LabelPrinter], T], on_done: Callable[[T], None]) -> None:
        printer = self.context.devices.printer.printer
        if printer is None:
            self.message.show_message(
                self.context.devices.printer.message or self.tr("No printer is connected."),
                "error",
            )
            return
        self._waits.submit(lambda: work(printer), on_done, self._failed)

    def _failed(self, error: BaseException) -> None:
        text = printer_sentence(error) if isinstance(error, DeviceError) else describe(error)
        self.message.show_message(text, "error")

    def check_status(self) -> None:
        """Ask for the printer's full host status."""
        self._run(LabelPrinter.status_detail, self._show_status)

    def _show_status(self, detail: HostStatus) -> None:
        status = detail.to_printer_status()
        line = detail.serial_settings
        ready = (
            self.tr("ready")
            if status.ready
            else self.tr("not ready: {faults}").format(faults=", ".join(status.faults))
        )
        self.status.setText(
            self.tr(
                "{ready}. Formats in buffer {formats}, labels remaining {labels}, label length "
                "{length} dots, {mode}; printer line {baud} baud {bits} data bits parity "
                "{parity}."
            ).format(
                ready=ready,
                formats=detail.formats_in_buffer,
                labels=detail.labels_remaining,
                length=detail.label_length_dots,
                mode=detail.print_mode_name,
                baud=line.baud,
                bits=line.data_bits,
                parity=line.parity,
            )
        )
        self.message.show_message(
            self.tr("The printer answered.")
            if status.ready
            else printer_sentence(PrinterNotReady(status)),
            "ok" if status.ready else "error",
        )

    def print_test_label(self) -> None:
        """Print the test label (station, time, keyboard-layout code; no patient data)."""
        label = test_label(self.context.station_name, datetime.now().astimezone())
        self._run(lambda printer: printer.print_label(label), self._printed)

    def _printed(self, receipt: PrintReceipt) -> None:
        self.message.show_message(
            self.tr("Test label printed: {bytes} bytes in {seconds} s.").format(
                bytes=receipt.bytes_sent, seconds=f"{receipt.elapsed_s:.2f}"
            ),
            "ok",
        )

    def configuration(self) -> None:
        """Show the printer's configuration dump."""
        self._run(LabelPrinter.configuration, self._show_configuration)

    def _show_configuration(self, text: str) -> None:
        self.dump.setPlainText(text)
        self.message.show_message(self.tr("Configuration read."), "ok")

    def shut(self) -> None:
        """Detach the raw monitor; stop the helper thread (a wait ends on its own deadline)."""
        self.raw_monitor.stop()
        self.calls.close()
        self._waits.shutdown(wait=False)
