"""The clinic lead's patient screen: stop-dose flags, the review after a break, dose corrections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.patients import Patient
from station.domain.roles import Role
from station.ui.errors import known_errors
from station.ui.lead.context import LeadContext, PatientRecord, load_record
from station.ui.lead.dose_actions import DoseActions
from station.ui.messages import describe
from station.ui.widgets import MessageLabel, VerticalScrollArea, make_button, make_field, make_label

PATIENT_ID = Qt.ItemDataRole.UserRole
FLAG_ID = Qt.ItemDataRole.UserRole


def may_lead(context: LeadContext) -> bool:
    """True when the signed-in person is a clinic lead (the screen shows their actions)."""
    return context.session.user.has(Role.CLINIC_LEAD)


def may_flag(context: LeadContext) -> bool:
    """True when the screen shows the stop-dose flags' actions (a clinic lead or a prescriber).

    The counter service checks the role again when a flag is set or lifted.
    """
    return may_lead(context) or context.session.user.has(Role.PRESCRIBER)


class PatientActionsDialog(QDialog):
    """Choose a patient from the roster; set or lift stop-dose flags; record a review; correct.

    Every change is a call to the counter service in the background; a refusal is shown as
    the service's sentence. A person who is not a clinic lead sees only the recent doses (a
    dose of this station is voided with a second person). The window rejects and deletes this
    dialog when the screen locks: nothing of the patient stays on screen.
    """

    record_shown = Signal(object)
    """A :class:`PatientRecord` is on screen (after choosing a patient, or after a change)."""
    roster_shown = Signal(int)
    """The roster is listed (how many patients)."""

    def __init__(self, context: LeadContext, parent: QWidget | None = None) -> None:
        """Build the screen and read the roster in the background."""
        super().__init__(parent)
        self.context = context
        self.lead = may_lead(context)
        self.flagger = may_flag(context)
        self.closed = False
        self.busy = False
        self.record: PatientRecord | None = None
        self._loading: str | None = None
        self.setWindowTitle(
            self.tr("Clinic lead: patient flags and records")
            if self.lead
            else self.tr("Patient stop-dose flags")
            if self.flagger
            else self.tr("Void a dose entered in error")
        )
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.search = make_field(
            self.tr("Find a patient by clinic id or name"), self.tr("clinic id or name")
        )
        self.patients = QListWidget()
        self.patients.setAccessibleName(self.tr("Patients on this station's roster"))
        self.summary = make_label(self.tr("No patient chosen."), self.tr("Chosen patient"))
        self.summary.setObjectName("heading")
        self._build_flags()
        self._build_review()
        self.doses = DoseActions(context, self._run, self._tell)
        self.message = MessageLabel(self.tr("Patient actions message"))
        self.close_button = make_button(self.tr("Cl&ose"), self.tr("Close the patient screen"))
        self._lay_out()
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._to_first_match)
        self.patients.currentItemChanged.connect(self._on_patient_chosen)
        self.flag_reason.returnPressed.connect(self.set_flag)
        self.lift_reason.returnPressed.connect(self.lift_flag)
        self.review_note.returnPressed.connect(self.record_review)
        self.set_button.clicked.connect(self.set_flag)
        self.lift_button.clicked.connect(self.lift_flag)
        self.review_button.clicked.connect(self.record_review)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self.search.setFocus()
        counter, session = context.counter, context.session
        context.submit(
            lambda: counter.roster(session), self._show_roster, known_errors(self._failed, self)
        )

    # -- building ------------------------------------------------------------------------------

    def _build_flags(self) -> None:
        self.flags_box = QGroupBox(self.tr("Stop-dose flags"))
        self.flags = QListWidget()
        self.flags.setAccessibleName(self.tr("Stop-dose flags set now"))
        self.flags.setMaximumHeight(110)  # a few flags; the doses below stay in view
        self.flag_reason = make_field(
            self.tr("Reason for a new stop-dose flag"), self.tr("e.g. physician review pending")
        )
        self.set_button = make_button(
            self.tr("&Set a stop-dose flag"), self.tr("Set a stop-dose flag with this reason")
        )
        self.lift_reason = make_field(
            self.tr("Reason for lifting the chosen flag"), self.tr("e.g. physician reviewed")
        )
        self.lift_button = make_button(
            self.tr("&Lift the chosen flag"), self.tr("Lift the chosen stop-dose flag")
        )
        flags_label = self._buddy(self.tr("Stop-dose fla&gs set now"), self.flags)
        form = QFormLayout()
        form.addRow(
            self._buddy(self.tr("Reason for a &new flag"), self.flag_reason), self.flag_reason
        )
        form.addRow(self.set_button)
        form.addRow(self._buddy(self.tr("Reason for l&ifting"), self.lift_reason), self.lift_reason)
        form.addRow(self.lift_button)
        layout = QVBoxLayout(self.flags_box)
        layout.addWidget(flags_label)
        layout.addWidget(self.flags)
        layout.addLayout(form)

    def _build_review(self) -> None:
        self.review_box = QGroupBox(self.tr("Review after a break"))
        self.reviews = make_label("", self.tr("Reviews after a break on record"))
        self.review_note = make_field(
            self.tr("What the review after a break found"),
            self.tr("e.g. re-titration confirmed by the physician"),
        )
        self.review_button = make_button(
            self.tr("Record the &review"), self.tr("Record the review after a break")
        )
        form = QFormLayout()
        form.addRow(
            self._buddy(self.tr("&What the review found"), self.review_note), self.review_note
        )
        form.addRow(self.review_button)
        layout = QVBoxLayout(self.review_box)
        layout.addWidget(self.reviews)
        layout.addLayout(form)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        label.setAccessibleName(text.replace("&", ""))
        return label

    def _lay_out(self) -> None:
        picker = QVBoxLayout()
        picker.addWidget(self._buddy(self.tr("&Find"), self.search))
        picker.addWidget(self.search)
        picker.addWidget(self._buddy(self.tr("&Patients"), self.patients))
        picker.addWidget(self.patients, 1)
        details = QWidget()
        column = QVBoxLayout(details)
        column.addWidget(self.summary)
        column.addWidget(self.flags_box)
        column.addWidget(self.review_box)
        column.addWidget(self.doses)
        column.addStretch(1)
        scroll = VerticalScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        row = QHBoxLayout()
        row.addLayout(picker, 2)
        row.addWidget(scroll, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if not self.flagger:  # flags: a clinic lead's or a prescriber's (the service checks)
            self.flags_box.hide()
        if not self.lead:  # reviews are the clinic lead's; the service says so too
            self.review_box.hide()
        self.resize(960, 680)

    # -- the roster ----------------------------------------------------------------------------

    def _show_roster(self, patients: list[Patient]) -> None:
        if self.closed:
            return
        self.patients.clear()
        for patient in patients:
            item = QListWidgetItem(
                f"{patient.clinic_id} — {patient.given_name} {patient.family_name}, "
                f"{patient.birth_date:%d.%m.%Y}"
            )
            item.setData(PATIENT_ID, patient.patient_id)
            self.patients.addItem(item)
        self._filter(self.search.text())
        self.roster_shown.emit(len(patients))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.patients.count()):
            item = self.patients.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _to_first_match(self) -> None:
        for row in range(self.patients.count()):
            if not self.patients.item(row).isHidden():
                if self.patients.currentRow() == row:
                    self._load(str(self.patients.item(row).data(PATIENT_ID)))
                self.patients.setCurrentRow(row)
                self.patients.setFocus()
                return
        self._tell(self.tr("No patient on the roster matches."))

    def _on_patient_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self._load(str(item.data(PATIENT_ID)))

    def _load(self, patient_id: str) -> None:
        self._loading = patient_id
        context = self.context
        self.context.submit(
            lambda: load_record(context, patient_id),
            lambda record: self._show_record(patient_id, record),
            known_errors(self._failed, self),
        )

    # -- one patient ---------------------------------------------------------------------------

    @property
    def patient_id(self) -> str | None:
        """The chosen patient's id, once their record is on screen."""
        return self.record.overview.patient.patient_id if self.record is not None else None

    def _show_record(self, patient_id: str, record: PatientRecord) -> None:
        if self.closed or patient_id != self._loading:
            return  # closed, or another patient was chosen meanwhile
        self.record = record
        patient = record.overview.patient
        self.summary.setText(
            self.tr("{clinic_id}: {name}, born {birth}").format(
                clinic_id=patient.clinic_id,
                name=f"{patient.given_name} {patient.family_name}",
                birth=f"{patient.birth_date:%d.%m.%Y}",
            )
        )
        self.flags.clear()
        for flag_id, flag in record.overview.stop_flags:
            who = record.names.get(flag.set_by) or self.tr("staff of another station")
            item = QListWidgetItem(
                self.tr("{reason} — set by {who}, {time}").format(
                    reason=flag.reason, who=who, time=f"{record.local(flag.set_at):%d.%m.%Y %H:%M}"
                )
            )
            item.setData(FLAG_ID, flag_id)
            self.flags.addItem(item)
        if not record.overview.stop_flags:
            empty = QListWidgetItem(self.tr("No stop-dose flag is set."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.flags.addItem(empty)
        else:
            self.flags.setCurrentRow(0)
        reviews = record.overview.break_reviews
        self.reviews.setText(
            self.tr("Last review after a break: {time}").format(
                time=f"{record.local(max(reviews)):%d.%m.%Y %H:%M}"
            )
            if reviews
            else self.tr("No review after a break on record.")
        )
        self.doses.show_record(record)
        self.record_shown.emit(record)

    def flag_ids(self) -> list[str]:
        """The ids of the flags listed (in the order shown)."""
        items = (self.flags.item(row) for row in range(self.flags.count()))
        return [str(item.data(FLAG_ID)) for item in items if item.data(FLAG_ID)]

    def set_flag(self) -> None:
        """Set a stop-dose flag with the typed reason (the service checks role and reason)."""
        patient_id, reason = self.patient_id, self.flag_reason.text()
        if patient_id is None:
            self._tell(self.tr("Choose a patient first."))
            return
        context = self.context
        self._run(
            lambda: context.counter.set_stop_flag(context.session, patient_id, reason),
            self.tr("Stop-dose flag set: no dose until a clinic lead lifts it."),
            self.flag_reason,
        )

    def lift_flag(self) -> None:
        """Lift the chosen flag with the typed reason."""
        patient_id, reason = self.patient_id, self.lift_reason.text()
        item = self.flags.currentItem()
        flag_id = item.data(FLAG_ID) if item is not None else None
        if patient_id is None or not flag_id:
            self._tell(self.tr("Choose a patient and one of their stop-dose flags first."))
            return
        context = self.context
        self._run(
            lambda: context.counter.lift_stop_flag(
                context.session, patient_id, str(flag_id), reason
            ),
            self.tr("Stop-dose flag lifted."),
            self.lift_reason,
        )

    def record_review(self) -> None:
        """Record that the patient was reviewed after a break, with what the review found."""
        patient_id, note = self.patient_id, self.review_note.text()
        if patient_id is None:
            self._tell(self.tr("Choose a patient first."))
            return
        context = self.context
        self._run(
            lambda: context.counter.record_break_review(context.session, patient_id, note),
            self.tr("The review after the break is recorded."),
            self.review_note,
        )

    # -- calling the service -------------------------------------------------------------------

    def _run(self, work: Callable[[], object], done: str, field: QWidget | None) -> None:
        """Call the service in the background; then show ``done`` and read the patient again."""
        patient_id = self.patient_id
        if self.busy or self.closed or patient_id is None:
            return
        self.busy = True
        self.message.clear_message()

        def on_done(_result: object) -> None:
            if self.closed:
                return
            self.busy = False
            if isinstance(field, QLineEdit):
                field.clear()
            self.message.show_message(done, "ok")
            self._load(patient_id)

        def on_error(error: BaseException) -> None:
            if self.closed:
                return
            self.busy = False
            self.message.show_message(describe(error), "error")

        self.context.submit(work, on_done, known_errors(on_error, self))

    def _tell(self, text: str) -> None:
        self.message.show_message(text, "warning")

    def _failed(self, error: BaseException) -> None:
        if not self.closed:
            self.message.show_message(describe(error), "error")

    # -- keyboard and closing ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter presses the focused button only: in a field it never presses another one."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(self.focusWidget(), QAbstractButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_finished(self, _result: int) -> None:
        """Closed or rejected (the window rejects it on lock): forget the patient."""
        self.closed = True
        self.record = None
        self.doses.clear()
        self.flags.clear()
        self.patients.clear()
        self.summary.clear()
