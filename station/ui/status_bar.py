"""The status bar: sync state, scale, printer and scanner state, and who is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QVBoxLayout, QWidget

from station.ui.widgets import FlowLayout

if TYPE_CHECKING:
    from station.ui.device_bridge import DeviceBridges

_STATE_COLOURS = {  # by DeviceState value (the device bridges load after the login screen)
    "ready": "#1B5E20",
    "busy": "#0D47A1",
    "connecting": "#5D4037",
    "fault": "#B71C1C",
    "not configured": "#424242",
}


class StationStatusBar(QStatusBar):
    """One label per concern, each with an accessible name and the full message as tooltip."""

    def __init__(self, devices: DeviceBridges | None, parent: QWidget | None = None) -> None:
        """Create the labels and follow the devices (once they exist: :meth:`follow`)."""
        super().__init__(parent)
        # The labels wrap onto a second line on a narrow screen instead of pushing the window
        # wider than the screen (the status bar would be cut off, the state unreadable).
        # Messages are shown by a wrapping label above them (QStatusBar would cut a long one).
        self.indicators = QWidget()
        column = QVBoxLayout(self.indicators)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Station message"))
        self.message_label.hide()
        column.addWidget(self.message_label)
        self._row = FlowLayout(spacing=4)
        column.addLayout(self._row)
        self.addPermanentWidget(self.indicators, 1)
        self.messageChanged.connect(self._show_message)
        self.user = self._label(self.tr("Signed-in user"))
        self.sync = self._label(self.tr("Sync state"))
        self.scale = self._label(self.tr("Scale state"))
        self.printer = self._label(self.tr("Printer state"))
        self.scanner = self._label(self.tr("Scanner state"))
        self.set_user(None)
        self.set_sync(
            self.tr("offline"), self.tr("No central server is connected: working offline.")
        )
        for label, name in (
            (self.scale, self.tr("Scale")),
            (self.printer, self.tr("Printer")),
            (self.scanner, self.tr("Scanner")),
        ):
            self._show_device(label, name, "connecting", self.tr("Opening the station…"))
        if devices is not None:
            self.follow(devices)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped message and indicators need at the bar's width."""
        width = self.indicators.width() or self.width()
        needed = self.indicators.heightForWidth(width)
        if needed > 0:
            self.setMinimumHeight(needed + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Wrap the indicators (and the message) again for the new width."""
        super().resizeEvent(event)
        self._fit_height()

    def follow(self, devices: DeviceBridges) -> None:
        """Show the devices' states from now on."""
        names = {
            "scale": (self.scale, self.tr("Scale")),
            "printer": (self.printer, self.tr("Printer")),
            "scanner": (self.scanner, self.tr("Scanner")),
        }
        for bridge in devices.all():
            label, name = names[bridge.kind]
            self._show_device(label, name, bridge.state.value, bridge.message)
            bridge.state_changed.connect(
                lambda state, message, label=label, name=name: self._show_device(
                    label, name, state, message
                )
            )

    def _label(self, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible_name)
        self._row.addWidget(label)
        return label

    def _show_device(self, label: QLabel, name: str, state: str, message: str) -> None:
        label.setText(f"{name}: {self.tr(state)}")
        label.setToolTip(message)
        label.setAccessibleDescription(message)
        colour = _STATE_COLOURS.get(state, "#000000")
        label.setStyleSheet(f"color: #FFFFFF; background-color: {colour}; padding: 2px 8px;")

    def set_user(self, display_name: str | None) -> None:
        """Show who is signed in (or that the station is locked)."""
        self.user.setText(
            self.tr("Signed in: {name}").format(name=display_name)
            if display_name
            else self.tr("Locked")
        )

    def set_sync(self, state: str, detail: str) -> None:
        """Show the sync state (online, offline since…, queued events, last sync)."""
        self.sync.setText(self.tr("Sync: {state}").format(state=state))
        self.sync.setToolTip(detail)
        self.sync.setAccessibleDescription(detail)
