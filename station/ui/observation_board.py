"""The observation board: a readable, loud countdown per booth, with notes, events and discharge."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from station.domain.observation import (
    ObservationRules,
    ObservationStage,
    VitalAlarm,
    stage_of,
)
from station.services.accounts import AccountsService, Session, User
from station.services.counter import CounterService
from station.services.errors import ServiceError
from station.services.intake import IntakeService
from station.services.observation import BoardView, NoteOutcome, OpenObservation
from station.services.signatures import DOSING_ROLES
from station.ui.messages import describe
from station.ui.observation.card import ObservationCard
from station.ui.observation.dialogs import (
    AdverseEventDialog,
    DischargeDialog,
    OverdoseProtocolDialog,
    VitalsNoteDialog,
)
from station.ui.observation.look import ALARM_STYLE, CARD_WIDTH, board_font
from station.ui.photos import decoded_photo
from station.ui.tasks import Submit
from station.ui.witness import WitnessDialog

__all__ = [
    "AdverseEventDialog",
    "CountdownBoard",
    "DischargeDialog",
    "ObservationBoard",
    "ObservationCard",
    "ObservationStage",
    "OverdoseProtocolDialog",
    "Submit",
    "VitalsNoteDialog",
    "tr",
]

_log = logging.getLogger("station.ui.observation")

Clock = Callable[[], datetime]
T = TypeVar("T")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A text of the board (both boards'), ``%n`` with ``n``'s plural form.

    Named ``tr`` so that lupdate extracts its strings (a plural with ``n``); they are filed
    under no context and found from the board's context at run time.
    """
    return QApplication.translate("ObservationBoard", text, disambiguation, n)


class CountdownBoard(QWidget):
    """The countdowns and their alarms, shared by the counter's board and the locked screen's.

    A subclass says how the board is read (:meth:`_read_job`, run in the background through
    ``submit``). Each tick reads ``clock``, puts each card in its stage by the clinic's rules
    (:func:`station.domain.observation.stage_of`), and raises the alarm (the banner and
    :attr:`alert`, by default :meth:`QApplication.beep`) when an observation becomes due and
    when it escalates, again every ``repeat_alert`` while escalated.

    Signals: :attr:`observation_due` and :attr:`observation_escalated` (observation id);
    :attr:`refreshed` after each read; :attr:`failed` with a message a nurse can read;
    :attr:`card_count_changed` with the new number of cards.
    """

    observation_due = Signal(str)
    observation_escalated = Signal(str)
    refreshed = Signal()
    failed = Signal(str)
    card_count_changed = Signal(int)
    """The number of cards changed (the counter gives the visit the room of an empty board)."""

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
        self.title.setFont(board_font(20, bold=True))
        self.banner = QLabel()
        self.banner.setFont(board_font(18, bold=True))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ALARM_STYLE)
        self.banner.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(board_font(14))
        self.message.setStyleSheet("color: #000000; background-color: #FFFFFF; padding: 4px;")
        self.message.hide()
        self.empty_label = QLabel()
        self.empty_label.setFont(board_font(16))
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
        scroll.viewport().installEventFilter(self)  # its width sets the cards' height
        # The cards' buttons take the keyboard (Tab scrolls to them); the area itself never
        # does: a step's field not yet shown handed its focus to the board, and the sedation
        # score typed next went nowhere.
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

    def _alive(self) -> bool:
        """False once Qt deleted the board or its cards' area (a read answered after a close)."""
        return isValid(self) and isValid(self.scroll_area)

    def _on_loaded(self, view: BoardView) -> None:
        self._loading = False
        if not self._alive():
            return
        if self._read_job() is not None:
            self.rules = view.rules
            self._show(view.observations)
        self.refreshed.emit()
        if self._reload_wanted:
            self._reload_wanted = False
            self.refresh()

    def _on_load_failed(self, error: BaseException) -> None:
        self._loading = False
        if not self._alive():
            return
        self._report(error, tr("The observation board could not be read."))

    def _new_card(self, observation: OpenObservation) -> ObservationCard:
        return ObservationCard(observation, self._grid_host, read_only=self.read_only)

    def _show(self, observations: list[OpenObservation]) -> None:
        before = len(self.cards)
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
        if len(self.cards) != before:
            self.card_count_changed.emit(len(self.cards))

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
        self._keep_a_card_in_view()

    def _keep_a_card_in_view(self) -> None:
        """The board is never squeezed below one whole card (its countdown and its buttons).

        The cards' area asks for the tallest card's height at the width of a column, so a
        short screen squeezes the visit above it (which scrolls) and not the board.
        """
        if not self.cards:
            self.scroll_area.setMinimumHeight(0)
            return
        margins = self._grid.contentsMargins()
        across = self.scroll_area.viewport().width() - margins.left() - margins.right()
        across -= self._grid.spacing() * (self._columns - 1)
        column = max(1, across // self._columns)  # the width each card is laid out at
        tallest = max(
            max(card.minimumSizeHint().height(), card.heightForWidth(column))
            for card in self.cards.values()
        )
        needed = tallest + margins.top() + margins.bottom() + 2 * self.scroll_area.frameWidth()
        if self.scroll_area.minimumHeight() != needed:
            self.scroll_area.setMinimumHeight(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The cards' area changed width (a scroll bar came or went): a card's height too."""
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._keep_a_card_in_view()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """More or fewer columns when the board is wider or narrower."""
        super().resizeEvent(event)
        self._place_cards()
        self._keep_a_card_in_view()  # narrower cards may wrap their buttons: taller

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
                tr("Not discharged after the time was up: %1. Check these patients now.").replace(
                    "%1", ", ".join(escalated)
                )
            )
        if due:
            lines.append(tr("Observation time is up: %1.").replace("%1", ", ".join(due)))
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
        return tr("No one is under observation.")

    def _retranslate(self) -> None:
        self.title.setText(tr("Observation board (%n patient(s))", "", len(self.cards)))
        self.title.setAccessibleName(self.title.text())
        self.empty_label.setText(self._empty_text())
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.empty_label.setVisible(not self.cards)
        self.setAccessibleName(tr("Observation board"))
        self.scroll_area.setAccessibleName(tr("Patients under observation"))

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
        intake: IntakeService | None = None,
    ) -> None:
        """Build the board and start its timers; it loads the open observations at once.

        ``accounts`` checks the second person of an early discharge; ``intake`` (when given)
        reads each patient's photo for their card, in the background.
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
        self.intake = intake
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
        self._read_photo(card)
        return card

    def _read_photo(self, card: ObservationCard) -> None:
        """Read and decode the patient's photo in the background; their card shows it."""
        session, intake = self.session, self.intake
        if session is None or intake is None:
            return
        observation_id, patient_id = card.observation_id, card.observation.patient_id

        def show(image: QImage | None) -> None:
            if image is not None and self.cards.get(observation_id) is card:  # still on the board
                card.show_photo(image)

        self._submit(
            lambda: decoded_photo(intake.photo_of(session, patient_id)),
            show,
            lambda error: _log.warning("A patient's photo was not read: %s", type(error).__name__),
        )

    def _empty_text(self) -> str:
        return tr("Locked.") if self.session is None else super()._empty_text()

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
