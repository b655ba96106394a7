"""Reconstitute: ampoules become a solution batch; density is weighed; preparer and witness sign."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from devices.readings import DeviceError, ScaleReading
from station.domain.ledger import ContainerKind
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.services.accounts import User
from station.services.pharmacy import ContainerBalance
from station.ui.device_bridge import DeviceState, scale_sentence
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.pharmacy.context import PharmacyContext, mg_text, parse_decimal, readonly_item
from station.ui.relay import GuiRelay
from station.ui.widgets import MessageLabel, make_button, make_field, make_label
from station.ui.witness import WitnessDialog

STABLE_DEADLINE_S = 8.0


class ReconstitutePage(QWidget):
    """Choose the mg taken from each stock lot, the volume, weigh a sample, and sign.

    The density is measured: tare the empty vessel on the scale, fill it with the sample
    volume, and weigh it (a confirmed stable weight fills the sample mass).
    :attr:`reconstituted` carries the new solution batch's id.
    """

    reconstituted = Signal(str)

    def __init__(self, context: PharmacyContext, parent: QWidget | None = None) -> None:
        """Build the page; :meth:`refresh` loads the stock lots."""
        super().__init__(parent)
        self.context = context
        self.calls = GuiRelay(self)
        self.lots: list[ContainerBalance] = []
        self.witness_dialog: WitnessDialog | None = None
        self.sources = QTableWidget(0, 3)
        self.sources.setAccessibleName(self.tr("Stock lots to take from"))
        self.sources.setHorizontalHeaderLabels(
            [self.tr("Stock lot"), self.tr("Balance"), self.tr("mg to use")]
        )
        self.sources.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.final_volume = make_field(self.tr("Final volume in mL"), "200")
        self.sample_volume = make_field(self.tr("Sample volume in mL"), "10")
        self.sample_volume.setText("10")
        self.sample_mass = make_field(self.tr("Sample mass in g"), "10.1800")
        self.shelf_life = QSpinBox()
        self.shelf_life.setRange(1, 24 * 60)
        self.shelf_life.setValue(7 * 24)
        self.shelf_life.setSuffix(self.tr(" h"))
        self.shelf_life.setAccessibleName(self.tr("Shelf life after reconstitution in hours"))
        self.tare_button = make_button(
            self.tr("&Tare empty vessel"), self.tr("Tare the empty vessel on the scale")
        )
        self.weigh_button = make_button(
            self.tr("&Weigh sample"), self.tr("Weigh the sample on the scale")
        )
        self.figures = make_label("", self.tr("Concentration and density"))
        self.sign_button = make_button(
            self.tr("Reconstitute and &sign…"), self.tr("Reconstitute and sign with a witness")
        )
        self.message = MessageLabel(self.tr("Reconstitution message"))

        form = QFormLayout()
        form.addRow(self.tr("&Final volume (mL)"), self.final_volume)
        form.addRow(self.tr("Sample &volume (mL)"), self.sample_volume)
        form.addRow(self.tr("Sample &mass (g)"), self.sample_mass)
        form.addRow(self.tr("S&helf life"), self.shelf_life)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.tare_button)
        scale_row.addWidget(self.weigh_button)
        density_box = QGroupBox(self.tr("Density: weigh a known volume"))
        density_layout = QVBoxLayout(density_box)
        density_layout.addLayout(form)
        density_layout.addLayout(scale_row)
        density_layout.addWidget(self.figures)
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(self.tr("Ampoules from these stock lots:"), ""))
        layout.addWidget(self.sources, 1)
        layout.addWidget(density_box)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.message)

        for field in (self.final_volume, self.sample_volume, self.sample_mass):
            field.textChanged.connect(self._show_figures)
        self.sources.itemChanged.connect(lambda _item: self._show_figures())
        self.tare_button.clicked.connect(self.tare)
        self.weigh_button.clicked.connect(self.weigh_sample)
        self.sign_button.clicked.connect(self.ask_witness)

    # -- stock lots ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the stock lots that still hold drug (in the background)."""
        context = self.context
        context.submit(
            lambda: context.pharmacy.balances(context.session),
            self._show_lots,
            known_errors(lambda error: self.message.show_message(describe(error), "error"), self),
        )

    def _show_lots(self, balances: list[ContainerBalance]) -> None:
        self.lots = [
            item
            for item in balances
            if item.container.kind is not ContainerKind.SOLUTION and item.balance > 0
        ]
        self.sources.blockSignals(True)
        self.sources.setRowCount(len(self.lots))
        for row, item in enumerate(self.lots):
            self.sources.setItem(row, 0, readonly_item(item.container.label))
            self.sources.setItem(row, 1, readonly_item(mg_text(item.balance)))
            self.sources.setItem(row, 2, QTableWidgetItem(""))
        self.sources.blockSignals(False)
        self._show_figures()

    def set_mg(self, row: int, mg: Decimal) -> None:
        """Type the mg taken from one stock lot (also what a person does in the table)."""
        item = self.sources.item(row, 2)
        if item is not None:
            item.setText(str(mg))

    def chosen_sources(self) -> list[tuple[str, Milligrams]] | None:
        """The (stock lot, mg) pairs typed in the table; None when one is not a number."""
        chosen = []
        for row, lot in enumerate(self.lots):
            item = self.sources.item(row, 2)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            value = parse_decimal(text)
            if value is None or value <= 0:
                return None
            chosen.append((lot.container.container_id, Milligrams(value)))
        return chosen

    def _show_figures(self) -> None:
        sources = self.chosen_sources() or []
        total = sum((mg.value for _, mg in sources), Decimal(0))
        volume = parse_decimal(self.final_volume.text())
        sample_volume = parse_decimal(self.sample_volume.text())
        sample_mass = parse_decimal(self.sample_mass.text())
        parts = [self.tr("Total {mg}").format(mg=mg_text(total))]
        if volume and volume > 0:
            parts.append(
                self.tr("concentration {value} mg/mL").format(value=f"{total / volume:.2f}")
            )
        if sample_volume and sample_volume > 0 and sample_mass and sample_mass > 0:
            density = sample_mass / sample_volume
            parts.append(self.tr("density {value} g/mL").format(value=f"{density:.4f}"))
        self.figures.setText(" · ".join(parts))

    # -- the scale ----------------------------------------------------------------------------

    def _scale_ready(self) -> bool:
        scale = self.context.scale
        if scale is None or scale.driver is None or scale.state is not DeviceState.READY:
            self.message.show_message(
                scale.message if scale is not None else self.tr("No scale is connected."),
                "error",
            )
            return False
        return True

    def tare(self) -> None:
        """Tare the scale with the empty vessel on it."""
        if not self._scale_ready():
            return
        assert self.context.scale is not None and self.context.scale.driver is not None
        self.tare_button.setEnabled(False)
        self.message.show_message(self.tr("Taring…"), "info")
        self.calls.follow(self.context.scale.driver.tare(), self._tared, self._scale_failed)

    def _tared(self, _value: object) -> None:
        self.tare_button.setEnabled(True)
        self.message.show_message(
            self.tr("Tared. Fill the vessel with the sample volume, then press Weigh sample."),
            "info",
        )

    def weigh_sample(self) -> None:
        """Wait for a stable weight of the sample and fill the sample mass with it."""
        if not self._scale_ready():
            return
        assert self.context.scale is not None and self.context.scale.driver is not None
        self.weigh_button.setEnabled(False)
        self.message.show_message(self.tr("Waiting for a stable weight…"), "info")
        self.calls.follow(
            self.context.scale.driver.read_stable(STABLE_DEADLINE_S),
            self._weighed,
            self._scale_failed,
        )

    def _weighed(self, reading: ScaleReading) -> None:
        self.weigh_button.setEnabled(True)
        if reading.value is None or reading.unit != "g":
            self.message.show_message(self.tr("The scale gave no weight in g."), "error")
            return
        self.sample_mass.setText(str(reading.value))
        self.message.show_message(
            self.tr("Sample weighed: {mass} g.").format(mass=reading.value), "ok"
        )

    def _scale_failed(self, error: BaseException) -> None:
        self.tare_button.setEnabled(True)
        self.weigh_button.setEnabled(True)
        text = scale_sentence(error) if isinstance(error, DeviceError) else describe(error)
        self.message.show_message(text, "error")

    # -- signing -----------------------------------------------------------------------------

    def _facts(
        self,
    ) -> tuple[list[tuple[str, Milligrams]], Millilitres, Millilitres, Grams] | None:
        sources = self.chosen_sources()
        volume = parse_decimal(self.final_volume.text())
        sample_volume = parse_decimal(self.sample_volume.text())
        sample_mass = parse_decimal(self.sample_mass.text())
        if not sources:
            self.message.show_message(
                self.tr("Type the mg taken from at least one stock lot."), "error"
            )
            return None
        if not volume or not sample_volume or not sample_mass:
            self.message.show_message(
                self.tr("Give the final volume, the sample volume and the weighed sample mass."),
                "error",
            )
            return None
        return sources, Millilitres(volume), Millilitres(sample_volume), Grams(sample_mass)

    def ask_witness(self) -> None:
        """Check the figures, then ask a second person to witness the preparation."""
        if self._facts() is None:
            return
        self.witness_dialog = WitnessDialog(
            self.context.accounts,
            self.context.submit,
            self.context.session.user,
            self.tr("Witness the reconstitution: {figures}").format(figures=self.figures.text()),
            parent=self,
        )
        self.witness_dialog.confirmed.connect(self.reconstitute)
        self.witness_dialog.open()

    def reconstitute(self, witness: User) -> None:
        """Record the solution batch, signed by the preparer and ``witness``."""
        facts = self._facts()
        if facts is None:
            return
        sources, volume, sample_volume, sample_mass = facts
        shelf_life = timedelta(hours=self.shelf_life.value())
        context = self.context
        self.sign_button.setEnabled(False)
        context.submit(
            lambda: context.pharmacy.reconstitute(
                context.session, witness, sources, volume, sample_volume, sample_mass, shelf_life
            ),
            self._done,
            known_errors(self._refused, self),
        )

    def _done(self, batch_id: str) -> None:
        self.sign_button.setEnabled(True)
        self.message.show_message(
            self.tr("Solution batch {batch} recorded.").format(batch=batch_id), "ok"
        )
        self.reconstituted.emit(batch_id)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.sign_button.setEnabled(True)
        self.message.show_message(
            self.tr("Refused: {reason}").format(reason=describe(error)), "error"
        )

    def shut(self) -> None:
        """Forget device answers that arrive after the screen is gone."""
        self.calls.close()
