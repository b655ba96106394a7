"""Registering a new patient: names, birth date, clinic number, home station and their photo."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.patients import Patient
from station.services.accounts import Session
from station.services.errors import service_error_of
from station.services.intake import IntakeService, NewPatient
from station.ui.errors import known_errors
from station.ui.lead.camera import CameraDialog, multimedia, png_bytes
from station.ui.messages import describe
from station.ui.photos import decoded_photo, photo_pixmap
from station.ui.tasks import Submit
from station.ui.widgets import FlowLayout, MessageLabel, make_button, make_field, make_label

PREVIEW_SIZE = 160
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def typed_date(text: str) -> date | None:
    """A date typed as day.month.year (``14.07.1981``) or ISO (``1981-07-14``); None if not one."""
    text = text.strip()
    try:
        if match := _DAY_FIRST.fullmatch(text):
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := _ISO.fullmatch(text):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class PreparedPhoto:
    """A picture as the station would keep it, and its decoded preview."""

    jpeg: bytes
    preview: QImage


class IntakeDialog(QDialog):
    """The intake form: the service checks everything and registers; the form shows and asks.

    A photo comes from a file (always) or from a webcam when Qt Multimedia is installed; it is
    read, re-encoded and previewed in the background. When the service finds a patient with
    the same family name and birth date, the form asks for the confirmation that this is a
    different person (recorded with the registration). Window-modal; the lock closes it.
    """

    registered = Signal(object)
    """The :class:`Patient` just registered (the dialog then closes)."""
    photo_ready = Signal()
    """A picture was read and its preview is shown (tests wait for it)."""

    def __init__(
        self,
        intake: IntakeService,
        session: Session,
        submit: Submit,
        station_id: str,
        parent: QWidget | None = None,
    ) -> None:
        """Build the empty form for ``session`` (``station_id``: the default home station)."""
        super().__init__(parent)
        self.intake, self.session, self.submit = intake, session, submit
        self.busy = False
        self.photo: PreparedPhoto | None = None
        self.camera_dialog: CameraDialog | None = None
        self.setWindowTitle(self.tr("Register a patient"))
        self.setAccessibleName(self.tr("Register a patient"))
        self.message = MessageLabel(self.tr("Registration message"))
        self.family_name = make_field(self.tr("Family name"))
        self.given_name = make_field(self.tr("Given names"))
        self.birth_date = make_field(self.tr("Birth date"), self.tr("dd.mm.yyyy"))
        self.clinic_id = make_field(self.tr("Clinic number"), self.tr("e.g. HAT-0042"))
        self.clinic_id.textEdited.connect(self._capitals)
        self.home_station = make_field(self.tr("Home station"))
        self.home_station.setText(station_id)
        self.different_person = QCheckBox(
            self.tr("I checked: this is a &different person from the patient(s) on the roster")
        )
        self.different_person.setAccessibleName(self.tr("This is a different person"))
        self.different_person.hide()
        for field in (self.family_name, self.birth_date):  # another person: ask again
            field.textEdited.connect(self._identity_changed)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Family name"), self.family_name)
        form.addRow(self.tr("&Given names"), self.given_name)
        form.addRow(self.tr("&Birth date"), self.birth_date)
        form.addRow(self.tr("&Clinic number"), self.clinic_id)
        form.addRow(self.tr("&Home station"), self.home_station)
        columns = QHBoxLayout()  # the person's details beside their photo
        columns.addLayout(form, 1)
        columns.addWidget(self._photo_box(), 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(columns)
        layout.addWidget(self.different_person)
        self.register_button = make_button(self.tr("&Register"), self.tr("Register the patient"))
        self.register_button.setDefault(True)
        self.cancel_button = make_button(self.tr("Cancel"), self.tr("Close without registering"))
        self.cancel_button.setAutoDefault(False)
        buttons = FlowLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.register_button.clicked.connect(self.register)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(720)  # the fields show a whole name and station id
        self.family_name.setFocus()

    def _photo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Photo for identification"))
        box.setAccessibleName(self.tr("Photo for identification"))
        box.setMaximumWidth(300)
        self.preview = QLabel(self.tr("No photo yet"))
        self.preview.setAccessibleName(self.tr("Photo preview"))
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.Box)
        self.import_button = make_button(
            self.tr("&Import from file…"), self.tr("Import the photo from a file")
        )
        self.import_button.clicked.connect(self.import_photo)
        self.camera_button = make_button(self.tr("&Take photo…"), self.tr("Take the photo"))
        self.camera_button.clicked.connect(self.take_photo)
        self.camera_note = make_label(
            self.tr("No camera support installed: import the photo from a file."),
            self.tr("Camera unavailable"),
        )
        self._camera_modules = multimedia()
        available = self._camera_modules is not None
        self.camera_button.setEnabled(available)
        self.camera_button.setVisible(available)
        self.camera_note.setVisible(not available)
        self.file_dialog: QFileDialog | None = None
        buttons = FlowLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.camera_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addWidget(self.camera_note)
        return box

    def _identity_changed(self) -> None:
        self.different_person.setChecked(False)
        self.different_person.hide()

    def _capitals(self, text: str) -> None:
        """Clinic numbers are capitals: typed letters are shown (and sent) as capitals."""
        if text != text.upper():
            position = self.clinic_id.cursorPosition()
            self.clinic_id.setText(text.upper())
            self.clinic_id.setCursorPosition(position)

    # -- the photo ----------------------------------------------------------------------------

    def import_photo(self) -> QFileDialog:
        """Ask for a JPEG or PNG file; it is read and previewed in the background."""
        dialog = QFileDialog(self, self.tr("Import the patient's photo"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        dialog.fileSelected.connect(self._file_chosen)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _file_chosen(self, path: str) -> None:
        self.activateWindow()  # back from the file dialog: the form has the keyboard again
        file = Path(path)

        def read() -> bytes:
            return file.read_bytes()

        self._prepare(read)

    def take_photo(self) -> CameraDialog | None:
        """Open the camera (only offered when Qt Multimedia is installed)."""
        if self._camera_modules is None:
            return None
        dialog = CameraDialog(self._camera_modules, self)
        dialog.captured.connect(self._captured)
        self.camera_dialog = dialog
        dialog.open()
        return dialog

    def _captured(self, image: QImage) -> None:
        data = png_bytes(image)
        self._prepare(lambda: data)

    def _prepare(self, source: Callable[[], bytes]) -> None:
        """Read the picture (``source()`` gives its bytes), re-encode and decode it, off-thread."""
        intake, session = self.intake, self.session

        def work() -> PreparedPhoto | None:
            try:
                data = source()
            except OSError:
                return None
            jpeg = intake.prepare_photo(session, data)
            preview = decoded_photo(jpeg)
            return PreparedPhoto(jpeg, preview) if preview is not None else None

        self.message.show_message(self.tr("Reading the photo…"), "info")
        self.submit(work, self._photo_prepared, known_errors(self._photo_refused, self))

    def _photo_prepared(self, prepared: PreparedPhoto | None) -> None:
        if prepared is None:
            self.message.show_message(self.tr("The file could not be read."), "error")
            return
        self.photo = prepared
        self.preview.setPixmap(photo_pixmap(prepared.preview, PREVIEW_SIZE))
        self.preview.setAccessibleName(self.tr("Photo preview: a photo is chosen"))
        self.message.show_message(self.tr("Photo ready: it is kept with the registration."), "ok")
        self.register_button.setFocus()
        self.photo_ready.emit()

    def _photo_refused(self, error: BaseException) -> None:
        self.message.show_message(describe(error), "error")

    # -- registering --------------------------------------------------------------------------

    def register(self) -> None:
        """Send the form to the intake service (in the background); it checks everything."""
        if self.busy:
            return
        birth = typed_date(self.birth_date.text())
        if birth is None:
            self.message.show_message(
                self.tr("Type the birth date as day.month.year, for example 14.07.1981."),
                "error",
            )
            self.birth_date.setFocus()
            return
        new = NewPatient(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            birth_date=birth,
            clinic_id=self.clinic_id.text(),
            home_station=self.home_station.text(),
            photo=self.photo.jpeg if self.photo is not None else None,
            different_person_confirmed=(
                self.different_person.isVisible() and self.different_person.isChecked()
            ),
        )
        intake, session = self.intake, self.session
        self.busy = True
        self.register_button.setEnabled(False)
        self.submit(
            lambda: intake.register(session, new),
            self._registered,
            known_errors(self._refused, self),
        )

    def _registered(self, patient: Patient) -> None:
        self.busy = False
        self.registered.emit(patient)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.register_button.setEnabled(True)
        self.message.show_message(describe(error), "error")
        refusal = service_error_of(error)
        code = refusal.code if refusal is not None else ""
        if code == "intake.possible_duplicate":
            self.different_person.setChecked(False)
            self.different_person.show()
            self.different_person.setFocus()
            return
        field = self._field_of(code)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _field_of(self, code: str) -> QLineEdit | None:
        """The field a refusal is about (the cursor goes there)."""
        if code.startswith("intake.family_name"):
            return self.family_name
        if code.startswith("intake.given_name"):
            return self.given_name
        if code.startswith(("intake.birth_date", "intake.under_age")):
            return self.birth_date
        if code.startswith("intake.clinic_id"):
            return self.clinic_id
        return None
