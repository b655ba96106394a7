"""Qt bridges to the scale, printer and scanner: device work off the GUI thread, news as signals.

Each device keeps its own owner thread (``DeviceWorker`` in ``devices.drivers``); a bridge
adds one helper thread for the calls that block (opening a port, printing, waiting for an
accepted weight) and turns driver callbacks into Qt signals. Everything a device or helper
thread reports reaches the GUI thread through one :class:`~station.ui.relay.GuiRelay`, and
the bridges' signals are emitted there: no Python object rides a queued signal. The GUI
thread never waits on a port.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from devices.drivers.printer import LabelPrinter, PrintReceipt
from devices.drivers.scale import ScaleDriver
from devices.drivers.scanner import SerialScanner
from devices.protocols.zpl import Label
from devices.readings import (
    DeviceError,
    NoAnswer,
    NoStableWeight,
    PortBusy,
    PortGone,
    PrinterNotReady,
    PrinterStatus,
    ScaleReading,
    Scan,
)
from devices.transport import Direction, SerialSettings, TrafficCapture
from station.domain.quantities import Milligrams
from station.domain.settings import RuleSettings
from station.services.preparation import SolutionBatch, WeighedDose, weigh_dose
from station.ui.messages import describe
from station.ui.relay import GuiRelay
from station.ui.tasks import BackgroundTasks

T = TypeVar("T")


class _Closable(Protocol):
    def close(self) -> None: ...


D = TypeVar("D", bound=_Closable)

RECONNECT_EVERY_MS = 1500
PRINTER_POLL_MS = 4000


def tr(text: str) -> str:
    """Translate a device message (context ``DeviceBridge``)."""
    return QCoreApplication.translate("DeviceBridge", text)


class DeviceState(StrEnum):
    """What the status bar shows for a device."""

    NOT_CONFIGURED = "not configured"
    CONNECTING = "connecting"
    READY = "ready"
    BUSY = "busy"
    FAULT = "fault"


class _Bridge(QObject):
    """Shared plumbing: a helper thread for blocking calls, results handed to the GUI thread."""

    state_changed = Signal(str, str)
    """(DeviceState value, one sentence for the person at the counter)."""

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.state = DeviceState.NOT_CONFIGURED
        self.message = tr("not configured")
        self.url = ""
        self.settings: SerialSettings | None = None
        """Line settings the port opens with (None: the device's usual ones)."""
        self.monitor_capture: TrafficCapture | None = None
        """Where the port's raw traffic goes while a raw monitor watches it (None: nowhere).

        The printer and scanner ports are opened with :meth:`relay_traffic` as their capture;
        swapping this attribute starts or stops a monitor without touching the device thread.
        """
        self._relay = GuiRelay(self)
        """Carries every outcome and device news to the GUI thread, in order."""
        self._calls = BackgroundTasks(self, thread_name=f"bridge-{kind}", relay=self._relay)
        self._closed = False
        self._unclaimed: list[_Closable] = []
        """Devices opened in the background whose news has not reached the GUI thread yet."""
        self._unclaimed_lock = threading.Lock()

    def _later(self, function: Callable[[], None]) -> None:
        """Run ``function`` on the GUI thread (callable from any thread; dropped once closed)."""
        self._relay.post(function)

    def relay_traffic(self, direction: Direction, data: bytes, stamp: float) -> None:
        """The port's traffic capture (device thread): hand it to the monitor, if any."""
        target = self.monitor_capture
        if target is not None:
            target(direction, data, stamp)

    def _set_state(self, state: DeviceState, message: str) -> None:
        self.state, self.message = state, message
        self.state_changed.emit(state.value, message)

    def _background(
        self,
        job: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[DeviceError], None],
    ) -> None:
        self._calls.submit(job, on_result, self._device_errors(on_error))

    def _follow(
        self,
        future: Future[T],
        on_result: Callable[[T], None],
        on_error: Callable[[DeviceError], None],
    ) -> None:
        self._relay.follow(future, on_result, self._device_errors(on_error))

    def _device_errors(
        self, on_error: Callable[[DeviceError], None]
    ) -> Callable[[BaseException], None]:
        """Device faults (a timeout is no answer) to ``on_error``; anything else is a bug."""

        def failed(error: BaseException) -> None:
            if isinstance(error, DeviceError):
                on_error(error)
            elif isinstance(error, TimeoutError):
                on_error(NoAnswer(f"{self.kind} did not finish in time"))
            else:
                raise error  # the relay hands it to the crash dialog

        return failed

    def _open(
        self,
        opener: Callable[[], D],
        opened: Callable[[D], None],
        on_error: Callable[[DeviceError], None],
    ) -> None:
        """Open a device in the background; a close before the news arrives still closes it."""

        def job() -> D:
            device = opener()
            with self._unclaimed_lock:
                self._unclaimed.append(device)
            return device

        def claim(device: D) -> None:
            with self._unclaimed_lock:
                if device in self._unclaimed:
                    self._unclaimed.remove(device)
            opened(device)

        self._background(job, claim, on_error)

    def _shutdown_calls(self) -> None:
        """Stop the helper thread (after the call in progress) and close unclaimed devices."""
        self._closed = True
        self._calls.close()
        with self._unclaimed_lock:
            unclaimed, self._unclaimed = self._unclaimed, []
        for device in unclaimed:  # opened while closing: nobody else will close it
            device.close()


