"""The observation board's dialogs: vital signs, adverse event, discharge, overdose protocol."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QEvent, QRegularExpression, QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.observation import VitalAlarm
from station.domain.quantities import Milligrams
from station.services.observation import ADVERSE_EVENT_KINDS
from station.ui.observation.look import (
    ALARM_STYLE,
    adverse_kind_text,
    board_font,
    format_countdown,
)

__all__ = ["AdverseEventDialog", "DischargeDialog", "OverdoseProtocolDialog", "VitalsNoteDialog"]


def _local_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


class VitalsNoteDialog(QDialog):
    """A note and vital signs for one observation; every measurement starts empty.

    A field left empty is "not measured" (a typed 0 is a measured 0); sedation starts at "not
    assessed". :meth:`note` and :meth:`vitals` give what was entered; the board records them
    with :meth:`ObservationService.note_observation`, which judges them against the clinic's
    limits.
    """

    def __init__(self, booth: str, parent: QWidget | None = None) -> None:
        """Build the form for the patient in ``booth``."""
        super().__init__(parent)
        self._booth = booth
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.pulse = self._number()
        self.breathing = self._number()
        self.oxygen = self._number()
        self.blood_pressure = QLineEdit()
        self.blood_pressure.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,3}(/\d{0,3})?$"))
        )
        self.sedation = QComboBox()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self._labels,
            (
                self.note_edit,
                self.pulse,
                self.breathing,
                self.oxygen,
                self.blood_pressure,
                self.sedation,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            self._form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()

    @staticmethod
    def _number() -> QLineEdit:
        field = QLineEdit()
        field.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,3}$")))
        return field

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Note and vital signs: %1").replace("%1", self._booth))
        texts = (
            self.tr("&Note"),
            self.tr("&Pulse (/min)"),
            self.tr("&Breathing (/min)"),
            self.tr("&Oxygen saturation (%)"),
            self.tr("Blood pr&essure (mmHg)"),
            self.tr("&Sedation score"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for field in (self.pulse, self.breathing, self.oxygen):
            field.setPlaceholderText(self.tr("not measured"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.pulse.setAccessibleName(self.tr("Pulse per minute"))
        self.breathing.setAccessibleName(self.tr("Breaths per minute"))
        self.oxygen.setAccessibleName(self.tr("Oxygen saturation in percent"))
        self.blood_pressure.setAccessibleName(self.tr("Blood pressure"))
        self.blood_pressure.setPlaceholderText(self.tr("e.g. 120/80"))
        self.sedation.setAccessibleName(self.tr("Sedation score"))
        self.problem.setAccessibleName(self.tr("What is missing"))
        current = self.sedation.currentIndex()
        self.sedation.clear()
        self.sedation.addItem(self.tr("not assessed"), None)
        for score, words in (
            (0, self.tr("0 – awake and alert")),
            (1, self.tr("1 – drowsy, easy to rouse")),
            (2, self.tr("2 – very drowsy, rousable by voice")),
            (3, self.tr("3 – hard to rouse: act now")),
        ):
            self.sedation.addItem(words, score)
        self.sedation.setCurrentIndex(max(0, current))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def note(self) -> str:
        """The note as typed."""
        return self.note_edit.toPlainText().strip()

    def vitals(self) -> dict[str, str]:
        """The vital signs that were measured, as text values with their unit in the key."""
        vitals: dict[str, str] = {}
        for key, field in (
            ("pulse_per_min", self.pulse),
            ("breaths_per_min", self.breathing),
            ("spo2_percent", self.oxygen),
        ):
            if field.text().strip():
                vitals[key] = str(int(field.text()))
        if self.blood_pressure.text().strip():
            vitals["blood_pressure_mmhg"] = self.blood_pressure.text().strip()
        score = self.sedation.currentData()
        if score is not None:
            vitals["sedation_score"] = str(score)
        return vitals

    def accept(self) -> None:
        """Accept a note or at least one vital sign; a half-typed blood pressure is refused."""
        pressure = self.blood_pressure.text().strip()
        if pressure and not QRegularExpression(r"^\d{2,3}/\d{2,3}$").match(pressure).hasMatch():
            self._refuse(self.tr("Enter the blood pressure as two numbers, e.g. 120/80."))
            self.blood_pressure.setFocus()
            return
        if not self.note() and not self.vitals():
            self._refuse(self.tr("Write a note or enter a vital sign."))
            self.note_edit.setFocus()
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class AdverseEventDialog(QDialog):
    """Record an adverse event: what happened, whether naloxone was given (mg), and when.

    Nothing clinical is chosen in advance: what happened and whether naloxone was given each
    start at "choose…", and the dose field is empty and closed until naloxone is chosen. Save
    is refused until both are chosen (and a dose typed when naloxone was given).
    """

    def __init__(self, booth: str, now: datetime, parent: QWidget | None = None) -> None:
        """Build the form for the patient in ``booth``; ``now`` is the clinic-local time."""
        super().__init__(parent)
        self._booth = booth
        self._tzinfo = now.tzinfo
        self.kind = QComboBox()
        self.kind.addItem("", None)
        for kind in ADVERSE_EVENT_KINDS:
            self.kind.addItem(adverse_kind_text(kind), kind)
        self.naloxone_given = QComboBox()
        for value in (None, False, True):
            self.naloxone_given.addItem("", value)
        self.naloxone_mg = QLineEdit()
        self.naloxone_mg.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{1,2}([.,]\d{1,2})?$"))
        )
        self.naloxone_mg.setEnabled(False)
        self.naloxone_given.currentIndexChanged.connect(self._naloxone_chosen)
        self.at = QDateTimeEdit(_local_qdatetime(now))
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setMaximumDateTime(_local_qdatetime(now + timedelta(minutes=1)))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.kind, self.naloxone_given, self.naloxone_mg, self.at), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.kind.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Adverse event: %1").replace("%1", self._booth))
        for label, text in zip(
            self._labels,
            (
                self.tr("&What happened"),
                self.tr("Nalo&xone"),
                self.tr("Naloxone &dose (mg)"),
                self.tr("&Time"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.kind.setItemText(0, self.tr("Choose what happened…"))
        for index, kind in enumerate(ADVERSE_EVENT_KINDS, start=1):
            self.kind.setItemText(index, adverse_kind_text(kind))
        self.naloxone_given.setItemText(0, self.tr("Choose: was naloxone given?"))
        self.naloxone_given.setItemText(1, self.tr("No naloxone given"))
        self.naloxone_given.setItemText(2, self.tr("Naloxone given (enter the dose)"))
        self.kind.setAccessibleName(self.tr("What happened"))
        self.naloxone_given.setAccessibleName(self.tr("Naloxone given or not"))
        self.naloxone_mg.setAccessibleName(self.tr("Naloxone dose in milligrams"))
        self.naloxone_mg.setPlaceholderText(self.tr("e.g. 0.4"))
        self.at.setAccessibleName(self.tr("Time of the event"))
        self.problem.setAccessibleName(self.tr("What is missing"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _naloxone_chosen(self, _index: int) -> None:
        given = self.naloxone_given.currentData() is True
        self.naloxone_mg.setEnabled(given)
        if given:
            self.naloxone_mg.setFocus()
        else:
            self.naloxone_mg.clear()

    def event_kind(self) -> str | None:
        """The code of what happened (stored untranslated), or None while not chosen."""
        kind = self.kind.currentData()
        return str(kind) if kind is not None else None

    def naloxone_answered(self) -> bool:
        """Whether the nurse said if naloxone was given or not."""
        return self.naloxone_given.currentData() is not None

    def naloxone(self) -> Milligrams | None:
        """The naloxone dose, or None when none was given or the field does not hold a dose."""
        if self.naloxone_given.currentData() is not True:
            return None
        if not self.naloxone_mg.hasAcceptableInput():
            return None
        try:
            value = Decimal(self.naloxone_mg.text().replace(",", "."))
        except InvalidOperation:
            return None
        return Milligrams(value) if value > 0 else None

    def event_time(self) -> datetime:
        """When it happened, in the clinic's time zone."""
        chosen = self.at.dateTime()
        day, moment = chosen.date(), chosen.time()
        return datetime(
            day.year(),
            day.month(),
            day.day(),
            moment.hour(),
            moment.minute(),
            tzinfo=self._tzinfo,
        )

    def accept(self) -> None:
        """Refuse until what happened and naloxone are chosen, and a given dose is typed."""
        if self.event_kind() is None:
            self.problem.setText(self.tr("Choose what happened."))
            self.kind.setFocus()
            return
        if not self.naloxone_answered():
            self.problem.setText(self.tr("Say whether naloxone was given."))
            self.naloxone_given.setFocus()
            return
        if self.naloxone_given.currentData() is True and self.naloxone() is None:
            self.problem.setText(
                self.tr("Enter the naloxone dose in mg, or choose 'No naloxone given'.")
            )
            self.naloxone_mg.setFocus()
            return
        super().accept()


