"""Printing the register: the GUI thread's longest stall while a year's register is printed.

The print path of the register page: the pages are laid out and painted onto the printer by
the task helper's thread (here a PDF printer, the same painting as to paper); the GUI thread
only runs its event loop. A 2 ms timer on the GUI thread records the longest gap between its
ticks while the print runs; the same-run baseline is that gap while a week is printed.
Target: the year's longest stall within 50 ms (the GUI-stall budget). The print time itself
is in the note.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.bench_pharmacy_gui import WEEK_ENTRIES, YEAR_ENTRIES, _rows
from bench.core import Figure, target_figure

if TYPE_CHECKING:
    from bench.shared import SharedBuilds

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STALL_BUDGET_MS = 50.0


def _print_and_watch(rows: list[list[str]], folder: Path) -> tuple[float, float, int]:
    """Print ``rows`` in the background; (longest GUI gap ms, print seconds, pages)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPrintSupport import QPrinter

    from station.ui.pharmacy.register_print import paint_register
    from station.ui.tasks import BackgroundTasks

    tasks = BackgroundTasks()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "register.pdf"))
    loop = QEventLoop()
    result: dict[str, float] = {}
    last = [time.perf_counter()]
    longest = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    started = time.perf_counter()

    def done(pages: int) -> None:
        result["pages"] = pages
        result["seconds"] = time.perf_counter() - started
        loop.quit()

    def failed(error: BaseException) -> None:
        result["error"] = 1
        loop.quit()

    timer.start()
    last[0] = time.perf_counter()
    tasks.submit(
        lambda: paint_register(printer, "Register (bench)", [f"c{n}" for n in range(11)], rows),
        done,
        failed,
    )
    loop.exec()
    timer.stop()
    tasks.shutdown(wait=True)
    if "error" in result or result.get("pages", 0) < 1:
        raise RuntimeError("the register was not printed")
    return longest[0] * 1000, result["seconds"], int(result["pages"])


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """The GUI thread's longest stall while a year (quick: a tenth) of the register prints."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    year, _ = _rows(YEAR_ENTRIES // (10 if quick else 1))
    week, _ = _rows(WEEK_ENTRIES)
    with tempfile.TemporaryDirectory() as folder:  # a week printed before and after the year
        week_gap, week_s, week_pages = _print_and_watch(week, Path(folder))
        year_gap, year_s, year_pages = _print_and_watch(year, Path(folder))
        week_gap_after, _, _ = _print_and_watch(week, Path(folder))
    baseline = (week_gap + week_gap_after) / 2
    return [
        target_figure(
            "pharmacy register printed: longest GUI stall (year vs week)",
            round(year_gap, 2),
            "ms",
            round(baseline, 2),
            f"<= {STALL_BUDGET_MS:g} ms",
            lambda value: value <= STALL_BUDGET_MS,
            note=(
                f"{len(year):,} entries, {year_pages:,} pages in {year_s:.1f} s off the GUI"
                f" thread; week: {len(week):,} entries, {week_pages} pages in {week_s:.2f} s,"
                f" printed just before and just after the year (baseline: the mean of their"
                f" stalls, {week_gap:.1f} and {week_gap_after:.1f} ms)"
            ),
        )
    ]
