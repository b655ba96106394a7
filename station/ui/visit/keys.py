"""The visit's keyboard: Enter goes on when a step is complete; a disabled button yields focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


def is_enter(event: QKeyEvent) -> bool:
    """Return or Enter (on the keypad too), without Ctrl, Alt or Shift."""
    plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and plain == Qt.KeyboardModifier.NoModifier
    )


def press_first(*buttons: QAbstractButton) -> bool:
    """Click the first of ``buttons`` that is shown and enabled; False when none is."""
    for button in buttons:
        if button.isEnabled() and button.isVisibleTo(button.window()):
            button.click()
            return True
    return False


class FocusGuard(QObject):
    """When a control with focus is disabled, focus goes to the current step, not the next button.

    Qt hands the focus of a control being disabled to the next one in the tab order; on a step
    that may be "End visit", where the next Enter would end the visit. The step itself takes
    Enter only when its data is complete (see the steps' ``keyPressEvent``), so it is harmless.
    """

    def __init__(self, root: QWidget, harbour: Callable[[], QWidget | None]) -> None:
        """Watch focus under ``root``; ``harbour`` names where focus goes instead."""
        super().__init__(root)
        self.root = root
        self.harbour = harbour
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or old.isEnabled() or not self.root.isAncestorOf(old):
            return
        target = self.harbour()
        if target is not None and new is not target and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
