"""Patient photos on screen: the recorded photo, or initials on a coloured square without one."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap

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


def decoded_photo(data: bytes | None) -> QImage | None:
    """A recorded photo (JPEG bytes) as an image, or None; safe to call off the GUI thread."""
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def photo_pixmap(image: QImage, size: int = 160) -> QPixmap:
    """The photo fitted into a ``size`` square (its proportions kept), for a label."""
    fitted = image.scaled(
        QSize(size, size),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return QPixmap.fromImage(fitted)
