"""The absent patients: who has not come today or for days, and the calls made to reach them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from station.services.absence import CONTACT_KINDS, MAX_DAYS, AbsenceService, AbsentPatient
from station.services.absence import ContactEntry as Contact
from station.services.accounts import Session
from station.ui.errors import known_errors
from station.ui.messages import QT_TRANSLATE_NOOP, describe
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_field

if TYPE_CHECKING:
    from station.ui.main_window import StationParts

Index = QModelIndex | QPersistentModelIndex
PATIENT_ID = Qt.ItemDataRole.UserRole
_WARNING = QColor("#FFE0B2")


def tr(text: str) -> str:
    return QCoreApplication.translate("AbsentModel", text)


def kind_names() -> dict[str, str]:
    """Each contact kind's words in the station's language."""
    return {
        "called": tr("called"),
        "visited": tr("visited"),
        "message_left": tr("message left"),
        "resolved": tr("resolved"),
    }


@dataclass
class AbsenceContext:
    """What the screen works with: the absence service, who is signed in, the background runner."""

    absence: AbsenceService
    session: Session
    submit: Submit
    zone: Callable[[], tzinfo]


class AbsentModel(QAbstractTableModel):
    """Absent patients as rows: who, their last dose, days away, missed days, the last contact."""

    COLUMNS = (  # marked for lupdate; each title translated when shown
        QT_TRANSLATE_NOOP("AbsentModel", "Clinic id"),
        QT_TRANSLATE_NOOP("AbsentModel", "Name"),
        QT_TRANSLATE_NOOP("AbsentModel", "Last dose"),
        QT_TRANSLATE_NOOP("AbsentModel", "Days away"),
        QT_TRANSLATE_NOOP("AbsentModel", "Missed days"),
        QT_TRANSLATE_NOOP("AbsentModel", "Last contact"),
    )

    def __init__(self, zone: Callable[[], tzinfo]) -> None:
        """An empty list; times are shown in ``zone()``."""
        super().__init__()
        self.zone = zone
        self.patients: list[AbsentPatient] = []

    def set_patients(self, patients: Sequence[AbsentPatient]) -> None:
        """Replace every row (one model reset)."""
        self.beginResetModel()
        self.patients = list(patients)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Patients listed."""
        return 0 if parent.isValid() else len(self.patients)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """The list's columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def contact_text(self, contact: Contact | None) -> str:
        """A contact in a few words: when, how, and its note."""
        if contact is None:
            return tr("none")
        when = f"{contact.at.astimezone(self.zone()):%d.%m. %H:%M}"
        kind = kind_names().get(contact.kind, contact.kind)
        return f"{when} {kind}" + (f": {contact.note}" if contact.note else "")

    def text(self, row: int, column: int) -> str:
        """One cell's text ("" outside the list)."""
        if not (0 <= row < len(self.patients) and 0 <= column < len(self.COLUMNS)):
            return ""
        item = self.patients[row]
        if column == 0:
            return item.clinic_id
        if column == 1:
            return item.display_name
        if column == 2:
            if item.last_dose_at is None:
                return tr("never")
            return f"{item.last_dose_at.astimezone(self.zone()):%d.%m.%Y %H:%M}"
        if column == 3:
            return str(item.days_absent)
        if column == 4:
            return "–" if item.missed_days is None else str(item.missed_days)
        return self.contact_text(item.last_contact)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, the patient's id under ``PATIENT_ID``, missed days the rules warn at."""
        if not index.isValid():
            return None
        item = self.patients[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == PATIENT_ID:
            return item.patient_id
        if role == Qt.ItemDataRole.BackgroundRole and item.warning and index.column() == 4:
            return _WARNING
        if role == Qt.ItemDataRole.ToolTipRole and item.warning and index.column() == 4:
            return tr("As many missed days as the rules warn at: the next dose needs a comment.")
        return None

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None


class AbsentDialog(QDialog):
    """The absent patients, filtered by days away, with each one's contact log and a form.

    Reads and the contact log go through the absence service in the background; the window
    rejects and deletes the dialog when the screen locks (no patient stays on screen).
    """

    listed = Signal(int)
    """The list was read (how many patients)."""
    contacts_shown = Signal(int)
    """The chosen patient's contact log is shown (how many entries)."""

    def __init__(self, context: AbsenceContext, parent: QWidget | None = None) -> None:
        """Build the screen and read the list at once."""
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Absent patients"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setAccessibleName(self.tr("Away for at least this many days"))
        self.model = AbsentModel(context.zone)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Absent patients"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Contact log of the chosen patient"))
        self.contacts.setMaximumHeight(120)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("How the patient was contacted"))
        for kind in CONTACT_KINDS:
            self.kind.addItem(kind_names()[kind], kind)
        self.note = make_field(self.tr("Contact note"), self.tr("e.g. no answer, voicemail"))
        self.log_button = make_button(self.tr("&Log contact"), self.tr("Log the contact"))
        self.message = MessageLabel(self.tr("Absent patients message"))
        self.close_button = make_button(self.tr("Cl&ose"), self.tr("Close the absent patients"))
        for button in (self.log_button, self.close_button):
            button.setAutoDefault(False)  # Enter logs from the note only (see keyPressEvent)
        self._lay_out()
        self.days.valueChanged.connect(lambda _days: self.reload())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.load_contacts()
        )
        self.note.returnPressed.connect(self.log_contact)
        self.log_button.clicked.connect(self.log_contact)
        self.close_button.clicked.connect(self.reject)
        self.reload()

    def _lay_out(self) -> None:
        filter_row = QHBoxLayout()
        days_label = QLabel(self.tr("Away for at least (&days)"))
        days_label.setBuddy(self.days)
        filter_row.addWidget(days_label)
        filter_row.addWidget(self.days)
        filter_row.addStretch(1)
        form_box = QGroupBox(self.tr("Contact log"))
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.contacts)
        form.addRow(self.tr("&How"), self.kind)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", self.log_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter never closes the screen or logs a contact by itself (the note's Enter does)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _alive(self) -> bool:
        return isValid(self) and isValid(self.table)

    def chosen(self) -> str | None:
        """The patient id of the row chosen (None: none)."""
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.patients):
            return None
        return self.model.patients[row].patient_id

    def reload(self) -> None:
        """Read the list again for the days chosen (in the background)."""
        context, days = self.context, self.days.value()
        chosen = self.chosen()

        def shown(patients: list[AbsentPatient]) -> None:
            if not self._alive():
                return
            self.model.set_patients(patients)
            for row, item in enumerate(patients):
                if item.patient_id == chosen:
                    self.table.selectRow(row)
            self.listed.emit(len(patients))

        context.submit(
            lambda: context.absence.absent(context.session, days=days),
            shown,
            known_errors(self._refused, self),
        )

    def load_contacts(self) -> None:
        """Show the chosen patient's contact log."""
        patient_id, context = self.chosen(), self.context
        self.contacts.clear()
        if patient_id is None:
            return

        def shown(entries: list[Contact]) -> None:
            if not self._alive() or self.chosen() != patient_id:
                return
            self.contacts.clear()
            for entry in entries:
                who = entry.by_name or entry.by
                self.contacts.addItem(f"{self.model.contact_text(entry)} ({who})")
            self.contacts_shown.emit(len(entries))

        context.submit(
            lambda: context.absence.contacts(context.session, patient_id),
            shown,
            known_errors(self._refused, self),
        )

    def log_contact(self) -> None:
        """Log how the chosen patient was contacted (the list and the log are read again)."""
        patient_id, context = self.chosen(), self.context
        if patient_id is None:
            self.message.show_message(self.tr("Choose the patient in the list first."))
            return
        kind, note = str(self.kind.currentData()), self.note.text()

        def logged(_entry: Contact) -> None:
            if not self._alive():
                return
            self.note.clear()
            self.message.show_message(self.tr("Contact logged."), "ok")
            self.reload()
            self.load_contacts()

        context.submit(
            lambda: context.absence.log_contact(context.session, patient_id, kind, note),
            logged,
            known_errors(self._refused, self),
        )

    def _refused(self, error: BaseException) -> None:
        if self._alive():
            self.message.show_message(describe(error), "error")


def open_absent(
    parts: StationParts, session: Session, parent: QWidget, keys: Sequence[QAction]
) -> AbsentDialog:
    """Open the absent patients for ``session`` over ``parent`` (window-modal), with ``keys``."""
    counter = parts.counter
    context = AbsenceContext(
        parts.services.absence, session, parts.tasks.submit, lambda: counter.settings.zone
    )
    dialog = AbsentDialog(context, parent)
    dialog.addActions(list(keys))
    dialog.open()
    return dialog
