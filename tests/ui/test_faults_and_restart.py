"""A scale cable pulled while preparing, printer faults, and a restart during observation."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.demo.environment import DemoEnvironment
from station.domain.settings import RuleSettings
from station.store.crypto import TEST_KDF
from station.ui.device_bridge import DeviceState
from tests.ui.conftest import (
    DEMO_PATIENTS,
    DemoStation,
    MorningClock,
    close_parts,
    make_parts,
    open_window,
    sign_in,
    wait_devices_ready,
)
from tests.ui.visit_driver import (
    accept_weight,
    administer,
    check_rules,
    fill_syringe,
    identify_by_card,
    prepare_dose,
    print_label,
    screen_of,
    tare_empty_syringe,
)

TIMEOUT = 10000


def test_scale_cable_pulled_while_preparing_then_reconnected(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    prepare, scale = visit.prepare, demo_station.parts.devices.scale
    sim = demo_station.demo.scale_sim
    tare_empty_syringe(qtbot, demo_station, visit)

    # The syringe is on the scale but never settles; the cable is pulled while waiting.
    sim.set_never_settles(True).result(5)
    fill_syringe(demo_station, visit)
    qtbot.mouseClick(prepare.accept_button, Qt.MouseButton.LeftButton)
    assert prepare.weighing and not prepare.accept_button.isEnabled()
    sim.pull_cable()
    qtbot.waitUntil(lambda: scale.state is DeviceState.FAULT, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not prepare.weighing, timeout=TIMEOUT)
    assert visit.state.weighed is None
    assert "The scale is not connected" in prepare.message.text()
    assert prepare.stability.text() == "NO SCALE"
    assert not prepare.accept_button.isEnabled() and not prepare.continue_button.isEnabled()
    assert "Scale: fault" in window.status.scale.text()

    # Cable back: the bridge reconnects by itself; the syringe must be tared again.
    sim.set_never_settles(False).result(5)
    sim.put_back_cable()
    qtbot.waitUntil(lambda: scale.state is DeviceState.READY, timeout=TIMEOUT)
    assert "connected again" in prepare.message.text()
    assert not prepare.tared and not prepare.accept_button.isEnabled()
    tare_empty_syringe(qtbot, demo_station, visit)
    fill_syringe(demo_station, visit)
    accept_weight(qtbot, visit)
    assert visit.state.weighed is not None and visit.state.weighed.check.within


def test_printer_out_of_paper_is_explained_and_the_reprint_counted(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    prepare_dose(qtbot, demo_station, visit)
    printer = demo_station.demo.printer_sim
    printer.set_state(paper_out=True).result(5)
    print_label(qtbot, visit)
    label = visit.label
    assert "Not printed" in label.message.text()
    assert "labels are loaded" in label.message.text()  # a silent Zebra: what to check
    assert not label.continue_button.isEnabled()
    printer.set_state(paper_out=False).result(5)
    print_label(qtbot, visit)
    assert "Label printed" in label.message.text()
    print_label(qtbot, visit)  # a reprint
    assert visit.state.label_prints == 2 and visit.state.label_failures == 1
    administer(qtbot, visit)
    assert len(printer.labels) == 2

    # The printer's cable pulled and put back: the status bar follows, the bridge reopens it.
    bridge = demo_station.parts.devices.printer
    printer.pull_cable()
    bridge.check_status()
    qtbot.waitUntil(lambda: bridge.state is DeviceState.FAULT, timeout=TIMEOUT)
    assert "not connected" in bridge.message or "does not answer" in bridge.message
    printer.put_back_cable()
    qtbot.waitUntil(lambda: bridge.state is DeviceState.READY, timeout=TIMEOUT)


def test_observation_timer_continues_from_the_stored_start_after_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    first = DemoEnvironment(folder, DEMO_PATIENTS, kdf=TEST_KDF)
    first.start()
    clock = MorningClock(RuleSettings())
    parts = make_parts(first, clock)
    station = DemoStation(first, parts, clock)
    try:
        window = open_window(qtbot, parts)
        wait_devices_ready(qtbot, parts)
        sign_in(qtbot, window)
        visit = identify_by_card(qtbot, station, window, station.patient("HAT-0002"))
        check_rules(qtbot, visit)
        qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
        prepare_dose(qtbot, station, visit)
        print_label(qtbot, visit)
        with qtbot.waitSignal(screen_of(window).board.refreshed, timeout=TIMEOUT):
            administer(qtbot, visit)
        board = screen_of(window).board
        qtbot.waitUntil(lambda: len(board.cards) == 1, timeout=TIMEOUT)
        (observation_id,) = board.cards
        before = board.remaining(observation_id)
        assert timedelta(minutes=19) < before <= timedelta(minutes=20)
        window.close()
    finally:
        close_parts(parts)
        first.stop()

    clock.advance(minutes=7)  # the station was off for seven minutes
    second = DemoEnvironment(folder, DEMO_PATIENTS, kdf=TEST_KDF)
    second.start()
    parts = make_parts(second, clock)
    try:
        window = open_window(qtbot, parts)
        sign_in(qtbot, window)
        board = screen_of(window).board
        qtbot.waitUntil(lambda: observation_id in board.cards, timeout=TIMEOUT)
        after = board.remaining(observation_id)
        assert before - timedelta(minutes=8) < after <= before - timedelta(minutes=7)
        window.close()
    finally:
        close_parts(parts)
        second.stop()
