"""The observation board: a readable, loud countdown per booth, with notes, events and discharge."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QRegularExpression, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.domain.observation import (
    ObservationRules,
    ObservationStage,
    VitalAlarm,
    stage_of,
)
from station.domain.quantities import Milligrams
from station.services.accounts import AccountsService, Session, User
from station.services.counter import CounterService
from station.services.errors import ServiceError
from station.services.observation import (
    ADVERSE_EVENT_KINDS,
    BoardView,
    NoteOutcome,
    OpenObservation,
)
from station.services.signatures import DOSING_ROLES
from station.ui.messages import describe
from station.ui.tasks import Submit
from station.ui.widgets import FlowLayout
from station.ui.witness import WitnessDialog

__all__ = [
    "ESCALATED_FLASH",
    "STAGE_STYLES",
    "AdverseEventDialog",
    "CountdownBoard",
    "DischargeDialog",
    "ObservationBoard",
    "ObservationCard",
    "ObservationStage",
    "OverdoseProtocolDialog",
    "StageStyle",
    "Submit",
    "VitalsNoteDialog",
    "format_countdown",
]

_log = logging.getLogger("station.ui.observation")

Clock = Callable[[], datetime]
T = TypeVar("T")


def board_tr(text: str, n: int = -1) -> str:
    """A text of the board, in the board's translation context (shared by both boards)."""
    return QApplication.translate("ObservationBoard", text, None, n)


@dataclass(frozen=True)
class StageStyle:
    """Text and background colour of a stage (high contrast: at least 4.5:1)."""

    foreground: str
    background: str


STAGE_STYLES = {
    ObservationStage.RUNNING: StageStyle("#FFFFFF", "#1B5E20"),
    ObservationStage.LAST_MINUTES: StageStyle("#000000", "#FFD600"),
    ObservationStage.DUE: StageStyle("#FFFFFF", "#0D47A1"),
    ObservationStage.ESCALATED: StageStyle("#FFFFFF", "#B71C1C"),
}
# The escalated card flashes between its colour and this one, so it is seen from across the room.
ESCALATED_FLASH = StageStyle("#FFFFFF", "#000000")
ALARM_STYLE = "background-color: #B71C1C; color: #FFFFFF; padding: 8px; border: 3px solid #000000;"
CARD_WIDTH = 440
"""About the width a card needs for its three buttons on one line: the board fits columns of it."""


