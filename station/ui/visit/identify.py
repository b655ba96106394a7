"""Step 1, identify: a card checked offline, or name and birth date with a witness."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from devices.readings import Scan
from station.domain.patients import Patient
from station.domain.roles import Role
from station.services.accounts import User
from station.services.counter import PatientOverview, Visit
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.visit.context import VisitServices
from station.ui.visit.resume import HandoverBox
from station.ui.widgets import FlowLayout, MessageLabel, make_button, make_field, make_label
from station.ui.witness import WitnessDialog

Identified = tuple[Visit, PatientOverview]


class IdentifyStep(QWidget):
    """Scan the card, or search by family name and birth date; then confirm the face."""

    identified = Signal(object)
    """``(Visit, PatientOverview)`` once identity is recorded."""
    face_confirmed = Signal()
    """The nurse confirmed the face matches the photo: go on to the assessment."""
    cancelled = Signal()
    """The face did not match, or the nurse stopped: the visit ends here."""

    def __init__(self, services: VisitServices, parent: QWidget | None = None) -> None:
        """Build the step."""
        super().__init__(parent)
        self.services = services
        self.busy = False
        self.scan_hint = make_label(
            self.tr("Scan the patient's card (serial scanner or keyboard scanner)."),
            self.tr("Scan the card"),
        )
        self.scan_hint.setObjectName("heading")
        self.message = MessageLabel(self.tr("Identification message"))

        manual = QGroupBox(self.tr("Without a card"))
        manual.setAccessibleName(self.tr("Identify without a card"))
        self.family_name = make_field(self.tr("Family name"), self.tr("family name"))
        self.birth_date = QDateEdit()
        self.birth_date.setAccessibleName(self.tr("Birth date"))
        self.birth_date.setDisplayFormat("dd.MM.yyyy")
        self.birth_date.setDate(QDate(1980, 1, 1))
        self.search_button = make_button(self.tr("Sea&rch"), self.tr("Search patients"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching patients"))
        self.results.setMaximumHeight(120)
        self.manual_reason = make_field(
            self.tr("Reason for identifying without a card"), self.tr("e.g. card left at home")
        )
        self.witness_button = make_button(
            self.tr("Identify with a &witness…"), self.tr("Identify with a witness")
        )
        form = QFormLayout(manual)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Family name"), self.family_name)
        form.addRow(self.tr("&Birth date"), self.birth_date)
        form.addRow("", self.search_button)
        form.addRow(self.tr("Matches"), self.results)
        form.addRow(self.tr("Rea&son"), self.manual_reason)
        form.addRow("", self.witness_button)

        self.confirm_box = QGroupBox(self.tr("Check the face"))
        self.confirm_box.setAccessibleName(self.tr("Check the face against the photo"))
        self.confirm_text = make_label(
            self.tr("Does the person in front of you match the photo and birth date?"),
            self.tr("Face check question"),
        )
        self.confirm_button = make_button(
            self.tr("&Yes, it is this patient"), self.tr("Face matches: continue")
        )
        self.reject_button = make_button(self.tr("No, stop"), self.tr("Face does not match: stop"))
        confirm_layout = QVBoxLayout(self.confirm_box)
        confirm_layout.addWidget(self.confirm_text)
        row = FlowLayout()
        row.addWidget(self.confirm_button)
        row.addWidget(self.reject_button)
        confirm_layout.addLayout(row)

        self.handover = HandoverBox()
        """Another person's visit in progress here, to take over (hidden when there is none)."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.handover)
        layout.addWidget(self.confirm_box)
        layout.addWidget(manual)
        layout.addStretch(1)
        self.search_button.clicked.connect(self.search)
        self.family_name.returnPressed.connect(self.search)
        self.witness_button.clicked.connect(self.ask_witness)
        self.confirm_button.clicked.connect(self._confirm_face)
        self.reject_button.clicked.connect(self.cancelled)
        self.dialog: WitnessDialog | None = None
        self.reset()

    def _confirm_face(self) -> None:
        """The face matches: only while the face check is shown (a patient is identified).

        Qt can leave the keyboard on the hidden button after "Next patient": an Enter there
        must not go on to the assessment with nobody identified.
        """
        if not self.confirm_box.isHidden() and self.confirm_button.isVisible():
            self.face_confirmed.emit()

    def reset(self) -> None:
        """Ready for the next patient."""
        self.busy = False
        self.message.clear_message()
        self.family_name.clear()
        self.results.clear()
        self.manual_reason.clear()
        self.confirm_box.hide()

    # -- card ---------------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> None:
        """A card was scanned: the counter service checks it and finds its patient."""
        if self.busy:
            return
        self.busy = True
        self.message.show_message(self.tr("Checking the card…"), "info")
        services = self.services
        text = scan.text

        def work() -> Identified:
            visit = services.counter.identify_by_card(services.session, text)
            return visit, services.counter.overview(services.session, visit.patient.patient_id)

        services.submit(work, self._on_identified, known_errors(self._on_refused, self))

    def _on_identified(self, result: Identified) -> None:
        self.busy = False
        self.show_face_check()
        self.identified.emit(result)

    def show_face_check(self) -> None:
        """Identity is recorded: the nurse checks the face against the photo."""
        self.message.show_message(self.tr("Identity recorded. Check the face."), "ok")
        self.confirm_box.show()
        self.confirm_button.setFocus()

    def _on_refused(self, error: BaseException) -> None:
        self.busy = False
        self.message.show_message(describe(error), "error")

    # -- without a card -----------------------------------------------------------------------

    def search(self) -> None:
        """Search the roster by family name and birth date (in the background)."""
        family = self.family_name.text().strip()
        if not family:
            self.message.show_message(self.tr("Enter the family name and the birth date."))
            return
        born = self.birth_date.date()
        birth = date(born.year(), born.month(), born.day())
        services = self.services
        self.results.clear()
        services.submit(
            lambda: services.counter.search(services.session, family, birth),
            self._on_found,
            known_errors(self._on_refused, self),
        )

    def _on_found(self, patients: list[Patient]) -> None:
        self.results.clear()
        if not patients:
            self.message.show_message(self.tr("No patient with this family name and birth date."))
            return
        self.message.clear_message()
        for patient in patients:
            item = QListWidgetItem(
                f"{patient.given_name} {patient.family_name}, "
                f"{patient.birth_date:%d.%m.%Y}, {patient.clinic_id}"
            )
            item.setData(256, patient.patient_id)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.manual_reason.setFocus()

    def ask_witness(self) -> None:
        """Open the witness dialog for a manual identification."""
        if self.results.currentRow() < 0:
            self.message.show_message(self.tr("Search and choose the patient first."))
            return
        if not self.manual_reason.text().strip():
            self.message.show_message(self.tr("Say why the patient is identified without a card."))
            return
        self.dialog = WitnessDialog(
            self.services.accounts,
            self.services.submit,
            self.services.session.user,
            self.tr("Confirm that the person at the counter is the patient chosen (no card)."),
            frozenset({Role.NURSE, Role.CLINIC_LEAD}),
            self,
        )
        self.dialog.confirmed.connect(self._identify_manually)
        self.dialog.open()

    def _identify_manually(self, witness: User) -> None:
        if self.results.currentRow() < 0:
            return
        patient_id = str(self.results.currentItem().data(256))
        reason = self.manual_reason.text().strip()
        services = self.services
        self.busy = True

        def work() -> Identified:
            visit = services.counter.identify_manually(
                services.session, patient_id, reason, witness
            )
            return visit, services.counter.overview(services.session, patient_id)

        services.submit(work, self._on_identified, known_errors(self._on_refused, self))
