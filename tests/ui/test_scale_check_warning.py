"""The counter warns while the balance's reference-weight check is failed or overdue."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station.demo.profile import DEMO_SCALE_SERIAL, demo_password
from station.domain.quantities import Grams

from .conftest import DemoStation, open_window, sign_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_status_bar_says_when_the_scale_failed_its_reference_check(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    parts = demo_station.parts
    window = open_window(qtbot, parts)
    with qtbot.waitSignal(window.status.scale_check_read, timeout=10000):
        sign_in(qtbot, window)
    assert window.status.scale_check.isHidden(), "the demo's balance was checked"

    demo_station.clock.advance(days=1)  # the next day: a later check than the demo's own
    technician = parts.services.accounts.unlock("technician", demo_password("technician"))
    parts.services.technician.record_calibration(
        technician, DEMO_SCALE_SERIAL, Grams("100.00"), Grams("98.20"), Grams("0.05")
    )
    window.lock()
    with qtbot.waitSignal(window.status.scale_check_read, timeout=10000):
        sign_in(qtbot, window)
    assert not window.status.scale_check.isHidden()
    assert "failed" in window.status.scale_check.toolTip()
    assert window.status.scale_check.text() == "Scale check due"
