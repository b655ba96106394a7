"""Receive stock: a scanned pack code shows product, batch, expiry, serial and quantity."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from devices.protocols.scanner import EOT, GS, RS, PackCode, split_aim, symbology_name
from devices.readings import Scan
from station.domain.quantities import Milligrams
from station.services.errors import ServiceError
from station.services.pharmacy import PharmacyService, Product
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.pharmacy.context import PharmacyContext, parse_decimal
from station.ui.widgets import MessageLabel, make_button, make_field, make_label

_TYPED_CONTROLS = {"<GS>": GS, "<RS>": RS, "<EOT>": EOT, "\\x1d": GS, "\\x1e": RS, "\\x04": EOT}


def typed_scan(text: str) -> Scan:
    """A pack code typed by hand (``<GS>`` for the group separator, optional ``]d2`` first)."""
    for written, control in _TYPED_CONTROLS.items():
        text = text.replace(written, control)
    symbology, data = split_aim(text.strip())
    return Scan(data, symbology)


@dataclass(frozen=True)
class ScannedPack:
    """A parsed pack and its catalogue entry (None when the product is not defined yet)."""

    pack: PackCode
    product: Product | None


class ReceivePage(QWidget):
    """Scan (or type) a pack code, check what it says, choose the ampoules, receive.

    :attr:`received` carries the new stock lot's id. A repeat serial, an expired batch or an
    unknown product is refused by the service and shown here in one clear message.
    """

    received = Signal(str)

    def __init__(self, context: PharmacyContext, parent: QWidget | None = None) -> None:
        """Build the page."""
        super().__init__(parent)
        self.context = context
        self.pack: ScannedPack | None = None
        self.hint = make_label(
            self.tr(
                "Scan the pack's DataMatrix code with the scanner, or type it below "
                "(write <GS> for the group separator) and press Enter."
            ),
            self.tr("How to receive a pack"),
        )
        self.code = make_field(self.tr("Pack code"), self.tr("scan or type the pack code"))
        self.read_button = make_button(self.tr("&Read code"), self.tr("Read the pack code"))
        self.product = make_label("", self.tr("Product"))
        self.batch = make_label("", self.tr("Batch"))
        self.expiry = make_label("", self.tr("Expiry"))
        self.serial = make_label("", self.tr("Serial number"))
        self.symbology = make_label("", self.tr("Code type"))
        self.units = QSpinBox()
        self.units.setAccessibleName(self.tr("Ampoules received"))
        self.units.setRange(1, 1)
        self.total = make_label("", self.tr("Amount received"))
        self.receive_button = make_button(self.tr("Re&ceive"), self.tr("Receive this pack"))
        self.receive_button.setEnabled(False)
        self.message = MessageLabel(self.tr("Receiving message"))

        details = QGroupBox(self.tr("Pack"))
        form = QFormLayout(details)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Batch"), self.batch)
        form.addRow(self.tr("Expiry"), self.expiry)
        form.addRow(self.tr("Serial number"), self.serial)
        form.addRow(self.tr("Code type"), self.symbology)
        units_label = QLabel(self.tr("&Ampoules"))
        units_label.setBuddy(self.units)
        form.addRow(units_label, self.units)
        form.addRow(self.tr("Amount"), self.total)

        self.define_box = QGroupBox(self.tr("New product for the catalogue"))
        self.define_box.setAccessibleName(self.tr("New product for the catalogue"))
        self.product_id = make_label("", self.tr("Product number"))
        self.substance = make_field(self.tr("Substance"), self.tr("e.g. diacetylmorphine"))
        self.substance.setText("diacetylmorphine")
        self.product_name = make_field(self.tr("Product name"))
        self.mg_per_unit = make_field(self.tr("mg per ampoule"), "10000")
        self.units_per_pack = QSpinBox()
        self.units_per_pack.setRange(1, 500)
        self.units_per_pack.setValue(5)
        self.units_per_pack.setAccessibleName(self.tr("Ampoules per pack"))
        self.define_button = make_button(
            self.tr("Add to catalo&gue"), self.tr("Add this product to the catalogue")
        )
        define_form = QFormLayout(self.define_box)
        define_form.addRow(self.tr("Product number"), self.product_id)
        define_form.addRow(self.tr("Substance"), self.substance)
        define_form.addRow(self.tr("Name"), self.product_name)
        define_form.addRow(self.tr("mg per ampoule"), self.mg_per_unit)
        define_form.addRow(self.tr("Ampoules per pack"), self.units_per_pack)
        define_form.addRow(self.define_button)
        self.define_box.hide()

        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(details)
        layout.addWidget(self.define_box)
        layout.addWidget(self.receive_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.code.returnPressed.connect(self.read_typed)
        self.read_button.clicked.connect(self.read_typed)
        self.units.valueChanged.connect(self._show_total)
        self.receive_button.clicked.connect(self.receive)
        self.define_button.clicked.connect(self.define_product)

    # -- reading a code ----------------------------------------------------------------------

    def read_typed(self) -> None:
        """Read the code typed into the field."""
        if self.code.text().strip():
            self.handle_scan(typed_scan(self.code.text()))

    def handle_scan(self, scan: Scan) -> None:
        """Parse a scanned pack code and look its product up (in the background)."""
        self._clear()
        self.message.show_message(self.tr("Reading the pack code…"), "info")
        context = self.context

        def work() -> ScannedPack:
            pack = PharmacyService.read_pack(scan)
            try:
                product: Product | None = context.pharmacy.product(context.session, pack)
            except ServiceError:
                product = None
            return ScannedPack(pack, product)

        context.submit(work, self._show_pack, known_errors(self._refused, self))

    def _clear(self) -> None:
        self.pack = None
        for label in (self.product, self.batch, self.expiry, self.serial, self.symbology):
            label.setText("")
        self.total.setText("")
        self.receive_button.setEnabled(False)
        self.define_box.hide()

    def _show_pack(self, scanned: ScannedPack) -> None:
        self.pack = scanned
        pack = scanned.pack
        unknown = self.tr("(not in the code)")
        self.batch.setText(pack.batch or unknown)
        self.expiry.setText(pack.expiry.isoformat() if pack.expiry else unknown)
        self.serial.setText(pack.serial or unknown)
        self.symbology.setText(
            f"{pack.source.upper()} · {symbology_name(pack.symbology)} · {pack.product_id}"
        )
        if scanned.product is None:
            self.product.setText(self.tr("Not in the catalogue"))
            self.product_id.setText(pack.pzn or pack.product_id)
            self.define_box.show()
            self.message.show_message(
                self.tr("This product is not in the catalogue: add it below, then receive."),
                "warning",
            )
            return
        product = scanned.product
        self.product.setText(f"{product.name} ({product.substance})")
        self.units.setRange(1, product.units_per_pack)
        self.units.setValue(product.units_per_pack)
        self._show_total()
        self.receive_button.setEnabled(True)
        self.message.show_message(
            self.tr("Check the pack against the screen, then press Receive."), "info"
        )
        self.receive_button.setFocus()

    def _show_total(self) -> None:
        if self.pack is None or self.pack.product is None:
            return
        mg = self.pack.product.mg_per_unit.scaled(self.units.value())
        self.total.setText(
            self.tr("{units} × {per} = {total}").format(
                units=self.units.value(), per=self.pack.product.mg_per_unit, total=mg
            )
        )

    # -- receiving ---------------------------------------------------------------------------

    def receive(self) -> None:
        """Receive the shown pack; refusals (repeat serial, expired batch) are shown clearly."""
        if self.pack is None or self.pack.product is None:
            return
        context, pack, units = self.context, self.pack.pack, self.units.value()
        self.receive_button.setEnabled(False)
        context.submit(
            lambda: context.pharmacy.receive_pack(context.session, pack, units),
            self._on_received,
            known_errors(self._refused, self),
        )

    def _on_received(self, lot_id: str) -> None:
        self.message.show_message(
            self.tr("Received: {product}, batch {batch}, serial {serial}.").format(
                product=self.product.text(), batch=self.batch.text(), serial=self.serial.text()
            ),
            "ok",
        )
        self.pack = None
        self.code.clear()
        self.received.emit(lot_id)

    def _refused(self, error: BaseException) -> None:
        self.receive_button.setEnabled(False)
        self.message.show_message(
            self.tr("Refused: {reason}").format(reason=describe(error)), "error"
        )

    # -- catalogue ---------------------------------------------------------------------------

    def define_product(self) -> None:
        """Add the scanned pack's product to the catalogue, then show the pack again."""
        if self.pack is None:
            return
        mg = parse_decimal(self.mg_per_unit.text())
        name, substance = self.product_name.text().strip(), self.substance.text().strip()
        if mg is None or mg <= 0 or not name or not substance:
            self.message.show_message(
                self.tr("Give the substance, the name and the mg per ampoule."), "error"
            )
            return
        pack = self.pack.pack
        product = Product(
            self.product_id.text(), substance, name, Milligrams(mg), self.units_per_pack.value()
        )
        context = self.context

        def work() -> ScannedPack:
            context.pharmacy.define_product(context.session, product)
            return ScannedPack(pack, context.pharmacy.product(context.session, pack))

        context.submit(work, self._show_pack, known_errors(self._refused, self))
