"""The observation board on a real store: countdowns, stages, alerts, adverse events, discharge.

Everything is fictional. Time comes from a clock the test moves; the board's QTimer redraws.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.domain.quantities import Milligrams
from station.services.counter import AdministeredDose
from station.ui.i18n import Translations
from station.ui.observation_board import (
    STAGE_STYLES,
    AdverseEventDialog,
    ObservationBoard,
    ObservationStage,
    format_countdown,
    stage_of,
)
from station.ui.tasks import BackgroundTasks
from tests.services.conftest import PASSWORDS, STAFF, Clinic, Clock, local, mg, new_store

TICK_MS = 20
# The offscreen platform says this for every top-level window with a layout; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, as the application installs it (real singular and plural)."""
    translations = Translations(qapp)
    translations.switch("en")
    yield
    translations.uninstall()


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    """A fresh station with one user of each role (as the service tests build it)."""
    store, admin, _code = new_store(tmp_path / "station")
    for username, display, role in STAFF:
        store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
    sessions = {name: store.unlock(name, PASSWORDS[name]) for name, _, _ in STAFF}
    result = Clinic(tmp_path / "station", store, Clock(local(4, 8)), admin, **sessions)
    yield result
    result.store.close()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[BackgroundTasks]:
    runner = BackgroundTasks()
    yield runner
    runner.shutdown()


def dose_in_booth(clinic: Clinic, booth: str, dose_mg: int = 100) -> AdministeredDose:
    patient = clinic.patient()
    visit = clinic.decided(patient, dose_mg)
    return clinic.counter.administer(clinic.nurse, visit, mg(dose_mg), booth=booth)


class Alerts:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def make_board(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks, alerts: Alerts | None = None
) -> ObservationBoard:
    board = ObservationBoard(
        clinic.counter,
        clinic.nurse,
        tasks.submit,
        clock=clinic.clock,
        last_minutes=timedelta(minutes=3),
        escalate_after=timedelta(minutes=5),
        alert=alerts or Alerts(),
        tick_ms=TICK_MS,
    )
    qtbot.addWidget(board)
    board.resize(900, 700)
    board.show()
    return board


def loaded(qtbot: QtBot, board: ObservationBoard, count: int) -> None:
    qtbot.waitUntil(lambda: len(board.cards) == count and not board._loading, timeout=5000)


def background_of(widget: QWidget) -> QColor:
    return widget.grab().toImage().pixelColor(8, 8)


def test_countdown_runs_from_the_stored_start(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 2")
    clinic.clock.advance(minutes=4, seconds=30)
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]
    # 20 min observation, 4:30 gone: 15:30 left.
    qtbot.waitUntil(lambda: card.countdown.text() == "15:30", timeout=2000)
    assert "Booth 2" in card.booth_label.text()
    clinic.clock.advance(seconds=61)
    qtbot.waitUntil(lambda: card.countdown.text() == "14:29", timeout=2000)
    assert card.countdown.accessibleName() == "15 minutes left"


def test_stage_colours_change_at_the_thresholds(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 1")
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]

    def shows(stage: ObservationStage, words: str) -> bool:
        return (
            card.stage is stage
            and words in card.stage_label.text()
            and background_of(card) == QColor(STAGE_STYLES[stage].background)
        )

    qtbot.waitUntil(lambda: shows(ObservationStage.RUNNING, "Under observation"), timeout=2000)
    clinic.clock.advance(minutes=16, seconds=59)  # 3:01 left: still running
    qtbot.wait(TICK_MS * 3)  # let a few ticks pass: nothing may change yet
    assert card.stage is ObservationStage.RUNNING
    clinic.clock.advance(seconds=2)  # 2:59 left
    qtbot.waitUntil(lambda: shows(ObservationStage.LAST_MINUTES, "Last minutes"), timeout=2000)
    clinic.clock.advance(minutes=3)
    qtbot.waitUntil(lambda: shows(ObservationStage.DUE, "Time is up"), timeout=2000)
    clinic.clock.advance(minutes=5)
    qtbot.waitUntil(lambda: card.stage is ObservationStage.ESCALATED, timeout=2000)
    # Escalated cards flash between red and black: both are seen within a few ticks.
    seen: set[str] = set()
    qtbot.waitUntil(
        lambda: seen.add(background_of(card).name()) or {"#b71c1c", "#000000"} <= seen,
        timeout=2000,
    )
    assert "NOT DISCHARGED" in card.stage_label.text()


