"""Enrollment with the central server: its address and a one-time code from the server's admin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from station.services.errors import ServiceError
from station.services.sync_link import enroll, server_binding
from station.store.store import Session, Store
from station.ui.errors import known_errors
from station.ui.technician.context import TechnicianContext
from station.ui.widgets import MessageLabel, make_button, make_field, make_label
from sync.client.errors import ServerUnreachable, SyncError, SyncRejected
from sync.client.replica import ServerBinding


def enroll_station(store: Store, session: Session, url: str, code: str) -> ServerBinding:
    """Enroll, turning the sync client's failures into one clear sentence each."""
    try:
        return enroll(store, session, url, code)
    except ServerUnreachable as error:
        raise ServiceError(
            f"Cannot reach the server at {url}: check the address and the network. "
            "The station was not enrolled."
        ) from error
    except SyncRejected as error:
        if error.code == "bad_enrollment_code":
            raise ServiceError(
                "The enrollment code was not accepted (unknown, expired or already used): "
                "ask the server's administrator for a new one."
            ) from error
        raise ServiceError(f"The server refused the enrollment: {error}") from error
    except SyncError as error:
        raise ServiceError(f"Enrollment failed: {error}") from error


class EnrollmentPage(QWidget):
    """Shows the server this station is bound to, or enrolls it (technician or administrator)."""

    enrolled = Signal(object)
    """The :class:`ServerBinding` after a successful enrollment."""

    def __init__(self, context: TechnicianContext, parent: QWidget | None = None) -> None:
        """Build the form; :meth:`refresh` reads the current binding."""
        super().__init__(parent)
        self.context = context
        self.binding = make_label("", self.tr("Enrollment state"))
        self.url = make_field(self.tr("Server address"), "https://central.example")
        self.code = make_field(self.tr("One-time enrollment code"))
        self.enroll_button = make_button(
            self.tr("&Enroll this station"), self.tr("Enroll this station")
        )
        self.message = MessageLabel(self.tr("Enrollment message"))
        form = QFormLayout()
        form.addRow(self.tr("Server &address"), self.url)
        form.addRow(self.tr("One-time &code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.binding)
        layout.addLayout(form)
        layout.addWidget(self.enroll_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.enroll_button.clicked.connect(self.enroll)
        self.code.returnPressed.connect(self.enroll)

    def refresh(self) -> None:
        """Read the current binding (in the background)."""
        store = self.context.store
        self.context.submit(
            lambda: server_binding(store), self._show, known_errors(self._failed, self)
        )

    def _show(self, binding: ServerBinding | None) -> None:
        if binding is None:
            self.binding.setText(self.tr("Not enrolled: the station works offline."))
            self.enroll_button.setEnabled(True)
            return
        self.binding.setText(
            self.tr("Enrolled with {url} (clinic {clinic}); server key {key} pinned.").format(
                url=binding.url, clinic=binding.clinic_id, key=binding.server_key_id
            )
        )
        self.enroll_button.setEnabled(False)

    def enroll(self) -> None:
        """Enroll with the given server and code."""
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url.startswith(("http://", "https://")) or not code:
            self.message.show_message(
                self.tr("Give the server's address (http:// or https://) and the one-time code."),
                "error",
            )
            return
        context = self.context
        self.enroll_button.setEnabled(False)
        self.message.show_message(self.tr("Enrolling…"), "info")
        context.submit(
            lambda: enroll_station(context.store, context.session, url, code),
            self._enrolled,
            known_errors(self._failed, self),
        )

    def _enrolled(self, binding: ServerBinding) -> None:
        self.code.clear()
        self.message.show_message(self.tr("Station enrolled."), "ok")
        self._show(binding)
        self.enrolled.emit(binding)

    def _failed(self, error: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self.message.show_message(str(error), "error")
