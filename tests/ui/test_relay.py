"""The relay to the GUI thread: every outcome arrives there, in order, and a bug is reported."""

from __future__ import annotations

import functools
import logging
import sys
import threading
import traceback
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from station.ui.errors import install_exception_hook, shown_errors
from station.ui.relay import GuiRelay
from station.ui.tasks import BackgroundTasks

THREADS = 4
CALLS = 250


@pytest.fixture
def crash_hook() -> Iterator[None]:
    """The application's crash handler in ``sys.excepthook`` for this test only."""
    before = sys.excepthook
    install_exception_hook()
    try:
        yield
    finally:
        sys.excepthook = before


def close_crash_dialogs() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.windowTitle() == "Unexpected error":
            widget.close()


def test_calls_from_several_threads_all_run_on_the_gui_thread_each_in_its_order(
    qtbot: QtBot,
) -> None:
    relay = GuiRelay()
    gui = threading.current_thread()
    arrived: list[tuple[int, int, bool]] = []
    start = threading.Barrier(THREADS)

    def arrive(number: int, sequence: int) -> None:
        arrived.append((number, sequence, threading.current_thread() is gui))

    def sender(number: int) -> None:
        start.wait()  # all threads post at once
        for sequence in range(CALLS):
            relay.post(functools.partial(arrive, number, sequence))

    threads = [threading.Thread(target=sender, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: len(arrived) == THREADS * CALLS, timeout=10000)
    for thread in threads:
        thread.join()
    assert all(on_gui for _n, _s, on_gui in arrived)
    for number in range(THREADS):
        assert [s for n, s, _ in arrived if n == number] == list(range(CALLS))


def test_followed_futures_report_results_and_errors_on_the_gui_thread(qtbot: QtBot) -> None:
    relay = GuiRelay()
    gui = threading.current_thread()
    seen: list[tuple[str, str, bool]] = []
    pool = ThreadPoolExecutor(max_workers=3)

    def work(number: int) -> int:
        if number % 5 == 0:
            raise ValueError(f"refused {number} (test)")
        return number * 10

    try:
        for number in range(40):
            relay.follow(
                pool.submit(work, number),
                lambda value: seen.append(("done", str(value), threading.current_thread() is gui)),
                lambda error: seen.append(("error", str(error), threading.current_thread() is gui)),
            )
        qtbot.waitUntil(lambda: len(seen) == 40, timeout=10000)
    finally:
        pool.shutdown()
    assert all(on_gui for _kind, _value, on_gui in seen)
    assert sorted(v for kind, v, _ in seen if kind == "done") == sorted(
        str(n * 10) for n in range(40) if n % 5
    )
    assert sorted(v for kind, v, _ in seen if kind == "error") == sorted(
        f"refused {n} (test)" for n in range(0, 40, 5)
    )


def test_a_closed_relay_runs_nothing_more(qtbot: QtBot) -> None:
    relay = GuiRelay()
    ran: list[int] = []
    relay.post(lambda: ran.append(1))
    relay.close()
    relay.post(lambda: ran.append(2))
    done = GuiRelay()
    with qtbot.waitSignal(done.delivered, timeout=5000):  # the queue has been visited
        done.post(lambda: None)
    assert ran == []
    assert relay.closed


def test_a_bug_in_a_callback_reaches_the_exception_hook_with_its_traceback(
    qtbot: QtBot,
) -> None:
    relay = GuiRelay()
    after: list[str] = []

    def broken_callback() -> None:
        raise KeyError("bug in a callback (test)")

    with qtbot.captureExceptions() as caught:
        with qtbot.waitSignal(relay.delivered, timeout=5000):
            relay.post(broken_callback)
        with qtbot.waitSignal(relay.delivered, timeout=5000):
            relay.post(lambda: after.append("still running"))
    assert len(caught) == 1
    kind, error, trace = caught[0]
    assert kind is KeyError and str(error) == "'bug in a callback (test)'"
    assert "broken_callback" in [frame.name for frame in traceback.extract_tb(trace)]
    assert after == ["still running"]


def test_a_bug_in_a_task_callback_is_shown_in_the_crash_dialog_and_logged_with_its_frames(
    qtbot: QtBot, crash_hook: None, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    tasks = BackgroundTasks()
    results: list[str] = []

    def show_the_result(name: str) -> None:
        raise RuntimeError(f"cannot show {name}")

    before = len(shown_errors())
    try:
        with caplog.at_level(logging.ERROR), qtbot.waitSignal(tasks.idle, timeout=5000):
            tasks.submit(lambda: "Testperson Fiktiv", show_the_result, print)
        assert shown_errors()[before:] == [shown_errors()[-1]]
        assert shown_errors()[-1].startswith("RuntimeError at test_relay.py:")
        assert any(
            isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Unexpected error"
            for w in QApplication.topLevelWidgets()
        )
        logged = "\n".join(record.getMessage() for record in caplog.records)
        assert "show_the_result" in logged  # the traceback's frames, not only the type
        assert "Testperson" not in logged  # never the message

        # The worker carries on: the next job reports back as usual.
        with qtbot.waitSignal(tasks.idle, timeout=5000):
            tasks.submit(lambda: "next", results.append, print)
        assert results == ["next"]
        assert tasks.pending == 0
    finally:
        tasks.shutdown()
        close_crash_dialogs()
