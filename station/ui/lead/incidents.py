"""The clinic lead's incidents: the server's incidents, their doses, a signed resolution."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services.accounts import Session
from station.services.incidents import IncidentList, IncidentService, StationIncident
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_field, make_label

INCIDENT_ID = Qt.ItemDataRole.UserRole


@dataclass
class IncidentsContext:
    """What the incidents screen works with, for the person signed in."""

    incidents: IncidentService
    session: Session
    submit: Submit
    request_sync: Callable[[], None] | None = None
    """Ask for a sync round now (a resolution goes up at once); None: the next round."""
    zone: tzinfo | None = None
    """The clinic's time zone, for the times shown (None: the computer's)."""


def kind_title(kind: str) -> str:
    """An incident's kind in the station's language."""
    titles = {
        "suspected_double_dose": QCoreApplication.translate(
            "IncidentsDialog", "Suspected double dose"
        ),
        "daily_maximum_exceeded": QCoreApplication.translate(
            "IncidentsDialog", "Daily maximum exceeded across stations"
        ),
        "diverging_chain": QCoreApplication.translate(
            "IncidentsDialog", "Two histories under one station (fork)"
        ),
        "bad_event_signature": QCoreApplication.translate(
            "IncidentsDialog", "Records whose signature does not match"
        ),
    }
    return titles.get(kind, kind.replace("_", " "))


class IncidentsDialog(QDialog):
    """The server's incidents; choose one to see its doses; a clinic lead resolves it.

    The list is fetched in the background; when the server cannot be reached the screen says
    so in a sentence and keeps the last list fetched. Resolving asks for the lead's own
    password again (their signature, meaning "reviewed") and a note; the service checks the
    role, the note and the password. Window-modal; the window's lock rejects and deletes it.
    """

    listed = Signal(object)
    """An :class:`IncidentList` is on screen."""
    resolved = Signal(str)
    """The lead resolved this incident (its id) at this station."""

    def __init__(self, context: IncidentsContext, parent: QWidget | None = None) -> None:
        """Build the screen and fetch the incidents in the background."""
        super().__init__(parent)
        self.context = context
        self.closed = False
        self.busy = False
        self.shown: IncidentList | None = None
        self.setWindowTitle(self.tr("Incidents to review"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.state = make_label(self.tr("Asking the central server…"), self.tr("Server state"))
        self.state.setMinimumHeight(2 * self.state.fontMetrics().lineSpacing() + 4)
        self.incidents = QListWidget()
        self.incidents.setAccessibleName(self.tr("Incidents raised by the central server"))
        self.summary = make_label(self.tr("No incident chosen."), self.tr("Chosen incident"))
        self.summary.setObjectName("heading")
        self.doses = QListWidget()
        self.doses.setAccessibleName(self.tr("Doses involved in the chosen incident"))
        self.doses.setMaximumHeight(130)
        self.outcome = make_label("", self.tr("How the incident was resolved"))
        self._build_resolution()
        self.message = MessageLabel(self.tr("Incidents message"))
        self.refresh_button = make_button(
            self.tr("&Fetch again"), self.tr("Fetch the incidents from the server again")
        )
        self.close_button = make_button(self.tr("Cl&ose"), self.tr("Close the incidents"))
        self._lay_out()
        self.incidents.currentItemChanged.connect(self._on_chosen)
        self.resolve_button.clicked.connect(self.resolve)
        self.password.returnPressed.connect(self.resolve)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self.resize(760, 620)
        self.refresh()

    def _build_resolution(self) -> None:
        self.resolution_box = QGroupBox(self.tr("Resolve the chosen incident"))
        self.note = make_field(
            self.tr("What was found and done"), self.tr("e.g. both doses confirmed, patient seen")
        )
        self.password = make_field(self.tr("Your password, to sign as reviewed"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.resolve_button = make_button(
            self.tr("&Resolve (sign as reviewed)"),
            self.tr("Resolve the chosen incident with your signature"),
        )
        form = QFormLayout(self.resolution_box)
        form.addRow(self._buddy(self.tr("&Note"), self.note), self.note)
        form.addRow(self._buddy(self.tr("&Password"), self.password), self.password)
        form.addRow(self.resolve_button)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self._buddy(self.tr("&Incidents"), self.incidents))
        layout.addWidget(self.incidents, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self._buddy(self.tr("&Doses involved"), self.doses))
        layout.addWidget(self.doses)
        layout.addWidget(self.outcome)
        layout.addWidget(self.resolution_box)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    # -- fetching ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the incidents in the background (the last list stays until they come)."""
        if self.busy:
            return
        self._set_busy(True)
        service, session = self.context.incidents, self.context.session
        self.context.submit(
            lambda: service.fetch(session), self._show, known_errors(self._failed, self)
        )

    def _show(self, listed: IncidentList) -> None:
        if self.closed:
            return
        self._set_busy(False)
        chosen = self.current_id()
        self.shown = listed
        self.state.setText(self._state_sentence(listed))
        self.state.setProperty("severity", "ok" if listed.online else "warning")
        self.incidents.clear()
        for incident in listed.incidents:
            item = QListWidgetItem(self._line(incident))
            item.setData(INCIDENT_ID, incident.incident_id)
            self.incidents.addItem(item)
            if incident.incident_id == chosen:
                self.incidents.setCurrentItem(item)
        if self.incidents.currentItem() is None and self.incidents.count():
            self.incidents.setCurrentRow(0)
        self._on_chosen()
        self.listed.emit(listed)

    def _state_sentence(self, listed: IncidentList) -> str:
        if listed.online:
            count = sum(1 for incident in listed.incidents if incident.open)
            return self.tr(
                "Fetched from the central server at {time}: %n open incident(s).", "", count
            ).format(time=self._clock(listed.fetched_at))
        problem = listed.problem
        # Unreachable says it all; another reason (busy, not enrolled) is said after it.
        why = "" if problem is None or problem.code == "server.unreachable" else describe(problem)
        if listed.fetched_at is None:
            sentence = self.tr(
                "The central server cannot be asked now, and no list was fetched yet."
            )
        else:
            sentence = self.tr(
                "The central server cannot be asked now: this is the list fetched at {time}."
            ).format(time=self._clock(listed.fetched_at))
        return f"{sentence} {why}".strip()

    def _line(self, incident: StationIncident) -> str:
        patient = incident.patient
        who = (
            f"{patient.clinic_id} {patient.name}"
            if patient is not None and patient.clinic_id and patient.name
            else self.tr("a patient not on this station's roster")
            if patient is not None
            else self.tr("no patient")
        )
        if incident.resolved_here:
            status = self.tr("resolved here, sent with the next sync")
        elif incident.status == "resolved":
            status = self.tr("resolved")
        else:
            status = self.tr("open")
        return self.tr("{kind} — {patient} — raised {time} — {status}").format(
            kind=kind_title(incident.kind),
            patient=who,
            time=self._clock(incident.raised_at),
            status=status,
        )

    def _clock(self, moment: datetime | None) -> str:
        """A moment on the clinic's wall clock, as the screen shows it."""
        if moment is None:
            return "?"
        return moment.astimezone(self.context.zone).strftime("%Y-%m-%d %H:%M")

    def _failed(self, error: BaseException) -> None:
        if self.closed:
            return
        self._set_busy(False)
        if self.shown is None:
            self.state.setText("")
        self.message.show_message(describe(error), "error")

    # -- the chosen incident -------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The id of the incident chosen in the list (None: none)."""
        item = self.incidents.currentItem()
        return str(item.data(INCIDENT_ID)) if item is not None else None

    def chosen(self) -> StationIncident | None:
        """The chosen incident as last fetched."""
        wanted = self.current_id()
        if self.shown is None or wanted is None:
            return None
        return next((i for i in self.shown.incidents if i.incident_id == wanted), None)

    def _on_chosen(self, *_items: object) -> None:
        incident = self.chosen()
        self.doses.clear()
        if incident is None:
            self.summary.setText(self.tr("No incident chosen."))
            self.outcome.setText("")
            self.resolution_box.setEnabled(False)
            return
        self.summary.setText(self._line(incident))
        for dose in incident.doses:
            self.doses.addItem(
                self.tr("{time}: {mg} mg {drug} at station {station}, given by {by}").format(
                    time=self._clock(dose.given_at),
                    mg=str(dose.mg.value) if dose.mg is not None else "?",
                    drug=dose.drug.replace("_", " "),
                    station=dose.station_id,
                    by=dose.by_name or self.tr("(not known to the server)"),
                )
            )
        if incident.status == "resolved":
            self.outcome.setText(
                self.tr("Resolved by {name} at {time}: {note}").format(
                    name=incident.resolved_by or "?",
                    time=self._clock(incident.resolved_at),
                    note=incident.resolution_note or "",
                )
            )
        elif incident.resolved_here:
            self.outcome.setText(
                self.tr("Resolved at this station; the server marks it when the station syncs.")
            )
        else:
            self.outcome.setText(self.tr("Open: review the doses and resolve it."))
        self.resolution_box.setEnabled(incident.open and not self.busy)

    # -- resolving -----------------------------------------------------------------------------

    def resolve(self) -> None:
        """Resolve the chosen incident with the note and the lead's password (in the background)."""
        incident = self.chosen()
        if incident is None or self.busy:
            return
        note, password = self.note.text(), self.password.text()
        if not password:
            self.message.show_message(self.tr("Enter your password to sign."), "error")
            return
        self._set_busy(True)
        service, session = self.context.incidents, self.context.session
        incident_id = incident.incident_id
        self.context.submit(
            lambda: service.resolve(session, incident_id, note, password),
            lambda _none: self._resolved(incident_id),
            known_errors(self._refused, self),
        )

    def _resolved(self, incident_id: str) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self.note.clear()
        self.password.clear()
        self.message.show_message(
            self.tr("Resolved and signed. The server marks it when this station syncs."), "ok"
        )
        if self.context.request_sync is not None:
            self.context.request_sync()
        self.resolved.emit(incident_id)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self.password.clear()
        self.message.show_message(describe(error), "error")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.refresh_button.setEnabled(not busy)
        incident = self.chosen()
        self.resolution_box.setEnabled(not busy and incident is not None and incident.open)

    def _on_finished(self, _result: int) -> None:
        self.closed = True
        self.password.clear()


def open_incidents(
    parent: QWidget,
    incidents: IncidentService,
    session: Session,
    submit: Submit,
    *,
    zone: tzinfo | None = None,
    request_sync: Callable[[], None] | None = None,
    actions: Sequence[QAction] = (),
) -> IncidentsDialog:
    """Open the incidents screen over ``parent`` (window-modal; its lock closes it)."""
    dialog = IncidentsDialog(
        IncidentsContext(incidents, session, submit, request_sync, zone), parent
    )
    dialog.addActions(list(actions))
    dialog.open()
    return dialog
