"""Enrollment with the central server: its address, a one-time code and the clinic's CA file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station.services.enrollment import Enrollment
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.technician.context import TechnicianContext
from station.ui.widgets import MessageLabel, make_button, make_field, make_label

CA_FIELD = '"Clinic CA file (PEM)" above'
"""Where the window takes the clinic CA file, for the sentences that point to it."""


class EnrollmentPage(QWidget):
    """Shows the server this station is bound to, or enrolls it (technician or administrator)."""

    enrolled = Signal(object)
    """The :class:`ServerBinding` after a successful enrollment."""
    server_ca_changed = Signal(object)
    """The kept CA file's path (None: the system's CAs) after the technician changed it."""

    def __init__(self, context: TechnicianContext, parent: QWidget | None = None) -> None:
        """Build the form; :meth:`refresh` reads the current binding."""
        super().__init__(parent)
        self.context = context
        self.binding = make_label("", self.tr("Enrollment state"))
        self.url = make_field(self.tr("Server address"), "https://central.example")
        self.code = make_field(self.tr("One-time enrollment code"))
        self.ca_file = make_field(
            self.tr("Clinic CA file (PEM)"), self.tr("Optional: /path/to/clinic-ca.pem")
        )
        self.choose_ca_button = make_button(
            self.tr("C&hoose…"), self.tr("Choose the clinic CA file")
        )
        self._not_enrolled_hint = self.tr(
            "Only needed when the server's certificate is signed by the clinic's own "
            "certificate authority."
        )
        self.ca_hint = make_label(self._not_enrolled_hint, self.tr("About the clinic CA file"))
        self.enroll_button = make_button(
            self.tr("&Enroll this station"), self.tr("Enroll this station")
        )
        self.change_ca_button = make_button(
            self.tr("Check and &use this CA file"),
            self.tr("Check the server's certificate with this CA file, then use it"),
        )
        self.system_cas_button = make_button(
            self.tr("Use the s&ystem's CAs"),
            self.tr("Check the server's certificate with the system's CAs again"),
        )
        self._enrollment: Enrollment | None = None
        self.message = MessageLabel(self.tr("Enrollment message"))
        ca_line = QHBoxLayout()
        ca_line.addWidget(self.ca_file, 1)
        ca_line.addWidget(self.choose_ca_button)
        ca_row = QVBoxLayout()
        ca_row.setSpacing(2)
        ca_row.addLayout(ca_line)
        ca_row.addWidget(self.ca_hint)
        form = QFormLayout()
        form.addRow(self.tr("Server &address"), self.url)
        form.addRow(self.tr("One-time &code"), self.code)
        form.addRow(self.tr("Clinic CA &file (PEM)"), ca_row)
        ca_label = form.labelForField(ca_row)
        if isinstance(ca_label, QLabel):
            ca_label.setBuddy(self.ca_file)  # Alt+F goes to the field, not the row
        layout = QVBoxLayout(self)
        layout.addWidget(self.binding)
        layout.addLayout(form)
        layout.addWidget(self.enroll_button)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_ca_button)
        change_row.addWidget(self.system_cas_button)
        change_row.addStretch(1)
        layout.addLayout(change_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.enroll_button.clicked.connect(self.enroll)
        self.code.returnPressed.connect(self.enroll)
        self.ca_file.returnPressed.connect(self._ca_file_entered)
        self.choose_ca_button.clicked.connect(self.choose_ca_file)
        self.change_ca_button.clicked.connect(self.change_ca_file)
        self.system_cas_button.clicked.connect(self.use_system_cas)
        self._show_changing(False)

    def refresh(self) -> None:
        """Read the current binding (in the background)."""
        enrollment = self.context.enrollment
        self.context.submit(enrollment.read, self._show, known_errors(self._failed, self))

    def choose_ca_file(self) -> None:
        """Let the technician pick the clinic's CA file; it lands in the field."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Clinic CA file"),
            self.ca_file.text().strip(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_file.setText(chosen)

    def _show_changing(self, enrolled: bool) -> None:
        """Before enrolling the form enrolls; after, only the CA file can change (https only)."""
        https = self._enrollment is not None and self._enrollment.binding.url.startswith("https://")
        for control in (self.url, self.code, self.enroll_button):
            control.setEnabled(not enrolled)
        for control in (self.ca_file, self.choose_ca_button):
            control.setEnabled(not enrolled or https)
        self.change_ca_button.setVisible(enrolled)
        self.system_cas_button.setVisible(enrolled)
        self.change_ca_button.setEnabled(https)
        has_ca = self._enrollment is not None and self._enrollment.ca_file is not None
        self.system_cas_button.setEnabled(https and has_ca)

    def _show(self, enrollment: Enrollment | None) -> None:
        self._enrollment = enrollment
        self._show_changing(enrollment is not None)
        if enrollment is None:
            self.ca_hint.setText(self._not_enrolled_hint)
            self.binding.setText(self.tr("Not enrolled: the station works offline."))
            return
        if enrollment.binding.url.startswith("https://"):
            self.ca_hint.setText(
                self.tr(
                    "To change it, give the clinic's new CA file and press \"Check and use this "
                    "CA file\": the server's certificate is checked with it first."
                )
            )
        else:
            self.ca_hint.setText(self.tr("The server is http://: it has no certificate to check."))
        binding = enrollment.binding
        text = self.tr("Enrolled with {url} (clinic {clinic}); server key {key} pinned.").format(
            url=binding.url, clinic=binding.clinic_id, key=binding.server_key_id
        )
        if enrollment.ca_file:
            text += " " + self.tr("Server certificate checked with {path}.").format(
                path=enrollment.ca_file
            )
        self.binding.setText(text)

    def enroll(self) -> None:
        """Enroll with the given server, code and (optional) clinic CA file."""
        url, code = self.url.text().strip(), self.code.text().strip()
        ca_file = self.ca_file.text().strip() or None
        if not url.startswith(("http://", "https://")) or not code:
            self.message.show_message(
                self.tr("Give the server's address (http:// or https://) and the one-time code."),
                "error",
            )
            return
        if ca_file is not None and not url.startswith("https://"):
            self.message.show_message(
                self.tr(
                    "The clinic CA file checks an https:// server: give an https:// address "
                    "or leave the CA file empty."
                ),
                "error",
            )
            return
        context = self.context
        self.enroll_button.setEnabled(False)
        self.message.show_message(self.tr("Enrolling…"), "info")
        context.submit(
            lambda: context.enrollment.enroll(context.session, url, code, ca_file, CA_FIELD),
            self._enrolled,
            known_errors(self._failed, self),
        )

    def _ca_file_entered(self) -> None:
        if self._enrollment is None:
            self.enroll()
        else:
            self.change_ca_file()

    def change_ca_file(self) -> None:
        """Check the server's certificate with the CA file in the field; keep it if it verifies."""
        ca_file = self.ca_file.text().strip()
        if not ca_file:
            self.message.show_message(
                self.tr("Give the clinic's CA file (PEM) to check the server's certificate with."),
                "error",
            )
            return
        self._change_ca(ca_file)

    def use_system_cas(self) -> None:
        """Check the server's certificate with the system's CAs again, if they verify it."""
        self._change_ca(None)

    def _change_ca(self, ca_file: str | None) -> None:
        context = self.context
        for button in (self.change_ca_button, self.system_cas_button):
            button.setEnabled(False)
        self.message.show_message(self.tr("Checking the server's certificate…"), "info")
        context.submit(
            lambda: context.enrollment.change_ca(context.session, ca_file, CA_FIELD),
            self._ca_changed,
            known_errors(self._change_failed, self),
        )

    def _ca_changed(self, enrollment: Enrollment) -> None:
        self.ca_file.clear()
        if enrollment.ca_file:
            self.message.show_message(
                self.tr("The server's certificate is now checked with {path}.").format(
                    path=enrollment.ca_file
                ),
                "ok",
            )
        else:
            self.message.show_message(
                self.tr("The server's certificate is now checked with the system's CAs."), "ok"
            )
        self._show(enrollment)
        self.server_ca_changed.emit(enrollment.ca_file)

    def _change_failed(self, error: BaseException) -> None:
        self._show_changing(True)
        self.message.show_message(describe(error), "error")

    def _enrolled(self, enrollment: Enrollment) -> None:
        self.code.clear()
        self.message.show_message(self.tr("Station enrolled."), "ok")
        self._show(enrollment)
        self.enrolled.emit(enrollment.binding)

    def _failed(self, error: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self.message.show_message(describe(error), "error")
