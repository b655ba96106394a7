"""The counter's layout at 1280×800 with the demo's simulator panel: nothing cut off at the side.

The station's own style (large type) is applied, as the application does; the live weight, its
stability, the Accept button and every reason of the rules must be whole on screen, and the
step area must never need a horizontal scroll bar.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from station.ui.main_window import StationWindow
from station.ui.style import apply_style
from station.ui.visit.flow import VisitView
from station.ui.widgets import VerticalScrollArea
from tests.ui.conftest import DemoStation, open_window, sign_in, wait_devices_ready
from tests.ui.visit_driver import (
    TIMEOUT,
    check_rules,
    fill_syringe,
    identify_by_card,
    tare_empty_syringe,
)

WIDTH, HEIGHT = 1280, 800


@pytest.fixture
def station_style(qapp: QApplication) -> Iterator[None]:
    """The station's large type and colours, taken off again after the test."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)


def counter_window(qtbot: QtBot, station: DemoStation) -> StationWindow:
    window = open_window(qtbot, station.parts)
    window.resize(WIDTH, HEIGHT)
    wait_devices_ready(qtbot, station.parts)
    sign_in(qtbot, window)
    dock = window.findChild(QDockWidget, "simulators")
    assert dock is not None and dock.isVisible(), "the demo's simulator panel is shown"
    return window


def rect_in_viewport(widget: QWidget, area: VerticalScrollArea) -> QRect:
    viewport = area.viewport()
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())


def assert_whole_in_view(widget: QWidget, area: VerticalScrollArea) -> None:
    """The widget is shown, not clipped by the step area's viewport on any side."""
    assert widget.isVisible(), widget.accessibleName()
    where = rect_in_viewport(widget, area)
    assert area.viewport().rect().contains(where), (
        f"{widget.accessibleName()!r} at {where} is cut off by the step area "
        f"{area.viewport().rect()}"
    )


def assert_no_sideways_scrolling(window: StationWindow, visit: VisitView) -> None:
    area = visit.step_area
    QApplication.processEvents()
    assert window.width() <= WIDTH, "nothing forces the window wider than the screen"
    assert window.height() <= HEIGHT, "nothing forces the window taller than the screen"
    assert window.minimumSizeHint().width() <= WIDTH
    assert window.minimumSizeHint().height() <= HEIGHT
    assert not area.horizontalScrollBar().isVisible()
    content = area.widget()
    assert content is not None
    assert content.width() <= area.viewport().width(), "the step is wider than its area"
    dock = window.findChild(QDockWidget, "simulators")
    assert dock is not None
    assert dock.width() <= 440, "the simulator panel does not squeeze the counter"
    assert area.width() > dock.width(), "the step area gets the room, not the simulators"


def test_prepare_shows_the_whole_weight_and_accept_at_1280_by_800(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = counter_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    qtbot.mouseClick(visit.assess.continue_button, Qt.MouseButton.LeftButton)
    assert visit.step_name == "Prepare"
    prepare = visit.prepare
    qtbot.waitUntil(
        lambda: demo_station.parts.devices.scale.state.value == "ready", timeout=TIMEOUT
    )
    tare_empty_syringe(qtbot, demo_station, visit)
    fill_syringe(demo_station, visit)
    qtbot.waitUntil(
        lambda: (
            prepare.stability.text() == "STABLE"
            and prepare.weight.text().endswith(" g")
            and prepare.weight.text() != "0.000 g"
        ),
        timeout=TIMEOUT,
    )
    area = visit.step_area
    QApplication.processEvents()

    # As the nurse sees it after the tare: the step scrolled (if it must) so that the live
    # weight, its stability and Accept show together; the batch above may scroll away.
    assert_no_sideways_scrolling(window, visit)
    for widget in (prepare.weight, prepare.stability, prepare.accept_button):
        assert_whole_in_view(widget, area)
    weight_text_width = prepare.weight.fontMetrics().horizontalAdvance(prepare.weight.text())
    assert prepare.weight.contentsRect().width() >= weight_text_width, "the weight is cut short"
    assert prepare.accept_button.isEnabled()


def test_assess_shows_every_reason_whole_at_1280_by_800(
    qtbot: QtBot, demo_station: DemoStation, station_style: None
) -> None:
    window = counter_window(qtbot, demo_station)
    visit = identify_by_card(qtbot, demo_station, window, demo_station.patient("HAT-0002"))
    check_rules(qtbot, visit)
    assess = visit.assess
    QApplication.processEvents()
    assert_no_sideways_scrolling(window, visit)
    area = visit.step_area
    for widget in (assess.headline, assess.reasons, assess.continue_button):
        area.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
        where = rect_in_viewport(widget, area)
        viewport = area.viewport().rect()
        assert where.left() >= viewport.left() and where.right() <= viewport.right(), (
            f"{widget.accessibleName()!r} at {where} is cut off at the side of {viewport}"
        )
        if widget is not assess.reasons:
            assert_whole_in_view(widget, area)
    reasons = assess.reasons
    assert reasons.text().count("\n") >= 3, "the decision lists its reasons"
    assert reasons.wordWrap()
    assert reasons.height() >= reasons.heightForWidth(reasons.width()), (
        "the reasons are given less height than their wrapped lines need"
    )
