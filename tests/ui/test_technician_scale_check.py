"""The technician's reference-weight check on the demo's simulated scale: a nurse's tare left
set does not falsify it (the check clears the tare and zeroes first), and a balance that
answers but never settles is reported as a draught, not as a cable fault."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from station.ui.technician.workspace import TechnicianWorkspace

from .conftest import DemoStation
from .test_technician_workspace import clock, workspace, zero_for_check

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

__all__ = ["clock", "workspace"]  # fixtures


def test_a_tare_left_by_the_nurse_does_not_falsify_the_reference_check(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    scale, sim = workspace.scale, demo_station.demo.scale_sim
    bridge = workspace.context.devices.scale
    sim.place_mass(Decimal("11.80")).result(timeout=5)  # the nurse's empty syringe
    assert sim.wait_until_stable(5.0)
    with qtbot.waitSignal(bridge.tared, timeout=10000):
        bridge.tare()
    scale.device_serial.setText("B021002593")
    scale.certified.setText("100.00")
    scale.tolerance.setText("0.05")
    assert not scale.check_button.isEnabled()
    scale.reference_check()  # not before the pan was zeroed for the check
    assert "zero" in scale.message.text()

    zero_for_check(qtbot, workspace, demo_station)
    sim.place_mass(Decimal("100.00")).result(timeout=5)
    with qtbot.waitSignal(scale.calibration_recorded, timeout=20000) as recorded:
        scale.check_button.click()
    check = recorded.args[0]
    assert check.measured.value == Decimal("100.00"), "the tare was still set"
    assert check.passed
    assert "100.00 g for 100.00 g" in scale.message.text()


def test_a_balance_in_a_draught_is_not_reported_as_a_cable_fault(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    scale, sim = workspace.scale, demo_station.demo.scale_sim
    scale.device_serial.setText("B021002593")
    scale.certified.setText("100.00")
    scale.tolerance.setText("0.05")
    zero_for_check(qtbot, workspace, demo_station)
    sim.stable_timeout_s = 60.0  # it holds the stable-weight request, saying nothing
    sim.place_mass(Decimal("100.00")).result(timeout=5)
    sim.set_never_settles().result(timeout=5)
    scale.check_button.click()
    qtbot.waitUntil(lambda: scale.message.property("severity") == "error", timeout=30000)
    text = scale.message.text()
    assert "answers" in text and "did not settle" in text, text
    assert "does not answer" not in text and "cable" not in text
    assert workspace.context.devices.scale.state.value == "ready"  # no reconnecting


def test_the_counter_has_a_warning_for_each_unchecked_state(qtbot: QtBot) -> None:
    from station.services.technician import CalibrationStatus
    from station.ui.device_bridge import scale_check_warning

    assert scale_check_warning(CalibrationStatus.OK.value, blocking=True) is None
    assert scale_check_warning(CalibrationStatus.DUE.value, blocking=False) is None
    for status in (CalibrationStatus.OVERDUE, CalibrationStatus.NEVER, CalibrationStatus.FAILED):
        warning = scale_check_warning(status.value, blocking=False)
        assert warning is not None and "technician" in warning
        blocked = scale_check_warning(status.value, blocking=True)
        assert blocked is not None and "no weighing is accepted" in blocked
