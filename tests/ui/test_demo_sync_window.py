"""The demo window syncs with the demo's own central server: online, queued events, last sync."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.app import start_demo_server
from station.services.sync_link import server_binding
from station.ui.tasks import BackgroundTasks
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    administer,
    check_rules,
    identify_by_card,
    prepare_dose,
    print_label,
)

TIMEOUT = 30000


def test_the_demo_window_goes_online_and_a_dose_is_pushed_at_once(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    parts, demo = demo_station.parts, demo_station.demo
    window = open_window(qtbot, parts)
    wait_devices_ready(qtbot, parts)
    sign_in(qtbot, window)
    assert window.status.sync.text() == "Sync: offline"  # the server is not up yet
    server_start = BackgroundTasks()
    try:
        start_demo_server(window, demo, server_start)
        qtbot.waitUntil(lambda: "online" in window.status.sync.text(), timeout=TIMEOUT)
        binding = server_binding(demo_station.store)
        assert demo.server is not None and binding is not None and binding.url == demo.server.url
        link = window.sync_link
        assert link is not None and link.sync is not None
        assert parts.counter.sync_probe is link.sync.sync_probe()
        qtbot.waitUntil(lambda: ", 0 queued" in window.status.sync.text(), timeout=TIMEOUT)
        assert "last sync" in window.status.sync.text()

        patient = demo_station.patient("HAT-0002")
        visit = identify_by_card(qtbot, demo_station, window, patient)
        check_rules(qtbot, visit)
        qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
        prepare_dose(qtbot, demo_station, visit)
        print_label(qtbot, visit)
        shown: list[str] = []
        link.status_changed.connect(lambda state, _detail: shown.append(state))
        administer(qtbot, visit)
        store = demo_station.store
        head = store.head()[0]
        assert head > int(store.meta("sync_push_mark") or 0)  # the dose waits to go out
        # The dose asked for a round: the server confirms it before the 30 s schedule would.
        qtbot.waitUntil(lambda: int(store.meta("sync_push_mark") or 0) >= head, timeout=10000)
        shown.clear()
        qtbot.waitUntil(lambda: any(", 0 queued" in state for state in shown), timeout=10000)
        assert "online" in window.status.sync.text()
        assert ", 0 queued" in window.status.sync.text()
    finally:
        window.close()
        server_start.shutdown(wait=True)
    parts.tasks.shutdown(wait=True)  # the sync thread stopped with the lock
    assert window.sync_link is None
    assert not any(thread.name == "sync-scheduler" for thread in threading.enumerate())
    server = demo.server
    assert server is not None
    demo.stop()
    assert not server._thread.is_alive()