class DischargeDialog(QDialog):
    """Confirm a discharge, with an optional note.

    Before the time is up it says so and asks why the patient leaves early (required); when
    the clinic's rules want a second person for that, it says they sign next.
    """

    def __init__(
        self,
        booth: str,
        remaining: timedelta,
        second_person: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Build the confirmation for the patient in ``booth`` with ``remaining`` time left."""
        super().__init__(parent)
        self._booth = booth
        self._remaining = remaining
        self.early = remaining > timedelta(0)
        self.second_person = self.early and second_person
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason_edit)
        self.second_person_note = QLabel()
        self.second_person_note.setWordWrap(True)
        self.note_edit = QLineEdit()
        self._note_label = QLabel()
        self._note_label.setBuddy(self.note_edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        if self.early:
            layout.addWidget(self._reason_label)
            layout.addWidget(self.reason_edit)
        if self.second_person:
            layout.addWidget(self.second_person_note)
        layout.addWidget(self._note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._reason_label.setVisible(self.early)
        self.reason_edit.setVisible(self.early)
        self.second_person_note.setVisible(self.second_person)
        self._retranslate()
        (self.reason_edit if self.early else self.note_edit).setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discharge: %1").replace("%1", self._booth))
        if self.early:
            self.warning.setText(
                self.tr(
                    "The observation time is not over yet (%1 left). A discharge now needs a "
                    "reason."
                ).replace("%1", format_countdown(self._remaining))
            )
        else:
            self.warning.setText(self.tr("The observation time is over. Discharge the patient?"))
        self._reason_label.setText(self.tr("&Why does the patient leave early?"))
        self.reason_edit.setAccessibleName(self.tr("Reason for leaving early"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. leaves against advice, signed out"))
        self.second_person_note.setText(
            self.tr("A second person (nurse or clinic lead) confirms this next.")
        )
        self._note_label.setText(self.tr("Discharge &note"))
        self.note_edit.setAccessibleName(self.tr("Discharge note"))
        self.note_edit.setPlaceholderText(self.tr("e.g. alert, walking steadily"))
        self.problem.setAccessibleName(self.tr("What is missing"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Discharge"))
        ok.setAccessibleName(self.tr("Discharge"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def note(self) -> str:
        """The discharge note as typed."""
        return self.note_edit.text().strip()

    def early_reason(self) -> str:
        """Why the patient leaves before the time is up ("" when the time is up)."""
        return self.reason_edit.text().strip() if self.early else ""

    def accept(self) -> None:
        """Refuse an early discharge without its reason."""
        if self.early and not self.early_reason():
            self.problem.setText(self.tr("Say why the patient leaves before the time is up."))
            self.reason_edit.setFocus()
            return
        super().accept()


class OverdoseProtocolDialog(QDialog):
    """The overdose protocol, shown when a patient's vital signs are past the clinic's limits.

    It names every alarm and the steps; :attr:`record_button` opens the adverse event form.
    """

    def __init__(
        self, booth: str, alarms: tuple[VitalAlarm, ...], parent: QWidget | None = None
    ) -> None:
        """Build the prompt for the patient in ``booth``."""
        super().__init__(parent)
        self._booth = booth
        self.alarms = alarms
        self.setStyleSheet("QDialog { background-color: #FFFFFF; }")
        self.heading = QLabel()
        self.heading.setFont(board_font(20, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(ALARM_STYLE)
        self.alarm_list = QLabel()
        self.alarm_list.setFont(board_font(16, bold=True))
        self.alarm_list.setWordWrap(True)
        self.alarm_list.setStyleSheet("color: #B71C1C; background-color: #FFFFFF;")
        self.steps = QLabel()
        self.steps.setFont(board_font(16))
        self.steps.setWordWrap(True)
        self.steps.setStyleSheet("color: #000000; background-color: #FFFFFF;")
        self.record_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.record_button, self.close_button):
            button.setFont(board_font(14, bold=True))
            button.setMinimumHeight(44)
        self.record_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.alarm_list)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        self._retranslate()
        self.record_button.setDefault(True)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Overdose protocol: %1").replace("%1", self._booth))
        self.heading.setText(
            self.tr(
                "%1: vital signs past the clinic's limits. Start the overdose protocol."
            ).replace("%1", self._booth)
        )
        self.alarm_list.setText("\n".join(f"⚠ {alarm.message}" for alarm in self.alarms))
        self.steps.setText(
            "\n".join(
                (
                    self.tr("1. Call for help now: alert a colleague and the emergency team."),
                    self.tr(
                        "2. Give naloxone as the clinic's protocol says; open the airway, "
                        "support breathing, give oxygen."
                    ),
                    self.tr("3. Stay with the patient; measure breathing and SpO2 again."),
                    self.tr("4. Record the adverse event and the naloxone given."),
                )
            )
        )
        self.record_button.setText(self.tr("&Record adverse event"))
        self.close_button.setText(self.tr("&Close"))
        self.heading.setAccessibleName(self.heading.text())
        self.alarm_list.setAccessibleName(self.tr("Vital signs past the limits"))
        self.steps.setAccessibleName(self.tr("Overdose protocol steps"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
