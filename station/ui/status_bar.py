"""The status bar: sync state, scale, printer and scanner state, and who is signed in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from station.ui.device_bridge import DeviceBridges, DeviceState

_STATE_COLOURS = {
    DeviceState.READY.value: "#1B5E20",
    DeviceState.BUSY.value: "#0D47A1",
    DeviceState.CONNECTING.value: "#5D4037",
    DeviceState.FAULT.value: "#B71C1C",
    DeviceState.NOT_CONFIGURED.value: "#424242",
}


class StationStatusBar(QStatusBar):
    """One label per concern, each with an accessible name and the full message as tooltip."""

    def __init__(self, devices: DeviceBridges, parent: QWidget | None = None) -> None:
        """Create the labels and follow the devices."""
        super().__init__(parent)
        self.user = self._label(self.tr("Signed-in user"))
        self.sync = self._label(self.tr("Sync state"))
        self.scale = self._label(self.tr("Scale state"))
        self.printer = self._label(self.tr("Printer state"))
        self.scanner = self._label(self.tr("Scanner state"))
        self.set_user(None)
        self.set_sync(
            self.tr("offline"), self.tr("No central server is connected: working offline.")
        )
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
        self.addPermanentWidget(label)
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
