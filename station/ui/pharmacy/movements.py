"""Residue, waste, failed injections and destruction (witnessed): drug leaving a batch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from station.domain.ledger import ContainerKind, MovementKind
from station.domain.quantities import Grams, Milligrams
from station.services.accounts import User
from station.services.pharmacy import ContainerBalance
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.pharmacy.context import PharmacyContext, mg_text, parse_decimal
from station.ui.widgets import MessageLabel, make_button, make_field, make_label, narrow_combo
from station.ui.witness import WitnessDialog

MANUAL_KINDS = (
    MovementKind.RESIDUE,
    MovementKind.WASTE,
    MovementKind.FAILED_INJECTION,
    MovementKind.DESTRUCTION,
)


class MovementsPage(QWidget):
    """Record drug leaving a stock lot or solution batch; a destruction needs a witness.

    The amount is given in mg, or (for a solution) as the weighed net mass in g, from which
    the service computes the mg. :attr:`recorded` carries the movement's id.
    """

    recorded = Signal(str)

    def __init__(self, context: PharmacyContext, parent: QWidget | None = None) -> None:
        """Build the form; :meth:`refresh` loads the containers."""
        super().__init__(parent)
        self.context = context
        self.containers: list[ContainerBalance] = []
        self.witness_dialog: WitnessDialog | None = None
        self.container = narrow_combo(QComboBox(), 24)  # long entries: the popup shows them
        self.container.setAccessibleName(self.tr("Stock lot or solution batch"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of movement"))
        names = {
            MovementKind.RESIDUE: self.tr("Residue"),
            MovementKind.WASTE: self.tr("Waste"),
            MovementKind.FAILED_INJECTION: self.tr("Failed injection"),
            MovementKind.DESTRUCTION: self.tr("Destruction (witnessed)"),
        }
        for kind in MANUAL_KINDS:
            self.kind.addItem(names[kind], kind.value)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Amount given as"))
        self.unit.addItem(self.tr("mg"), "mg")
        self.unit.addItem(self.tr("g weighed (solution)"), "g")
        self.amount = make_field(self.tr("Amount"))
        self.reason = make_field(self.tr("Reason"), self.tr("why the drug leaves the stock"))
        self.record_button = make_button(self.tr("&Record…"), self.tr("Record the movement"))
        self.message = MessageLabel(self.tr("Movement message"))
        form = QFormLayout()
        form.addRow(self.tr("&Batch"), self.container)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("R&eason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(
            make_label(
                self.tr("A destruction is signed by a second person who watched it."),
                self.tr("About destruction"),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.record_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.record_button.clicked.connect(self.record)

    def refresh(self) -> None:
        """Load every container that holds drug on the books (in the background)."""
        context = self.context
        context.submit(
            lambda: context.pharmacy.balances(context.session),
            self._show_containers,
            known_errors(lambda error: self.message.show_message(describe(error), "error"), self),
        )

    def _show_containers(self, balances: list[ContainerBalance]) -> None:
        self.containers = [item for item in balances if item.balance > 0]
        self.container.clear()
        for item in self.containers:
            kind = (
                self.tr("solution")
                if item.container.kind is ContainerKind.SOLUTION
                else self.tr("stock")
            )
            self.container.addItem(
                f"{item.container.label} ({kind}, {mg_text(item.balance)})",
                item.container.container_id,
            )

    def record(self) -> None:
        """Check the form; a destruction first asks for the witness."""
        if self.container.currentIndex() < 0:
            self.message.show_message(self.tr("There is no batch to take drug from."), "error")
            return
        amount = parse_decimal(self.amount.text())
        if amount is None or amount <= 0:
            self.message.show_message(self.tr("Give the amount (more than 0)."), "error")
            return
        if MovementKind(self.kind.currentData()) is MovementKind.DESTRUCTION:
            self.witness_dialog = WitnessDialog(
                self.context.accounts,
                self.context.submit,
                self.context.session.user,
                self.tr("Witness the destruction of {amount} {unit} from {batch}.").format(
                    amount=amount, unit=self.unit.currentData(), batch=self.container.currentText()
                ),
                parent=self,
            )
            self.witness_dialog.confirmed.connect(self.submit_movement)
            self.witness_dialog.open()
            return
        self.submit_movement(None)

    def submit_movement(self, witness: User | None) -> None:
        """Record the movement (with ``witness`` for a destruction)."""
        amount = parse_decimal(self.amount.text())
        if amount is None:
            return
        kind = MovementKind(self.kind.currentData())
        container_id = str(self.container.currentData())
        in_mg = self.unit.currentData() == "mg"
        reason = self.reason.text().strip()
        context = self.context
        self.record_button.setEnabled(False)
        context.submit(
            lambda: context.pharmacy.remove(
                context.session,
                kind,
                container_id,
                mg=Milligrams(amount) if in_mg else None,
                weighed=None if in_mg else Grams(amount),
                reason=reason,
                witness=witness,
            ),
            self._done,
            known_errors(self._refused, self),
        )

    def _done(self, movement_id: str) -> None:
        self.record_button.setEnabled(True)
        self.amount.clear()
        self.reason.clear()
        self.message.show_message(self.tr("Recorded in the register."), "ok")
        self.recorded.emit(movement_id)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.message.show_message(
            self.tr("Refused: {reason}").format(reason=describe(error)), "error"
        )
