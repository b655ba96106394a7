"""A raw monitor for the printer's or scanner's port: its traffic both ways, payloads redacted."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from devices.capture import HexDump, RedactorFactory
from devices.transport import TrafficCapture
from station.ui.technician.scale_checks import MONITOR_MAX_LINES, MONITOR_POLL_MS, TrafficMonitor
from station.ui.widgets import make_button


class MonitoredBridge(Protocol):
    """A device bridge whose port hands its traffic to ``monitor_capture`` when set."""

    monitor_capture: TrafficCapture | None


class RawMonitor(QWidget):
    """Start or stop showing one port's raw traffic; the lines stay for the diagnostics bundle.

    The port's own thread puts each chunk in a :class:`TrafficMonitor`, which passes it
    through ``redactor`` at once (a scanner's lines and a label's fields are kept as length
    and hash only, see :mod:`devices.capture`); a timer on the GUI thread drains it, so the
    GUI never waits on the port. The monitor keeps watching across reconnects (the bridge
    relays whichever port is open).
    """

    def __init__(
        self,
        bridge: MonitoredBridge,
        device_name: str,
        redactor: RedactorFactory = HexDump,
        parent: QWidget | None = None,
    ) -> None:
        """A start/stop button above a read-only, monospaced traffic view."""
        super().__init__(parent)
        self.bridge = bridge
        self.redactor = redactor
        self.monitor: TrafficMonitor | None = None
        self.button = make_button(
            self.tr("Start raw monitor"),
            self.tr("Start or stop the {device}'s raw monitor").format(device=device_name),
        )
        self.traffic = QPlainTextEdit()
        self.traffic.setReadOnly(True)
        self.traffic.setMaximumBlockCount(MONITOR_MAX_LINES)
        self.traffic.setAccessibleName(
            self.tr("Raw traffic of the {device}").format(device=device_name)
        )
        self.traffic.setFont(QFont("monospace"))
        self.traffic.setMinimumHeight(90)
        self._timer = QTimer(self)
        self._timer.setInterval(MONITOR_POLL_MS)
        self._timer.timeout.connect(self._drain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.traffic, 1)
        self.button.clicked.connect(self.toggle)

    @property
    def monitoring(self) -> bool:
        """Whether the monitor is showing the port's traffic."""
        return self._timer.isActive()

    def toggle(self) -> None:
        """Start or stop the monitor."""
        if self._timer.isActive():
            self.stop()
            return
        self.monitor = self.monitor or TrafficMonitor(self.redactor())
        self.bridge.monitor_capture = self.monitor.capture
        self._timer.start()
        self.button.setText(self.tr("Stop raw monitor"))

    def stop(self) -> None:
        """Detach from the port and show what was still waiting."""
        self.bridge.monitor_capture = None
        self._timer.stop()
        self._drain()
        self.button.setText(self.tr("Start raw monitor"))

    def _drain(self, *, flush: bool = False) -> None:
        if self.monitor is not None:
            for line in self.monitor.drain(flush=flush):
                self.traffic.appendPlainText(line)

    def traffic_lines(self) -> list[str]:
        """Every line captured so far, with a partial frame (for the diagnostics bundle)."""
        self._drain(flush=True)
        return list(self.monitor.lines) if self.monitor is not None else []
