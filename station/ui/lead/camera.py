"""Taking a patient's photo with a webcam, when Qt Multimedia is installed (the camera extra)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from station.ui.widgets import FlowLayout, MessageLabel, make_button


def multimedia() -> tuple[ModuleType, ModuleType] | None:
    """Qt Multimedia and its widgets, or None when not installed (PySide6-Essentials lacks them).

    Imported only when asked (opening the intake form), never with the window.
    """
    try:
        return (
            importlib.import_module("PySide6.QtMultimedia"),
            importlib.import_module("PySide6.QtMultimediaWidgets"),
        )
    except ImportError:
        return None


def png_bytes(image: QImage) -> bytes:
    """A captured frame as PNG bytes (the intake service re-encodes and shrinks it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """The camera's live picture and one button that takes the photo (:attr:`captured`)."""

    captured = Signal(QImage)

    def __init__(self, modules: tuple[ModuleType, ModuleType], parent: QWidget | None = None):
        """Start the default camera in the dialog (``modules`` from :func:`multimedia`)."""
        super().__init__(parent)
        media, widgets = modules
        self.setWindowTitle(self.tr("Take the patient's photo"))
        self.setAccessibleName(self.tr("Take the patient's photo"))
        self.message = MessageLabel(self.tr("Camera message"))
        self.viewfinder: Any = widgets.QVideoWidget(self)
        self.viewfinder.setMinimumSize(480, 360)
        self.viewfinder.setAccessibleName(self.tr("Camera picture"))
        self.take_button = make_button(self.tr("&Take photo"), self.tr("Take the photo now"))
        self.cancel_button = make_button(self.tr("Cancel"), self.tr("Close without a photo"))
        buttons = FlowLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.viewfinder, 1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.take_button.clicked.connect(self._take)
        self.session: Any = media.QMediaCaptureSession(self)
        self.capture: Any = media.QImageCapture(self)
        self.camera: Any = None
        if not media.QMediaDevices.videoInputs():
            self.take_button.setEnabled(False)
            self.message.show_message(self.tr("No camera is connected to this computer."))
            return
        self.camera = media.QCamera(media.QMediaDevices.defaultVideoInput(), self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.viewfinder)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(self._failed)
        self.camera.errorOccurred.connect(self._failed)
        self.camera.start()
        self.take_button.setFocus()

    def _take(self) -> None:
        if self.capture.isReadyForCapture():
            self.take_button.setEnabled(False)
            self.capture.capture()
        else:
            self.message.show_message(self.tr("The camera is not ready yet: try again."))

    def _captured(self, _request: int, image: QImage) -> None:
        self.captured.emit(image)
        self.accept()

    def _failed(self, *_details: object) -> None:
        self.take_button.setEnabled(self.camera is not None)
        self.message.show_message(self.tr("The camera reported a problem: no photo was taken."))

    def done(self, result: int) -> None:
        """Stop the camera when the dialog closes, whichever way."""
        if self.camera is not None:
            self.camera.stop()
        super().done(result)
