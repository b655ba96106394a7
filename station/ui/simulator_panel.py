"""The demo's simulator panel: play the scale, the label printer and the card scanner by hand.

:class:`SimulatorPanel` drives the simulators of ``devices.sim`` (the demo's
``SimulatedCounterDevices`` and a simulated scanner) through their thread-safe controls:
nothing here waits on a port. A person can put a syringe of a given mass on the scale, take
it off, make the balance unsteady, pull its cable and put it back; take the paper out of the
printer, open its head, pause it or make it silent, and back; and "scan" a card, chosen from
the demo patients or typed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.sim.scanner import SimulatedScanner

PANEL_WIDTH = 380
"""The panel's preferred width (px): it sits beside the counter and must not squeeze it."""
PANEL_MAX_WIDTH = 420


@dataclass(frozen=True)
class DemoCard:
    """A card the panel can "scan": what the list shows, and the text in its code."""

    label: str
    payload: str


class DemoSupport(Protocol):
    """What the window takes from the demo: its simulators, cards, masses and users.

    ``station.demo`` builds it and the application hands it in; the window never imports the
    demo.
    """

    @property
    def scale_sim(self) -> SimulatedScale:
        """The simulated balance."""

    @property
    def printer_sim(self) -> SimulatedPrinter:
        """The simulated label printer."""

    @property
    def scanner_sim(self) -> SimulatedScanner:
        """The simulated card scanner."""

    @property
    def cards(self) -> list[tuple[str, str]]:
        """(clinic id, card text) of every demo patient."""

    def empty_syringe_g(self) -> Decimal:
        """The empty syringe's mass in g."""

    def filled_masses(self) -> list[tuple[str, Decimal]]:
        """(mg, net g) of a few usual doses, for quick buttons."""

    def credentials(self) -> list[dict[str, object]]:
        """The demo users and passwords (the login screen shows them in demo mode only)."""

    def stop(self) -> None:
        """Stop the simulators and the demo's server (the application does, at the end)."""


# Printer faults the panel can switch, in the order shown: PrinterState field names.
PRINTER_FAULTS = ("paper_out", "head_open", "paused", "silent")


