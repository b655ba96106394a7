"""Placeholder patient photos: initials on a coloured square, drawn here (no photos in the repo)."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from station.domain.patients import Patient

_COLOURS = ("#1f4e79", "#7b2d26", "#2e6b30", "#5b3a87", "#8a5a00", "#00606b", "#6b2f5a")


def initials(patient: Patient) -> str:
    """The patient's initials, e.g. 'AD'."""
    return (patient.given_name[:1] + patient.family_name[:1]).upper()


def placeholder_photo(patient: Patient, size: int = 160) -> QPixmap:
    """A square with the initials, in a colour chosen from the patient's internal id."""
    digest = hashlib.sha256(patient.patient_id.encode("utf-8")).digest()
    colour = QColor(_COLOURS[digest[0] % len(_COLOURS)])
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(size * 2 // 5)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(patient))
    finally:
        painter.end()
    return pixmap
