"""The observation board: a countdown per booth for every patient watched after their injection.

:class:`ObservationBoard` shows one :class:`ObservationCard` per open observation, read from
:meth:`CounterService.open_observations`. Countdowns run from the stored start and end times,
so a board built after a restart shows the same remaining time. A :class:`QTimer` tick reads
an injectable clock; each card goes through the stages of :class:`ObservationStage`
(running → last minutes → due → escalated), with its own colours and words, a sound and a
banner when the time is up and again when it is not closed after the escalation grace.

Notes and vital signs, an adverse event (overdose, naloxone dose and time) and the discharge
are one button away on every card; the writes run through a :class:`Submit`
so the GUI thread never waits on the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QRegularExpression, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.domain.quantities import Milligrams
from station.services.counter import CounterService, OpenObservation
from station.services.errors import ServiceError
from station.store.store import Session

_log = logging.getLogger("station.ui.observation")

Clock = Callable[[], datetime]
T = TypeVar("T")


class Submit(Protocol):
    """Run ``work`` in the background, then ``on_done(result)`` or ``on_error(error)``.

    Both callbacks must run on the GUI thread. :meth:`station.ui.tasks.BackgroundTasks.submit`
    is one; whatever it returns is ignored.
    """

    def __call__(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> object:
        """Start ``work``; report its outcome later on the GUI thread."""


class ObservationStage(Enum):
    """Where an observation's countdown stands."""

    RUNNING = "running"
    LAST_MINUTES = "last_minutes"
    DUE = "due"
    ESCALATED = "escalated"


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

ADVERSE_EVENT_KINDS = ("overdose", "respiratory depression", "seizure", "other")


def stage_of(
    remaining: timedelta, last_minutes: timedelta, escalate_after: timedelta
) -> ObservationStage:
    """The stage of a countdown with ``remaining`` time left (negative once overdue)."""
    if remaining > last_minutes:
        return ObservationStage.RUNNING
    if remaining > timedelta(0):
        return ObservationStage.LAST_MINUTES
    if -remaining < escalate_after:
        return ObservationStage.DUE
    return ObservationStage.ESCALATED


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


