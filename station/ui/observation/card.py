"""One patient's card on the observation board: booth, clinic id, countdown, stage, actions."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station.domain.observation import ObservationStage
from station.services.observation import OpenObservation
from station.ui.observation.look import (
    ESCALATED_FLASH,
    STAGE_STYLES,
    StageStyle,
    adverse_kind_text,
    board_font,
    format_countdown,
)
from station.ui.photos import photo_pixmap
from station.ui.widgets import FlowLayout

__all__ = ["ObservationCard"]

PHOTO_SIZE = 72
"""The photo's square on a card, in pixels: enough to tell the patient in the booth."""
BUTTON_POINTS = 12
"""The actions' type size (the countdown's is 48 pt, the stage's 16 pt)."""
BUTTON_HEIGHT = 40
"""The actions' height in pixels: a comfortable target for a finger or a mouse."""


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
        self.booth_label.setFont(board_font(22, bold=True))
        self.photo = QLabel(self)
        """The patient's recorded photo beside the booth (hidden without one, and when locked)."""
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.hide()
        self.countdown = QLabel("--:--")
        self.countdown.setFont(board_font(48, bold=True))
        self.stage_label = QLabel()
        self.stage_label.setFont(board_font(16, bold=True))
        self.stage_label.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setFont(board_font(13))
        self.note_button = QPushButton(self)
        self.adverse_button = QPushButton(self)
        self.discharge_button = QPushButton(self)
        for button in (self.note_button, self.adverse_button, self.discharge_button):
            # Smaller than the countdown and the stage (they are read from across the room,
            # the buttons from the card): the three fit one line of a card CARD_WIDTH wide.
            button.setFont(board_font(BUTTON_POINTS, bold=True))
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.note_button.clicked.connect(lambda: self.note_requested.emit(self.observation_id))
        self.adverse_button.clicked.connect(
            lambda: self.adverse_event_requested.emit(self.observation_id)
        )
        self.discharge_button.clicked.connect(
            lambda: self.discharge_requested.emit(self.observation_id)
        )
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.photo)
        header.addWidget(self.booth_label, 1)
        layout.addLayout(header)
        # The stage and the notes beside the countdown (not under it): a card is one line
        # shorter, so a short screen's board keeps a whole card in view.
        clock = QHBoxLayout()
        clock.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        beside = QVBoxLayout()
        beside.addWidget(self.stage_label)
        beside.addWidget(self.details)
        beside.addStretch(1)
        clock.addLayout(beside, 1)
        layout.addLayout(clock)
        if read_only:  # the locked screen: nothing written about the patient, no actions
            for widget in (
                self.details,
                self.note_button,
                self.adverse_button,
                self.discharge_button,
            ):
                widget.hide()
        else:
            buttons = FlowLayout(spacing=6)  # wraps onto a second line on a narrow card
            buttons.addWidget(self.note_button)
            buttons.addWidget(self.adverse_button)
            buttons.addWidget(self.discharge_button)
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

    def show_photo(self, image: QImage) -> None:
        """Show the patient's recorded photo beside the booth (never on the locked screen)."""
        if self.read_only or image.isNull():
            return
        self.photo.setPixmap(photo_pixmap(image, PHOTO_SIZE))
        self.photo.setAccessibleName(self.tr("Patient photo"))
        self.photo.show()

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
            "border: 2px solid #000000; padding: 4px 8px; }"
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
        # No Alt keys on a card: every card has these buttons, and the visit beside has its own.
        self.note_button.setText(self.tr("Note / vitals"))
        self.adverse_button.setText(self.tr("Adverse event"))
        self.discharge_button.setText(self.tr("Discharge"))
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
            text = text.replace("%2", adverse_kind_text(str(entry["kind"])))
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
