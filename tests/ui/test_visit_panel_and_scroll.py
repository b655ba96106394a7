"""After a dose the patient panel shows it at once; each visit step opens scrolled to its top."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    TIMEOUT,
    administer,
    check_rules,
    identify_by_card,
    prepare_dose,
    print_label,
)

# "1 dose" with the English catalogue the application loads, "1 dose(s)" without one.
ONE_DOSE = re.compile(r"1 dose(\(s\))?,")
NO_DOSE = re.compile(r"0 dose(s|\(s\)),")


def test_the_panel_counts_the_dose_just_given_and_each_step_opens_at_its_top(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    window.resize(1024, 768)  # the board below takes its card's height: the steps scroll
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    assert NO_DOSE.match(visit.panel.doses_today.text())
    assert visit.panel.flags.text() == "none" and not visit.panel.flags.styleSheet(), "not red"
    check_rules(qtbot, visit)
    QApplication.processEvents()
    bar = visit.step_area.verticalScrollBar()
    assert bar.maximum() > 0, "the assessment is taller than the step area at this size"
    bar.setValue(bar.maximum())
    assert visit.assess.continue_button.isEnabled()
    visit.assess.continue_button.click()
    qtbot.waitUntil(lambda: visit.step_name == "Prepare", timeout=TIMEOUT)
    assert bar.value() == 0, "the next step opens at its top, not where the last one was"

    prepare_dose(qtbot, demo_station, visit)
    print_label(qtbot, visit)
    administer(qtbot, visit)
    qtbot.waitUntil(
        lambda: ONE_DOSE.match(visit.panel.doses_today.text()) is not None, timeout=TIMEOUT
    )
    assert "(full)" in visit.panel.doses_today.text()
    area, doses = visit.panel_area, visit.panel.doses_today

    def doses_in_view() -> bool:
        where = QRect(doses.mapTo(area.viewport(), QPoint(0, 0)), doses.size())
        return area.viewport().rect().contains(where)

    qtbot.waitUntil(doses_in_view, timeout=TIMEOUT)  # the short panel scrolls to them
    # With the panel at its top, what decides the next dose is in view: the name, the flags,
    # today's doses and the last one (before the prescription and the birth date).
    area.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    for label in (visit.panel.name, visit.panel.flags, doses, visit.panel.last_dose):
        where = QRect(label.mapTo(area.viewport(), QPoint(0, 0)), label.size())
        assert area.viewport().rect().contains(where), label.accessibleName()
    assert "B71C1C" in visit.panel.flags.styleSheet(), "a flag (still under observation) in red"
