"""The observation board on a real store: countdowns, stages, alarms, vital signs, discharge.

Everything is fictional (the demo profile). Time comes from a clock the test moves; the
board's QTimer redraws. Doses are given through the counter service as at the counter.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

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
from shiboken6 import isValid

from station.demo.profile import demo_password
from station.domain import observation as domain_observation
from station.domain.observation import ObservationRules, ObservationStage
from station.domain.settings import RuleSettings
from station.services.accounts import AccountsService
from station.services.errors import ServiceError
from station.ui import observation_board
from station.ui.i18n import Translations
from station.ui.observation import card as observation_card
from station.ui.observation import look as observation_look
from station.ui.observation.look import STAGE_STYLES, format_countdown
from station.ui.observation_board import (
    AdverseEventDialog,
    DischargeDialog,
    ObservationBoard,
    OverdoseProtocolDialog,
    VitalsNoteDialog,
)
from station.ui.tasks import BackgroundTasks
from station.ui.witness import WitnessDialog
from tests.ui.board_support import BoardStation, open_board_station

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
def station(tmp_path: Path) -> Iterator[BoardStation]:
    """The demo profile with a solution batch; the clock stands at 08:15 today."""
    result = open_board_station(tmp_path / "station")
    yield result
    result.store.close()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[BackgroundTasks]:
    runner = BackgroundTasks()
    yield runner
    runner.shutdown()


class Alerts:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def make_board(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks, alerts: Alerts | None = None
) -> ObservationBoard:
    board = ObservationBoard(
        station.counter,
        station.nurse,
        tasks.submit,
        accounts=AccountsService(station.store),
        clock=station.clock,
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
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 2")
    station.clock.advance(minutes=4, seconds=30)
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]
    # 20 min observation, 4:30 gone: 15:30 left.
    qtbot.waitUntil(lambda: card.countdown.text() == "15:30", timeout=2000)
    assert "Booth 2" in card.booth_label.text()
    assert "Since 08:15" in card.details.text()  # the clinic's time, not UTC
    station.clock.advance(seconds=61)
    qtbot.waitUntil(lambda: card.countdown.text() == "14:29", timeout=2000)
    assert card.countdown.accessibleName() == "15 minutes left"


def test_stage_colours_change_at_the_thresholds(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 1")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]

    def shows(stage: ObservationStage, words: str) -> bool:
        return (
            card.stage is stage
            and words in card.stage_label.text()
            and background_of(card) == QColor(STAGE_STYLES[stage].background)
        )

    qtbot.waitUntil(lambda: shows(ObservationStage.RUNNING, "Under observation"), timeout=2000)
    station.clock.advance(minutes=16, seconds=59)  # 3:01 left: still running
    qtbot.wait(TICK_MS * 3)  # let a few ticks pass: nothing may change yet
    assert card.stage is ObservationStage.RUNNING
    station.clock.advance(seconds=2)  # 2:59 left
    qtbot.waitUntil(lambda: shows(ObservationStage.LAST_MINUTES, "Last minutes"), timeout=2000)
    station.clock.advance(minutes=3)
    qtbot.waitUntil(lambda: shows(ObservationStage.DUE, "Time is up"), timeout=2000)
    station.clock.advance(minutes=5)
    qtbot.waitUntil(lambda: card.stage is ObservationStage.ESCALATED, timeout=2000)
    # Escalated cards flash between red and black: both are seen within a few ticks.
    seen: set[str] = set()
    qtbot.waitUntil(
        lambda: seen.add(background_of(card).name()) or {"#b71c1c", "#000000"} <= seen,
        timeout=2000,
    )
    assert "NOT DISCHARGED" in card.stage_label.text()


def test_the_stages_follow_the_clinics_rules(
    qtbot: QtBot, tmp_path: Path, tasks: BackgroundTasks
) -> None:
    # A clinic that warns 10 minutes before the end and escalates 2 minutes after it.
    rules = ObservationRules(
        last_minutes=timedelta(minutes=10), escalate_after=timedelta(minutes=2)
    )
    station = open_board_station(tmp_path / "rules", RuleSettings(observation_rules=rules))
    try:
        dose = station.dose("Booth 1")
        station.clock.advance(minutes=11)  # 9 minutes left
        board = make_board(qtbot, station, tasks)
        loaded(qtbot, board, 1)
        card = board.cards[dose.observation_id]
        qtbot.waitUntil(lambda: card.stage is ObservationStage.LAST_MINUTES, timeout=2000)
        assert board.rules == rules
        station.clock.advance(minutes=11)  # 2 minutes overdue: escalated already
        with qtbot.waitSignal(board.observation_escalated, timeout=2000):
            pass
    finally:
        station.store.close()


def test_the_board_has_no_stage_rules_of_its_own() -> None:
    # The stages and where they start are the domain's; the board only shows them.
    assert observation_board.ObservationStage is domain_observation.ObservationStage
    assert "stage_of" not in vars(observation_board) or (
        inspect.getmodule(vars(observation_board)["stage_of"]) is domain_observation
    )
    for module in (observation_board, observation_card, observation_look):
        assert "def stage_of" not in inspect.getsource(module)


def test_alert_sounds_and_shows_when_the_time_is_up(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 3")
    alerts = Alerts()
    board = make_board(qtbot, station, tasks, alerts)
    loaded(qtbot, board, 1)
    qtbot.wait(TICK_MS * 3)
    assert alerts.count == 0
    assert board.banner.isHidden()
    station.clock.advance(minutes=20)
    with qtbot.waitSignal(board.observation_due, timeout=2000) as due:
        pass
    assert due.args == [dose.observation_id]
    assert alerts.count == 1
    assert board.banner.isVisible()
    assert "Booth 3" in board.banner.text()
    qtbot.wait(TICK_MS * 3)
    assert alerts.count == 1  # once per stage, not every tick


def test_escalation_after_the_grace_repeats_until_discharged(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 4")
    alerts = Alerts()
    board = make_board(qtbot, station, tasks, alerts)
    loaded(qtbot, board, 1)
    station.clock.advance(minutes=20)
    qtbot.waitUntil(lambda: alerts.count == 1, timeout=2000)
    station.clock.advance(minutes=4, seconds=59)
    qtbot.wait(TICK_MS * 3)
    assert board.cards[dose.observation_id].stage is ObservationStage.DUE
    station.clock.advance(seconds=1)
    with qtbot.waitSignal(board.observation_escalated, timeout=2000):
        pass
    assert alerts.count == 2
    assert "Check these patients now" in board.banner.text()
    station.clock.advance(minutes=1)
    qtbot.waitUntil(lambda: alerts.count == 3, timeout=2000)


# -- adverse events -------------------------------------------------------------------------


def test_the_adverse_event_form_chooses_nothing_for_the_nurse(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 5")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    dialog = board.open_adverse_event(dose.observation_id)
    assert dialog.event_kind() is None
    assert dialog.kind.currentText().startswith("Choose")
    assert not dialog.naloxone_answered()
    assert dialog.naloxone() is None
    assert not dialog.naloxone_mg.isEnabled() and dialog.naloxone_mg.text() == ""
    # Save with nothing chosen is refused, with the reason.
    dialog.accept()
    assert dialog.isVisible() and "what happened" in dialog.problem.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("respiratory depression"))
    dialog.accept()
    assert dialog.isVisible() and "naloxone" in dialog.problem.text()
    dialog.naloxone_given.setCurrentIndex(dialog.naloxone_given.findData(False))
    with qtbot.waitSignal(board.adverse_event_recorded, timeout=5000):
        dialog.accept()
    [event] = station.events("adverse_event.recorded")
    assert event["kind"] == "respiratory depression"
    assert event["naloxone_mg"] is None
    assert station.events("adverse_event.recorded")[0]["observation_id"] == dose.observation_id


def test_adverse_event_with_naloxone_is_recorded_through_the_service(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 5")
    station.clock.advance(minutes=6)
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]
    card.adverse_button.setFocus()
    qtbot.keyClick(card.adverse_button, Qt.Key.Key_Space)  # one step from the board
    dialog = board.dialog
    assert isinstance(dialog, AdverseEventDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("overdose"))
    dialog.naloxone_given.setCurrentIndex(dialog.naloxone_given.findData(True))
    assert dialog.naloxone_mg.isEnabled()
    # Naloxone given without a dose is refused with a message.
    dialog.accept()
    assert dialog.isVisible()
    assert "naloxone dose" in dialog.problem.text()
    qtbot.keyClicks(dialog.naloxone_mg, "0,4")
    with qtbot.waitSignal(board.adverse_event_recorded, timeout=5000):
        qtbot.keyClick(dialog.naloxone_mg, Qt.Key.Key_Return)
    [event] = station.events("adverse_event.recorded")
    assert event["observation_id"] == dose.observation_id
    assert event["kind"] == "overdose"
    assert event["naloxone_mg"] == "0.4"
    recorded_at = datetime.fromisoformat(event["at"])
    assert abs(recorded_at - station.clock()) < timedelta(minutes=1)  # the time it was saved
    # The card shows it after the board reads the store again.
    qtbot.waitUntil(lambda: "ADVERSE EVENT" in card.details.text(), timeout=5000)
    assert "naloxone 0.4 mg" in card.details.text()


# -- notes and vital signs ------------------------------------------------------------------


def test_the_vitals_form_starts_empty_and_sedation_not_assessed(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 6")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    dialog = board.open_note(dose.observation_id)
    assert dialog.sedation.currentData() is None
    assert dialog.sedation.currentText() == "not assessed"
    for field in (dialog.pulse, dialog.breathing, dialog.oxygen, dialog.blood_pressure):
        assert field.text() == ""
    assert dialog.vitals() == {}
    dialog.accept()  # nothing entered: refused
    assert dialog.isVisible() and dialog.problem.text()
    # A measured 0 is a measurement (no breathing at all), not "not measured".
    qtbot.keyClicks(dialog.breathing, "0")
    assert dialog.vitals() == {"breaths_per_min": "0"}
    # A half-typed blood pressure is refused, not dropped silently.
    qtbot.keyClicks(dialog.blood_pressure, "120/")
    dialog.accept()
    assert dialog.isVisible() and "blood pressure" in dialog.problem.text()


def test_notes_and_vital_signs_are_recorded(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 6")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    dialog = board.open_note(dose.observation_id)
    qtbot.keyClicks(dialog.note_edit, "Drowsy, responds to voice")
    qtbot.keyClicks(dialog.pulse, "64")
    qtbot.keyClicks(dialog.oxygen, "93")
    dialog.sedation.setCurrentIndex(dialog.sedation.findData(1))
    with qtbot.waitSignal(board.note_recorded, timeout=5000):
        dialog.accept()
    [event] = station.events("observation.noted")
    assert event["note"] == "Drowsy, responds to voice"
    assert event["vitals"] == {"pulse_per_min": "64", "spo2_percent": "93", "sedation_score": "1"}
    assert event["alarms"] == []


def test_vital_signs_past_the_limits_open_the_overdose_protocol(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 3")
    alerts = Alerts()
    board = make_board(qtbot, station, tasks, alerts)
    loaded(qtbot, board, 1)
    card = board.cards[dose.observation_id]
    card.note_button.click()
    dialog = board.dialog
    assert isinstance(dialog, VitalsNoteDialog)
    qtbot.keyClicks(dialog.breathing, "6")
    qtbot.keyClicks(dialog.oxygen, "85")
    with qtbot.waitSignal(board.overdose_protocol, timeout=5000) as shown:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert shown.args == [dose.observation_id]
    prompt = board.dialog
    assert isinstance(prompt, OverdoseProtocolDialog) and prompt.isVisible()
    assert [alarm.code for alarm in prompt.alarms] == ["vitals.slow_breathing", "vitals.low_oxygen"]
    words = " ".join(label.text() for label in prompt.findChildren(QLabel))
    assert "Booth 3" in words
    assert "Breathing 6/min" in words and "SpO2 85 %" in words
    for step in ("naloxone", "Call for help", "Record the adverse event"):
        assert step in words
    assert alerts.count == 1  # the prompt sounds the alarm too
    # The note is kept with its alarms, and the card says so.
    [event] = station.events("observation.noted")
    assert event["alarms"] == ["vitals.slow_breathing", "vitals.low_oxygen"]
    qtbot.waitUntil(lambda: "VITAL SIGNS ALARM" in card.details.text(), timeout=5000)
    # One step from the prompt to the adverse event form.
    prompt.record_button.click()
    qtbot.waitUntil(lambda: isinstance(board.dialog, AdverseEventDialog), timeout=2000)


def test_normal_vital_signs_raise_no_prompt(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 3")
    alerts = Alerts()
    board = make_board(qtbot, station, tasks, alerts)
    loaded(qtbot, board, 1)
    dialog = board.open_note(dose.observation_id)
    qtbot.keyClicks(dialog.breathing, "16")
    qtbot.keyClicks(dialog.oxygen, "98")
    qtbot.keyClicks(dialog.pulse, "72")
    with qtbot.waitSignal(board.note_recorded, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: not board._loading, timeout=5000)
    assert board.dialog is None
    assert not board.findChildren(OverdoseProtocolDialog)
    assert alerts.count == 0


# -- discharge ------------------------------------------------------------------------------


def test_discharge_removes_the_row(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    first = station.dose("Booth 1")
    second = station.dose("Booth 2")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 2)
    station.clock.advance(minutes=21)
    dialog = board.open_discharge(first.observation_id)
    assert "over" in dialog.warning.text()
    assert not dialog.reason_edit.isVisible()  # the time is up: no reason asked
    qtbot.keyClicks(dialog.note_edit, "Alert, walking steadily")
    with qtbot.waitSignal(board.discharged, timeout=5000):
        dialog.accept()
    loaded(qtbot, board, 1)
    assert list(board.cards) == [second.observation_id]
    [closed] = station.events("observation.closed")
    assert closed["observation_id"] == first.observation_id
    assert closed["discharge"] == "Alert, walking steadily"
    assert "early" not in closed
    assert "(1 patient" in board.title.text()  # "(1 patient)" once the English catalogue is in


def test_early_discharge_needs_a_reason_and_a_second_person(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 1")
    station.clock.advance(minutes=12)  # 8 minutes left
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    board.cards[dose.observation_id].discharge_button.click()
    dialog = board.dialog
    assert isinstance(dialog, DischargeDialog)
    assert "not over yet (08:00 left)" in dialog.warning.text()
    assert dialog.reason_edit.isVisible() and dialog.second_person_note.isVisible()
    qtbot.keyClicks(dialog.note_edit, "Walking steadily")
    dialog.accept()  # no reason: refused
    assert dialog.isVisible() and "why" in dialog.problem.text()
    qtbot.keyClicks(dialog.reason_edit, "Leaves against advice (test)")
    dialog.accept()
    witness = board.dialog
    assert isinstance(witness, WitnessDialog) and witness.isVisible()
    assert "Booth 1" in witness.purpose.text()
    # The nurse cannot be their own second person.
    witness.username.setText("nurse")
    witness.password.setText(demo_password("nurse"))
    witness.confirm_button.click()
    qtbot.waitUntil(witness.message.isVisible, timeout=5000)
    assert station.events("observation.closed") == []
    witness.username.setText("witness")
    witness.password.setText(demo_password("witness"))
    with qtbot.waitSignal(board.discharged, timeout=5000):
        witness.confirm_button.click()
    loaded(qtbot, board, 0)
    [closed] = station.events("observation.closed")
    assert closed["early"]["reason"] == "Leaves against advice (test)"
    assert closed["early"]["remaining_s"] == 8 * 60
    assert closed["discharge"] == "Walking steadily"
    assert [s["meaning"] for s in closed["signatures"]] == [
        "discharged early",
        "approved early discharge",
    ]


def test_early_discharge_without_a_second_person_when_the_clinic_says_so(
    qtbot: QtBot, tmp_path: Path, tasks: BackgroundTasks
) -> None:
    rules = ObservationRules(early_discharge_needs_second_person=False)
    station = open_board_station(tmp_path / "alone", RuleSettings(observation_rules=rules))
    try:
        dose = station.dose("Booth 2")
        station.clock.advance(minutes=15)
        board = make_board(qtbot, station, tasks)
        loaded(qtbot, board, 1)
        dialog = board.open_discharge(dose.observation_id)
        assert dialog.reason_edit.isVisible() and not dialog.second_person_note.isVisible()
        dialog.accept()
        assert dialog.isVisible()  # still no discharge without its reason
        qtbot.keyClicks(dialog.reason_edit, "Collected by the ambulance (test)")
        with qtbot.waitSignal(board.discharged, timeout=5000):
            dialog.accept()
        assert not board.findChildren(WitnessDialog)
        [closed] = station.events("observation.closed")
        assert closed["early"]["reason"] == "Collected by the ambulance (test)"
        assert "signatures" not in closed
    finally:
        station.store.close()


def test_the_service_refuses_an_early_discharge_without_reason_or_second_person(
    station: BoardStation,
) -> None:
    dose = station.dose("Booth 1")
    station.clock.advance(minutes=5)
    observations = station.counter.observations
    with pytest.raises(ServiceError, match="say why"):
        observations.discharge(station.nurse, dose.observation_id, "Fine")
    with pytest.raises(ServiceError, match="second person"):
        observations.discharge(
            station.nurse, dose.observation_id, "Fine", early_reason="Wants to go"
        )
    assert station.events("observation.closed") == []
    observations.discharge(
        station.nurse,
        dose.observation_id,
        "Fine",
        early_reason="Wants to go",
        witness=station.confirm(),
    )
    assert len(station.events("observation.closed")) == 1


def test_a_failed_write_is_explained_and_the_row_stays(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 1")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    station.clock.advance(minutes=21)
    # Closed elsewhere meanwhile (another station screen): the second discharge is refused.
    station.counter.observations.discharge(station.nurse, dose.observation_id)
    dialog = board.open_discharge(dose.observation_id)
    with qtbot.waitSignal(board.failed, timeout=5000) as failure:
        dialog.accept()
    assert failure.args == ["This observation is already closed."]
    assert board.message.isVisible()
    assert board.cards[dose.observation_id].discharge_button.isEnabled()


# -- the board as a whole -------------------------------------------------------------------


def test_a_board_built_after_a_restart_shows_the_same_time(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 2")
    station.clock.advance(minutes=7, seconds=10)
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    before = board.cards[dose.observation_id].countdown
    qtbot.waitUntil(lambda: before.text() == "12:50", timeout=2000)
    board.close()
    board.stop()
    station.reopen()  # the application restarts: the store is closed and opened again
    again = make_board(qtbot, station, tasks)
    loaded(qtbot, again, 1)
    qtbot.waitUntil(
        lambda: again.cards[dose.observation_id].countdown.text() == "12:50", timeout=2000
    )


def test_the_cards_fit_the_board_as_it_narrows_and_widens(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    for booth in ("Booth 1", "Booth 2", "Booth 3", "Booth 4"):
        station.dose(booth)
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 4)

    def fits() -> bool:
        viewport = board.scroll_area.viewport()
        for card in board.cards.values():
            right = card.mapTo(viewport, card.rect().bottomRight()).x()
            button = card.discharge_button
            inside = card.rect().contains(button.geometry())
            if right >= viewport.width() or not inside or not button.isVisible():
                return False
        return True

    def rows() -> int:
        return len({card.y() for card in board.cards.values()})

    # Wide: one row of four; narrow: one column, nothing cut off; and back to two columns.
    for width, columns in ((1900, 4), (760, 1), (1000, 2)):
        board.resize(width, 900)
        qtbot.waitUntil(
            lambda: board.width() == width and fits() and rows() == 4 // columns,  # noqa: B023
            timeout=2000,
        )


def test_locking_hides_every_patient(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    station.dose("Booth 1")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    board.set_session(None)
    assert board.cards == {}
    texts = " ".join(label.text() for label in board.findChildren(QLabel) if label.isVisible())
    assert "HAT-" not in texts
    assert "Locked" in texts
    board.set_session(station.nurse)
    loaded(qtbot, board, 1)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    dose = station.dose("Booth 1")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    dialogs: list[QWidget] = [
        board.open_note(dose.observation_id),
        board.open_adverse_event(dose.observation_id),
        board.open_discharge(dose.observation_id),
        OverdoseProtocolDialog("Booth 1", (), board),
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
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    # The default sound must work offscreen without a Qt warning (warnings fail the test).
    station.dose("Booth 1")
    station.clock.advance(minutes=25)
    board = ObservationBoard(
        station.counter,
        station.nurse,
        tasks.submit,
        accounts=AccountsService(station.store),
        clock=station.clock,
        tick_ms=TICK_MS,
    )
    qtbot.addWidget(board)
    assert board.alert == QApplication.beep
    with qtbot.waitSignal(board.observation_escalated, timeout=5000):
        pass


def test_countdown_format() -> None:
    assert format_countdown(timedelta(minutes=19, seconds=59, milliseconds=1)) == "20:00"
    assert format_countdown(timedelta(0)) == "00:00"
    assert format_countdown(-timedelta(minutes=1, seconds=5)) == "−01:05"


def test_a_read_answered_after_the_board_was_closed_is_dropped(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks
) -> None:
    """The window closed (a lock, the tour's end) while the board's read was on its way."""
    answers: list[Callable[[Any], None]] = []

    def held(work: Callable[[], Any], on_done: Callable[[Any], None], _on_error: Any) -> None:
        answers.append(lambda: on_done(work()))  # the read, answered only when the test says

    board = ObservationBoard(
        station.counter, station.nurse, held, accounts=AccountsService(station.store)
    )
    board.refresh()
    assert answers, "the board asked for its observations"
    board.deleteLater()
    qtbot.waitUntil(lambda: not isValid(board), timeout=5000)
    answers[-1]()  # no "already deleted" error in the event loop: the answer is dropped
