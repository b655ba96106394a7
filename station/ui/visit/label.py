"""Step 4, label: print the syringe label; printer faults explained; reprints counted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from devices.drivers.printer import PrintReceipt
from devices.label_preview import render_preview
from station.services.accounts import User
from station.services.counter import Visit
from station.services.preparation import syringe_label
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.visit.context import VisitServices, VisitState
from station.ui.visit.keys import is_enter, press_first
from station.ui.widgets import FlowLayout, MessageLabel, make_button, make_field, make_label
from station.ui.witness import WitnessDialog


def initials_of(name: str) -> str:
    """'Nora Demo (nurse)' → 'ND'."""
    words = [word for word in name.split() if word[:1].isalpha() and not word.startswith("(")]
    return "".join(word[0].upper() for word in words[:3]) or "?"


class LabelStep(QWidget):
    """Preview, print, print again; the count of prints goes into the dose record."""

    ready = Signal()
    ended = Signal()

    def __init__(
        self, services: VisitServices, state: VisitState, parent: QWidget | None = None
    ) -> None:
        """Build the step and listen to the printer."""
        super().__init__(parent)
        self.services = services
        self.state = state
        self.active = False
        self.printing = False
        title = make_label(self.tr("Print the syringe label"), self.tr("Label step"))
        title.setObjectName("heading")
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Label preview"))
        self.preview.setMinimumHeight(140)
        self.printer_state = make_label("", self.tr("Printer status"))
        self.print_button = make_button(self.tr("&Print label"), self.tr("Print the label"))
        self.message = MessageLabel(self.tr("Printing message"))
        self.continue_button = make_button(
            self.tr("Continue to &administer"), self.tr("Continue to administer")
        )
        self.end_button = make_button(self.tr("&End visit"), self.tr("End visit"))
        self.waive_reason = make_field(
            self.tr("Why the syringe goes without a printed label"),
            self.tr("reason (printer out of order…)"),
        )
        self.waive_button = make_button(
            self.tr("&Go on without a label…"),
            self.tr("Go on without a printed label, with a second person"),
        )
        self.dialog: WitnessDialog | None = None
        buttons = FlowLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.end_button)
        waiver = FlowLayout()
        waiver.addWidget(self.waive_reason)
        waiver.addWidget(self.waive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.preview)
        layout.addWidget(self.printer_state)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addLayout(waiver)
        layout.addStretch(1)
        printer = services.devices.printer
        printer.printed.connect(self._on_printed)
        printer.print_failed.connect(self._on_failed)
        printer.state_changed.connect(self._on_printer_state)
        self.print_button.clicked.connect(self.print_label)
        self.continue_button.clicked.connect(self.ready)
        self.end_button.clicked.connect(self.ended)
        self.waive_button.clicked.connect(self.ask_waiver)
        self.recorded_prints = 0
        """Prints the service has recorded for this syringe (only these let the dose go on)."""
        self.waived = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter goes on once the label is recorded, and prints it while none is."""
        if not is_enter(event):
            super().keyPressEvent(event)
            return
        if not self.printing:
            if self.continue_button.isEnabled():
                self.continue_button.click()
            elif self.recorded_prints == 0 and not self.waived:
                press_first(self.print_button)
        event.accept()

    def start(self) -> None:
        """Make the label and its preview."""
        self.active = True
        self.printing = False
        state, services = self.state, self.services
        assert state.visit is not None and state.weighed is not None and state.batch is not None
        state.label = syringe_label(
            state.visit.visit_id,
            state.visit.patient.clinic_id,
            state.weighed,
            state.batch,
            services.now().astimezone(services.counter.settings.zone),
            initials_of(services.session.user.display_name),
            route=state.visit.proposed.drug.route if state.visit.proposed else None,
            zone=services.counter.settings.zone,
        )
        state.label_prints = 0
        state.label_failures = 0
        self.recorded_prints = 0
        self.waived = False
        self.waive_reason.clear()
        self.message.clear_message()
        self.print_button.setText(self.tr("&Print label"))
        label = state.label
        services.submit(
            lambda: render_preview(label).png_bytes(),
            self._on_preview,
            known_errors(lambda error: self.preview.setText(describe(error)), self),
        )
        self._on_printer_state(
            services.devices.printer.state.value, services.devices.printer.message
        )
        self._update_buttons()
        self.print_button.setFocus()

    def stop(self) -> None:
        """Leave the step."""
        self.active = False

    def _on_preview(self, png: bytes) -> None:
        if not self.active:
            return  # the step was left (or the screen locked) while the preview was drawn
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)

    def _on_printer_state(self, state: str, message: str) -> None:
        self.printer_state.setText(
            self.tr("Printer: {state} — {message}").format(state=state, message=message)
        )

    def print_label(self) -> None:
        """Send the label to the printer (in the background)."""
        if self.state.label is None or self.printing:
            return
        self.printing = True
        self.message.show_message(self.tr("Printing…"), "info")
        self._update_buttons()
        self.services.devices.printer.print_label(self.state.label)

    def _on_printed(self, _receipt: PrintReceipt) -> None:
        if not self.active or not self.printing:
            return
        self.printing = False
        self.state.label_prints += 1
        self._record(printed=True, detail="")
        if self.state.label_prints == 1:
            text = self.tr("Label printed. Stick it on the syringe.")
        else:
            text = self.tr("Label printed again ({n} prints, recorded with the dose).").format(
                n=self.state.label_prints
            )
        self.message.show_message(text, "ok")
        self.print_button.setText(self.tr("&Print again"))
        self._update_buttons()
        self.continue_button.setFocus()

    def _on_failed(self, sentence: str) -> None:
        if not self.active or not self.printing:
            return
        self.printing = False
        self.state.label_failures += 1
        self._record(printed=False, detail=sentence)
        self.message.show_message(self.tr("Not printed: {why}").format(why=sentence), "error")
        self._update_buttons()
        self.print_button.setFocus()

    def _record(self, printed: bool, detail: str) -> None:
        """Have the service record the print (the dose may go on only after it did)."""
        visit = self.state.visit
        if visit is None:
            return
        services = self.services
        services.submit(
            lambda: services.counter.record_label(services.session, visit, printed, detail),
            self._on_recorded,
            known_errors(self._on_record_failed, self),
        )

    def _on_recorded(self, visit: Visit) -> None:
        if not self.active:
            return
        self.recorded_prints = visit.labels_printed
        self.waived = visit.label_waived
        self._update_buttons()
        if visit.labelled:
            self.continue_button.setFocus()

    def _on_record_failed(self, error: BaseException) -> None:
        self.message.show_message(describe(error), "error")
        self._update_buttons()

    def ask_waiver(self) -> None:
        """Open the witness dialog: a second person approves a syringe without a label."""
        if not self.waive_reason.text().strip():
            self.message.show_message(self.tr("Write why the syringe goes without a label first."))
            self.waive_reason.setFocus()
            return
        self.dialog = WitnessDialog(
            self.services.accounts,
            self.services.submit,
            self.services.session.user,
            self.tr("Approve giving this syringe without a printed label."),
            parent=self,
        )
        self.dialog.confirmed.connect(self._on_witness)
        self.dialog.open()

    def _on_witness(self, witness: User) -> None:
        visit, reason, services = self.state.visit, self.waive_reason.text().strip(), self.services
        if visit is None:
            return
        services.submit(
            lambda: services.counter.waive_label(services.session, visit, reason, witness),
            self._on_recorded,
            known_errors(self._on_record_failed, self),
        )

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(not self.printing)
        labelled = self.recorded_prints > 0 or self.waived
        self.continue_button.setEnabled(labelled and not self.printing)
