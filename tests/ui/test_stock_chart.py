"""The register's stock chart: its axis labels whole in the station's large type."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.ui.pharmacy.chart import StockChart


@pytest.fixture
def large_type(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    qapp.setFont(QFont(font.family(), 16))
    try:
        yield
    finally:
        qapp.setFont(font)


def test_the_balance_axis_labels_fit_left_of_the_axis(qtbot: QtBot, large_type: None) -> None:
    chart = StockChart()
    qtbot.addWidget(chart)
    chart.resize(900, 220)
    start = datetime(2026, 12, 7, 7, 0, tzinfo=UTC)
    chart.set_series(
        "Stock of diacetylmorphine",
        [(start, Decimal("250000")), (start + timedelta(hours=2), Decimal("249880.16"))],
    )
    high, low = chart.axis_labels()
    assert (high, low) == ("250,000 mg", "0 mg")
    room = chart.plot_area().left() - 6  # the labels end 6 px left of the axis
    assert chart.fontMetrics().horizontalAdvance(high) <= room, "'250,000 mg' cut at the left"
