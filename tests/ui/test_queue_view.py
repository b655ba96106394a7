"""The counter's queue on screen: its Qt model, check-in by keyboard and scan, the call (F9)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from devices.readings import Scan
from station.services.counter import Visit
from station.services.queue import QueueEntry
from station.ui.main_window import CounterScreen
from station.ui.visit.queue_view import CALL_NEXT_KEY, PATIENT_ID, QueueModel
from tests.ui.conftest import DemoStation, open_window, sign_in

TIMEOUT = 10000
ZONE = ZoneInfo("Europe/Copenhagen")
MORNING = datetime(2031, 3, 4, 8, 0, tzinfo=ZONE)
HOUR = timedelta(hours=1)


def entries() -> list[QueueEntry]:
    return [
        QueueEntry("p-1", "DEMO-0001", "Ada Fiktiv", MORNING, 25, at_window=True),
        QueueEntry("p-2", "DEMO-0002", "Bo Fiktiv", MORNING, 20, due_at=MORNING + HOUR),
        QueueEntry("p-3", "DEMO-0003", "Cy Fiktiv", MORNING, 12, called_at=MORNING.astimezone(UTC)),
        QueueEntry("p-4", "DEMO-0004", "Di Fiktiv", MORNING, 3),
    ]  # fmt: skip


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    """A key pressed on ``widget`` (pytest-qt's keyClick is untyped)."""
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]


def visit_of(screen: CounterScreen) -> Visit | None:
    """The visit the counter screen holds now."""
    return screen.visit.state.visit


def test_the_queue_model_passes_qts_model_tester(qtmodeltester: ModelTester) -> None:
    model = QueueModel(lambda: ZONE)
    model.set_entries(entries())
    qtmodeltester.check(model, force_py=False)  # type: ignore[no-untyped-call]  # Qt's own
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]  # pytest-qt's
    # Both stay connected: every reset below is checked again by each.
    assert [model.text(row, 1) for row in range(4)] == [
        "at the window",
        "not due until 09:00",
        "called at 08:00",
        "due",
    ]
    assert model.text(0, 2) == "25 min" and model.text(1, 3) == "Bo Fiktiv"
    assert model.data(model.index(2, 0), PATIENT_ID) == "p-3"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(3, 0), Qt.ItemDataRole.ForegroundRole) is None
    model.set_entries([])
    model.set_entries(entries()[:2])
    assert model.text(2, 0) == "" and model.rowCount() == 2


def test_check_in_by_keyboard_and_by_scan_then_call_next_starts_identification(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    queue = screen.queue
    first, second = demo_station.patients()[:2]

    queue.check_in_field.setFocus()
    queue.check_in_field.setText(first.clinic_id)
    press(qtbot, queue.check_in_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=TIMEOUT)
    assert queue.model.entries[0].patient_id == first.patient_id

    demo_station.clock.advance(minutes=2)
    queue.check_in_field.setFocus()
    window.handle_scan(Scan(demo_station.demo.card_text(second)))  # the counter's scanner
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2, timeout=TIMEOUT)
    assert queue.model.entries[1].card_held
    assert visit_of(screen) is None  # a check-in, not an identification

    assert all(e.due for e in queue.model.entries)  # nobody was dosed today
    press(qtbot, window, Qt.Key.Key_F9)  # the longest waiting: checked in without a card
    qtbot.waitUntil(lambda: "without a card" in queue.message.text(), timeout=TIMEOUT)
    assert visit_of(screen) is None
    press(qtbot, window, Qt.Key.Key_F9)  # the next one due: their card identifies them
    qtbot.waitUntil(lambda: visit_of(screen) is not None, timeout=TIMEOUT)
    assert visit_of(screen).patient.patient_id == second.patient_id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: any(e.at_window for e in queue.model.entries), timeout=TIMEOUT)
    assert [e.called_at is not None for e in queue.model.entries] == [True, True]
    assert CALL_NEXT_KEY == "F9"


def test_enter_on_a_row_identifies_the_patient_checked_in_with_their_card(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    queue = screen.queue
    patient = demo_station.patients()[2]
    queue.check_in_field.setFocus()
    window.handle_scan(Scan(demo_station.demo.card_text(patient)))
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=TIMEOUT)
    queue.table.setFocus()
    queue.table.selectRow(0)
    press(qtbot, queue.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visit_of(screen) is not None, timeout=TIMEOUT)
    assert visit_of(screen).patient.patient_id == patient.patient_id  # type: ignore[union-attr]


def test_went_away_takes_the_chosen_patient_out(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    queue = screen.queue
    patient = demo_station.patients()[3]
    queue.check_in_field.setText(patient.clinic_id)
    queue.check_in_button.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=TIMEOUT)
    queue.left_button.click()
    qtbot.waitUntil(lambda: "Choose the patient" in queue.message.text(), timeout=TIMEOUT)
    queue.table.selectRow(0)
    queue.left_button.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0, timeout=TIMEOUT)
