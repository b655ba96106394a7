"""A bug in the middle of a step: logged without patient data, shown, the record consistent."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.ui.errors import shown_errors
from tests.ui.conftest import DemoStation, open_window, sign_in
from tests.ui.visit_driver import check_rules, identify_by_card


def test_a_bug_while_checking_the_rules_is_shown_logged_and_recovered_from(
    qtbot: QtBot,
    demo_station: DemoStation,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    patient = demo_station.patient("HAT-0002")
    visit = identify_by_card(qtbot, demo_station, window, patient)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"bug while deciding for {patient.family_name} {patient.birth_date}")

    monkeypatch.setattr(demo_station.counter, "decide", broken)
    before = len(shown_errors())
    assess = visit.assess
    assess.sedation.setCurrentIndex(1)  # 0: alert
    with caplog.at_level(logging.ERROR):
        assess.check_button.click()
        qtbot.waitUntil(lambda: assess.message.isVisible() and not assess.busy, timeout=10000)
    assert "error in the program" in assess.message.text()
    assert shown_errors()[before:] == [shown_errors()[-1]]
    assert shown_errors()[-1].startswith("RuntimeError at test_unexpected_errors.py")
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert any(box.windowTitle() == "Unexpected error" for box in boxes)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "RuntimeError" in logged
    assert patient.family_name not in logged and str(patient.birth_date) not in logged
    for box in boxes:
        box.close()

    # The record holds the assessment (its own transaction) and no decision.
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    types = [event.type for event in demo_station.store.events_after(nurse, 0)]
    assert types[-1] == "assessment.recorded"

    # Fixed: the same screen carries on.
    monkeypatch.undo()
    assert assess.check_button.isEnabled()
    check_rules(qtbot, visit)
    assert assess.headline.text() == "Dose allowed"