def format_countdown(remaining: timedelta) -> str:
    """``mm:ss`` left, rounded up while running; ``−mm:ss`` overdue (a real minus sign)."""
    seconds = remaining.total_seconds()
    if seconds > 0:
        whole = int(-(-seconds // 1))
        sign = ""
    else:
        whole = int(-seconds)
        sign = "−" if whole else ""
    minutes, rest = divmod(whole, 60)
    return f"{sign}{minutes:02d}:{rest:02d}"


def _adverse_kind_text(kind: str) -> str:
    names = {
        "overdose": QApplication.translate("ObservationBoard", "Overdose"),
        "respiratory depression": QApplication.translate(
            "ObservationBoard", "Respiratory depression"
        ),
        "seizure": QApplication.translate("ObservationBoard", "Seizure"),
        "other": QApplication.translate("ObservationBoard", "Other"),
    }
    return names.get(kind, kind)


def _local_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


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
            self.tr("Blood &pressure (mmHg)"),
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
            self.kind.addItem(_adverse_kind_text(kind), kind)
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
            self.kind.setItemText(index, _adverse_kind_text(kind))
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
        self.heading.setFont(_font(20, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(ALARM_STYLE)
        self.alarm_list = QLabel()
        self.alarm_list.setFont(_font(16, bold=True))
        self.alarm_list.setWordWrap(True)
        self.alarm_list.setStyleSheet("color: #B71C1C; background-color: #FFFFFF;")
        self.steps = QLabel()
        self.steps.setFont(_font(16))
        self.steps.setWordWrap(True)
        self.steps.setStyleSheet("color: #000000; background-color: #FFFFFF;")
        self.record_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.record_button, self.close_button):
            button.setFont(_font(14, bold=True))
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


class ObservationCard(QFrame):
    """One patient under observation: booth, clinic id, countdown, stage and its actions.

    The buttons emit :attr:`note_requested`, :attr:`adverse_event_requested` and
    :attr:`discharge_requested` with the observation id; the board opens the dialogs. A
    ``read_only`` card (the locked screen's) shows booth, clinic id, countdown and stage only.
    """

    note_requested = Signal(str)
    adverse_event_requested = Signal(str)
    discharge_requested = Signal(str)

    def __init__(
        self,
        observation: OpenObservation,
        parent: QWidget | None = None,
        read_only: bool = False,
        zone: tzinfo | None = None,
    ) -> None:
        """Show ``observation`` (times in ``zone``, the clinic's); :meth:`show_time` runs it."""
        super().__init__(parent)
        self.setObjectName("observationCard")
        self._zone = zone
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(4)
        self.read_only = read_only
        self.observation = observation
        self.stage = ObservationStage.RUNNING
        self.remaining = timedelta(0)
        self._flash = False
        self.booth_label = QLabel()
        self.booth_label.setFont(_font(22, bold=True))
        self.countdown = QLabel("--:--")
        self.countdown.setFont(_font(48, bold=True))
        self.stage_label = QLabel()
        self.stage_label.setFont(_font(16, bold=True))
        self.stage_label.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setFont(_font(13))
        self.note_button = QPushButton(self)
        self.adverse_button = QPushButton(self)
        self.discharge_button = QPushButton(self)
        for button in (self.note_button, self.adverse_button, self.discharge_button):
            button.setFont(_font(14, bold=True))
            button.setMinimumHeight(44)
        self.note_button.clicked.connect(lambda: self.note_requested.emit(self.observation_id))
        self.adverse_button.clicked.connect(
            lambda: self.adverse_event_requested.emit(self.observation_id)
        )
        self.discharge_button.clicked.connect(
            lambda: self.discharge_requested.emit(self.observation_id)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.booth_label)
        layout.addWidget(self.countdown)
        layout.addWidget(self.stage_label)
        if read_only:  # the locked screen: nothing written about the patient, no actions
            for widget in (
                self.details,
                self.note_button,
                self.adverse_button,
                self.discharge_button,
            ):
                widget.hide()
        else:
            buttons = FlowLayout(spacing=8)  # wraps onto a second line on a narrow card
            buttons.addWidget(self.note_button)
            buttons.addWidget(self.adverse_button)
            buttons.addWidget(self.discharge_button)
            layout.addWidget(self.details)
            layout.addLayout(buttons)
        self._retranslate()
        self._apply_style()

    @property
    def observation_id(self) -> str:
        """The observation this card shows."""
        return self.observation.observation_id

    @property
    def booth(self) -> str:
        """The booth's name, or a placeholder when none was given."""
        return self.observation.booth or self.tr("No booth")

    def update_observation(self, observation: OpenObservation) -> None:
        """Show newer data (notes, adverse events) for the same observation."""
        self.observation = observation
        self._retranslate()

    def set_busy(self, busy: bool) -> None:
        """Disable the actions while a write for this card is on its way to the disk."""
        for button in (self.note_button, self.adverse_button, self.discharge_button):
            button.setEnabled(not busy)

    def show_time(self, remaining: timedelta, stage: ObservationStage, flash: bool) -> None:
        """Show the countdown and stage; ``flash`` toggles the escalated colours."""
        changed = stage is not self.stage or flash != self._flash
        self.remaining = remaining
        self.stage = stage
        self._flash = flash
        self.countdown.setText(format_countdown(remaining))
        self.countdown.setAccessibleName(self._countdown_words())
        self.stage_label.setText(self._stage_words())
        if changed:
            self._apply_style()

    def style_now(self) -> StageStyle:
        """The colours shown now."""
        if self.stage is ObservationStage.ESCALATED and self._flash:
            return ESCALATED_FLASH
        return STAGE_STYLES[self.stage]

    def _apply_style(self) -> None:
        # The labels get the stage's background as well as its text colour: the station's
        # style sheet paints every widget white, and only a colour set here overrides that.
        style = self.style_now()
        self.setStyleSheet(
            f"QFrame#observationCard {{ background-color: {style.background}; "
            f"border: 4px solid {style.foreground}; }}"
            f"QFrame#observationCard QLabel {{ color: {style.foreground}; "
            f"background-color: {style.background}; border: none; }}"
            "QFrame#observationCard QPushButton { background-color: #FFFFFF; color: #000000; "
            "border: 2px solid #000000; padding: 4px 10px; }"
            "QFrame#observationCard QPushButton:focus { border: 4px solid #FF6F00; }"
            "QFrame#observationCard QPushButton:disabled { background-color: #E0E0E0; "
            "color: #000000; }"
        )

    def _stage_words(self) -> str:
        return {
            ObservationStage.RUNNING: self.tr("Under observation"),
            ObservationStage.LAST_MINUTES: self.tr("Last minutes"),
            ObservationStage.DUE: self.tr("Time is up: check and discharge"),
            ObservationStage.ESCALATED: self.tr("NOT DISCHARGED: check the patient now"),
        }[self.stage]

    def _countdown_words(self) -> str:
        minutes = int(abs(self.remaining.total_seconds()) // 60)
        if self.remaining > timedelta(0):
            return self.tr("%n minute(s) left", "", minutes + 1)
        return self.tr("%n minute(s) overdue", "", minutes)

    def _retranslate(self) -> None:
        observation = self.observation
        self.booth_label.setText(f"{self.booth} · {observation.clinic_id}")
        self.booth_label.setAccessibleName(
            self.tr("%1, patient %2").replace("%1", self.booth).replace("%2", observation.clinic_id)
        )
        self.stage_label.setText(self._stage_words())
        if not self.read_only:
            self.details.setText(self._details_text())
        self.details.setAccessibleName(self.tr("Notes and events"))
        self.note_button.setText(self.tr("&Note / vitals"))
        self.adverse_button.setText(self.tr("&Adverse event"))
        self.discharge_button.setText(self.tr("Dis&charge"))
        for button, words in (
            (self.note_button, self.tr("Note or vital signs, %1")),
            (self.adverse_button, self.tr("Adverse event, %1")),
            (self.discharge_button, self.tr("Discharge, %1")),
        ):
            button.setAccessibleName(words.replace("%1", self.booth))
        self.countdown.setAccessibleName(self._countdown_words())
        self.setAccessibleName(self.tr("Observation, %1").replace("%1", self.booth))

    def _clock_time(self, moment: datetime | str) -> str:
        """``HH:MM`` in the clinic's time zone (stored times may be in any offset)."""
        if isinstance(moment, str):
            text = moment
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                return text[11:16]
        if self._zone is not None and moment.tzinfo is not None:
            moment = moment.astimezone(self._zone)
        return moment.strftime("%H:%M")

    def _details_text(self) -> str:
        lines: list[str] = []
        started = self.observation.started_at
        lines.append(self.tr("Since %1").replace("%1", self._clock_time(started)))
        for entry in self.observation.notes[-3:]:
            lines.append(self._entry_text(entry))
        return "\n".join(lines)

    def _entry_text(self, entry: dict[str, Any]) -> str:
        at = self._clock_time(str(entry.get("at", "")))
        if "kind" in entry:
            naloxone = entry.get("naloxone_mg")
            text = self.tr("%1 ADVERSE EVENT: %2").replace("%1", at)
            text = text.replace("%2", _adverse_kind_text(str(entry["kind"])))
            if naloxone:
                text += self.tr(", naloxone %1 mg").replace("%1", str(naloxone))
            return text
        vitals = entry.get("vitals") or {}
        parts = [str(entry.get("note", ""))] if entry.get("note") else []
        parts += [f"{key.split('_')[0]} {value}" for key, value in vitals.items()]
        text = f"{at} " + "; ".join(parts)
        if entry.get("alarms"):
            text = self.tr("⚠ VITAL SIGNS ALARM: %1").replace("%1", text)
        return text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class CountdownBoard(QWidget):
    """The countdowns and their alarms, shared by the counter's board and the locked screen's.

    A subclass says how the board is read (:meth:`_read_job`, run in the background through
    ``submit``). Each tick reads ``clock``, puts each card in its stage by the clinic's rules
    (:func:`station.domain.observation.stage_of`), and raises the alarm (the banner and
    :attr:`alert`, by default :meth:`QApplication.beep`) when an observation becomes due and
    when it escalates, again every ``repeat_alert`` while escalated.

    Signals: :attr:`observation_due` and :attr:`observation_escalated` (observation id);
    :attr:`refreshed` after each read; :attr:`failed` with a message a nurse can read.
    """

    observation_due = Signal(str)
    observation_escalated = Signal(str)
    refreshed = Signal()
    failed = Signal(str)

    read_only = False

    def __init__(
        self,
        submit: Submit,
        clock: Clock,
        *,
        alert: Callable[[], None] | None = None,
        repeat_alert: timedelta = timedelta(minutes=1),
        tick_ms: int = 500,
        reload_ms: int = 10_000,
        parent: QWidget | None = None,
    ) -> None:
        """Build the board; call :meth:`start` to run its timers and read it."""
        super().__init__(parent)
        self._submit = submit
        self._clock: Clock = clock
        self.alert: Callable[[], None] = alert or QApplication.beep
        """The sound of the alarm (tests count it)."""
        self.repeat_alert = repeat_alert
        self.rules = ObservationRules()
        """The clinic's countdown rules, as last read with the board."""
        self.cards: dict[str, ObservationCard] = {}
        self._stages: dict[str, ObservationStage] = {}
        self._last_alert: dict[str, datetime] = {}
        self._loading = False
        self._reload_wanted = False
        self._flash = False

        self.title = QLabel()
        self.title.setFont(_font(20, bold=True))
        self.banner = QLabel()
        self.banner.setFont(_font(18, bold=True))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ALARM_STYLE)
        self.banner.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(_font(14))
        self.message.setStyleSheet("color: #000000; background-color: #FFFFFF; padding: 4px;")
        self.message.hide()
        self.empty_label = QLabel()
        self.empty_label.setFont(_font(16))
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(12)
        self._columns = 2
        # The columns follow the width (see _place_cards): the board never holds the window
        # wider than it is, and a card wider than a narrow board scrolls sideways.
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        if self.read_only:
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.tick)
        self.reload_timer = QTimer(self)
        self.reload_timer.setInterval(reload_ms)
        self.reload_timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Run the countdown and the periodic reads; read the board now."""
        self._retranslate()
        self.tick_timer.start()
        self.reload_timer.start()
        self.refresh()

    def stop(self) -> None:
        """Stop the timers (before the board is thrown away)."""
        self.tick_timer.stop()
        self.reload_timer.stop()

    # -- reading ------------------------------------------------------------------------------

    def _read_job(self) -> Callable[[], BoardView] | None:
        """The background read of the board, or None when it cannot be read now."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read the open observations again (in the background)."""
        job = self._read_job()
        if job is None:
            return
        if self._loading:
            self._reload_wanted = True
            return
        self._loading = True
        self._submit(job, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, view: BoardView) -> None:
        self._loading = False
        if self._read_job() is not None:
            self.rules = view.rules
            self._show(view.observations)
        self.refreshed.emit()
        if self._reload_wanted:
            self._reload_wanted = False
            self.refresh()

    def _on_load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._report(error, board_tr("The observation board could not be read."))

    def _new_card(self, observation: OpenObservation) -> ObservationCard:
        return ObservationCard(observation, self._grid_host, read_only=self.read_only)

    def _show(self, observations: list[OpenObservation]) -> None:
        wanted = {item.observation_id: item for item in observations}
        for observation_id in list(self.cards):
            if observation_id not in wanted:
                card = self.cards.pop(observation_id)
                self._grid.removeWidget(card)
                card.hide()
                card.deleteLater()
                self._stages.pop(observation_id, None)
                self._last_alert.pop(observation_id, None)
        for observation_id, observation in wanted.items():
            existing = self.cards.get(observation_id)
            if existing is None:
                self.cards[observation_id] = self._new_card(observation)
            else:
                existing.update_observation(observation)
        self._place_cards(force=True)
        self._retranslate()
        self.tick()

    def _fitting_columns(self) -> int:
        width = self.scroll_area.viewport().width() or self.width()
        return max(1, min(4, width // CARD_WIDTH))

    def _place_cards(self, force: bool = False) -> None:
        """Lay the cards out in as many columns as fit (oldest first, row by row)."""
        columns = self._fitting_columns()
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """More or fewer columns when the board is wider or narrower."""
        super().resizeEvent(event)
        self._place_cards()

    # -- the countdown ------------------------------------------------------------------------

    def remaining(self, observation_id: str) -> timedelta:
        """Time left on an observation's countdown (negative once overdue)."""
        return self.cards[observation_id].observation.ends_at - self._clock()

    def tick(self) -> None:
        """Redraw every countdown from the stored end times; raise alerts on stage changes."""
        now = self._clock()
        self._flash = not self._flash
        due: list[str] = []
        escalated: list[str] = []
        for observation_id, card in self.cards.items():
            remaining = card.observation.ends_at - now
            stage = stage_of(remaining, self.rules)
            card.show_time(remaining, stage, self._flash)
            previous = self._stages.get(observation_id)
            self._stages[observation_id] = stage
            if stage is ObservationStage.DUE:
                due.append(card.booth)
                if previous is not ObservationStage.DUE:
                    self._raise_alert(observation_id, now)
                    self.observation_due.emit(observation_id)
            elif stage is ObservationStage.ESCALATED:
                escalated.append(card.booth)
                if previous is not ObservationStage.ESCALATED:
                    self._raise_alert(observation_id, now)
                    self.observation_escalated.emit(observation_id)
                elif now - self._last_alert.get(observation_id, now) >= self.repeat_alert:
                    self._raise_alert(observation_id, now)
        self._show_banner(due, escalated)

    def _raise_alert(self, observation_id: str, now: datetime) -> None:
        self._last_alert[observation_id] = now
        self.alert()

    def _banner_lines(self, due: list[str], escalated: list[str]) -> list[str]:
        lines = []
        if escalated:
            lines.append(
                board_tr(
                    "Not discharged after the time was up: %1. Check these patients now."
                ).replace("%1", ", ".join(escalated))
            )
        if due:
            lines.append(board_tr("Observation time is up: %1.").replace("%1", ", ".join(due)))
        return lines

    def _show_banner(self, due: list[str], escalated: list[str]) -> None:
        lines = self._banner_lines(due, escalated)
        self.banner.setText("\n".join(lines))
        self.banner.setAccessibleName(" ".join(lines))
        self.banner.setVisible(bool(lines))

    def _report(self, error: BaseException, fallback: str) -> None:
        if isinstance(error, ServiceError):
            text = describe(error)
        else:
            # The type only: a message or traceback locals could carry patient data.
            _log.error("observation board: unexpected %s", type(error).__name__)
            text = fallback
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    # -- language -----------------------------------------------------------------------------

    def _empty_text(self) -> str:
        return board_tr("No one is under observation.")

    def _retranslate(self) -> None:
        self.title.setText(board_tr("Observation board (%n patient(s))", len(self.cards)))
        self.title.setAccessibleName(self.title.text())
        self.empty_label.setText(self._empty_text())
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.empty_label.setVisible(not self.cards)
        self.setAccessibleName(board_tr("Observation board"))
        self.scroll_area.setAccessibleName(board_tr("Patients under observation"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.tick()
        super().changeEvent(event)


class ObservationBoard(CountdownBoard):
    """Every patient under observation at the counter, with a countdown per booth.

    Build it with the counter service, the signed-in session (``None`` while locked: the
    board then shows no patient data), a :class:`Submit` that runs service calls in the
    background, and optionally ``clock`` (default: the counter service's), ``alert``,
    ``repeat_alert``, ``tick_ms`` and ``reload_ms`` (see :class:`CountdownBoard`). The
    countdown rules and the early-discharge rule are the clinic's, read with the board
    through :meth:`ObservationService.board`.

    Notes and vital signs, an adverse event (overdose, naloxone dose and time) and the
    discharge are one button away on every card. Vital signs past the clinic's limits open
    the overdose protocol prompt (:class:`OverdoseProtocolDialog`, :attr:`overdose_protocol`).
    An early discharge asks for its reason and, when the clinic's rules say so, a second
    person (:class:`WitnessDialog`); the service checks both again.

    Signals (besides :class:`CountdownBoard`'s): :attr:`note_recorded`,
    :attr:`adverse_event_recorded` and :attr:`discharged` after the write is on disk;
    :attr:`overdose_protocol` (observation id) when the prompt opens.
    """

    note_recorded = Signal(str)
    adverse_event_recorded = Signal(str)
    discharged = Signal(str)
    overdose_protocol = Signal(str)

    def __init__(
        self,
        counter: CounterService,
        session: Session | None,
        submit: Submit,
        *,
        accounts: AccountsService,
        clock: Clock | None = None,
        alert: Callable[[], None] | None = None,
        repeat_alert: timedelta = timedelta(minutes=1),
        tick_ms: int = 500,
        reload_ms: int = 10_000,
        parent: QWidget | None = None,
    ) -> None:
        """Build the board and start its timers; it loads the open observations at once.

        ``accounts`` checks the second person of an early discharge.
        """
        super().__init__(
            submit,
            clock or counter.clock,
            alert=alert,
            repeat_alert=repeat_alert,
            tick_ms=tick_ms,
            reload_ms=reload_ms,
            parent=parent,
        )
        self.counter = counter
        self.accounts = accounts
        self.session = session
        self.dialog: QDialog | None = None
        self.start()

    # -- session ------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Change the signed-in user; ``None`` (locked) removes every patient from the board."""
        self.session = session
        if session is None:
            if self.dialog is not None:
                self.dialog.reject()
            self._show([])
        else:
            self.refresh()

    def _read_job(self) -> Callable[[], BoardView] | None:
        session = self.session
        if session is None:
            return None
        observations = self.counter.observations
        return lambda: observations.board(session)

    def _new_card(self, observation: OpenObservation) -> ObservationCard:
        card = ObservationCard(observation, self._grid_host, zone=self.counter.settings.zone)
        card.note_requested.connect(self.open_note)
        card.adverse_event_requested.connect(self.open_adverse_event)
        card.discharge_requested.connect(self.open_discharge)
        return card

    def _empty_text(self) -> str:
        return board_tr("Locked.") if self.session is None else super()._empty_text()

    # -- actions ------------------------------------------------------------------------------

    def open_note(self, observation_id: str) -> VitalsNoteDialog:
        """Open the note and vital signs form for an observation."""
        card = self.cards[observation_id]
        dialog = VitalsNoteDialog(card.booth, self)
        dialog.accepted.connect(lambda: self._record_note(observation_id, card.booth, dialog))
        self._open(dialog)
        return dialog

    def open_adverse_event(self, observation_id: str) -> AdverseEventDialog:
        """Open the adverse event form (overdose, naloxone dose and time) for an observation."""
        booth = self._booth_of(observation_id)
        now = self._clock().astimezone(self.counter.settings.zone)
        dialog = AdverseEventDialog(booth, now, self)
        dialog.accepted.connect(lambda: self._record_adverse_event(observation_id, dialog))
        self._open(dialog)
        return dialog

    def open_discharge(self, observation_id: str) -> DischargeDialog:
        """Open the discharge confirmation (with the early-discharge reason when time is left)."""
        card = self.cards[observation_id]
        dialog = DischargeDialog(
            card.booth,
            self.remaining(observation_id),
            self.rules.early_discharge_needs_second_person,
            self,
        )
        dialog.accepted.connect(lambda: self._discharge_confirmed(observation_id, dialog))
        self._open(dialog)
        return dialog

    def open_overdose_protocol(
        self, observation_id: str, booth: str, alarms: tuple[VitalAlarm, ...]
    ) -> OverdoseProtocolDialog:
        """Show the overdose protocol for vital signs past the limits; sound the alarm."""
        dialog = OverdoseProtocolDialog(booth, alarms, self)
        dialog.accepted.connect(lambda: self._adverse_event_after_protocol(observation_id))
        self._open(dialog)
        self.alert()
        self.overdose_protocol.emit(observation_id)
        return dialog

    def _adverse_event_after_protocol(self, observation_id: str) -> None:
        # Opened once the prompt is closed (it is the board's one dialog until then).
        QTimer.singleShot(0, self, lambda: self._open_adverse_if_open(observation_id))

    def _open_adverse_if_open(self, observation_id: str) -> None:
        if observation_id in self.cards and self.session is not None:
            self.open_adverse_event(observation_id)

    def _booth_of(self, observation_id: str) -> str:
        card = self.cards.get(observation_id)
        return card.booth if card is not None else self.tr("No booth")

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _record_note(self, observation_id: str, booth: str, dialog: VitalsNoteDialog) -> None:
        note, vitals = dialog.note(), dialog.vitals()
        observations = self.counter.observations

        def noted(outcome: NoteOutcome) -> None:
            if outcome.alarms:
                self.open_overdose_protocol(observation_id, booth, outcome.alarms)

        self._write(
            observation_id,
            lambda session: observations.note_observation(session, observation_id, note, vitals),
            self.note_recorded,
            noted,
        )

    def _record_adverse_event(self, observation_id: str, dialog: AdverseEventDialog) -> None:
        kind, naloxone, at = dialog.event_kind(), dialog.naloxone(), dialog.event_time()
        observations = self.counter.observations
        self._write(
            observation_id,
            lambda session: observations.record_adverse_event(
                session, observation_id, kind or "", naloxone, at
            ),
            self.adverse_event_recorded,
        )

    def _discharge_confirmed(self, observation_id: str, dialog: DischargeDialog) -> None:
        note, reason = dialog.note(), dialog.early_reason()
        session = self.session
        if not dialog.second_person or session is None:
            self._discharge(observation_id, note, reason, None)
            return
        booth = self._booth_of(observation_id)
        witness = WitnessDialog(
            self.accounts,
            self._submit,
            session.user,
            self.tr(
                "%1 leaves before the observation time is up (%2). A second person confirms "
                "the early discharge."
            )
            .replace("%1", booth)
            .replace("%2", reason),
            frozenset(DOSING_ROLES),
            self,
        )
        witness.confirmed.connect(
            lambda person: self._discharge(observation_id, note, reason, person)
        )
        self._open(witness)

    def _discharge(self, observation_id: str, note: str, reason: str, witness: User | None) -> None:
        observations = self.counter.observations
        self._write(
            observation_id,
            lambda session: observations.discharge(
                session, observation_id, note, early_reason=reason, witness=witness
            ),
            self.discharged,
        )

    def _write(
        self,
        observation_id: str,
        action: Callable[[Session], T],
        done_signal: Any,
        on_result: Callable[[T], None] | None = None,
    ) -> None:
        session = self.session
        if session is None:
            return
        self._set_busy(observation_id, True)

        def done(result: T) -> None:
            self._set_busy(observation_id, False)
            self.message.hide()
            done_signal.emit(observation_id)
            if on_result is not None:
                on_result(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._set_busy(observation_id, False)
            self._report(
                error, self.tr("This could not be saved. Nothing was recorded; try again.")
            )

        self._submit(lambda: action(session), done, failed)

    def _set_busy(self, observation_id: str, busy: bool) -> None:
        card = self.cards.get(observation_id)
        if card is not None:
            card.set_busy(busy)