def test_alert_sounds_and_shows_when_the_time_is_up(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 3")
    alerts = Alerts()
    board = make_board(qtbot, clinic, tasks, alerts)
    loaded(qtbot, board, 1)
    qtbot.wait(TICK_MS * 3)
    assert alerts.count == 0
    assert board.banner.isHidden()
    clinic.clock.advance(minutes=20)
    with qtbot.waitSignal(board.observation_due, timeout=2000) as due:
        pass
    assert due.args == [dose.observation_id]
    assert alerts.count == 1
    assert board.banner.isVisible()
    assert "Booth 3" in board.banner.text()
    qtbot.wait(TICK_MS * 3)
    assert alerts.count == 1  # once per stage, not every tick


def test_escalation_after_the_grace_repeats_until_discharged(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 4")
    alerts = Alerts()
    board = make_board(qtbot, clinic, tasks, alerts)
    loaded(qtbot, board, 1)
    clinic.clock.advance(minutes=20)
    qtbot.waitUntil(lambda: alerts.count == 1, timeout=2000)
    clinic.clock.advance(minutes=4, seconds=59)
    qtbot.wait(TICK_MS * 3)
    assert board.cards[dose.observation_id].stage is ObservationStage.DUE
    clinic.clock.advance(seconds=1)
    with qtbot.waitSignal(board.observation_escalated, timeout=2000):
        pass
    assert alerts.count == 2
    assert "Check these patients now" in board.banner.text()
    clinic.clock.advance(minutes=1)
    qtbot.waitUntil(lambda: alerts.count == 3, timeout=2000)


def test_adverse_event_is_recorded_through_the_service_on_the_store(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 5")
    clinic.clock.advance(minutes=6)
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]
    card.adverse_button.setFocus()
    qtbot.keyClick(card.adverse_button, Qt.Key.Key_Space)  # one step from the board
    dialog = board.dialog
    assert isinstance(dialog, AdverseEventDialog)
    assert dialog.event_kind() == "overdose"
    # A ticked naloxone box without a dose is refused with a message.
    dialog.accept()
    assert dialog.isVisible()
    assert "naloxone dose" in dialog.problem.text()
    qtbot.keyClicks(dialog.naloxone_mg, "0,4")
    with qtbot.waitSignal(board.adverse_event_recorded, timeout=5000):
        qtbot.keyClick(dialog.naloxone_mg, Qt.Key.Key_Return)
    events = clinic.events("adverse_event.recorded")
    assert len(events) == 1
    assert events[0]["observation_id"] == dose.observation_id
    assert events[0]["kind"] == "overdose"
    assert events[0]["naloxone_mg"] == "0.4"
    assert events[0]["at"].startswith(clinic.clock.now.isoformat()[:16])
    # The card shows it after the board reads the store again.
    qtbot.waitUntil(lambda: "ADVERSE EVENT" in card.details.text(), timeout=5000)
    assert "naloxone 0.4 mg" in card.details.text()


def test_notes_and_vital_signs_are_recorded(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 6")
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    dialog = board.open_note(dose.observation_id)
    qtbot.keyClicks(dialog.note_edit, "Drowsy, responds to voice")
    dialog.pulse.setValue(64)
    dialog.oxygen.setValue(93)
    dialog.sedation.setCurrentIndex(2)
    with qtbot.waitSignal(board.note_recorded, timeout=5000):
        dialog.accept()
    [event] = clinic.events("observation.noted")
    assert event["note"] == "Drowsy, responds to voice"
    assert event["vitals"] == {"pulse_per_min": "64", "spo2_percent": "93", "sedation_score": "1"}


def test_discharge_removes_the_row(qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks) -> None:
    first = dose_in_booth(clinic, "Booth 1")
    second = dose_in_booth(clinic, "Booth 2")
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 2)
    clinic.clock.advance(minutes=21)
    dialog = board.open_discharge(first.observation_id)
    assert "over" in dialog.warning.text()
    qtbot.keyClicks(dialog.note_edit, "Alert, walking steadily")
    with qtbot.waitSignal(board.discharged, timeout=5000):
        dialog.accept()
    loaded(qtbot, board, 1)
    assert list(board.cards) == [second.observation_id]
    [closed] = clinic.events("observation.closed")
    assert closed["observation_id"] == first.observation_id
    assert closed["discharge"] == "Alert, walking steadily"
    assert "(1 patient)" in board.title.text()


def test_a_failed_write_is_explained_and_the_row_stays(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 1")
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    # Closed elsewhere meanwhile (another station screen): the second discharge is refused.
    clinic.counter.discharge(clinic.nurse, dose.observation_id)
    dialog = board.open_discharge(dose.observation_id)
    with qtbot.waitSignal(board.failed, timeout=5000) as failure:
        dialog.accept()
    assert failure.args == ["This observation is already closed."]
    assert board.message.isVisible()
    assert board.cards[dose.observation_id].discharge_button.isEnabled()


def test_a_board_built_after_a_restart_shows_the_same_time(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 2")
    clinic.clock.advance(minutes=7, seconds=10)
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    before = board.cards[dose.observation_id].countdown
    qtbot.waitUntil(lambda: before.text() == "12:50", timeout=2000)
    board.close()
    clinic.reopen()  # the application restarts: the store is closed and opened again
    again = make_board(qtbot, clinic, tasks)
    loaded(qtbot, again, 1)
    qtbot.waitUntil(
        lambda: again.cards[dose.observation_id].countdown.text() == "12:50", timeout=2000
    )


def test_locking_hides_every_patient(qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks) -> None:
    dose_in_booth(clinic, "Booth 1")
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    board.set_session(None)
    assert board.cards == {}
    texts = " ".join(label.text() for label in board.findChildren(QLabel) if label.isVisible())
    assert "HAT-" not in texts
    assert "Locked" in texts
    board.set_session(clinic.nurse)
    loaded(qtbot, board, 1)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    dose = dose_in_booth(clinic, "Booth 1")
    board = make_board(qtbot, clinic, tasks)
    loaded(qtbot, board, 1)
    dialogs = [
        board.open_note(dose.observation_id),
        board.open_adverse_event(dose.observation_id),
        board.open_discharge(dose.observation_id),
    ]
    for widget in [board, *dialogs]:
        for control in widget.findChildren(QWidget):
            if not control.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside_compound(control):
                continue
            # A button's text is its accessible name unless one is set.
            text = control.text() if isinstance(control, QPushButton) else ""
            assert control.accessibleName() or text.replace("&", ""), type(control).__name__


def _inside_compound(control: QWidget) -> bool:
    """Parts of a combo box or spin box (its line edit, its popup list) share its name."""
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def test_default_alert_is_the_system_beep(
    qtbot: QtBot, clinic: Clinic, tasks: BackgroundTasks
) -> None:
    # The default sound must work offscreen without a Qt warning (warnings fail the test).
    dose_in_booth(clinic, "Booth 1")
    clinic.clock.advance(minutes=25)
    board = ObservationBoard(
        clinic.counter, clinic.nurse, tasks.submit, clock=clinic.clock, tick_ms=TICK_MS
    )
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.observation_escalated, timeout=5000):
        pass
    assert QApplication.instance() is not None


def test_stage_and_countdown_rules() -> None:
    last, grace = timedelta(minutes=3), timedelta(minutes=5)
    assert stage_of(timedelta(minutes=3, seconds=1), last, grace) is ObservationStage.RUNNING
    assert stage_of(timedelta(minutes=3), last, grace) is ObservationStage.LAST_MINUTES
    assert stage_of(timedelta(seconds=1), last, grace) is ObservationStage.LAST_MINUTES
    assert stage_of(timedelta(0), last, grace) is ObservationStage.DUE
    assert stage_of(-timedelta(minutes=4, seconds=59), last, grace) is ObservationStage.DUE
    assert stage_of(-timedelta(minutes=5), last, grace) is ObservationStage.ESCALATED
    assert format_countdown(timedelta(minutes=19, seconds=59, milliseconds=1)) == "20:00"
    assert format_countdown(timedelta(0)) == "00:00"
    assert format_countdown(-timedelta(minutes=1, seconds=5)) == "−01:05"
    assert Milligrams(Decimal("0.4"))  # naloxone doses are Decimal mg like every dose
