"""Scale checks for the technician: identify, raw monitor, zero, tare, test read, reference."""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from devices.capture import TrafficRecorder
from devices.drivers.scale import ScaleDriver, ScaleIdentity
from devices.readings import DeviceError, ScaleReading
from devices.transport import LinePort
from station.domain.quantities import Grams
from station.services.technician import CalibrationCheck, CalibrationState, CalibrationStatus
from station.ui.device_bridge import DeviceState, scale_sentence
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.pharmacy.context import parse_decimal
from station.ui.relay import GuiRelay
from station.ui.technician.context import TechnicianContext
from station.ui.widgets import MessageLabel, make_button, make_field, make_label

STABLE_DEADLINE_S = 8.0
MONITOR_POLL_MS = 200
MONITOR_MAX_LINES = 2000
STATUS_COLOURS = {
    CalibrationStatus.OK: "ok",
    CalibrationStatus.DUE: "warning",
    CalibrationStatus.OVERDUE: "error",
    CalibrationStatus.FAILED: "error",
    CalibrationStatus.NEVER: "warning",
}


TrafficMonitor = TrafficRecorder
"""Collects a port's traffic from the device thread, redacted as it arrives; the GUI drains it
on a timer (the balance's traffic is kept whole: weights and commands only)."""


class ScaleChecks(QGroupBox):
    """Checks of the station's balance through its bridge (the bridge's thread owns the port).

    :attr:`calibration_recorded` carries the :class:`CalibrationCheck` after a reference-weight
    check was recorded.
    """

    calibration_recorded = Signal(object)

    def __init__(self, context: TechnicianContext, parent: QWidget | None = None) -> None:
        """Build the buttons and fields."""
        super().__init__(parent)
        self.setTitle(self.tr("Scale"))
        self.setAccessibleName(self.tr("Scale checks"))
        self.context = context
        self.calls = GuiRelay(self)
        self._zeroed_for_check = False
        self.monitor: TrafficMonitor | None = None
        self.identity = make_label(self.tr("Not identified yet."), self.tr("Scale identity"))
        self.identify_button = make_button(self.tr("&Identify"), self.tr("Identify the scale"))
        self.zero_button = make_button(self.tr("&Zero"), self.tr("Zero the scale"))
        self.tare_button = make_button(self.tr("&Tare"), self.tr("Tare the scale"))
        self.read_button = make_button(self.tr("Test r&ead"), self.tr("Read the weight once"))
        self.reading = make_label("", self.tr("Test reading and latency"))
        self.monitor_button = make_button(
            self.tr("Start raw &monitor"), self.tr("Start or stop the raw monitor")
        )
        self.traffic = QPlainTextEdit()
        self.traffic.setReadOnly(True)
        self.traffic.setMaximumBlockCount(MONITOR_MAX_LINES)
        self.traffic.setAccessibleName(self.tr("Raw traffic"))
        self.traffic.setFont(QFont("monospace"))
        self.device_serial = make_field(self.tr("Scale serial number"))
        self.certified = make_field(self.tr("Certified mass in g"), "100.0000")
        self.tolerance = make_field(self.tr("Tolerance in g"), "0.0050")
        self.zero_check_button = make_button(
            self.tr("1. Empty the pan, then zero for the chec&k"),
            self.tr("Clear any tare and zero the empty scale before the reference-weight check"),
        )
        self.check_button = make_button(
            self.tr("2. Check against the reference &weight"),
            self.tr("Weigh the reference weight and record the check"),
        )
        self.check_button.setEnabled(False)  # each check starts from a zeroed, untared pan
        self.calibration = MessageLabel(self.tr("Calibration status"))
        self.message = MessageLabel(self.tr("Scale message"))
        self._timer = QTimer(self)
        self._timer.setInterval(MONITOR_POLL_MS)
        self._timer.timeout.connect(self._drain)

        buttons = QHBoxLayout()
        for button in (self.identify_button, self.zero_button, self.tare_button, self.read_button):
            buttons.addWidget(button)
        reference = QGroupBox(self.tr("Reference-weight check"))
        form = QFormLayout(reference)
        form.addRow(self.tr("Serial number of t&he scale"), self.device_serial)
        form.addRow(self.tr("&Certified mass (g)"), self.certified)
        form.addRow(self.tr("T&olerance (g)"), self.tolerance)
        form.addRow(self.zero_check_button)
        form.addRow(self.check_button)
        form.addRow(self.calibration)
        layout = QVBoxLayout(self)
        layout.addWidget(self.identity)
        layout.addLayout(buttons)
        layout.addWidget(self.reading)
        layout.addWidget(self.monitor_button)
        layout.addWidget(self.traffic, 1)
        layout.addWidget(reference)
        layout.addWidget(self.message)
        self.identify_button.clicked.connect(self.identify)
        self.zero_button.clicked.connect(self.zero)
        self.tare_button.clicked.connect(self.tare)
        self.read_button.clicked.connect(self.test_read)
        self.monitor_button.clicked.connect(self.toggle_monitor)
        self.zero_check_button.clicked.connect(self.zero_for_check)
        self.check_button.clicked.connect(self.reference_check)
        self.device_serial.editingFinished.connect(self.show_calibration_state)

    # -- plumbing ------------------------------------------------------------------------------

    def _driver(self) -> ScaleDriver | None:
        bridge = self.context.devices.scale
        if bridge.driver is None or bridge.state is not DeviceState.READY:
            self.message.show_message(bridge.message or self.tr("No scale is connected."), "error")
            return None
        return bridge.driver

    def _failed(self, error: BaseException) -> None:
        for button in (
            self.identify_button,
            self.zero_button,
            self.tare_button,
            self.read_button,
            self.zero_check_button,
        ):
            button.setEnabled(True)
        self.check_button.setEnabled(self._zeroed_for_check)
        text = scale_sentence(error) if isinstance(error, DeviceError) else describe(error)
        self.message.show_message(text, "error")

    # -- identify, zero, tare, read --------------------------------------------------------------

    def identify(self) -> None:
        """Ask the balance for its model and serial number."""
        driver = self._driver()
        if driver is not None:
            self.calls.follow(driver.identify(), self._identified, self._failed)

    def _identified(self, identity: ScaleIdentity) -> None:
        self.identity.setText(
            self.tr("{protocol}: model {model}, serial number {serial}").format(
                protocol=identity.protocol.value,
                model=identity.model,
                serial=identity.serial_number,
            )
        )
        self.device_serial.setText(identity.serial_number)
        self.message.show_message(self.tr("The scale answered."), "ok")
        self.show_calibration_state()

    def zero(self) -> None:
        """Zero the balance (it waits for a stable weight)."""
        driver = self._driver()
        if driver is not None:
            self.calls.follow(
                driver.zero(),
                lambda _none: self.message.show_message(self.tr("Zeroed."), "ok"),
                self._failed,
            )

    def tare(self) -> None:
        """Tare the balance with what is on the pan."""
        driver = self._driver()
        if driver is not None:
            self.calls.follow(
                driver.tare(),
                lambda value: self.message.show_message(
                    self.tr("Tared ({value} g).").format(value=value), "ok"
                ),
                self._failed,
            )

    def test_read(self) -> None:
        """Read the weight once and show how long the answer took."""
        driver = self._driver()
        if driver is None:
            return
        started = time.monotonic()
        self.read_button.setEnabled(False)
        self.calls.follow(
            driver.read_weight(),
            lambda reading: self._read(reading, time.monotonic() - started),
            self._failed,
        )

    def _read(self, reading: ScaleReading, seconds: float) -> None:
        self.read_button.setEnabled(True)
        self.reading.setText(
            self.tr("{value} {unit} ({status}) in {ms} ms; frame {raw}").format(
                value=reading.value if reading.value is not None else "—",
                unit=reading.unit,
                status=reading.status.value,
                ms=f"{seconds * 1000:.0f}",
                raw=reading.raw.decode("ascii", errors="backslashreplace"),
            )
        )

    # -- raw monitor -----------------------------------------------------------------------------

    @property
    def monitoring(self) -> bool:
        """Whether the raw monitor is showing the port's traffic."""
        return self._timer.isActive()

    def toggle_monitor(self) -> None:
        """Start or stop showing the scale port's raw traffic."""
        driver = self._driver()
        if driver is None:
            return
        if self._timer.isActive():
            self._attach(driver, None)
            self._timer.stop()
            self._drain()
            self.monitor_button.setText(self.tr("Start raw &monitor"))
            return
        self.monitor = self.monitor or TrafficMonitor()
        self._attach(driver, self.monitor)
        self._timer.start()
        self.monitor_button.setText(self.tr("Stop raw &monitor"))

    def _attach(self, driver: ScaleDriver, monitor: TrafficMonitor | None) -> None:
        capture = monitor.capture if monitor is not None else None

        def attach(port: LinePort) -> None:  # on the scale's own thread
            port.capture = capture

        self.calls.follow(driver.worker.submit(attach), lambda _none: None, self._failed)

    def _drain(self) -> None:
        if self.monitor is not None:
            for line in self.monitor.drain():
                self.traffic.appendPlainText(line)

    def traffic_lines(self) -> list[str]:
        """Every line the monitor captured (for the diagnostics bundle)."""
        self._drain()
        return list(self.monitor.lines) if self.monitor is not None else []

    # -- reference weight ------------------------------------------------------------------------

    def _reference_figures(self) -> tuple[str, Decimal, Decimal] | None:
        serial = self.device_serial.text().strip()
        certified = parse_decimal(self.certified.text())
        tolerance = parse_decimal(self.tolerance.text())
        if not serial:
            self.message.show_message(
                self.tr("Identify the scale (or type its serial number) first."), "error"
            )
            return None
        if not certified or certified <= 0 or not tolerance or tolerance <= 0:
            self.message.show_message(
                self.tr("Give the certified mass and the tolerance in g."), "error"
            )
            return None
        return serial, certified, tolerance

    def zero_for_check(self) -> None:
        """Clear the tare and zero the empty pan: a nurse's tare would falsify the check."""
        driver = self._driver()
        if driver is None:
            return
        self._zeroed_for_check = False
        self.check_button.setEnabled(False)
        self.zero_check_button.setEnabled(False)
        self.message.show_message(self.tr("Clearing the tare and zeroing the empty pan…"), "info")
        self.calls.follow(driver.zero_for_check(), self._zeroed, self._failed)

    def _zeroed(self, _none: None) -> None:
        self._zeroed_for_check = True
        self.zero_check_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.message.show_message(
            self.tr(
                "Tare cleared and the empty pan zeroed. Place the reference weight, then check."
            ),
            "ok",
        )

    def reference_check(self) -> None:
        """Weigh the reference weight (stable), then record the check as a calibration event.

        The pan must have been zeroed with the tare cleared first (:meth:`zero_for_check`).
        """
        figures = self._reference_figures()
        driver = self._driver()
        if figures is None or driver is None:
            return
        if not self._zeroed_for_check:
            self.message.show_message(
                self.tr("First empty the pan and zero it for the check (step 1)."), "error"
            )
            return
        self.check_button.setEnabled(False)
        self.message.show_message(
            self.tr("Waiting for a stable weight of the reference weight…"), "info"
        )
        self.calls.follow(
            driver.read_stable(STABLE_DEADLINE_S),
            lambda reading: self._record(reading, *figures),
            self._failed,
        )

    def _record(
        self, reading: ScaleReading, serial: str, certified: Decimal, tolerance: Decimal
    ) -> None:
        if reading.value is None or reading.unit != "g":
            self._failed(DeviceError("the scale gave no weight in g"))
            return
        context, measured = self.context, reading.value
        context.submit(
            lambda: context.technician.record_calibration(
                context.session, serial, Grams(certified), Grams(measured), Grams(tolerance)
            ),
            self._recorded,
            known_errors(self._failed, self),
        )

    def _recorded(self, check: CalibrationCheck) -> None:
        self._zeroed_for_check = False  # the next check starts from step 1 again
        self.check_button.setEnabled(False)
        verdict = self.tr("passed") if check.passed else self.tr("FAILED")
        self.message.show_message(
            self.tr(
                "Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g)."
            ).format(
                verdict=verdict,
                measured=check.measured.value,
                certified=check.certified.value,
                tolerance=check.tolerance.value,
            ),
            "ok" if check.passed else "error",
        )
        self.calibration_recorded.emit(check)
        self.show_calibration_state()

    def show_calibration_state(self) -> None:
        """Show whether the scale's reference check is current, due or overdue."""
        serial = self.device_serial.text().strip()
        if not serial:
            return
        context = self.context
        context.submit(
            lambda: context.technician.calibration_state(context.session, serial),
            self._show_state,
            known_errors(self._failed, self),
        )

    def _show_state(self, state: CalibrationState) -> None:
        status = {
            CalibrationStatus.OK: self.tr("Calibration ok"),
            CalibrationStatus.DUE: self.tr("Calibration due"),
            CalibrationStatus.OVERDUE: self.tr("Calibration overdue"),
            CalibrationStatus.FAILED: self.tr("Calibration failed"),
            CalibrationStatus.NEVER: self.tr("Never checked"),
        }[state.status]
        self.calibration.setProperty("status", state.status.value)
        self.calibration.show_message(
            f"{status}: {self.state_sentence(state)}", STATUS_COLOURS[state.status]
        )

    def state_sentence(self, state: CalibrationState) -> str:
        """The status in one translated line (the service's codes, not its English sentence)."""
        last = state.last
        if last is None:
            return self.tr("Never checked against a reference weight.")
        when, due = state.stamp(last.at), state.stamp(last.next_due)  # clinic time
        if state.status is CalibrationStatus.FAILED:
            return self.tr(
                "The last check ({when}) failed: do not weigh doses on this scale."
            ).format(when=when)
        if state.status is CalibrationStatus.OVERDUE:
            return self.tr("Overdue since {due} (last check {when}).").format(due=due, when=when)
        if state.status is CalibrationStatus.DUE:
            return self.tr("Due by {due} (last check {when}).").format(due=due, when=when)
        return self.tr("Checked {when}; next check due {due}.").format(when=when, due=due)

    def shut(self) -> None:
        """Detach the monitor and forget answers that arrive after the page is gone."""
        self._timer.stop()
        driver = self.context.devices.scale.driver
        if self.monitor is not None and driver is not None:
            self._attach(driver, None)
        self.calls.close()