class VitalsNoteDialog(QDialog):
    """A note and optional vital signs for one observation.

    :meth:`note` and :meth:`vitals` give what was entered (vitals left at "not measured" are
    left out). The board records them with :meth:`CounterService.note_observation`.
    """

    def __init__(self, booth: str, parent: QWidget | None = None) -> None:
        """Build the form for the patient in ``booth``."""
        super().__init__(parent)
        self._booth = booth
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.pulse = self._spin(0, 250)
        self.breathing = self._spin(0, 60)
        self.oxygen = self._spin(0, 100)
        self.blood_pressure = QLineEdit()
        self.blood_pressure.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{2,3}/\d{2,3}$"))
        )
        self.sedation = QComboBox()
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
        layout.addWidget(self.buttons)
        self._retranslate()

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(low)
        return spin

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
        for spin in (self.pulse, self.breathing, self.oxygen):
            spin.setSpecialValueText(self.tr("not measured"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.pulse.setAccessibleName(self.tr("Pulse per minute"))
        self.breathing.setAccessibleName(self.tr("Breaths per minute"))
        self.oxygen.setAccessibleName(self.tr("Oxygen saturation in percent"))
        self.blood_pressure.setAccessibleName(self.tr("Blood pressure"))
        self.blood_pressure.setPlaceholderText(self.tr("e.g. 120/80"))
        self.sedation.setAccessibleName(self.tr("Sedation score"))
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
        for key, spin in (
            ("pulse_per_min", self.pulse),
            ("breaths_per_min", self.breathing),
            ("spo2_percent", self.oxygen),
        ):
            if spin.value() != spin.minimum():
                vitals[key] = str(spin.value())
        if self.blood_pressure.hasAcceptableInput():
            vitals["blood_pressure_mmhg"] = self.blood_pressure.text()
        score = self.sedation.currentData()
        if score is not None:
            vitals["sedation_score"] = str(score)
        return vitals

    def accept(self) -> None:
        """Accept only when something was entered."""
        if not self.note() and not self.vitals():
            self.note_edit.setFocus()
            return
        super().accept()


class AdverseEventDialog(QDialog):
    """Record an adverse event: what happened, naloxone given (mg) and when.

    Opens with "overdose" chosen, naloxone ticked and the time set to now, so recording an
    overdose is: open, type the dose, Enter.
    """

    def __init__(self, booth: str, now: datetime, parent: QWidget | None = None) -> None:
        """Build the form for the patient in ``booth``; ``now`` is the clinic-local time."""
        super().__init__(parent)
        self._booth = booth
        self._tzinfo = now.tzinfo
        self.kind = QComboBox()
        for kind in ADVERSE_EVENT_KINDS:
            self.kind.addItem(_adverse_kind_text(kind), kind)
        self.naloxone_given = QCheckBox()
        self.naloxone_given.setChecked(True)
        self.naloxone_mg = QLineEdit()
        self.naloxone_mg.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{1,2}([.,]\d{1,2})?$"))
        )
        self.naloxone_given.toggled.connect(self.naloxone_mg.setEnabled)
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
        self.naloxone_mg.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Adverse event: %1").replace("%1", self._booth))
        for label, text in zip(
            self._labels,
            (
                self.tr("&What happened"),
                self.tr("Nalo&xone given"),
                self.tr("Naloxone &dose (mg)"),
                self.tr("&Time"),
            ),
            strict=True,
        ):
            label.setText(text)
        for index, kind in enumerate(ADVERSE_EVENT_KINDS):
            self.kind.setItemText(index, _adverse_kind_text(kind))
        self.kind.setAccessibleName(self.tr("What happened"))
        self.naloxone_given.setAccessibleName(self.tr("Naloxone given"))
        self.naloxone_mg.setAccessibleName(self.tr("Naloxone dose in milligrams"))
        self.naloxone_mg.setPlaceholderText(self.tr("e.g. 0.4"))
        self.at.setAccessibleName(self.tr("Time of the event"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def event_kind(self) -> str:
        """The code of what happened (stored in the record, untranslated)."""
        return str(self.kind.currentData())

    def naloxone(self) -> Milligrams | None:
        """The naloxone dose, or None when none was given or the field does not hold a dose."""
        if not self.naloxone_given.isChecked() or not self.naloxone_mg.hasAcceptableInput():
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
        """Refuse a ticked naloxone box without a dose."""
        if self.naloxone_given.isChecked() and self.naloxone() is None:
            self.problem.setText(self.tr("Enter the naloxone dose in mg, or untick naloxone."))
            self.naloxone_mg.setFocus()
            return
        super().accept()


class DischargeDialog(QDialog):
    """Confirm a discharge, with an optional note; warns when the time is not over yet."""

    def __init__(self, booth: str, remaining: timedelta, parent: QWidget | None = None) -> None:
        """Build the confirmation for the patient in ``booth``."""
        super().__init__(parent)
        self._booth = booth
        self._remaining = remaining
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.note_edit = QLineEdit()
        self._note_label = QLabel()
        self._note_label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self._note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discharge: %1").replace("%1", self._booth))
        if self._remaining > timedelta(0):
            self.warning.setText(
                self.tr(
                    "The observation time is not over yet (%1 left). Discharge anyway?"
                ).replace("%1", format_countdown(self._remaining))
            )
        else:
            self.warning.setText(self.tr("The observation time is over. Discharge the patient?"))
        self._note_label.setText(self.tr("Discharge &note"))
        self.note_edit.setAccessibleName(self.tr("Discharge note"))
        self.note_edit.setPlaceholderText(self.tr("e.g. alert, walking steadily"))
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


class ObservationCard(QFrame):
    """One patient under observation: booth, clinic id, countdown, stage and its actions.

    The buttons emit :attr:`note_requested`, :attr:`adverse_event_requested` and
    :attr:`discharge_requested` with the observation id; the board opens the dialogs.
    """

    note_requested = Signal(str)
    adverse_event_requested = Signal(str)
    discharge_requested = Signal(str)

    def __init__(self, observation: OpenObservation, parent: QWidget | None = None) -> None:
        """Show ``observation``; :meth:`show_time` sets the countdown and stage."""
        super().__init__(parent)
        self.setObjectName("observationCard")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(4)
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
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setFont(_font(13))
        self.note_button = QPushButton()
        self.adverse_button = QPushButton()
        self.discharge_button = QPushButton()
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.adverse_button)
        buttons.addWidget(self.discharge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.booth_label)
        layout.addWidget(self.countdown)
        layout.addWidget(self.stage_label)
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
        style = self.style_now()
        self.setStyleSheet(
            f"QFrame#observationCard {{ background-color: {style.background}; "
            f"border: 4px solid {style.foreground}; }}"
            f"QFrame#observationCard QLabel {{ color: {style.foreground}; }}"
            "QFrame#observationCard QPushButton { background-color: #FFFFFF; color: #000000; "
            "border: 2px solid #000000; padding: 4px 10px; }"
            "QFrame#observationCard QPushButton:focus { border: 4px solid #FF6F00; }"
            "QFrame#observationCard QPushButton:disabled { color: #555555; }"
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

    def _details_text(self) -> str:
        lines: list[str] = []
        started = self.observation.started_at
        lines.append(self.tr("Since %1").replace("%1", started.strftime("%H:%M")))
        for entry in self.observation.notes[-3:]:
            lines.append(self._entry_text(entry))
        return "\n".join(lines)

    def _entry_text(self, entry: dict[str, Any]) -> str:
        at = str(entry.get("at", ""))[11:16]
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
        return f"{at} " + "; ".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class ObservationBoard(QWidget):
    """Every patient under observation, with a countdown per booth.

    Build it with the counter service, the signed-in session (``None`` while locked: the
    board then shows no patient data), a :class:`Submit` that runs service
    calls in the background, and optionally:

    - ``clock``: the time the countdowns run on (default: the counter service's clock);
    - ``last_minutes``: when the "last minutes" stage starts (default 3 min before the end);
    - ``escalate_after``: how long after the end an open observation escalates (default 5 min);
    - ``alert``: the sound made when an observation is due or escalates (default
      :meth:`QApplication.beep`); it repeats every ``repeat_alert`` while escalated;
    - ``tick_ms``: how often the countdowns are redrawn; ``reload_ms``: how often the list is
      read again from the store (observations started by the visit also call :meth:`refresh`).

    Signals: :attr:`observation_due` and :attr:`observation_escalated` (observation id) when a
    countdown reaches those stages; :attr:`note_recorded`, :attr:`adverse_event_recorded` and
    :attr:`discharged` after the write is on disk; :attr:`refreshed` after each read;
    :attr:`failed` with a message a nurse can read.
    """

    observation_due = Signal(str)
    observation_escalated = Signal(str)
    note_recorded = Signal(str)
    adverse_event_recorded = Signal(str)
    discharged = Signal(str)
    refreshed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        counter: CounterService,
        session: Session | None,
        submit: Submit,
        *,
        clock: Clock | None = None,
        last_minutes: timedelta = timedelta(minutes=3),
        escalate_after: timedelta = timedelta(minutes=5),
        alert: Callable[[], None] | None = None,
        repeat_alert: timedelta = timedelta(minutes=1),
        tick_ms: int = 500,
        reload_ms: int = 10_000,
        parent: QWidget | None = None,
    ) -> None:
        """Build the board and start its timers; it loads the open observations at once."""
        super().__init__(parent)
        self.counter = counter
        self.session = session
        self._submit = submit
        self._clock: Clock = clock or counter.clock
        self.last_minutes = last_minutes
        self.escalate_after = escalate_after
        self._alert = alert or QApplication.beep
        self.repeat_alert = repeat_alert
        self.cards: dict[str, ObservationCard] = {}
        self.dialog: QDialog | None = None
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
        self.banner.setStyleSheet(
            "background-color: #B71C1C; color: #FFFFFF; padding: 8px; border: 3px solid #000000;"
        )
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
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self._retranslate()

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self.reload_timer = QTimer(self)
        self.reload_timer.setInterval(reload_ms)
        self.reload_timer.timeout.connect(self.refresh)
        self.reload_timer.start()
        self.refresh()

    # -- session ------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Change the signed-in user; ``None`` (locked) removes every patient from the board."""
        self.session = session
        if session is None:
            self._show([])
        else:
            self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the open observations again (in the background)."""
        session = self.session
        if session is None:
            return
        if self._loading:
            self._reload_wanted = True
            return
        self._loading = True
        counter = self.counter
        self._submit(
            lambda: counter.open_observations(session), self._on_loaded, self._on_load_failed
        )

    def _on_loaded(self, observations: list[OpenObservation]) -> None:
        self._loading = False
        if self.session is not None:
            self._show(observations)
        self.refreshed.emit()
        if self._reload_wanted:
            self._reload_wanted = False
            self.refresh()

    def _on_load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._report(error, self.tr("The observation board could not be read."))

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
                card = ObservationCard(observation, self._grid_host)
                card.note_requested.connect(self.open_note)
                card.adverse_event_requested.connect(self.open_adverse_event)
                card.discharge_requested.connect(self.open_discharge)
                self.cards[observation_id] = card
            else:
                existing.update_observation(observation)
        for index, observation_id in enumerate(wanted):
            self._grid.addWidget(self.cards[observation_id], index // 2, index % 2)
        self._retranslate()
        self.tick()

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
            stage = stage_of(remaining, self.last_minutes, self.escalate_after)
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
        self._alert()

    def _show_banner(self, due: list[str], escalated: list[str]) -> None:
        lines = []
        if escalated:
            lines.append(
                self.tr(
                    "Not discharged after the time was up: %1. Check these patients now."
                ).replace("%1", ", ".join(escalated))
            )
        if due:
            lines.append(self.tr("Observation time is up: %1.").replace("%1", ", ".join(due)))
        self.banner.setText("\n".join(lines))
        self.banner.setAccessibleName(" ".join(lines))
        self.banner.setVisible(bool(lines))

    # -- actions ------------------------------------------------------------------------------

    def open_note(self, observation_id: str) -> VitalsNoteDialog:
        """Open the note and vital signs form for an observation."""
        card = self.cards[observation_id]
        dialog = VitalsNoteDialog(card.booth, self)
        dialog.accepted.connect(lambda: self._record_note(observation_id, dialog))
        self._open(dialog)
        return dialog

    def open_adverse_event(self, observation_id: str) -> AdverseEventDialog:
        """Open the adverse event form (overdose, naloxone dose and time) for an observation."""
        card = self.cards[observation_id]
        now = self._clock().astimezone(self.counter.settings.zone)
        dialog = AdverseEventDialog(card.booth, now, self)
        dialog.accepted.connect(lambda: self._record_adverse_event(observation_id, dialog))
        self._open(dialog)
        return dialog

    def open_discharge(self, observation_id: str) -> DischargeDialog:
        """Open the discharge confirmation for an observation."""
        card = self.cards[observation_id]
        dialog = DischargeDialog(card.booth, self.remaining(observation_id), self)
        dialog.accepted.connect(lambda: self._discharge(observation_id, dialog.note()))
        self._open(dialog)
        return dialog

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

    def _record_note(self, observation_id: str, dialog: VitalsNoteDialog) -> None:
        note, vitals = dialog.note(), dialog.vitals()
        self._write(
            observation_id,
            lambda session: self.counter.note_observation(session, observation_id, note, vitals),
            self.note_recorded,
            refresh=True,
        )

    def _record_adverse_event(self, observation_id: str, dialog: AdverseEventDialog) -> None:
        kind, naloxone, at = dialog.event_kind(), dialog.naloxone(), dialog.event_time()
        self._write(
            observation_id,
            lambda session: self.counter.record_adverse_event(
                session, observation_id, kind, naloxone, at
            ),
            self.adverse_event_recorded,
            refresh=True,
        )

    def _discharge(self, observation_id: str, note: str) -> None:
        self._write(
            observation_id,
            lambda session: self.counter.discharge(session, observation_id, note),
            self.discharged,
            refresh=True,
        )

    def _write(
        self,
        observation_id: str,
        action: Callable[[Session], None],
        done_signal: Any,
        refresh: bool,
    ) -> None:
        session = self.session
        if session is None:
            return
        card = self.cards.get(observation_id)
        if card is not None:
            card.set_busy(True)

        def done(_result: None) -> None:
            self._set_busy(observation_id, False)
            self.message.hide()
            done_signal.emit(observation_id)
            if refresh:
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

    def _report(self, error: BaseException, fallback: str) -> None:
        if isinstance(error, ServiceError):
            text = str(error)
        else:
            # The type only: a message or traceback locals could carry patient data.
            _log.error("observation board: unexpected %s", type(error).__name__)
            text = fallback
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    # -- language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Observation board (%n patient(s))", "", len(self.cards)))
        self.title.setAccessibleName(self.title.text())
        self.empty_label.setText(
            self.tr("Locked.") if self.session is None else self.tr("No one is under observation.")
        )
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.empty_label.setVisible(not self.cards)
        self.setAccessibleName(self.tr("Observation board"))
        self.scroll_area.setAccessibleName(self.tr("Patients under observation"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.tick()
        super().changeEvent(event)