def scale_sentence(error: DeviceError) -> str:
    """What a scale fault means for the nurse, and what to do."""
    if isinstance(error, PortGone):
        return tr(
            "The scale is not connected: check its cable and power. The station reconnects by "
            "itself when the scale is back; no weight is accepted until then."
        )
    if isinstance(error, PortBusy):
        return tr("The scale's port is used by another program: close it, then try again.")
    if isinstance(error, NoAnswer):
        return tr(
            "The scale does not answer: check that it is switched on, its cable, and its "
            "baud rate and protocol."
        )
    if isinstance(error, NoStableWeight):
        return tr(
            "The scale answers, but its weight did not settle in time: shield it from "
            "draughts and vibration, keep hands off the pan, then try again."
        )
    return tr("Scale: {error}").format(error=error)


def scale_check_warning(status: str, blocking: bool) -> str | None:
    """The counter's warning for a balance's reference-check status; None while it is current.

    ``status`` is a ``CalibrationStatus`` value; ``blocking``: the clinic accepts no weighing.
    """
    if status not in ("overdue", "failed", "never checked"):
        return None
    if blocking:
        return tr(
            "The scale's reference-weight check is overdue, failed or missing: no weighing is "
            "accepted until the technician checks it."
        )
    if status == "failed":
        return tr(
            "The scale failed its last reference-weight check: call the technician before "
            "weighing doses."
        )
    return tr(
        "The scale's reference-weight check is overdue or missing: ask the technician to "
        "check it with the reference weight."
    )


def printer_sentence(error: DeviceError) -> str:
    """What a printer fault means for the nurse, and what to do."""
    if isinstance(error, PrinterNotReady):
        hints = {
            "paper out": tr("Paper is out: load a new roll of labels"),
            "head open": tr("The print head is open: close it until it clicks"),
            "paused": tr("The printer is paused: press its pause button"),
            "ribbon out": tr("The ribbon is out: load a new ribbon"),
            "buffer full": tr("The printer is busy: wait a moment"),
            "head too cold": tr("The print head is too cold: wait for it to warm up"),
            "head too hot": tr("The print head is too hot: let it cool down"),
        }
        parts = [hints.get(fault, fault) for fault in error.status.faults]
        if error.after_sending:
            parts.append(tr("the label may be incomplete: print it again"))
        return "; ".join(parts) + "."
    if isinstance(error, NoAnswer):
        return tr(
            "The printer does not answer. Check that it is switched on, that labels are "
            "loaded and that the print head is closed (the printer stays silent while paper "
            "is out or the head is open), then press Print again."
        )
    if isinstance(error, PortGone):
        return tr("The printer is not connected: check its cable and power, then print again.")
    if isinstance(error, PortBusy):
        return tr("The printer's port is used by another program: close it, then print again.")
    return tr("Printer: {error}").format(error=error)


