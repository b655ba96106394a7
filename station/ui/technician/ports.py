"""Serial ports with their USB identity, and the station's device profile (ports, lines)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
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
from station.ui.messages import describe
from station.ui.pharmacy.context import readonly_item
from station.ui.preferences import DEVICES, Preferences, save_preferences
from station.ui.technician.context import TechnicianContext
from station.ui.technician.line_profile import STANDARD_BAUDS, allowed_bauds
from station.ui.widgets import MessageLabel, make_button, make_field

PROTOCOL_NAMES = {
    ScaleProtocol.MT_SICS: "Mettler Toledo MT-SICS",
    ScaleProtocol.SBI: "Sartorius SBI",
    ScaleProtocol.AND: "A&D",
}
HANDSHAKES = ("none", "xonxoff", "rtscts")


class LineEditor(QWidget):
    """One device's line settings: baud (typed or chosen), data bits, parity, stop bits, handshake.

    :meth:`settings` reads them back as :class:`SerialSettings`; a baud the device cannot
    use is refused by the panel when the profile is saved, with the speeds it can use.
    """

    def __init__(self, device_name: str, parent: QWidget | None = None) -> None:
        """Five small fields in a row, named for screen readers after ``device_name``."""
        super().__init__(parent)
        self.baud = QComboBox()
        self.baud.setEditable(True)
        self.baud.setValidator(QIntValidator(1, 10_000_000, self))
        for speed in STANDARD_BAUDS:
            self.baud.addItem(str(speed), speed)
        self.bits = QComboBox()
        for bits in (8, 7, 6, 5):
            self.bits.addItem(str(bits), bits)
        self.parity = QComboBox()
        for code, name in (
            ("N", self.tr("no parity")),
            ("E", self.tr("even parity")),
            ("O", self.tr("odd parity")),
            ("M", self.tr("mark parity")),
            ("S", self.tr("space parity")),
        ):
            self.parity.addItem(name, code)
        self.stop = QComboBox()
        for stop, text in ((1.0, "1"), (1.5, "1.5"), (2.0, "2")):
            self.stop.addItem(self.tr("stop bits: {bits}").format(bits=text), stop)
        self.handshake = QComboBox()
        for code, name in zip(
            HANDSHAKES,
            (self.tr("no handshake"), self.tr("XON/XOFF"), self.tr("RTS/CTS")),
            strict=True,
        ):
            self.handshake.addItem(name, code)
        for field, what in (
            (self.baud, self.tr("{device} baud rate")),
            (self.bits, self.tr("{device} data bits")),
            (self.parity, self.tr("{device} parity")),
            (self.stop, self.tr("{device} stop bits")),
            (self.handshake, self.tr("{device} handshake")),
        ):
            field.setAccessibleName(what.format(device=device_name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in (self.baud, self.bits, self.parity, self.stop, self.handshake):
            layout.addWidget(field)
        layout.addStretch(1)

    def show_settings(self, settings: SerialSettings) -> None:
        """Fill the fields from ``settings``."""
        self.baud.setCurrentText(str(settings.baudrate))
        self.bits.setCurrentIndex(max(0, self.bits.findData(settings.bytesize)))
        self.parity.setCurrentIndex(max(0, self.parity.findData(settings.parity)))
        self.stop.setCurrentIndex(max(0, self.stop.findData(float(settings.stopbits))))
        handshake = "xonxoff" if settings.xonxoff else ("rtscts" if settings.rtscts else "none")
        self.handshake.setCurrentIndex(self.handshake.findData(handshake))

    def baud_rate(self) -> int | None:
        """The typed or chosen baud (None when it is not a whole number)."""
        text = self.baud.currentText().strip()
        return int(text) if text.isdigit() else None

    def settings(self) -> SerialSettings:
        """The fields as line settings (ValueError when the baud is not a positive number)."""
        baud = self.baud_rate()
        if baud is None:
            raise ValueError("not a baud rate")
        handshake = self.handshake.currentData()
        stop = float(self.stop.currentData())
        return SerialSettings(
            baudrate=baud,
            bytesize=int(self.bits.currentData()),
            parity=str(self.parity.currentData()),
            stopbits=int(stop) if stop.is_integer() else stop,
            xonxoff=handshake == "xonxoff",
            rtscts=handshake == "rtscts",
        )


class PortsPanel(QWidget):
    """The computer's serial ports (listed in the background) and the device profile.

    The profile names the scale's, printer's and scanner's ports, the scale's protocol and
    each device's line settings (choosing a protocol fills in its usual ones). Saving checks
    each baud against what the device can use and writes the station's window settings (off
    the GUI thread); :attr:`profile_saved` carries them, and the ports open with them next.
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
        self.line = LineEditor(self.tr("Scale"))
        self.line.show_settings(
            preferences.line("scale") or DEFAULT_SETTINGS[ScaleProtocol(preferences.scale_protocol)]
        )
        self.printer_url = make_field(self.tr("Printer port"))
        self.printer_url.setText(preferences.printer_url)
        self.printer_line = LineEditor(self.tr("Printer"))
        self.printer_line.show_settings(preferences.line("printer") or SerialSettings())
        self.scanner_url = make_field(self.tr("Scanner port"), self.tr("empty: keyboard only"))
        self.scanner_url.setText(preferences.scanner_url)
        self.scanner_line = LineEditor(self.tr("Scanner"))
        self.scanner_line.show_settings(preferences.line("scanner") or SerialSettings())
        self.save_button = make_button(
            self.tr("&Save device profile"), self.tr("Save the device profile")
        )
        self.message = MessageLabel(self.tr("Device profile message"))
        profile = QGroupBox(self.tr("Device profile"))
        form = QFormLayout(profile)
        form.addRow(self.tr("Scale &port"), self.scale_url)
        form.addRow(self.tr("Scale p&rotocol"), self.protocol)
        form.addRow(self.tr("Scale line"), self.line)
        form.addRow(self.tr("Pri&nter port"), self.printer_url)
        form.addRow(self.tr("Printer line"), self.printer_line)
        form.addRow(self.tr("Sc&anner port"), self.scanner_url)
        form.addRow(self.tr("Scanner line"), self.scanner_line)
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

    def _show_line(self) -> None:
        """A newly chosen protocol brings its usual line settings (edit them after)."""
        protocol = ScaleProtocol(self.protocol.currentData())
        self.line.show_settings(DEFAULT_SETTINGS[protocol])

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

    def chosen_line(self, device: str) -> SerialSettings:
        """One device's line settings from the form; ServiceError for a baud it cannot use."""
        editor = {"scale": self.line, "printer": self.printer_line, "scanner": self.scanner_line}[
            device
        ]
        name = {"scale": self.tr("scale"), "printer": self.tr("printer")}.get(
            device, self.tr("scanner")
        )
        protocol = str(self.protocol.currentData())
        allowed = allowed_bauds(device, protocol)
        baud = editor.baud_rate()
        if baud is None or baud not in allowed:
            speeds = ", ".join(str(speed) for speed in allowed)
            if device == "scale":
                refusal = self.tr(
                    "The {device} cannot use {baud} baud with {protocol}: choose one of {speeds}."
                ).format(
                    device=name,
                    baud=editor.baud.currentText().strip() or "?",
                    protocol=PROTOCOL_NAMES[ScaleProtocol(protocol)],
                    speeds=speeds,
                )
            else:
                refusal = self.tr(
                    "The {device} cannot use {baud} baud: choose one of {speeds}."
                ).format(device=name, baud=editor.baud.currentText().strip() or "?", speeds=speeds)
            editor.baud.setFocus()
            raise ServiceError(refusal, code="ui.sentence", sentence=refusal)
        return editor.settings()

    def chosen_preferences(self) -> Preferences:
        """The window settings with this profile (ServiceError for a line a device can't use)."""
        lines = {device: asdict(self.chosen_line(device)) for device in DEVICES}
        return self.context.preferences.changed(
            scale_url=self.scale_url.text().strip(),
            scale_protocol=str(self.protocol.currentData()),
            printer_url=self.printer_url.text().strip(),
            scanner_url=self.scanner_url.text().strip(),
            scale_line=lines["scale"],
            printer_line=lines["printer"],
            scanner_line=lines["scanner"],
        )

    def save_profile(self) -> None:
        """Save the profile in the station's window settings (the ports open with it next start)."""
        try:
            chosen = self.chosen_preferences()
        except ServiceError as refusal:
            self.message.show_message(describe(refusal), "error")
            return
        folder = self.context.data_dir

        def work() -> None:
            try:
                save_preferences(folder, chosen)
            except OSError as error:
                raise ServiceError(
                    f"The device profile could not be saved: {error.strerror}.",
                    code="technician.profile_not_saved",
                    detail=str(error.strerror),
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
        self.message.show_message(describe(error), "error")
