"""The absent patients on screen: its Qt model, the days filter and the contact log by keyboard."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.services.absence import AbsentPatient, ContactEntry
from station.ui.main_window import StationWindow
from station.ui.visit.absent import PATIENT_ID, AbsentDialog, AbsentModel
from tests.ui.conftest import DemoStation, open_window, sign_in

TIMEOUT = 10000
ZONE = ZoneInfo("Europe/Copenhagen")


def rows() -> list[AbsentPatient]:
    called = ContactEntry(
        "c-1", "called", "No answer.", datetime(2031, 3, 4, 9, 5, tzinfo=ZONE), "u", "Nanna", None
    )
    return [
        AbsentPatient("p-1", "DEMO-0001", "Ada Fiktiv", datetime(2031, 2, 27, 17, 0, tzinfo=ZONE),
                      5, 4, True, called),
        AbsentPatient("p-2", "DEMO-0002", "Bo Fiktiv", None, 2, None, False, None),
    ]  # fmt: skip


def test_the_absent_model_passes_qts_model_tester(qtmodeltester: ModelTester) -> None:
    model = AbsentModel(lambda: ZONE)
    model.set_patients(rows())
    qtmodeltester.check(model, force_py=False)  # type: ignore[no-untyped-call]  # Qt's own
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]  # pytest-qt's
    assert [model.text(0, column) for column in range(6)] == [
        "DEMO-0001",
        "Ada Fiktiv",
        "27.02.2031 17:00",
        "5",
        "4",
        "04.03. 09:05 called: No answer.",
    ]
    assert [model.text(1, column) for column in (2, 4, 5)] == ["never", "–", "none"]
    assert isinstance(model.data(model.index(0, 4), Qt.ItemDataRole.BackgroundRole), QColor)
    assert model.data(model.index(1, 4), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 0), PATIENT_ID) == "p-2"
    model.set_patients([])
    model.set_patients(rows()[1:])
    assert model.rowCount() == 1 and model.text(1, 0) == ""


def open_absent(qtbot: QtBot, demo_station: DemoStation) -> AbsentDialog:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    assert window.absent_action.isEnabled()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_A, both)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.absent_dialog is not None, timeout=TIMEOUT)
    dialog = window.absent_dialog
    assert isinstance(dialog, AbsentDialog)
    return dialog


def test_a_contact_is_logged_from_the_keyboard_and_shows_in_the_list(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    dialog = open_absent(qtbot, demo_station)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=TIMEOUT)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.chosen() is not None, timeout=TIMEOUT)
    chosen = dialog.chosen()
    dialog.note.setFocus()
    dialog.note.setText("No answer (test)")  # typed keys this fast would read as a scan
    with qtbot.waitSignal(dialog.contacts_shown, timeout=TIMEOUT, check_params_cb=lambda n: n == 1):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert "No answer (test)" in dialog.contacts.item(0).text()
    qtbot.waitUntil(
        lambda: any(
            p.patient_id == chosen and p.last_contact is not None for p in dialog.model.patients
        ),
        timeout=TIMEOUT,
    )
    assert dialog.chosen() == chosen


def test_the_days_filter_reads_the_list_again_and_a_lock_closes_it(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    dialog = open_absent(qtbot, demo_station)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.listed, timeout=TIMEOUT, check_params_cb=lambda n: n == 0):
        dialog.days.setValue(300)
    assert dialog.model.rowCount() == 0
    window = dialog.parent()
    assert isinstance(window, StationWindow)
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
