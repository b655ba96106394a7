"""The pharmacist's register on screen: a year of entries shown and charted on the GUI thread.

Two figures, each against the same work for one week (about 3,850 entries) in the same run:

- the register table (model reset, layout, first paint of a 1200×700 view) with 200,000
  entries: the view reads only the cells it paints, so a year should cost about what a
  week costs; target: the year within 50 ms (the GUI-stall budget) and ≤ 3× the week;
- the stock chart painted with a year of balances (reduced to ~1,500 time buckets of lowest,
  highest and last balance off the GUI thread, then one pixel column per group).

Rows are text as the pharmacy service's ``register_table`` produces them; computing the
register itself is measured by ``bench_pharmacy``.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from bench.core import Figure, interleaved_medians, target_figure

if TYPE_CHECKING:
    from bench.shared import SharedBuilds

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

YEAR_ENTRIES = 200_000
WEEK_ENTRIES = YEAR_ENTRIES * 7 // 364
STALL_BUDGET_MS = 50.0
MAX_RATIO = 3.0


def _rows(count: int) -> tuple[list[list[str]], list[tuple[datetime, Decimal]]]:
    start = datetime(2031, 1, 1, 7, 30, tzinfo=UTC)
    step = timedelta(days=364) / YEAR_ENTRIES
    balance = Decimal(500_000)
    rows, series = [], []
    for number in range(count):
        moment = start + number * step
        change = Decimal(50_000) if number % 400 == 0 else Decimal("-120.35")
        balance += change
        rows.append(
            [
                str(number + 1),
                f"{moment:%Y-%m-%d}",
                f"{moment:%H:%M}",
                "dose",
                "SB-310101-001",
                f"{change:+.2f}",
                f"{balance:.2f}",
                "Nora Demo (nurse)",
                "",
                "",
                "",
            ]
        )
        series.append((moment, balance))
    return rows, series


def _figure(name: str, value: float, baseline: float, note: str) -> Figure:
    """Within the GUI-stall budget, and within ``MAX_RATIO`` of the week's time."""
    return target_figure(
        name,
        round(value, 2),
        "ms",
        round(baseline, 2),
        f"<= {STALL_BUDGET_MS:g} ms and ratio <= {MAX_RATIO:g}",
        lambda v: v <= STALL_BUDGET_MS and v <= MAX_RATIO * baseline,
        note=f"{note} of each, interleaved",
    )


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Time showing the register and painting the chart, a year against a week."""
    from PySide6.QtWidgets import QApplication, QTableView

    from station.ui.pharmacy.chart import StockChart, reduce_series
    from station.ui.pharmacy.register_model import RegisterModel

    app = QApplication.instance() or QApplication([])
    year = _rows(YEAR_ENTRIES // (10 if quick else 1))
    week = _rows(WEEK_ENTRIES)
    repeats = 3 if quick else 7
    model = RegisterModel([f"column {n}" for n in range(11)])
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    chart = StockChart()
    chart.resize(1200, 260)

    def show_table(rows: list[list[str]]) -> None:
        model.set_rows(rows, frozenset())
        view.scrollToBottom()
        app.processEvents()
        if view.viewport().grab().isNull() or model.rowCount() != len(rows):
            raise RuntimeError("the register table was not shown")

    def paint_chart(series: list[tuple[datetime, Decimal]]) -> None:
        chart.set_series("stock", series, entries=len(series))
        if chart.grab().isNull() or not chart.points:
            raise RuntimeError("the stock chart was not painted")

    # The register page reduces the series with its reading, off the GUI thread.
    year_chart, week_chart = reduce_series(year[1]), reduce_series(week[1])

    figures = []
    counts = f"{len(year[0]):,} entries against {len(week[0]):,} (a week)"
    for name, work, data in (
        ("pharmacy register table shown (year vs week)", show_table, (year[0], week[0])),
        ("pharmacy stock chart painted (year vs week)", paint_chart, (year_chart, week_chart)),
    ):
        big, small = data
        value_s, baseline_s = interleaved_medians(
            (lambda w=work, d=big: w(d), lambda w=work, d=small: w(d)),  # type: ignore[misc]
            repeats,
        )
        figures.append(
            _figure(name, value_s * 1000, baseline_s * 1000, f"{counts}; median of {repeats}")
        )
    view.close()
    return figures
