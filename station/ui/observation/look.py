"""The observation board's look: stage colours, the countdown's text, fonts, event names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from station.domain.observation import ObservationStage

__all__ = [
    "ALARM_STYLE",
    "CARD_WIDTH",
    "ESCALATED_FLASH",
    "STAGE_STYLES",
    "StageStyle",
    "adverse_kind_text",
    "board_font",
    "format_countdown",
]


@dataclass(frozen=True)
class StageStyle:
    """Text and background colour of a stage (high contrast: at least 4.5:1)."""

    foreground: str
    background: str


STAGE_STYLES = {
    ObservationStage.RUNNING: StageStyle("#FFFFFF", "#1B5E20"),
    ObservationStage.LAST_MINUTES: StageStyle("#000000", "#FFD600"),
    ObservationStage.DUE: StageStyle("#FFFFFF", "#0D47A1"),
    ObservationStage.ESCALATED: StageStyle("#FFFFFF", "#B71C1C"),
}
# The escalated card flashes between its colour and this one, so it is seen from across the room.
ESCALATED_FLASH = StageStyle("#FFFFFF", "#000000")
ALARM_STYLE = "background-color: #B71C1C; color: #FFFFFF; padding: 8px; border: 3px solid #000000;"
CARD_WIDTH = 440
"""About the width a card needs for its three buttons on one line: the board fits columns of it."""


def format_countdown(remaining: timedelta) -> str:
    """``mm:ss`` left, rounded up while running; ``−mm:ss`` overdue (a real minus sign)."""
    seconds = remaining.total_seconds()
    if seconds > 0:
        whole = int(-(-seconds // 1))
        sign = ""
    else:
        whole = int(-seconds)
        sign = "−" if whole else ""
    minutes, rest = divmod(whole, 60)
    return f"{sign}{minutes:02d}:{rest:02d}"


def adverse_kind_text(kind: str) -> str:
    """What happened, in the station's language (the stored code when it is not known)."""
    names = {
        "overdose": QApplication.translate("ObservationBoard", "Overdose"),
        "respiratory depression": QApplication.translate(
            "ObservationBoard", "Respiratory depression"
        ),
        "seizure": QApplication.translate("ObservationBoard", "Seizure"),
        "other": QApplication.translate("ObservationBoard", "Other"),
    }
    return names.get(kind, kind)


def board_font(points: int, bold: bool = False) -> QFont:
    """A font of ``points`` points, bold or not (the board is read from across the room)."""
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
