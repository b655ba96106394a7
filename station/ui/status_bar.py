"""The status bar: sync state, scale, printer and scanner state, and who is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QVBoxLayout, QWidget

from station.ui.errors import known_errors
from station.ui.messages import QT_TRANSLATE_NOOP
from station.ui.widgets import FlowLayout

if TYPE_CHECKING:
    from station.services.accounts import Session
    from station.services.counter import CounterService
    from station.ui.device_bridge import DeviceBridges
    from station.ui.tasks import Submit

_STATE_COLOURS = {  # by DeviceState value (the device bridges load after the login screen)
    "ready": "#1B5E20",
    "busy": "#0D47A1",
    "connecting": "#5D4037",
    "fault": "#B71C1C",
    "not configured": "#424242",
}
_STATE_WORDS = {  # by DeviceState value, marked for lupdate; translated when shown
    "ready": QT_TRANSLATE_NOOP("StationStatusBar", "ready"),
    "busy": QT_TRANSLATE_NOOP("StationStatusBar", "busy"),
    "connecting": QT_TRANSLATE_NOOP("StationStatusBar", "connecting"),
    "fault": QT_TRANSLATE_NOOP("StationStatusBar", "fault"),
    "not configured": QT_TRANSLATE_NOOP("StationStatusBar", "not configured"),
}
_DEVICE_NAMES = {  # by device kind, marked for lupdate; translated when shown
    "scale": QT_TRANSLATE_NOOP("StationStatusBar", "Scale"),
    "printer": QT_TRANSLATE_NOOP("StationStatusBar", "Printer"),
    "scanner": QT_TRANSLATE_NOOP("StationStatusBar", "Scanner"),
}


class StationStatusBar(QStatusBar):
    """One label per concern, each with an accessible name and the full message as tooltip."""

    scale_check_read = Signal()
    """The balance's reference-check state was read and is shown (a warning, or none)."""

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
        self.scale_check = self._label(self.tr("Scale reference check"))
        self.scale_check.hide()
        self._device_labels = {
            "scale": self.scale,
            "printer": self.printer,
            "scanner": self.scanner,
        }
        self._device_states: dict[str, tuple[str, str]] = {}  # kind: (state, message) shown
        self._display_name: str | None = None
        self.set_user(None)
        self.set_sync(
            self.tr("offline"), self.tr("No central server is connected: working offline.")
        )
        for kind in self._device_labels:
            self._show_device(kind, "connecting", self.tr("Opening the station…"))
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
        for bridge in devices.all():
            self._show_device(bridge.kind, bridge.state.value, bridge.message)
            bridge.state_changed.connect(
                lambda state, message, kind=bridge.kind: self._show_device(kind, state, message)
            )

    def _label(self, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible_name)
        self._row.addWidget(label)
        return label

    def _show_device(self, kind: str, state: str, message: str) -> None:
        """Show ``kind``'s state in the current language (again after a switch)."""
        self._device_states[kind] = (state, message)
        label = self._device_labels[kind]
        name = self.tr(_DEVICE_NAMES.get(kind, kind))
        word = self.tr(_STATE_WORDS.get(state, state))
        label.setText(self.tr("{device}: {state}").format(device=name, state=word))
        label.setToolTip(message)
        label.setAccessibleDescription(message)
        colour = _STATE_COLOURS.get(state, "#000000")
        label.setStyleSheet(f"color: #FFFFFF; background-color: {colour}; padding: 2px 8px;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """After a language switch, say the devices' states and the user in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            for kind, (state, message) in list(self._device_states.items()):
                self._show_device(kind, state, message)
            self.set_user(self._display_name)
        super().changeEvent(event)

    def set_user(self, display_name: str | None) -> None:
        """Show who is signed in (or that the station is locked)."""
        self._display_name = display_name
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

    def set_scale_check(self, warning: str | None) -> None:
        """Show the balance's overdue, failed or missing reference check (None: it is current)."""
        self.scale_check.setVisible(warning is not None)
        if warning is None:
            self.scale_check_read.emit()
            return
        self.scale_check.setText(self.tr("Scale check due"))
        self.scale_check.setToolTip(warning)
        self.scale_check.setAccessibleDescription(warning)
        self.scale_check.setStyleSheet(
            "color: #FFFFFF; background-color: #B00020; padding: 2px 8px;"
        )
        self.showMessage(warning)
        self.scale_check_read.emit()


def watch_scale_check(
    status: StationStatusBar, counter: CounterService, session: Session, submit: Submit
) -> None:
    """Read the balance's reference-check state in the background and show it in ``status``."""
    from station.ui.device_bridge import scale_check_warning

    def read() -> str | None:
        state = counter.scale_check_state(session)
        return scale_check_warning(state.status.value, counter.blocks_unchecked_scale(session))

    submit(read, status.set_scale_check, known_errors(lambda _error: None, status))
