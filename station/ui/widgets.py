"""Small widgets the screens share: a message line, accessible buttons and fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget


class MessageLabel(QLabel):
    """One line (or a few) telling the person what happened and what to do."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        """Create an empty, hidden message."""
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.hide()

    def show_message(self, text: str, severity: str = "warning") -> None:
        """Show ``text``; severity is ``error``, ``warning``, ``info`` or ``ok`` (colour)."""
        self.setProperty("severity", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        """Hide the message."""
        self.setText("")
        self.hide()


def make_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A push button with an accessible name that Enter (as well as Space) presses when focused."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setAutoDefault(True)
    return button


def make_field(
    accessible_name: str, placeholder: str = "", parent: QWidget | None = None
) -> QLineEdit:
    """A line edit with an accessible name and a placeholder."""
    field = QLineEdit(parent)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    return field


def make_label(text: str = "", accessible_name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label with an accessible name (its own text when none is given)."""
    label = QLabel(text, parent)
    label.setAccessibleName(accessible_name or text)
    label.setWordWrap(True)
    return label
