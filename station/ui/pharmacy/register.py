"""The register per substance: time order, running balance, corrections as dated notes, exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.domain.ledger import stock_series
from station.services.clinic_time import clinic_time
from station.services.pharmacy import ContainerBalance, RegisterRow
from station.services.register_layout import RegisterSummary
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.pharmacy.chart import StockChart, reduce_series
from station.ui.pharmacy.context import PharmacyContext, parse_decimal
from station.ui.pharmacy.register_model import BATCH_COLUMN, NOTES_COLUMN, RegisterModel
from station.ui.pharmacy.register_print import paint_register
from station.ui.widgets import MessageLabel, export_file_name, make_button, make_field

BALANCE_COLUMN = 6
_ALL = ""


@dataclass(frozen=True)
class RegisterView:
    """What the page shows for one substance (and maybe one batch)."""

    substance: str
    container_id: str
    rows: list[RegisterRow]
    table: list[list[str]]
    series: list[tuple[datetime, Decimal]]
    corrected: frozenset[int] = frozenset()
    zone: ZoneInfo | None = None
    """The clinic's zone: the table, the chart and the printout show clinic time."""
    summary: RegisterSummary | None = None


class RegisterPage(QWidget):
    """The controlled-drug register with its chart; correct, export (CSV, PDF) and print."""

    exported = Signal(str)
    printed = Signal(int)
    """The register was painted onto the printer: the number of pages."""
    """The path of a written export."""

    def __init__(self, context: PharmacyContext, parent: QWidget | None = None) -> None:
        """Build the page; :meth:`refresh` loads the substances and the register."""
        super().__init__(parent)
        self.context = context
        self.view: RegisterView | None = None
        self.containers: list[ContainerBalance] = []
        self.file_dialog: QFileDialog | None = None
        self.substance = QComboBox()
        self.substance.setAccessibleName(self.tr("Substance"))
        self.container = QComboBox()
        self.container.setAccessibleName(self.tr("Batch shown"))
        self.model = RegisterModel(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Batch"),
                self.tr("Change (mg)"),
                self.tr("Balance (mg)"),
                self.tr("By"),
                self.tr("Witness"),
                self.tr("Reason"),
                self.tr("Correction notes"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Controlled-drug register"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            NOTES_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # A few entries in view (not a sliver beside the chart); a short screen scrolls the page.
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 4 * self.table.verticalHeader().defaultSectionSize()
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        self.chart = StockChart()
        self.export_csv_button = make_button(self.tr("E&xport CSV…"), self.tr("Export as CSV"))
        self.export_pdf_button = make_button(self.tr("Export &PDF…"), self.tr("Export as PDF"))
        self.print_button = make_button(self.tr("P&rint…"), self.tr("Print the register"))
        self.note = make_field(self.tr("Correction note"), self.tr("what was wrong, and why"))
        self.change = make_field(self.tr("Correction in mg (optional)"), self.tr("e.g. -0.50"))
        self.correct_button = make_button(
            self.tr("Add &correction"), self.tr("Add a correction to the chosen entry")
        )
        self.message = MessageLabel(self.tr("Register message"))

        top = QFormLayout()
        top.addRow(self.tr("&Substance"), self.substance)
        top.addRow(self.tr("&Batch"), self.container)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_csv_button)
        buttons.addWidget(self.export_pdf_button)
        buttons.addWidget(self.print_button)
        correction = QGroupBox(self.tr("Correct the chosen entry (the entry itself never changes)"))
        correction_form = QFormLayout(correction)
        correction_form.addRow(self.tr("&Note"), self.note)
        correction_form.addRow(self.tr("C&hange (mg)"), self.change)
        correction_form.addRow(self.correct_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(correction)
        layout.addWidget(self.message)

        self.substance.activated.connect(lambda _index: self._substance_chosen())
        self.container.activated.connect(lambda _index: self.load())
        self.export_csv_button.clicked.connect(lambda: self.choose_export("csv"))
        self.export_pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        self.print_button.clicked.connect(self.print_register)
        self.correct_button.clicked.connect(self.add_correction)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the substances and batches, then the register (in the background)."""
        context = self.context
        context.submit(
            lambda: context.pharmacy.balances(context.session),
            self._show_containers,
            known_errors(self._failed, self),
        )

    def _show_containers(self, balances: list[ContainerBalance]) -> None:
        self.containers = balances
        current = self.substance.currentText()
        substances = sorted({item.container.substance for item in balances})
        self.substance.clear()
        self.substance.addItems(substances)
        if current in substances:
            self.substance.setCurrentText(current)
        self._substance_chosen()

    def _substance_chosen(self) -> None:
        chosen = self.container.currentData()
        substance = self.substance.currentText()
        self.container.clear()
        self.container.addItem(self.tr("All batches"), _ALL)
        for item in self.containers:
            if item.container.substance == substance:
                self.container.addItem(item.container.label, item.container.container_id)
        index = self.container.findData(chosen)
        self.container.setCurrentIndex(max(0, index))
        self.load()

    def load(self) -> None:
        """Read the register of the chosen substance (and batch)."""
        substance = self.substance.currentText()
        if not substance:
            self._show(RegisterView("", _ALL, [], [], []))
            return
        container_id = str(self.container.currentData() or _ALL)
        context = self.context

        def work() -> RegisterView:
            rows = context.pharmacy.register(context.session, substance, container_id or None)
            zone = context.pharmacy.clinic_zone(context.session)
            return RegisterView(
                substance,
                container_id,
                rows,
                context.pharmacy.register_table(rows, zone),
                reduce_series(stock_series([row.line for row in rows])),
                frozenset(number for number, row in enumerate(rows) if row.line.notes),
                zone,
                context.pharmacy.register_summary(rows, substance, zone, bool(container_id)),
            )

        context.submit(work, self._show, known_errors(self._failed, self))

    def _show(self, view: RegisterView) -> None:
        self.view = view
        self.model.set_rows(view.table, view.corrected)
        # Every column as wide as its entries (read from the first and last 100 rows: a year
        # stays quick): a date, a batch or a name cut to '07/12/...' is not a register.
        self.table.resizeColumnsToContents()
        # A receipt's or reconstitution's container text is long: the batch column keeps to a
        # third of the table (cut in the middle, whole in its tooltip, the PDF and the CSV) so
        # that the running balance stays in view beside it.
        widest = max(160, self.table.viewport().width() // 3)
        if self.table.columnWidth(BATCH_COLUMN) > widest:
            self.table.setColumnWidth(BATCH_COLUMN, widest)
        if view.table:
            self.table.scrollToBottom()  # the latest entries first in sight
        label = self.container.currentText() if view.container_id else view.substance
        self.chart.set_series(
            self.tr("Stock of {what}").format(what=label),
            view.series,
            entries=len(view.rows),
            zone=view.zone,
        )

    def balances_shown(self) -> list[str]:
        """The running balance column as shown (tests and screen readers read it)."""
        return [self.model.text(row, BALANCE_COLUMN) for row in range(self.model.rowCount())]

    # -- corrections ---------------------------------------------------------------------------

    def add_correction(self) -> None:
        """Add a dated correction note (and optionally a change in mg) to the chosen entry."""
        row = self.table.currentIndex().row()
        if self.view is None or not 0 <= row < len(self.view.rows):
            self.message.show_message(self.tr("Choose the entry to correct."), "error")
            return
        note = self.note.text().strip()
        if not note:
            self.message.show_message(self.tr("Write what the correction is about."), "error")
            return
        change_text = self.change.text().strip()
        change = parse_decimal(change_text) if change_text else None
        if change_text and change is None:
            self.message.show_message(self.tr("The change must be a number of mg."), "error")
            return
        movement = self.view.rows[row].line.movement
        container_id = movement.legs[-1].container_id if change and movement.legs else None
        if change and container_id is None:
            self.message.show_message(
                self.tr("This entry has no batch: add a note without a change."), "error"
            )
            return
        context = self.context
        context.submit(
            lambda: context.pharmacy.correct(
                context.session,
                movement.movement_id,
                note,
                container_id=container_id,
                change=change,
            ),
            lambda _id: self._corrected(),
            known_errors(self._failed, self),
        )

    def _corrected(self) -> None:
        self.note.clear()
        self.change.clear()
        self.message.show_message(self.tr("Correction added as a dated note."), "ok")
        self.load()

    # -- export and print ----------------------------------------------------------------------

    def choose_export(self, kind: str) -> None:
        """Ask where to save (a Qt file dialog, not blocking), then export there."""
        if not self.substance.currentText():
            self.message.show_message(self.tr("There is nothing to export yet."), "error")
            return
        zone = self.view.zone if self.view is not None else None
        name = export_file_name(f"register-{self.substance.currentText()}", kind, zone)
        self.file_dialog = QFileDialog(self, self.tr("Export the register"), name)
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.file_dialog.setDefaultSuffix(kind)
        self.file_dialog.setNameFilter(
            self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF files (*.pdf)")
        )
        self.file_dialog.fileSelected.connect(lambda path: self.export_to(Path(path), kind))
        self.file_dialog.open()

    def export_to(self, target: Path, kind: str) -> None:
        """Write the shown register to ``target`` as ``csv`` or ``pdf`` (off the GUI thread)."""
        substance = self.substance.currentText()
        container_id = str(self.container.currentData() or _ALL) or None
        context = self.context
        export = context.pharmacy.export_csv if kind == "csv" else context.pharmacy.export_pdf
        self.message.show_message(self.tr("Writing {file}…").format(file=target.name), "info")
        context.submit(
            lambda: export(context.session, substance, target, container_id),
            lambda count: self._exported(target, count),
            known_errors(self._failed, self),
        )

    def _exported(self, target: Path, count: int) -> None:
        self.message.show_message(
            self.tr("%n entries written to {file}.", "", count).format(file=str(target)), "ok"
        )
        self.exported.emit(str(target))

    def print_register(self) -> None:
        """Choose a printer (the dialog is the only part on the GUI thread), then print."""
        if self.view is None:
            self.message.show_message(self.tr("There is nothing to print yet."), "error")
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog = QPrintDialog(printer, self)
        self.print_dialog.setAccessibleName(self.tr("Print the register"))
        self.print_dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Lay out and paint the shown register onto ``printer`` in the background.

        The rows are the ones on screen (already read); every page is painted by the task
        helper's thread, so a year's register never stalls the window.
        """
        if self.view is None:
            return
        rows = self.view.table
        headers = list(self.model.headers)
        title = self.tr("Controlled-drug register: {substance} — {station}").format(
            substance=self.substance.currentText(), station=self.context.station_name
        )
        caption = self.tr("Printed {printed} - page {page} of {pages}")
        zone = self.view.zone
        printed = clinic_time(datetime.now(UTC), zone) if zone is not None else ""
        summary = self.view.summary
        self.print_button.setEnabled(False)
        self.message.show_message(self.tr("Printing the register…"), "info")
        self._printer = printer  # kept alive until the pages are painted

        def done(pages: int) -> None:
            self.print_button.setEnabled(True)
            self.message.show_message(self.tr("%n page(s) sent to the printer.", "", pages), "ok")
            self.printed.emit(pages)

        def failed(error: BaseException) -> None:
            self.print_button.setEnabled(True)
            self._failed(error)

        self.context.submit(
            lambda: paint_register(
                printer, title, headers, rows, caption, summary=summary, printed=printed
            ),
            done,
            known_errors(failed, self),
        )

    def _failed(self, error: BaseException) -> None:
        self.message.show_message(
            self.tr("Refused: {reason}").format(reason=describe(error)), "error"
        )
