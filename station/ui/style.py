"""The station's look: large type readable at arm's length, high contrast, visible focus."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 15

STYLE_SHEET = """
QWidget { color: #000000; background-color: #FFFFFF; }
QPushButton {
    background-color: #0B3D91; color: #FFFFFF; border: 2px solid #000000;
    border-radius: 4px; padding: 8px 16px; min-height: 32px;
}
QPushButton:disabled { background-color: #BDBDBD; color: #333333; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QListWidget:focus, QRadioButton:focus, QCheckBox:focus, QPlainTextEdit:focus {
    border: 3px solid #FF6F00;
}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QListWidget {
    border: 2px solid #000000; padding: 4px; min-height: 28px;
}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled, QDateEdit:disabled,
QPlainTextEdit:disabled, QListWidget:disabled {
    background-color: #EEEEEE; color: #424242; border-color: #9E9E9E;
}
QLabel#heading { font-size: 22pt; font-weight: bold; }
QLabel#message { background-color: #FFF3E0; border: 2px solid #E65100; padding: 6px; }
QLabel#message[severity="error"] { background-color: #B71C1C; color: #FFFFFF; }
QLabel#message[severity="ok"] { background-color: #1B5E20; color: #FFFFFF; }
QLabel#message[severity="info"] {
    background-color: #E3F2FD; color: #000000; border-color: #0D47A1;
}
QLabel#weight { font-size: 40pt; font-weight: bold; }
QStatusBar QLabel { padding: 2px 8px; }
"""

OUTCOME_COLOURS = {
    0: ("#FFFFFF", "#1B5E20"),  # allow
    1: ("#000000", "#FFD600"),  # allow with warning
    2: ("#FFFFFF", "#0D47A1"),  # needs override
    3: ("#FFFFFF", "#B71C1C"),  # block
}


def apply_style(app: QApplication) -> None:
    """Set the station's font size and colours on the whole application."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