class SimulatorPanel(QWidget):
    """Hand controls for the demo's simulated devices.

    Give it the simulators it should drive; any of them may be ``None`` (its controls are
    then disabled). ``cards`` fill the card list (for example one per demo patient).
    :meth:`suggest_masses` adds quick buttons such as "empty syringe" and "filled syringe".

    Signals:

    - :attr:`card_scanned` (the card text) after a scan was sent; when no serial scanner is
      simulated the application can feed it to identification as a keyboard-wedge scan would;
    - :attr:`action_done` (a sentence saying what was done), also shown in the panel.
    """

    card_scanned = Signal(str)
    action_done = Signal(str)

    def __init__(
        self,
        scale: SimulatedScale | None,
        printer: SimulatedPrinter | None,
        scanner: SimulatedScanner | None = None,
        cards: Sequence[DemoCard] = (),
        parent: QWidget | None = None,
    ) -> None:
        """Build the controls for the given simulators."""
        super().__init__(parent)
        self.scale = scale
        self.printer = printer
        self.scanner = scanner
        self.cards = list(cards)
        self.placed: Decimal = Decimal(0)
        self._last_action: tuple[str, tuple[str, ...]] | None = None

        self.scale_box = QGroupBox()
        self.mass_edit = QLineEdit()
        self.mass_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{1,3}([.,]\d{1,2})?$"))
        )
        self.mass_label = QLabel()
        self.mass_label.setBuddy(self.mass_edit)
        self.place_button = QPushButton()
        self.remove_button = QPushButton()
        self.unsteady_box = QCheckBox()
        self.cable_button = QPushButton()
        self.cable_button.setCheckable(True)
        self._quick_row = QVBoxLayout()  # one under the other: the panel stays narrow
        self.quick_buttons: list[QPushButton] = []
        self.place_button.clicked.connect(self._on_place_clicked)
        self.mass_edit.returnPressed.connect(self._on_place_clicked)
        self.remove_button.clicked.connect(self.remove_syringe)
        self.unsteady_box.toggled.connect(self._on_unsteady_toggled)
        self.cable_button.toggled.connect(self._on_cable_toggled)
        scale_form = QFormLayout()
        scale_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        mass_row = QHBoxLayout()
        mass_row.addWidget(self.mass_edit)
        mass_row.addWidget(self.place_button)
        scale_form.addRow(self.mass_label, mass_row)
        scale_layout = QVBoxLayout(self.scale_box)
        scale_layout.addLayout(scale_form)
        scale_layout.addLayout(self._quick_row)
        left = Qt.AlignmentFlag.AlignLeft
        scale_layout.addWidget(self.remove_button, 0, left)
        scale_layout.addWidget(self.unsteady_box)
        scale_layout.addWidget(self.cable_button, 0, left)

        self.printer_box = QGroupBox()
        self.fault_boxes: dict[str, QCheckBox] = {}
        printer_layout = QVBoxLayout(self.printer_box)
        for fault in PRINTER_FAULTS:
            box = QCheckBox()
            box.toggled.connect(lambda on, name=fault: self.set_printer_fault(name, on))
            self.fault_boxes[fault] = box
            printer_layout.addWidget(box)

        self.scanner_box = QGroupBox()
        self.card_choice = QComboBox()
        for card in self.cards:
            self.card_choice.addItem(card.label, card.payload)
        self.card_label = QLabel()
        self.card_label.setBuddy(self.card_choice)
        self.scan_card_button = QPushButton()
        self.payload_edit = QLineEdit()
        self.payload_label = QLabel()
        self.payload_label.setBuddy(self.payload_edit)
        self.scan_text_button = QPushButton()
        self.scan_card_button.clicked.connect(self._on_scan_card_clicked)
        self.scan_text_button.clicked.connect(self._on_scan_text_clicked)
        self.payload_edit.returnPressed.connect(self._on_scan_text_clicked)
        scanner_form = QFormLayout(self.scanner_box)
        scanner_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_choice, 1)
        card_row.addWidget(self.scan_card_button)
        scanner_form.addRow(self.card_label, card_row)
        text_row = QHBoxLayout()
        text_row.addWidget(self.payload_edit, 1)
        text_row.addWidget(self.scan_text_button)
        scanner_form.addRow(self.payload_label, text_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        font = QFont()
        font.setPointSize(12)
        self.status.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scale_box)
        layout.addWidget(self.printer_box)
        layout.addWidget(self.scanner_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.setMaximumWidth(PANEL_MAX_WIDTH)
        self.scale_box.setEnabled(scale is not None)
        self.printer_box.setEnabled(printer is not None)
        self.scan_card_button.setEnabled(bool(self.cards))
        self.card_choice.setEnabled(bool(self.cards))
        if scale is not None:
            self.cable_button.setChecked(not scale.cable_connected)
        if printer is not None:
            state = printer.state
            for fault, box in self.fault_boxes.items():
                box.blockSignals(True)
                box.setChecked(bool(getattr(state, fault)))
                box.blockSignals(False)
        self._suggested: list[tuple[str, Decimal]] = []
        self._retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """A narrow column beside the counter (the quick buttons wrap)."""
        return QSize(PANEL_WIDTH, super().sizeHint().height())

    # -- the scale ----------------------------------------------------------------------------

    def suggest_masses(self, masses: Sequence[tuple[str, Decimal]]) -> None:
        """Replace the quick buttons: each puts its mass (g) on the scale in one click."""
        for button in self.quick_buttons:
            self._quick_row.removeWidget(button)
            button.deleteLater()
        self.quick_buttons = []
        self._suggested = list(masses)
        for label, grams in self._suggested:
            button = QPushButton(f"{label} ({grams} g)")
            button.setAccessibleName(
                self.tr("Put %1 g on the scale").replace("%1", str(grams)) + f" ({label})"
            )
            button.clicked.connect(lambda _checked=False, mass=grams: self.place_syringe(mass))
            self._quick_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.quick_buttons.append(button)

    def place_syringe(self, grams: Decimal) -> None:
        """Put a load of ``grams`` on the pan (it settles like a real balance)."""
        if self.scale is None:
            return
        self.scale.place_mass(grams)
        self.placed = grams
        self._done("placed", str(grams))

    def remove_syringe(self) -> None:
        """Take everything off the pan."""
        if self.scale is None:
            return
        self.scale.place_mass(Decimal(0))
        self.placed = Decimal(0)
        self._done("removed")

    def _on_place_clicked(self) -> None:
        grams = self._typed_mass()
        if grams is None:
            self._show(self.tr("Type a mass in grams, e.g. 21.98."))
            self.mass_edit.setFocus()
            return
        self.place_syringe(grams)

    def _typed_mass(self) -> Decimal | None:
        if not self.mass_edit.hasAcceptableInput():
            return None
        try:
            return Decimal(self.mass_edit.text().replace(",", "."))
        except InvalidOperation:
            return None

    def _on_unsteady_toggled(self, unsteady: bool) -> None:
        if self.scale is None:
            return
        self.scale.set_never_settles(unsteady)
        self._done("unsteady" if unsteady else "steady")

    def _on_cable_toggled(self, pulled: bool) -> None:
        if self.scale is None:
            return
        if pulled:
            self.scale.pull_cable()
        else:
            self.scale.put_back_cable()
        self._done("cable_pulled" if pulled else "cable_back")
        self._retranslate_cable()

    def pull_scale_cable(self, pulled: bool = True) -> None:
        """Pull the scale's cable (``False``: put it back), as the toggle button does."""
        self.cable_button.setChecked(pulled)

    # -- the printer --------------------------------------------------------------------------

    def set_printer_fault(self, fault: str, on: bool) -> None:
        """Switch a printer fault (one of :data:`PRINTER_FAULTS`) on or off."""
        if fault not in PRINTER_FAULTS:
            raise ValueError(f"no printer fault {fault!r}")
        box = self.fault_boxes[fault]
        if box.isChecked() != on:
            box.setChecked(on)  # comes back here through the box's signal
            return
        if self.printer is None:
            return
        self.printer.set_state(**{fault: on})
        self._done(f"{fault}_{'on' if on else 'off'}")

    # -- the scanner --------------------------------------------------------------------------

    def scan(self, text: str) -> None:
        """Send ``text`` as one scanned code, and emit :attr:`card_scanned`."""
        text = text.strip()
        if not text:
            self._show(self.tr("Type what the code says, or choose a card."))
            return
        if self.scanner is not None:
            self.scanner.scan(text)
        self._done("scanned")
        self.card_scanned.emit(text)

    def _on_scan_card_clicked(self) -> None:
        payload = self.card_choice.currentData()
        if payload:
            self.scan(str(payload))

    def _on_scan_text_clicked(self) -> None:
        self.scan(self.payload_edit.text())

    # -- messages -----------------------------------------------------------------------------

    def _done(self, action: str, *values: str) -> None:
        self._last_action = (action, values)
        text = self._action_words(action, values)
        self._show(text)
        self.action_done.emit(text)

    def _show(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def _action_words(self, action: str, values: tuple[str, ...]) -> str:
        words = {
            "placed": self.tr("Scale: %1 g placed on the pan."),
            "removed": self.tr("Scale: the pan is empty."),
            "unsteady": self.tr("Scale: unsteady (draught), it will not settle."),
            "steady": self.tr("Scale: steady again."),
            "cable_pulled": self.tr("Scale: cable pulled."),
            "cable_back": self.tr("Scale: cable put back."),
            "paper_out_on": self.tr("Printer: paper taken out."),
            "paper_out_off": self.tr("Printer: paper put back."),
            "head_open_on": self.tr("Printer: head opened."),
            "head_open_off": self.tr("Printer: head closed."),
            "paused_on": self.tr("Printer: paused."),
            "paused_off": self.tr("Printer: running again."),
            "silent_on": self.tr("Printer: silent (does not answer)."),
            "silent_off": self.tr("Printer: answers again."),
            "scanned": self.tr("Scanner: code sent."),
        }
        text = words.get(action, action)
        for index, value in enumerate(values, start=1):
            text = text.replace(f"%{index}", value)
        return text

    # -- language -----------------------------------------------------------------------------

    def _retranslate_cable(self) -> None:
        pulled = self.cable_button.isChecked()
        self.cable_button.setText(
            self.tr("Put the scale's cable back") if pulled else self.tr("Pull the scale's cable")
        )
        self.cable_button.setAccessibleName(self.cable_button.text().replace("&", ""))

    def _retranslate(self) -> None:
        # No Alt keys here: the panel shares the window with the visit, whose keys they are.
        self.setAccessibleName(self.tr("Device simulator"))
        self.scale_box.setTitle(self.tr("Scale (simulated)"))
        self.mass_label.setText(self.tr("Mass on the pan (g)"))
        self.mass_edit.setAccessibleName(self.tr("Mass to place on the scale, in grams"))
        self.mass_edit.setPlaceholderText(self.tr("e.g. 21.98"))
        self.place_button.setText(self.tr("Place"))
        self.place_button.setAccessibleName(self.tr("Place this mass on the scale"))
        self.remove_button.setText(self.tr("Remove the syringe"))
        self.remove_button.setAccessibleName(self.tr("Remove everything from the scale"))
        self.unsteady_box.setText(self.tr("Unsteady (draught)"))
        self.unsteady_box.setAccessibleName(self.tr("Make the scale unsteady"))
        self._retranslate_cable()
        self.printer_box.setTitle(self.tr("Label printer (simulated)"))
        for fault, text in (
            ("paper_out", self.tr("Paper out")),
            ("head_open", self.tr("Head open")),
            ("paused", self.tr("Paused")),
            ("silent", self.tr("Silent (does not answer)")),
        ):
            self.fault_boxes[fault].setText(text)
            self.fault_boxes[fault].setAccessibleName(
                self.tr("Printer fault: %1").replace("%1", text.replace("&", ""))
            )
        self.scanner_box.setTitle(self.tr("Card scanner (simulated)"))
        self.card_label.setText(self.tr("Demo card"))
        self.card_choice.setAccessibleName(self.tr("Demo card to scan"))
        self.scan_card_button.setText(self.tr("Scan card"))
        self.scan_card_button.setAccessibleName(self.tr("Scan the chosen demo card"))
        self.payload_label.setText(self.tr("Code text"))
        self.payload_edit.setAccessibleName(self.tr("Text of a code to scan"))
        self.scan_text_button.setText(self.tr("Scan text"))
        self.scan_text_button.setAccessibleName(self.tr("Scan the typed text"))
        self.status.setAccessibleName(self.status.text() or self.tr("Simulator messages"))
        if self._last_action is not None:
            self._show(self._action_words(*self._last_action))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.suggest_masses(self._suggested)
        super().changeEvent(event)