class ScaleBridge(_Bridge):
    """The balance: live readings, tare, accepted weight, automatic reconnect after an unplug."""

    reading_received = Signal(object)
    """A live :class:`ScaleReading` (stable or moving)."""
    tared = Signal(object)
    """The tare finished (tare value in g, or None)."""
    weighed = Signal(object)
    """A :class:`WeighedDose`: a confirmed stable weight (inside the tolerance or not)."""
    weighing_failed = Signal(str)
    """No weight was accepted; the sentence says why."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the bridge; :meth:`connect_to` opens the balance."""
        super().__init__("scale", parent)
        self.protocol = "mt-sics"
        self.driver: ScaleDriver | None = None
        self._live = False
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_EVERY_MS)
        self._retry.timeout.connect(self._try_reconnect)
        self._reconnecting = False

    def connect_to(
        self, url: str, protocol: str = "mt-sics", settings: SerialSettings | None = None
    ) -> None:
        """Open the balance on ``url`` (in the background; ``settings``: the protocol's usual)."""
        if not url:
            self._set_state(DeviceState.NOT_CONFIGURED, tr("no scale configured"))
            return
        self.url, self.protocol, self.settings = url, protocol, settings
        self._set_state(DeviceState.CONNECTING, tr("connecting…"))

        def opened(driver: ScaleDriver) -> None:
            self.driver = driver
            self._set_state(DeviceState.READY, tr("ready"))
            if self._live:
                self._start_stream()

        self._open(
            lambda: ScaleDriver.open(url, protocol, settings, on_error=self._on_driver_error),
            opened,
            self._fault,
        )

    def _on_driver_error(self, error: DeviceError) -> None:  # device thread
        self._later(lambda: self._fault(error))

    def _fault(self, error: DeviceError) -> None:
        self._set_state(DeviceState.FAULT, scale_sentence(error))
        if isinstance(error, PortGone | NoAnswer) and self.url:
            self._retry.start()

    def _try_reconnect(self) -> None:
        if self._reconnecting or self._closed:
            return
        if self.driver is None:
            self._retry.stop()
            self.connect_to(self.url, self.protocol, self.settings)
            return
        self._reconnecting = True

        def back(_: None) -> None:
            self._reconnecting = False
            self._retry.stop()
            self._set_state(DeviceState.READY, tr("ready (reconnected)"))
            if self._live:
                self._start_stream()

        def still_gone(_error: DeviceError) -> None:
            self._reconnecting = False

        self._follow(self.driver.reconnect(deadline_s=0.5), back, still_gone)

    def set_live(self, live: bool) -> None:
        """Show live readings (while the preparation step is on screen) or stop them."""
        self._live = live
        if self.driver is None or self.state is not DeviceState.READY:
            return
        if live:
            self._start_stream()
        elif self.driver.streaming:
            self._follow(self.driver.stop_streaming(), lambda _: None, self._fault)

    def _start_stream(self) -> None:
        assert self.driver is not None
        if self.driver.streaming:
            return

        def handler(reading: ScaleReading) -> None:  # device thread
            self._later(lambda: self.reading_received.emit(reading))

        self._follow(self.driver.start_streaming(handler), lambda _: None, self._fault)

    def tare(self) -> None:
        """Tare the empty syringe; :attr:`tared` or :attr:`state_changed` answers."""
        if self.driver is None:
            self._fault(PortGone("no scale"))
            return
        self._follow(self.driver.tare(), self._tare_done, self._fault)

    def _tare_done(self, value: Decimal | None) -> None:
        self.tared.emit(value)

    def weigh(self, target: Milligrams, batch: SolutionBatch, settings: RuleSettings) -> None:
        """Wait (in the background) for a confirmed stable weight and turn it into a dose."""
        driver = self.driver
        if driver is None or self.state is not DeviceState.READY:
            self.weighing_failed.emit(self.message if self.driver else tr("No scale is connected."))
            return

        def job() -> WeighedDose:
            return weigh_dose(driver, target, batch, settings, deadline_s=8.0)

        def weighed(dose: WeighedDose) -> None:
            self.weighed.emit(dose)

        def failed(error: BaseException) -> None:
            cause = error.__cause__ if isinstance(error.__cause__, DeviceError) else None
            if isinstance(cause, PortGone | NoAnswer):
                self._fault(cause)
            self.weighing_failed.emit(
                scale_sentence(cause) if cause is not None else describe(error)
            )

        self._calls.submit(job, weighed, failed)

    def close(self) -> None:
        """Stop the balance's threads and close the port."""
        self._retry.stop()
        driver, self.driver = self.driver, None
        self._shutdown_calls()
        if driver is not None:
            driver.close()


