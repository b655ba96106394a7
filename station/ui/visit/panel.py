"""The patient panel: photo, name, birth date, clinic id, prescription, today's doses, flags."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.domain.prescriptions import Prescription, active_prescriptions
from station.domain.quantities import Milligrams
from station.domain.settings import RuleSettings
from station.services.counter import PatientOverview
from station.ui.local_format import drug_name, local_date, local_mg, outcome_name
from station.ui.photos import photo_pixmap, placeholder_photo
from station.ui.prescriber.context import phase_name
from station.ui.prescriber.notice import OrderNoticeLabel
from station.ui.widgets import make_label

PHOTO_PX = 112
"""The photo's side: beside the name, large enough to confirm a face at the counter."""


def active_prescription(overview: PatientOverview, today: date) -> Prescription | None:
    """The prescription valid today (the first, if there are several)."""
    found = active_prescriptions(overview.prescriptions, today)
    return found[0] if found else None


def missed_days(overview: PatientOverview, today: date, settings: RuleSettings) -> int | None:
    """Whole days without a dose before today, since the last dose; None with no dose on record."""
    days = sorted(
        dose.given_at.astimezone(settings.zone).date()
        for dose in overview.recent_doses
        if not dose.voided and dose.counted_mg
    )
    if not days:
        return None
    if days[-1] >= today:
        return 0
    return (today - days[-1]).days - 1


def since(moment: datetime | None, now: datetime) -> str:
    """'3 h 05 min' since a moment, or a dash."""
    if moment is None:
        return "—"
    elapsed = max(now - moment, timedelta(0))
    hours, rest = divmod(int(elapsed.total_seconds()) // 60, 60)
    if hours >= 48:
        return f"{hours // 24} d {hours % 24} h"
    return f"{hours} h {rest:02d} min"


class PatientPanel(QFrame):
    """Shows one patient; :meth:`clear` removes every patient detail (the labels are emptied)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty panel."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setMinimumWidth(260)
        self.setMaximumWidth(340)  # the step beside it takes the rest of the width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.photo = QLabel()
        self.photo.setAccessibleName(self.tr("Patient photo"))
        self.photo.setFixedSize(PHOTO_PX, PHOTO_PX)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_patient_id: str | None = None
        """Whose picture the photo label holds (their initials until their photo is read)."""
        self.shows_recorded_photo = False
        self.name = make_label("", self.tr("Patient name"))
        self.name.setObjectName("heading")
        self.order_notice = OrderNoticeLabel()
        """The prescriber's note, what changed since the last dose, expiry and review warnings."""
        self.birth_date = make_label("", self.tr("Birth date"))
        self.clinic_id = make_label("", self.tr("Clinic id"))
        self.prescription = make_label("", self.tr("Prescription"))
        self.doses_today = make_label("", self.tr("Doses today"))
        self.last_dose = make_label("", self.tr("Time since last dose"))
        self.missed = make_label("", self.tr("Missed days"))
        self.flags = make_label("", self.tr("Flags"))
        self.empty = make_label(self.tr("No patient yet: scan a card."), self.tr("No patient"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # What decides the next dose first (flags, today's doses, the last one), so that a short
        # panel (a 768-px screen, the board below) shows it without scrolling; the photo beside
        # the name, not above it.
        form.addRow(self.tr("Clinic id"), self.clinic_id)
        form.addRow(self.tr("Flags"), self.flags)
        form.addRow(self.tr("Today"), self.doses_today)
        form.addRow(self.tr("Last dose"), self.last_dose)
        form.addRow(self.tr("Missed days"), self.missed)
        form.addRow(self.tr("Prescription"), self.prescription)
        form.addRow(self.tr("Born"), self.birth_date)
        self._details = QWidget()
        details = QVBoxLayout(self._details)
        details.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.name, 1)
        self.name.setWordWrap(True)
        details.addLayout(header)
        details.addLayout(form)
        details.addWidget(self.order_notice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self._details)
        layout.addStretch(1)
        self.clear()

    def clear(self) -> None:
        """Remove every patient detail from the panel."""
        self.photo.clear()
        self.photo_patient_id, self.shows_recorded_photo = None, False
        self.photo.setAccessibleName(self.tr("Patient photo"))
        for label in (
            self.name,
            self.birth_date,
            self.clinic_id,
            self.prescription,
            self.doses_today,
            self.last_dose,
            self.missed,
            self.flags,
        ):
            label.clear()
        self.order_notice.clear_notice()
        self._details.hide()
        self.empty.show()

    def show_photo(self, patient_id: str, image: QImage | None) -> None:
        """Show the patient's recorded photo (read in the background); another's is ignored."""
        if image is None or image.isNull() or patient_id != self.photo_patient_id:
            return
        self.photo.setPixmap(photo_pixmap(image, PHOTO_PX))
        self.photo.setAccessibleName(self.tr("Patient photo"))
        self.shows_recorded_photo = True

    def show_overview(
        self, overview: PatientOverview, now: datetime, settings: RuleSettings, station_id: str
    ) -> None:
        """Fill the panel from a patient overview."""
        patient = overview.patient
        today = now.astimezone(settings.zone).date()
        if patient.patient_id != self.photo_patient_id:  # the same patient keeps their photo
            self.photo.setPixmap(placeholder_photo(patient, PHOTO_PX))
            self.photo.setAccessibleName(self.tr("No photo on record: initials"))
            self.photo_patient_id, self.shows_recorded_photo = patient.patient_id, False
        self.name.setText(f"{patient.given_name} {patient.family_name}")
        self.birth_date.setText(local_date(patient.birth_date))
        self.clinic_id.setText(patient.clinic_id)
        prescription = active_prescription(overview, today)
        flags: list[str] = sorted(patient.flags)
        if prescription is None:
            self.prescription.setText(self.tr("none active today"))
        else:
            self.prescription.setText(
                self.tr(
                    "{drug}: {session} per session, {day} per day, {n} sessions ({phase})"
                ).format(
                    drug=drug_name(prescription.drug),
                    session=local_mg(prescription.max_per_session),
                    day=local_mg(prescription.max_per_day),
                    n=prescription.sessions_per_day,
                    phase=phase_name(prescription.phase),
                )
            )
        for _flag_id, stop in overview.stop_flags:  # each flag its own event, kept across orders
            flags.append(self.tr("STOP-DOSE: {reason}").format(reason=stop.reason))
        today_doses = overview.doses_on(today, settings)
        total = sum((dose.counted_mg for dose in today_doses), Milligrams(0))
        self.doses_today.setText(
            self.tr("%n dose(s), {total}", "", len(today_doses)).format(total=local_mg(total))
            + "".join(
                f"\n  {dose.given_at.astimezone(settings.zone):%H:%M} {local_mg(dose.counted_mg)}"
                f" ({outcome_name(dose.outcome)})"
                for dose in today_doses
            )
        )
        self.last_dose.setText(since(overview.last_dose_at, now))
        missed = missed_days(overview, today, settings)
        self.missed.setText("—" if missed is None else str(missed))
        if missed is not None and missed >= settings.missed_days.warn_at_days:
            flags.append(self.tr("{n} days missed").format(n=missed))
        if overview.open_observation_id is not None:
            flags.append(self.tr("still under observation"))
        if patient.home_station is not None and patient.home_station != station_id:
            flags.append(self.tr("home station is another station"))
        self.flags.setText("\n".join(flags) if flags else self.tr("none"))
        # Red only when there is a flag: "none" in alarm red reads as a warning.
        self.flags.setStyleSheet("color: #B71C1C; font-weight: bold;" if flags else "")
        self.empty.hide()
        self._details.show()
