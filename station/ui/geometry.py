"""The window's size and place: fitted to the screen at first, then as the station left it."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QWidget

from station.ui.preferences import load_preferences, save_preferences
from station.ui.tasks import Submit

_log = logging.getLogger("station.ui.geometry")

PREFERRED_SIZE = QSize(1400, 950)
"""The size the window asks for when the screen has room (a counter with its board)."""

FRAME_ALLOWANCE = QSize(16, 40)
"""Room left for the window manager's frame and title bar around the window."""


def available_area(window: QWidget) -> QRect:
    """The screen's area a window may use (without panels and docks), or a small default."""
    screen = window.screen()
    return screen.availableGeometry()


def fitted_size(available: QSize) -> QSize:
    """The preferred size, made smaller to fit ``available`` with the window's frame."""
    room = available - FRAME_ALLOWANCE
    return PREFERRED_SIZE.boundedTo(room).expandedTo(QSize(640, 480))


def fit_to_screen(window: QWidget) -> None:
    """Size the window to fit the screen it is on, and centre it there."""
    area = available_area(window)
    size = fitted_size(area.size())
    window.resize(size)
    outer = size + FRAME_ALLOWANCE
    left = area.left() + max(0, (area.width() - outer.width()) // 2)
    top = area.top() + max(0, (area.height() - outer.height()) // 2)
    window.move(left, top)


def encoded_geometry(window: QWidget) -> str:
    """The window's size and place as text (for the window's settings file)."""
    return base64.b64encode(window.saveGeometry().data()).decode("ascii")


def restore_geometry(window: QWidget, encoded: str) -> bool:
    """Put the window back where it was; False (and fitted to the screen) when that fails.

    A saved place that no longer fits (a smaller screen now) is not kept: the window is
    fitted to the screen instead.
    """
    try:
        data = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        data = b""
    restored = bool(data) and window.restoreGeometry(QByteArray(data))
    area = available_area(window)
    if not restored or not area.contains(window.geometry()):
        fit_to_screen(window)
        return False
    return True


def remember_geometry(window: QWidget, data_dir: Path, submit: Submit) -> None:
    """Save the window's size and place in the station's window settings (in the background).

    The file is read again before it is written: the settings saved meanwhile are kept.
    """
    encoded = encoded_geometry(window)

    def save() -> None:
        save_preferences(data_dir, load_preferences(data_dir).changed(window_geometry=encoded))

    def failed(error: BaseException) -> None:
        _log.warning("the window's place was not saved: %s", type(error).__name__)

    with contextlib.suppress(RuntimeError):  # the station's background work already stopped
        submit(save, lambda _none: None, failed)