class PrinterBridge(_Bridge):
    """The label printer: status checks and printing in the background, faults explained."""

    printed = Signal(object)
    """A :class:`PrintReceipt`: the label left the printer."""
    print_failed = Signal(str)
    """The label was not printed; the sentence says why and what to do."""
    status_checked = Signal(object)
    """A :class:`PrinterStatus` from a status check."""

    def __init__(self, parent: QObject | None = None, poll_ms: int = PRINTER_POLL_MS) -> None:
        """Create the bridge; :meth:`connect_to` opens the printer."""
        super().__init__("printer", parent)
        self.printer: LabelPrinter | None = None
        self._busy = False
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check_status)

    def connect_to(self, url: str, settings: SerialSettings | None = None) -> None:
        """Open the printer's port (in the background) and check its status."""
        if not url:
            self._set_state(DeviceState.NOT_CONFIGURED, tr("no printer configured"))
            return
        self.url, self.settings = url, settings
        self._set_state(DeviceState.CONNECTING, tr("connecting…"))

        def opened(printer: LabelPrinter) -> None:
            self.printer = printer
            self.check_status()
            self._poll.start()

        self._open(
            lambda: LabelPrinter(url, settings, capture=self.relay_traffic), opened, self._fault
        )

    def _fault(self, error: DeviceError) -> None:
        self._set_state(DeviceState.FAULT, printer_sentence(error))
        if not isinstance(error, PortGone) or not self.url or self._closed:
            return
        gone, self.printer = self.printer, None
        self._poll.stop()
        if gone is not None:
            self._calls.submit(gone.close, lambda _none: None, lambda _error: None)
        QTimer.singleShot(RECONNECT_EVERY_MS, self._reconnect)

    def _reconnect(self) -> None:
        if not self._closed and self.printer is None:
            self.connect_to(self.url, self.settings)

    def check_status(self) -> None:
        """Ask the printer how it is (skipped while a label is being printed)."""
        printer = self.printer
        if printer is None or self._busy:
            return
        self._busy = True

        def answered(status: PrinterStatus) -> None:
            self._busy = False
            self.status_checked.emit(status)
            if status.ready:
                self._set_state(DeviceState.READY, tr("ready"))
            else:
                self._set_state(DeviceState.FAULT, printer_sentence(PrinterNotReady(status)))

        def failed(error: DeviceError) -> None:
            self._busy = False
            self._fault(error)

        self._background(printer.status, answered, failed)

    def print_label(self, label: Label) -> None:
        """Print one label; :attr:`printed` or :attr:`print_failed` answers."""
        printer = self.printer
        if printer is None:
            self.print_failed.emit(
                self.message if self.state is DeviceState.FAULT else tr("No printer is connected.")
            )
            return
        self._busy = True
        self._set_state(DeviceState.BUSY, tr("printing…"))

        def done(receipt: PrintReceipt) -> None:
            self._busy = False
            self._set_state(DeviceState.READY, tr("ready"))
            self.printed.emit(receipt)

        def failed(error: DeviceError) -> None:
            self._busy = False
            self._fault(error)
            self.print_failed.emit(printer_sentence(error))

        self._background(lambda: printer.print_label(label), done, failed)

    def close(self) -> None:
        """Stop polling and close the port."""
        self._poll.stop()
        printer, self.printer = self.printer, None
        self._shutdown_calls()
        if printer is not None:
            printer.close()


class ScannerBridge(_Bridge):
    """A serial barcode scanner: every scan arrives as :attr:`scanned` on the GUI thread."""

    scanned = Signal(object)
    """A :class:`Scan`."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the bridge; :meth:`connect_to` opens the scanner."""
        super().__init__("scanner", parent)
        self.scanner: SerialScanner | None = None

    def connect_to(self, url: str, settings: SerialSettings | None = None) -> None:
        """Open the scanner's port (in the background) and start reading."""
        if not url:
            self._set_state(DeviceState.NOT_CONFIGURED, tr("keyboard scanner only"))
            return
        self.url, self.settings = url, settings
        self._set_state(DeviceState.CONNECTING, tr("connecting…"))

        def scanned(scan: Scan) -> None:
            self.scanned.emit(scan)
            self._set_state(DeviceState.READY, tr("ready"))

        def on_scan(scan: Scan) -> None:  # device thread
            self._later(lambda: scanned(scan))

        def on_error(error: DeviceError) -> None:  # device thread
            self._later(lambda: self._fault(error))

        def opened(scanner: SerialScanner) -> None:
            self.scanner = scanner
            self._set_state(DeviceState.READY, tr("ready"))

        self._open(
            lambda: SerialScanner(
                url, on_scan, settings=settings, on_error=on_error, capture=self.relay_traffic
            ),
            opened,
            self._fault,
        )

    def _fault(self, error: DeviceError) -> None:
        if isinstance(error, PortGone):
            text = tr("The scanner is not connected: check its cable (keyboard input still works).")
        else:
            text = tr("Scanner: {error}").format(error=error)
        self._set_state(DeviceState.FAULT, text)

    def close(self) -> None:
        """Stop reading and close the port."""
        scanner, self.scanner = self.scanner, None
        self._shutdown_calls()
        if scanner is not None:
            scanner.close()


class DeviceBridges(QObject):
    """The station's three devices together, as the window and the status bar see them."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the three bridges (nothing is opened yet)."""
        super().__init__(parent)
        self.scale = ScaleBridge(self)
        self.printer = PrinterBridge(self)
        self.scanner = ScannerBridge(self)

    def all(self) -> tuple[ScaleBridge, PrinterBridge, ScannerBridge]:
        """The three bridges."""
        return self.scale, self.printer, self.scanner

    def close(self) -> None:
        """Close every device (waits for their threads: call at shutdown only)."""
        for bridge in self.all():
            bridge.close()
