"""Save a diagnostics bundle: logs, versions and device traffic, scrubbed of patient data."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from station.services.errors import ServiceError
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.technician.context import TechnicianContext
from station.ui.widgets import MessageLabel, export_file_name, make_button, make_label

LOG_FOLDER = "logs"
OLD_TRAFFIC_FOLDER = "diagnostics"
"""Where versions before issue 14 left each bundle's traffic, unredacted (removed when seen)."""


class DiagnosticsPage(QWidget):
    """One button: choose where, and the bundle is written off the GUI thread.

    ``traffic`` returns the raw-monitor lines captured so far by device (scans and label
    fields already as length and hash); each device's go from memory into the bundle as one
    file, with the log files in the data folder's ``logs``. Nothing is written beside it.
    """

    saved = Signal(str)

    def __init__(
        self,
        context: TechnicianContext,
        traffic: Callable[[], dict[str, list[str]]],
        parent: QWidget | None = None,
    ) -> None:
        """Build the page."""
        super().__init__(parent)
        self.context = context
        self.traffic = traffic
        self.file_dialog: QFileDialog | None = None
        self.hint = make_label(
            self.tr(
                "The bundle holds versions, settings, calibrations, event counts, logs and the "
                "device traffic of the raw monitors (scans and label fields only as their "
                "length and a hash). Names, clinic ids and birth dates are removed from every "
                "file."
            ),
            self.tr("What the bundle holds"),
        )
        self.save_button = make_button(
            self.tr("Save &diagnostics bundle…"), self.tr("Save the diagnostics bundle")
        )
        self.message = MessageLabel(self.tr("Diagnostics message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.choose_target)

    def choose_target(self) -> None:
        """Ask where to save (a Qt file dialog, not blocking)."""
        name = export_file_name("diagnostics", "zip")
        self.file_dialog = QFileDialog(self, self.tr("Save the diagnostics bundle"), name)
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.file_dialog.setDefaultSuffix("zip")
        self.file_dialog.setNameFilter(self.tr("Zip files (*.zip)"))
        self.file_dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        self.file_dialog.open()

    def save_to(self, target: Path) -> None:
        """Write the bundle to ``target`` (off the GUI thread)."""
        context = self.context
        by_device = self.traffic()
        data_dir = context.data_dir

        def work() -> Path:
            try:
                _remove_old_captures(data_dir / OLD_TRAFFIC_FOLDER)
                logs = sorted((data_dir / LOG_FOLDER).glob("*.log"))
                return context.technician.diagnostics_bundle(
                    context.session, target, logs=logs, traffic=by_device
                )
            except OSError as error:
                raise ServiceError(
                    f"The bundle could not be written: {error.strerror or error}.",
                    code="technician.bundle_not_written",
                    detail=str(error.strerror or error),
                ) from error

        self.save_button.setEnabled(False)
        self.message.show_message(self.tr("Writing {file}…").format(file=target.name), "info")
        context.submit(work, self._saved, known_errors(self._failed, self))

    def _saved(self, target: Path) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(
            self.tr("Diagnostics bundle saved: {file}").format(file=str(target)), "ok"
        )
        self.saved.emit(str(target))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(describe(error), "error")


def _remove_old_captures(folder: Path) -> None:
    """Delete the unredacted traffic files an older version left in the data folder."""
    for capture in folder.glob("*-traffic-*.txt"):
        capture.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # not there, or something else in it: leave it
        folder.rmdir()
