"""Step 5, administer: route, booth, time and outcome; the remainder of a partial dose is waste."""

from __future__ import annotations

from decimal import InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.quantities import Milligrams
from station.domain.rules import AdministrationOutcome
from station.services.counter import AdministeredDose
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.visit.context import VisitServices, VisitState
from station.ui.visit.keys import is_enter, press_first
from station.ui.widgets import FlowLayout, MessageLabel, make_button, make_field, make_label


class AdministerStep(QWidget):
    """Record the injection: full, partial or failed; the observation starts with it."""

    administered = Signal(object)
    """The :class:`AdministeredDose` once it is on disk."""
    ended = Signal()

    def __init__(
        self, services: VisitServices, state: VisitState, parent: QWidget | None = None
    ) -> None:
        """Build the step."""
        super().__init__(parent)
        self.services = services
        self.state = state
        self.busy = False
        title = make_label(self.tr("Administer"), self.tr("Administer step"))
        title.setObjectName("heading")
        self.dose = make_label("", self.tr("Prepared dose"))
        self.route = make_label("", self.tr("Route"))
        self.time = make_label("", self.tr("Time"))
        self.booth = QComboBox()
        self.booth.setAccessibleName(self.tr("Booth"))
        for number in range(1, services.booths + 1):
            self.booth.addItem(self.tr("Booth {n}").format(n=number))
        self.full = QRadioButton(self.tr("&Full: all of it was injected"))
        self.partial = QRadioButton(self.tr("&Partial: some was injected"))
        self.failed = QRadioButton(self.tr("Fai&led: nothing or little went in"))
        self.outcomes = QButtonGroup(self)
        for button, name in (
            (self.full, self.tr("Outcome full")),
            (self.partial, self.tr("Outcome partial")),
            (self.failed, self.tr("Outcome failed")),
        ):
            button.setAccessibleName(name)
            self.outcomes.addButton(button)
        self.given = make_field(self.tr("Milligrams actually injected"), self.tr("mg injected"))
        self.waste = make_label("", self.tr("Remainder to waste"))
        self.venous_failed = QCheckBox(self.tr("Venous access failed (longer observation)"))
        self.venous_failed.setAccessibleName(self.tr("Venous access failed"))
        self.record_button = make_button(
            self.tr("&Record administration"), self.tr("Record administration")
        )
        self.end_button = make_button(self.tr("&End visit"), self.tr("End visit without a dose"))
        self.message = MessageLabel(self.tr("Administration message"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Dose"), self.dose)
        form.addRow(self.tr("Route"), self.route)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("&Booth"), self.booth)
        outcome_box = QVBoxLayout()
        for button in (self.full, self.partial, self.failed):
            outcome_box.addWidget(button)
        form.addRow(self.tr("Outcome"), outcome_box)
        form.addRow(self.tr("&Injected (mg)"), self.given)
        form.addRow(self.tr("Waste"), self.waste)
        form.addRow("", self.venous_failed)
        buttons = FlowLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.outcomes.buttonToggled.connect(lambda *_: self._update())
        self.given.textChanged.connect(lambda *_: self._update())
        self.record_button.clicked.connect(self.record)
        self.end_button.clicked.connect(self.ended)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter records the administration once what happened is complete."""
        if not is_enter(event):
            super().keyPressEvent(event)
            return
        if not self.busy:
            press_first(self.record_button)
        event.accept()

    def start(self) -> None:
        """Show the prepared dose and the defaults (full injection)."""
        self.busy = False
        state = self.state
        assert (
            state.visit is not None
            and state.weighed is not None
            and state.visit.proposed is not None
        )
        zone = self.services.counter.settings.zone
        self.dose.setText(str(state.weighed.prepared_mg.rounded()))
        self.route.setText(state.visit.proposed.drug.route.value.upper())
        self.time.setText(f"{self.services.now().astimezone(zone):%H:%M}")
        self.full.setChecked(True)
        self.given.clear()
        self.venous_failed.setChecked(False)
        self.message.clear_message()
        self._update()
        self.booth.setFocus()

    def outcome(self) -> AdministrationOutcome:
        """The chosen outcome."""
        if self.partial.isChecked():
            return AdministrationOutcome.PARTIAL
        if self.failed.isChecked():
            return AdministrationOutcome.FAILED
        return AdministrationOutcome.FULL

    def _given(self) -> Milligrams | None:
        """The mg entered as injected (None: nothing usable entered; a full dose needs none)."""
        if self.outcome() is AdministrationOutcome.FULL:
            return None
        text = self.given.text().strip().replace(",", ".")
        if not text:
            return None  # no default: the nurse says how much went in, 0 included
        try:
            return Milligrams(text)
        except (DomainError, InvalidOperation):
            return None

    def _update(self) -> None:
        outcome = self.outcome()
        self.given.setEnabled(outcome is not AdministrationOutcome.FULL)
        prepared = self.state.weighed.prepared_mg if self.state.weighed is not None else None
        given = self._given()
        if prepared is None:
            return
        if outcome is AdministrationOutcome.FULL:
            self.waste.setText(self.tr("none"))
            self.record_button.setEnabled(not self.busy)
        elif given is None or given > prepared:  # the service refuses it too; say it here
            self.waste.setText(
                self.tr("enter the mg injected, 0 if nothing (at most {prepared})").format(
                    prepared=prepared.rounded()
                )
            )
            self.record_button.setEnabled(False)
        else:
            self.waste.setText(str(prepared.remaining_after(given).rounded()))
            self.record_button.setEnabled(not self.busy)

    def record(self) -> None:
        """Record the dose and start the observation (one transaction, in the background)."""
        state, services = self.state, self.services
        if self.busy or state.visit is None or state.weighed is None:
            return
        outcome, given = self.outcome(), self._given()
        if outcome is not AdministrationOutcome.FULL and given is None:
            return
        self.busy = True
        self.record_button.setEnabled(False)
        visit = state.visit
        override, acknowledgement = state.override, state.acknowledgement
        booth = self.booth.currentText()
        venous_failed = self.venous_failed.isChecked()

        def work() -> AdministeredDose:
            # The service takes the mg from the syringe it accepted; the screen sends what
            # happened, and the service refuses what does not hold.
            return services.counter.administer(
                services.session,
                visit,
                outcome=outcome,
                given_mg=given,
                override=override,
                acknowledgement=acknowledgement,
                booth=booth,
                venous_access_failed=venous_failed,
            )

        services.submit(work, self._on_recorded, known_errors(self._on_refused, self))

    def _on_recorded(self, dose: AdministeredDose) -> None:
        self.busy = False
        self.administered.emit(dose)

    def _on_refused(self, error: BaseException) -> None:
        self.busy = False
        self.message.show_message(describe(error), "error")
        self._update()
