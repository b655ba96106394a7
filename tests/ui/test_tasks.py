"""Background tasks: work runs off the GUI thread, outcomes come back on it, in order."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from station.ui.tasks import BackgroundTasks


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot: QtBot) -> None:
    tasks = BackgroundTasks()
    gui = threading.current_thread()
    seen: list[tuple[str, object]] = []

    def work() -> threading.Thread:
        return threading.current_thread()

    def done(worker: threading.Thread) -> None:
        seen.append(("done", worker is not gui and threading.current_thread() is gui))

    def fail() -> None:
        raise ValueError("disk full (test)")

    def failed(error: BaseException) -> None:
        seen.append(("error", str(error)))

    with qtbot.waitSignal(tasks.idle, timeout=5000):
        tasks.submit(work, done, failed)
        tasks.submit(fail, done, failed)
    assert seen == [("done", True), ("error", "disk full (test)")]
    assert tasks.pending == 0
    tasks.shutdown()


def test_emitting_signals_keeps_the_interpreter_alive() -> None:
    # PySide6 6.12.0 returned True from emit() without a reference: on Python 3.11 each emit
    # then drops one reference to True, and after a few thousand signals the interpreter
    # aborts ("bool_dealloc"). A station emits that many in an hour; that version is excluded.
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        happened = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.happened.emit()
    assert sys.getrefcount(True) >= before
