"""Blind counts: the sheet lists what to count, never the book balance; then expected vs counted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.ledger import ContainerKind, CountedLine, CountMethod, counted_by_weight
from station.domain.quantities import Grams, Milligrams
from station.services.accounts import AccountsService, Session
from station.services.pharmacy import CountOutcome, CountSheet
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.pharmacy.context import PharmacyContext, mg_text, parse_decimal, readonly_item
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_field, make_label

COUNTED_COLUMN = 2


class CountPage(QWidget):
    """Start a blind count, enter what is there, and see the comparison only afterwards.

    The sheet's table has no expected column until the count is recorded (the service's
    :class:`CountSheet` carries no balances). Open discrepancies are signed off below with
    a reason, by someone other than the person who counted.
    """

    counted = Signal(object)
    """A :class:`CountOutcome` once the count is recorded."""

    def __init__(self, context: PharmacyContext, parent: QWidget | None = None) -> None:
        """Build the page."""
        super().__init__(parent)
        self.context = context
        self.sheet: CountSheet | None = None
        self.outcome: CountOutcome | None = None
        self.sign_dialog: SignOffDialog | None = None
        self.start_button = make_button(self.tr("&Start a blind count"), self.tr("Start a count"))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Count sheet"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.submit_button = make_button(self.tr("Record the &count"), self.tr("Record the count"))
        self.submit_button.setEnabled(False)
        self.result = make_label("", self.tr("Count result"))
        self.message = MessageLabel(self.tr("Count message"))
        self.discrepancies = QListWidget()
        self.discrepancies.setAccessibleName(self.tr("Open discrepancies"))
        self.reason = make_field(self.tr("Reason for the discrepancy"))
        self.sign_button = make_button(
            self.tr("Sign &off"), self.tr("Sign off the discrepancy as the signed-in person")
        )
        self.sign_other_button = make_button(
            self.tr("Sign off as a second &person…"),
            self.tr("Sign off the discrepancy as another person"),
        )
        sign_box = QGroupBox(self.tr("Discrepancies waiting for a sign-off"))
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.discrepancies)
        reason_form = QFormLayout()
        reason_form.addRow(self.tr("&Reason"), self.reason)
        sign_layout.addLayout(reason_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.sign_other_button)
        sign_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.submit_button)
        layout.addWidget(self.result)
        layout.addWidget(self.message)
        layout.addWidget(sign_box)
        self.start_button.clicked.connect(self.start)
        self.submit_button.clicked.connect(self.submit_count)
        self.sign_button.clicked.connect(self.sign_off)
        self.sign_other_button.clicked.connect(self.sign_off_as_other)

    # -- the count ---------------------------------------------------------------------------

    def start(self) -> None:
        """Ask the service for a count sheet (without expected values)."""
        context = self.context
        self.start_button.setEnabled(False)
        context.submit(
            lambda: context.pharmacy.start_count(context.session),
            self._show_sheet,
            known_errors(self._failed, self),
        )

    def _show_sheet(self, sheet: CountSheet) -> None:
        self.sheet, self.outcome = sheet, None
        self.start_button.setEnabled(True)
        self.result.setText("")
        self.table.clear()
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Batch"), self.tr("Kind"), self.tr("Counted"), self.tr("Unit")]
        )
        self.table.setRowCount(len(sheet.containers))
        for row, container in enumerate(sheet.containers):
            solution = container.kind is ContainerKind.SOLUTION
            self.table.setItem(row, 0, readonly_item(container.label))
            self.table.setItem(
                row, 1, readonly_item(self.tr("solution") if solution else self.tr("stock"))
            )
            self.table.setItem(row, COUNTED_COLUMN, QTableWidgetItem(""))
            self.table.setItem(
                row, 3, readonly_item(self.tr("g net (weighed)") if solution else self.tr("mg"))
            )
        self.submit_button.setEnabled(bool(sheet.containers))
        self.message.show_message(
            self.tr("Count what is there and type it in; the book values show afterwards.")
            if sheet.containers
            else self.tr("Nothing holds drug on the books: there is nothing to count."),
            "info",
        )

    def enter_count(self, row: int, text: str) -> None:
        """Type what was counted for one row (what a person does in the table)."""
        item = self.table.item(row, COUNTED_COLUMN)
        if item is not None:
            item.setText(text)

    def counted_lines(self) -> list[CountedLine] | None:
        """The typed counts as counted lines; None (with a message) when one is missing."""
        if self.sheet is None:
            return None
        lines = []
        for row, container in enumerate(self.sheet.containers):
            item = self.table.item(row, COUNTED_COLUMN)
            value = parse_decimal(item.text()) if item is not None else None
            if value is None or value < 0:
                self.message.show_message(
                    self.tr("Type a count for {batch}.").format(batch=container.label), "error"
                )
                return None
            if container.kind is ContainerKind.SOLUTION:
                lines.append(counted_by_weight(container, Grams(value)))
            else:
                lines.append(CountedLine(container.container_id, Milligrams(value), CountMethod.MG))
        return lines

    def submit_count(self) -> None:
        """Record the count; the comparison with the book comes back."""
        sheet, lines = self.sheet, self.counted_lines()
        if sheet is None or lines is None:
            return
        context = self.context
        self.submit_button.setEnabled(False)
        context.submit(
            lambda: context.pharmacy.submit_count(context.session, sheet, lines),
            self._show_outcome,
            known_errors(self._failed, self),
        )

    def _show_outcome(self, outcome: CountOutcome) -> None:
        assert self.sheet is not None
        self.outcome = outcome
        labels = {c.container_id: c.label for c in self.sheet.containers}
        self.table.clear()
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Counted"),
                self.tr("Expected"),
                self.tr("Difference"),
                self.tr("Result"),
            ]
        )
        reconciliation = outcome.reconciliation
        flagged = {line.container_id for line in reconciliation.discrepancies}
        self.table.setRowCount(len(reconciliation.lines))
        for row, line in enumerate(reconciliation.lines):
            off = line.container_id in flagged
            cells = [
                labels.get(line.container_id, line.container_id),
                mg_text(line.counted.value),
                mg_text(line.expected),
                f"{line.difference:+.2f} mg",
                self.tr("discrepancy") if off else self.tr("matches"),
            ]
            for column, text in enumerate(cells):
                item = readonly_item(text)
                if off:
                    item.setBackground(QColor("#FFCDD2"))
                self.table.setItem(row, column, item)
        self.sheet = None
        if reconciliation.clean:
            self.result.setText(self.tr("The count matches the book."))
            self.message.show_message(self.tr("Count recorded: no discrepancy."), "ok")
        else:
            self.result.setText(self.tr("%n container(s) differ from the book.", "", len(flagged)))
            self.message.show_message(
                self.tr("Count recorded with a discrepancy: give the reason and sign it off."),
                "warning",
            )
        self.counted.emit(outcome)
        self.refresh()

    # -- discrepancies -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the counts whose discrepancy waits for a sign-off."""
        context = self.context
        context.submit(
            lambda: context.pharmacy.open_discrepancies(context.session),
            self._show_discrepancies,
            known_errors(self._failed, self),
        )

    def _show_discrepancies(self, count_ids: list[str]) -> None:
        self.discrepancies.clear()
        for count_id in count_ids:
            self.discrepancies.addItem(self.tr("Count {id}").format(id=count_id[:8]))
            self.discrepancies.item(self.discrepancies.count() - 1).setData(
                Qt.ItemDataRole.UserRole, count_id
            )
        if count_ids:
            self.discrepancies.setCurrentRow(0)

    def _chosen(self) -> tuple[str, str] | None:
        item: QListWidgetItem | None = self.discrepancies.currentItem()
        reason = self.reason.text().strip()
        if item is None:
            self.message.show_message(self.tr("Choose a discrepancy to sign off."), "error")
            return None
        if not reason:
            self.message.show_message(self.tr("Give the reason for the discrepancy."), "error")
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), reason

    def sign_off(self) -> None:
        """Sign off the chosen discrepancy as the signed-in person."""
        chosen = self._chosen()
        if chosen is None:
            return
        self._sign(self.context.session, *chosen)

    def sign_off_as_other(self) -> None:
        """Ask a second person (pharmacist or clinic lead) to sign in and sign off."""
        chosen = self._chosen()
        if chosen is None:
            return
        self.sign_dialog = SignOffDialog(self.context.accounts, self.context.submit, self)
        self.sign_dialog.signed_in.connect(lambda session: self._sign(session, *chosen))
        self.sign_dialog.open()

    def _sign(self, session: Session, count_id: str, reason: str) -> None:
        context = self.context
        context.submit(
            lambda: context.pharmacy.sign_discrepancy(session, count_id, reason),
            lambda _none: self._signed(),
            known_errors(self._failed, self),
        )

    def _signed(self) -> None:
        self.reason.clear()
        self.message.show_message(
            self.tr("Discrepancy signed off; the book follows the count."), "ok"
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.submit_button.setEnabled(self.sheet is not None)
        self.message.show_message(
            self.tr("Refused: {reason}").format(reason=describe(error)), "error"
        )


class SignOffDialog(QDialog):
    """A second person signs in with their own name and password to sign off a discrepancy."""

    signed_in = Signal(object)
    """The second person's :class:`Session`."""

    def __init__(
        self, accounts: AccountsService, submit: Submit, parent: QWidget | None = None
    ) -> None:
        """Build the form."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign-off by a second person"))
        self.setAccessibleName(self.tr("Sign-off by a second person"))
        self.accounts, self._submit = accounts, submit
        self.username = make_field(self.tr("User name of the person signing off"))
        self.password = make_field(self.tr("Password of the person signing off"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel(self.tr("Sign-off message"))
        self.confirm = make_button(self.tr("&Sign off"), self.tr("Sign off"))
        self.cancel = make_button(self.tr("Cancel"), self.tr("Cancel the sign-off"))
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.confirm.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)
        self.cancel.clicked.connect(self.reject)

    def attempt(self) -> None:
        """Unlock the second person's session in the background."""
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.show_message(self.tr("Enter the user name and the password."), "error")
            return
        self.confirm.setEnabled(False)
        accounts = self.accounts
        self._submit(
            lambda: accounts.unlock(username, password),
            self._unlocked,
            known_errors(self._refused, self),
        )

    def _unlocked(self, session: Session) -> None:
        self.password.clear()
        self.signed_in.emit(session)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.password.clear()
        self.confirm.setEnabled(True)
        self.message.show_message(describe(error), "error")
