"""A patient's recent doses: void one entered in error, or correct a wrongly stamped time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.roles import Role
from station.domain.rules import DoseRecord
from station.services.accounts import User
from station.ui.lead.context import LeadContext, PatientRecord
from station.ui.local_format import drug_name, local_date, local_mg, outcome_name
from station.ui.widgets import make_button, make_field, make_label
from station.ui.witness import WitnessDialog

DOSE_ID = Qt.ItemDataRole.UserRole
Run = Callable[[Callable[[], object], str, QWidget | None], None]
"""The screen's way to call a service in the background: (work, text when done, field to clear)."""
Tell = Callable[[str], None]


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


class DoseActions(QGroupBox):
    """The recent doses of the chosen patient, newest first, with the two corrections.

    A clinic lead voids with a reason, and corrects a dose's time; anyone else who may dose
    voids a dose of this station with a second person, who confirms in a
    :class:`WitnessDialog`. The counter service decides, and says why when it refuses.
    """

    def __init__(
        self, context: LeadContext, run: Run, tell: Tell, parent: QWidget | None = None
    ) -> None:
        """Build the box; :meth:`show_record` fills it."""
        super().__init__(self.tr("Recent doses"), parent)
        self.context = context
        self._run = run
        self._tell = tell
        self.lead = context.session.user.has(Role.CLINIC_LEAD)
        self.record: PatientRecord | None = None
        self.witness_dialog: WitnessDialog | None = None
        self.doses = QListWidget()
        self.doses.setAccessibleName(self.tr("Recent doses of the chosen patient"))
        self.doses.setMaximumHeight(160)
        self.none = make_label(self.tr("No dose on record."), self.tr("No dose on record"))
        self.none.hide()
        self.reason = make_field(
            self.tr("Reason for voiding the dose or correcting its time"),
            self.tr("e.g. recorded for the wrong patient"),
        )
        self.void_button = make_button(
            self.tr("&Void the chosen dose…"), self.tr("Void the chosen dose record")
        )
        self.corrected_at = QDateTimeEdit()
        self.corrected_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.corrected_at.setAccessibleName(
            self.tr("Corrected time of the chosen dose, in the clinic's time zone")
        )
        self.correct_button = make_button(
            self.tr("&Correct the time"), self.tr("Correct the chosen dose's time")
        )
        doses_label = QLabel(self.tr("Recent &doses"))
        doses_label.setBuddy(self.doses)
        reason_label = QLabel(self.tr("Re&ason"))
        reason_label.setBuddy(self.reason)
        self.time_label = QLabel(self.tr("Corrected ti&me (clinic time)"))
        self.time_label.setBuddy(self.corrected_at)
        form = QFormLayout()
        form.addRow(reason_label, self.reason)
        form.addRow(self.time_label, self.corrected_at)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(doses_label)
        layout.addWidget(self.doses)
        layout.addWidget(self.none)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for label in (doses_label, reason_label, self.time_label):
            label.setAccessibleName(label.text().replace("&", ""))
        if not self.lead:  # the time of a dose is corrected by a clinic lead only
            for widget in (self.time_label, self.corrected_at, self.correct_button):
                widget.hide()
        self.doses.currentRowChanged.connect(self._on_dose_chosen)
        self.void_button.clicked.connect(self.void_chosen)
        self.correct_button.clicked.connect(self.correct_chosen)

    # -- showing ---------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the patient (nothing of theirs stays on screen)."""
        self.record = None
        self.doses.clear()
        self.reason.clear()
        self.none.hide()

    def show_record(self, record: PatientRecord) -> None:
        """List the patient's recent doses, newest first; the chosen one stays chosen."""
        chosen = self.chosen()
        self.record = record
        self.doses.clear()
        doses = sorted(record.overview.recent_doses, key=lambda d: d.given_at, reverse=True)
        for dose in doses:
            item = QListWidgetItem(self._dose_text(record, dose))
            item.setData(DOSE_ID, dose.dose_id)
            self.doses.addItem(item)
        self.none.setVisible(not doses)
        ids = [dose.dose_id for dose in doses]
        if doses:
            self.doses.setCurrentRow(ids.index(chosen) if chosen in ids else 0)

    def _dose_text(self, record: PatientRecord, dose: DoseRecord) -> str:
        text = self.tr("{time}  {drug} {mg} ({outcome}), station {station}").format(
            time=f"{local_date(record.local(dose.given_at).date())} "
            f"{record.local(dose.given_at):%H:%M}",
            drug=drug_name(dose.drug),
            mg=local_mg(dose.mg),
            outcome=outcome_name(dose.outcome),
            station=dose.station_id,
        )
        if dose.voided:
            text += self.tr(" — VOIDED")
        return text

    def chosen(self) -> str | None:
        """The chosen dose's id, or None."""
        item = self.doses.currentItem()
        return str(item.data(DOSE_ID)) if item is not None else None

    def _chosen_dose(self) -> DoseRecord | None:
        dose_id = self.chosen()
        if self.record is None or dose_id is None:
            return None
        return next((d for d in self.record.overview.recent_doses if d.dose_id == dose_id), None)

    def _on_dose_chosen(self, _row: int) -> None:
        dose = self._chosen_dose()
        if dose is not None and self.record is not None:
            self.corrected_at.setDateTime(_qdatetime(self.record.local(dose.given_at)))

    # -- the corrections -----------------------------------------------------------------------

    def void_chosen(self) -> None:
        """Void the chosen dose: a clinic lead at once, anyone else with a second person."""
        if self._chosen_dose() is None:
            self._tell(self.tr("Choose a patient and one of their doses first."))
            return
        if self.lead:
            self._void(None)
            return
        if not self.reason.text().strip():  # asked before a second person is called over
            self._tell(self.tr("Say why the dose record is voided."))
            self.reason.setFocus()
            return
        self.witness_dialog = WitnessDialog(
            self.context.accounts,
            self.context.submit,
            self.context.session.user,
            self.tr("Confirm that this dose record was entered in error and is voided."),
            frozenset({Role.NURSE, Role.CLINIC_LEAD}),
            self,
        )
        self.witness_dialog.confirmed.connect(self._void)
        self.witness_dialog.open()

    def _void(self, witness: User | None) -> None:
        dose, record = self._chosen_dose(), self.record
        if dose is None or record is None:
            return
        context, reason = self.context, self.reason.text()
        patient_id, dose_id = record.overview.patient.patient_id, dose.dose_id
        self._run(
            lambda: context.counter.void_dose(
                context.session, patient_id, dose_id, reason, witness
            ),
            self.tr("The dose record is voided; it no longer counts."),
            self.reason,
        )

    def corrected_time(self) -> datetime | None:
        """The time typed for the chosen dose, on the clinic's wall clock (None: no patient)."""
        if self.record is None:
            return None
        value = self.corrected_at.dateTime()
        day, clock = value.date(), value.time()
        return datetime.combine(
            date(day.year(), day.month(), day.day()),
            time(clock.hour(), clock.minute()),
            tzinfo=self.record.zone,
        )

    def correct_chosen(self) -> None:
        """Record the chosen dose's corrected time, with the reason (clinic lead)."""
        dose, record, given_at = self._chosen_dose(), self.record, self.corrected_time()
        if dose is None or record is None or given_at is None:
            self._tell(self.tr("Choose a patient and one of their doses first."))
            return
        context, reason = self.context, self.reason.text()
        patient_id, dose_id = record.overview.patient.patient_id, dose.dose_id
        self._run(
            lambda: context.counter.correct_dose_time(
                context.session, patient_id, dose_id, given_at, reason
            ),
            self.tr("The dose's time is corrected to {time}.").format(
                time=f"{given_at:%d.%m.%Y %H:%M}"
            ),
            self.reason,
        )
