"""The demo's cards work in the window before and after the demo enrolls with its own server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.demo.profile import DEMO_CLINIC_ID, demo_password
from station.services.sync_link import server_binding
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready


def test_the_panels_demo_cards_still_identify_once_the_demo_enrolled_with_its_server(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    store, demo = demo_station.store, demo_station.demo
    nurse = store.unlock("nurse", demo_password("nurse"))
    before = dict(demo.cards)
    assert demo_station.counter.check_card(nurse, before["HAT-0002"]).ok
    window = open_window(qtbot, demo_station.parts)  # the panel keeps the cards it was given
    wait_devices_ready(qtbot, demo_station.parts)

    demo.start_server()  # what the demo window does in the background once it is shown

    binding = server_binding(store)
    assert binding is not None and binding.clinic_id == DEMO_CLINIC_ID
    assert dict(demo.cards) == before  # the same printed cards, before and after
    sign_in(qtbot, window)
    panel = window.simulators
    assert panel is not None
    labels = [panel.card_choice.itemText(i) for i in range(panel.card_choice.count())]
    panel.card_choice.setCurrentIndex(labels.index("Card HAT-0002"))
    qtbot.mouseClick(panel.scan_card_button, Qt.MouseButton.LeftButton)
    screen = window.counter_screen
    assert screen is not None
    identify = screen.visit.identify

    def answered() -> bool:  # identified, or refused with the reason
        return identify.message.text() not in ("", "Checking the card…")

    qtbot.waitUntil(answered, timeout=10000)
    assert identify.message.text() == "Identity recorded. Check the face."
    assert screen.visit.panel.clinic_id.text() == "HAT-0002"
    assert identify.confirm_box.isVisible()
