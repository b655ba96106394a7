"""Serial ports with their USB identity, and the station's device profile (port and protocol)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from devices.discovery import PortInfo, list_serial_ports
from devices.drivers.scale import DEFAULT_SETTINGS
from devices.readings import ScaleProtocol
from devices.transport import SerialSettings
from station.services.errors import ServiceError
from station.ui.errors import known_errors
from station.ui.pharmacy.context import readonly_item
from station.ui.preferences import Preferences, save_preferences
from station.ui.technician.context import TechnicianContext
from station.ui.widgets import MessageLabel, make_button, make_field, make_label

PROTOCOL_NAMES = {
    ScaleProtocol.MT_SICS: "Mettler Toledo MT-SICS",
    ScaleProtocol.SBI: "Sartorius SBI",
    ScaleProtocol.AND: "A&D",
}
PARITY_NAMES = {"N": "none", "E": "even", "O": "odd", "M": "mark", "S": "space"}


def describe_line(settings: SerialSettings) -> str:
    """Baud, data bits, parity, stop bits and handshake in words."""
    handshake = "XON/XOFF" if settings.xonxoff else ("RTS/CTS" if settings.rtscts else "none")
    return (
        f"{settings.baudrate} baud, {settings.bytesize} data bits, parity "
        f"{PARITY_NAMES[settings.parity]}, {settings.stopbits:g} stop bit(s), "
        f"handshake {handshake} ({settings.describe()})"
    )


class PortsPanel(QWidget):
    """The computer's serial ports (listed in the background) and the device profile.

    The profile names the scale's, printer's and scanner's ports and the scale's protocol;
    the line settings follow the protocol (shown here). Saving writes the station's
    window settings (off the GUI thread); :attr:`profile_saved` carries them.
    """

    profile_saved = Signal(object)

    def __init__(self, context: TechnicianContext, parent: QWidget | None = None) -> None:
        """Build the list and the profile form."""
        super().__init__(parent)
        self.context = context
        self.ports: list[PortInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Serial ports"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Port"),
                self.tr("Description"),
                self.tr("VID:PID"),
                self.tr("Serial number"),
                self.tr("USB location"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_button = make_button(self.tr("&List ports"), self.tr("List the serial ports"))
        preferences = context.preferences
        self.scale_url = make_field(self.tr("Scale port"), "COM3, /dev/ttyUSB0, sim://…")
        self.scale_url.setText(preferences.scale_url)
        self.protocol = QComboBox()
        self.protocol.setAccessibleName(self.tr("Scale protocol"))
        for protocol, name in PROTOCOL_NAMES.items():
            self.protocol.addItem(name, protocol.value)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(preferences.scale_protocol)))
        self.line = make_label("", self.tr("Scale line settings"))
        self.printer_url = make_field(self.tr("Printer port"))
        self.printer_url.setText(preferences.printer_url)
        self.printer_line = make_label(
            describe_line(SerialSettings()), self.tr("Printer line settings")
        )
        self.scanner_url = make_field(self.tr("Scanner port"), self.tr("empty: keyboard only"))
        self.scanner_url.setText(preferences.scanner_url)
        self.save_button = make_button(
            self.tr("&Save device profile"), self.tr("Save the device profile")
        )
        self.message = MessageLabel(self.tr("Device profile message"))
        profile = QGroupBox(self.tr("Device profile"))
        form = QFormLayout(profile)
        form.addRow(self.tr("Scale &port"), self.scale_url)
        form.addRow(self.tr("Scale p&rotocol"), self.protocol)
        form.addRow(self.tr("Scale line"), self.line)
        form.addRow(self.tr("P&rinter port"), self.printer_url)
        form.addRow(self.tr("Printer line"), self.printer_line)
        form.addRow(self.tr("S&canner port"), self.scanner_url)
        form.addRow(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(profile)
        layout.addWidget(self.message)
        self.list_button.clicked.connect(self.list_ports)
        self.protocol.currentIndexChanged.connect(lambda _index: self._show_line())
        self.table.cellDoubleClicked.connect(self._use_port)
        self.save_button.clicked.connect(self.save_profile)
        self._show_line()

    def _show_line(self) -> None:
        protocol = ScaleProtocol(self.protocol.currentData())
        self.line.setText(describe_line(DEFAULT_SETTINGS[protocol]))

    def list_ports(self) -> None:
        """List the serial ports (in the background: the system may be slow to answer)."""
        self.list_button.setEnabled(False)
        self.context.submit(list_serial_ports, self._show_ports, known_errors(self._failed, self))

    def _show_ports(self, ports: list[PortInfo]) -> None:
        self.list_button.setEnabled(True)
        self.ports = ports
        self.table.setRowCount(len(ports))
        for row, info in enumerate(ports):
            data = info.as_json()
            cells = [
                info.device,
                info.description,
                str(data["vid_pid"] or "—"),
                str(data["serial_number"] or "—"),
                str(data["location"] or "—"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, readonly_item(text))
        self.message.show_message(
            self.tr(
                "%n serial port(s) found; double-click one to use it for the scale.", "", len(ports)
            ),
            "info",
        )

    def _use_port(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.ports):
            self.scale_url.setText(self.ports[row].device)

    def chosen_preferences(self) -> Preferences:
        """The window settings with this profile."""
        return self.context.preferences.changed(
            scale_url=self.scale_url.text().strip(),
            scale_protocol=str(self.protocol.currentData()),
            printer_url=self.printer_url.text().strip(),
            scanner_url=self.scanner_url.text().strip(),
        )

    def save_profile(self) -> None:
        """Save the profile in the station's window settings (takes effect at the next start)."""
        chosen = self.chosen_preferences()
        folder = self.context.store.data_dir

        def work() -> None:
            try:
                save_preferences(folder, chosen)
            except OSError as error:
                raise ServiceError(
                    f"The device profile could not be saved: {error.strerror}."
                ) from error

        self.context.submit(
            work,
            lambda _none: self._saved(chosen),
            known_errors(self._failed, self),
        )

    def _saved(self, chosen: Preferences) -> None:
        self.context.preferences = chosen
        self.message.show_message(
            self.tr("Device profile saved; the devices use it from the next start."), "ok"
        )
        self.profile_saved.emit(chosen)

    def _failed(self, error: BaseException) -> None:
        self.list_button.setEnabled(True)
        self.message.show_message(str(error), "error")
