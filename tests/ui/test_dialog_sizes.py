"""Dialogs grow with their messages: a long sentence wraps and the dialog makes room for it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.ui.errors import report_unexpected
from station.ui.style import apply_style
from station.ui.witness import WitnessDialog
from tests.ui.conftest import DemoStation
from tests.ui.layout_checks import label_clipped

LONG = (
    "This is a long message, as a refusal from the station can be: it says what happened, "
    "why the station refused it, what the person at the counter can do now and whom to call "
    "when that does not help, in one sentence that is far wider than the dialog it is shown in."
)


def clipped_labels(window: QLabel | QMessageBox | WitnessDialog) -> list[str]:
    QApplication.processEvents()
    found = []
    for label in window.findChildren(QLabel):
        if label.isVisible():
            why = label_clipped(label)
            if why is not None:
                found.append(f"{label.text()[:40]!r}: {why}")
    return found


def test_the_witness_dialog_grows_with_a_long_message(
    qtbot: QtBot, demo_station: DemoStation, qapp: QApplication
) -> None:
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        accounts = demo_station.parts.services.accounts
        nurse = accounts.unlock("nurse", demo_password("nurse"))
        dialog = WitnessDialog(
            accounts, demo_station.parts.tasks.submit, nurse.user, "Witness the destruction."
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        before = dialog.height()
        dialog.message.show_message(LONG + " " + LONG, "error")
        assert clipped_labels(dialog) == []
        assert dialog.height() > before, "the dialog made room for the message"
        area = dialog.screen().availableGeometry()
        assert dialog.width() <= area.width() and dialog.height() <= area.height()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)


def test_the_crash_dialog_shows_a_long_summary_whole(qtbot: QtBot, qapp: QApplication) -> None:
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        report_unexpected(RuntimeError(LONG))
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes, "the crash dialog is shown"
        box = boxes[-1]
        qtbot.waitExposed(box)
        assert clipped_labels(box) == []
        box.close()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
