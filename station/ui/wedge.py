"""Keyboard-wedge scanners anywhere in the window: fast key bursts ending in Enter become scans."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from devices.protocols.scanner import KeyEvent, WedgeConfig, decode_wedge
from devices.readings import ProtocolError

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_KEEP = 600  # key events kept: a long DataMatrix card plus some typing


class WedgeListener(QObject):
    """Watches every key press in the application and emits :attr:`scanned` for scanner bursts.

    A wedge scanner types like a very fast keyboard into whatever has focus. The listener
    lets the keys through (a person typing is never slowed down); when an Enter completes a
    burst that the devices' wedge decoder calls a scan, the Enter is swallowed and the
    burst's characters are taken back out of the line edit that received them. Password
    fields are never read.
    """

    scanned = Signal(object)
    """A :class:`devices.readings.Scan` from the keyboard."""

    def __init__(self, config: WedgeConfig | None = None, parent: QObject | None = None) -> None:
        """Create the listener; :meth:`install` starts it."""
        super().__init__(parent)
        self.config = config or WedgeConfig()
        self._events: deque[KeyEvent] = deque(maxlen=_KEEP)
        self.enabled = True

    def install(self) -> None:
        """Listen to the whole application."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        """Stop listening."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Record key presses; swallow the Enter that ends a scan."""
        if event.type() != QEvent.Type.KeyPress or not self.enabled:
            return False
        if not isinstance(event, QKeyEvent) or not watched.isWidgetType():
            return False
        # A key press reaches the window and then its parents: count it once.
        if watched is not QApplication.focusWidget() and QApplication.focusWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.echoMode() != QLineEdit.EchoMode.Normal:
            self._events.clear()
            return False
        now = time.monotonic()
        if event.key() in _TERMINATORS:
            self._events.append(KeyEvent("Enter", now))
            return self._finish_burst(focus)
        text = event.text()
        if (len(text) == 1 and text.isprintable()) or text == "\x1d":
            self._events.append(KeyEvent(text, now))
        return False

    def _finish_burst(self, focus: object) -> bool:
        try:
            decoded = decode_wedge(list(self._events), self.config)
        except ProtocolError:
            self._events.clear()
            return False
        self._events.clear()
        if not decoded.scans:
            return False
        scan = decoded.scans[-1]
        if isinstance(focus, QLineEdit):
            typed = scan.raw.decode("utf-8", "replace")
            current = focus.text()
            if current.endswith(typed):
                focus.setText(current[: -len(typed)])
        self.scanned.emit(scan)
        return True
