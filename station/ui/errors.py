"""The crash handler: an unexpected exception is logged (no patient data) and shown in a dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

_log = logging.getLogger("station.ui.crash")

_known: list[type[BaseException]] = []


def known_error_types() -> tuple[type[BaseException], ...]:
    """Failures caused by people or the environment: shown where they happened, not as a crash.

    Imported at the first use, so that the login screen does not wait for the store's modules.
    """
    if not _known:
        from devices.readings import DeviceError
        from station.domain.errors import DomainError
        from station.services.errors import ServiceError

        # The services turn the store's and the domain's errors into ServiceErrors at their
        # edge; a DomainError still comes from values the window builds itself (an amount
        # typed in a field).
        _known.extend((ServiceError, DomainError, DeviceError))
    return tuple(_known)


_shown: list[str] = []
_boxes: list[QMessageBox] = []
"""Open crash dialogs (kept referenced so that they stay on screen until closed)."""
"""Summaries of the errors shown so far (tests and the tour read it)."""


def error_summary(error: BaseException) -> str:
    """The type and the place of an error, never its message (which might carry patient data)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}{where}"


def _log_error(error: BaseException) -> None:
    # Frames and types only: exception messages and local values can hold patient data.
    stack = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    _log.error("unexpected %s\n%s", error_summary(error), stack)


def shown_errors() -> list[str]:
    """The errors shown in the crash dialog since the program started."""
    return list(_shown)


def report_unexpected(error: BaseException, parent: QWidget | None = None) -> None:
    """Log an unexpected error and tell the person at the station, without stopping the program.

    The record stays consistent because every write is one store transaction: a failed
    step either wrote all of its events or none.
    """
    _log_error(error)
    summary = error_summary(error)
    _shown.append(summary)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong inside the program. What was already saved is kept; the step "
            "you were doing was not saved unless it shows as done. Please tell the technician.",
        )
    )
    box.setInformativeText(summary)
    box.setAccessibleName(QCoreApplication.translate("CrashDialog", "Unexpected error"))
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _boxes.remove(box) if box in _boxes else None)
    _boxes.append(box)
    box.show()


def _hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    report_unexpected(error.with_traceback(trace))


def install_exception_hook() -> None:
    """Send uncaught exceptions (also those raised in Qt slots) to :func:`report_unexpected`."""
    sys.excepthook = _hook


class UnexpectedFailure(Exception):
    """Stands in for a bug when the screen that asked must hear that its step failed."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "CrashDialog",
                "This step failed because of an error in the program; it was not saved. "
                "Try again, or tell the technician.",
            )
        )


def known_errors(
    handler: Callable[[BaseException], None], parent: QWidget | None = None
) -> Callable[[BaseException], None]:
    """An ``on_error`` for background work: expected failures to ``handler``, bugs to the dialog.

    Expected failures come from people or the environment (wrong password, refused dose,
    cable pulled): :class:`ServiceError` (every service refusal, and the store's errors the
    services pass on with a code), :class:`DomainError` and :class:`DeviceError`. Anything
    else is a bug: it is logged and shown in the crash
    dialog, and ``handler`` hears an :class:`UnexpectedFailure` so the screen can recover.
    """

    def route(error: BaseException) -> None:
        if isinstance(error, known_error_types()):
            handler(error)
        else:
            report_unexpected(error, parent)
            handler(UnexpectedFailure())

    return route
