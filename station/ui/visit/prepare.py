"""Step 3, prepare: batch, tare, fill; only a confirmed stable weight in tolerance is accepted."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices.readings import ScaleReading, WeightStatus
from station.domain.quantities import volume_for_dose
from station.services.counter import WeighingResult
from station.services.preparation import SolutionBatch, WeighedDose, expected_mass
from station.ui.device_bridge import DeviceState
from station.ui.errors import known_errors
from station.ui.messages import QT_TRANSLATE_NOOP, describe
from station.ui.visit.context import VisitServices, VisitState
from station.ui.visit.keys import is_enter, press_first
from station.ui.widgets import FlowLayout, MessageLabel, make_button, make_label, narrow_combo

REDO_REASONS = (  # recorded as written here; shown through self.tr (marked for lupdate)
    QT_TRANSLATE_NOOP("PrepareStep", "overfilled"),
    QT_TRANSLATE_NOOP("PrepareStep", "underfilled"),
    QT_TRANSLATE_NOOP("PrepareStep", "air bubble in the syringe"),
    QT_TRANSLATE_NOOP("PrepareStep", "syringe touched the scale's draught shield"),
    QT_TRANSLATE_NOOP("PrepareStep", "other"),
)
STATUS_WORDS = (  # the balance's other states, shown in capitals through self.tr
    QT_TRANSLATE_NOOP("PrepareStep", "OVERLOAD"),
    QT_TRANSLATE_NOOP("PrepareStep", "UNDERLOAD"),
    QT_TRANSLATE_NOOP("PrepareStep", "ERROR"),
)


class PrepareStep(QWidget):
    """Batch, expected volume and mass, tare, live weight with its stability, accept, redo."""

    ready = Signal()
    """A weight inside the tolerance is accepted: go on to the label."""
    ended = Signal()

    def __init__(
        self, services: VisitServices, state: VisitState, parent: QWidget | None = None
    ) -> None:
        """Build the step and listen to the scale."""
        super().__init__(parent)
        self.services = services
        self.state = state
        self.tared = False
        self.weighing = False
        self.batches: list[SolutionBatch] = []
        self.loading_batches = False
        self.redos_pending = 0
        self._last_refused: WeighingResult | None = None
        self.judging = False
        """The service is judging a weighing (its answer decides, not this screen)."""
        title = make_label(self.tr("Prepare and weigh the dose"), self.tr("Preparation step"))
        title.setObjectName("heading")
        self.batch_box = QComboBox()
        self.batch_box.setAccessibleName(self.tr("Solution batch"))
        narrow_combo(self.batch_box)
        self.batch_info = make_label("", self.tr("Batch details"))
        self.expected = make_label("", self.tr("Expected volume and mass"))
        self.expected.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.instructions = make_label("", self.tr("What to do now"))
        self.weight = QLabel("—")
        self.weight.setObjectName("weight")
        self.weight.setAccessibleName(self.tr("Live weight"))
        self.stability = QLabel("")
        self.stability.setAccessibleName(self.tr("Weight stability"))
        self.stability.setStyleSheet("font-size: 18pt; font-weight: bold; padding: 4px;")
        self.tare_button = make_button(
            self.tr("&Tare empty syringe"), self.tr("Tare the empty syringe")
        )
        self.accept_button = make_button(self.tr("&Accept weight"), self.tr("Accept the weight"))
        self.message = MessageLabel(self.tr("Weighing message"))
        self.redo_reason = QComboBox()
        self.redo_reason.setAccessibleName(self.tr("Why the syringe is prepared again"))
        narrow_combo(self.redo_reason)
        for reason in REDO_REASONS:
            self.redo_reason.addItem(self.tr(reason))
        self.redo_button = make_button(self.tr("&Redo with this reason"), self.tr("Prepare again"))
        self.continue_button = make_button(
            self.tr("Continue to &label"), self.tr("Continue to label")
        )
        self.end_button = make_button(self.tr("&End visit"), self.tr("End visit"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Batch"), self.batch_box)
        form.addRow("", self.batch_info)
        form.addRow(self.tr("Expected"), self.expected)
        weight_row = FlowLayout()
        weight_row.addWidget(self.weight)
        weight_row.addWidget(self.stability)
        actions = FlowLayout()
        actions.addWidget(self.tare_button)
        actions.addWidget(self.accept_button)
        redo = FlowLayout()
        redo.addWidget(self.redo_reason)
        redo.addWidget(self.redo_button)
        buttons = FlowLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.instructions)
        layout.addLayout(weight_row)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addLayout(redo)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scale = services.devices.scale
        scale.reading_received.connect(self._on_reading)
        scale.tared.connect(self._on_tared)
        scale.weighed.connect(self._on_weighed)
        scale.weighing_failed.connect(self._on_weighing_failed)
        scale.state_changed.connect(self._on_scale_state)
        self.batch_box.currentIndexChanged.connect(self._on_batch)
        self.tare_button.clicked.connect(self.tare)
        self.accept_button.clicked.connect(self.accept_weight)
        self.redo_button.clicked.connect(self.redo)
        self.continue_button.clicked.connect(self.ready)
        self.end_button.clicked.connect(self.ended)
        self.active = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter goes on with an accepted syringe, or accepts once tared (never while weighing)."""
        if not is_enter(event):
            super().keyPressEvent(event)
            return
        if not (self.weighing or self.judging):
            press_first(self.continue_button, self.accept_button)
        event.accept()

    def start(self) -> None:
        """Show the batches and the expected amounts; start the live weight."""
        self.active = True
        self.tared = False
        self.weighing = False
        self.state.weighed = None
        self.state.redo_reasons = []
        self.message.clear_message()
        self.weight.setText("—")
        self.stability.setText("")
        self.batches = []
        self.batch_box.clear()
        self.state.batch = None
        self.batch_info.setText(self.tr("Reading the solution batches…"))
        self.expected.clear()
        self._update_buttons()
        self.services.devices.scale.set_live(True)
        self._show_scale_state()
        self.tare_button.setFocus()
        self.loading_batches = True
        services, visit = self.services, self.state.visit
        drug = visit.proposed.drug if visit is not None and visit.proposed is not None else None
        self.services.submit(
            lambda: services.counter.solution_batches(services.session, drug),
            self._show_batches,
            known_errors(self._on_batches_failed, self),
        )

    def _on_batches_failed(self, error: BaseException) -> None:
        self.loading_batches = False
        self.batch_info.setText(
            self.tr("The solution batches could not be read: {error}").format(error=error)
        )

    def _show_batches(self, batches: list[SolutionBatch]) -> None:
        """List the batches (read off the GUI thread); choose the first usable one."""
        self.loading_batches = False
        if not self.active:
            return
        self.batches = batches  # the service lists only batches a dose may be drawn from now
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        for batch in self.batches:
            self.batch_box.addItem(f"{batch.lot}: {batch.concentration}")
        first_usable = 0 if self.batches else -1
        self.batch_box.blockSignals(False)
        if first_usable < 0:
            self.state.batch = None
            self.batch_info.setText(
                self.tr("No usable solution batch: ask the pharmacist to prepare one.")
            )
            self.expected.clear()
        else:
            self.batch_box.setCurrentIndex(first_usable)
            self._on_batch(first_usable)
        self._update_buttons()
        if self.tare_button.isEnabled() and not self.tared:
            self.tare_button.setFocus()  # the keyboard's next step, now that it can be pressed

    def stop(self) -> None:
        """Leave the step: the live weight stops."""
        self.active = False
        self.services.devices.scale.set_live(False)

    def _on_batch(self, index: int) -> None:
        if not 0 <= index < len(self.batches):
            return
        batch = self.batches[index]
        visit = self.state.visit
        self.state.batch = batch
        self.state.weighed = None
        zone = self.services.counter.settings.zone
        self.batch_info.setText(
            self.tr("Lot {lot}, {concentration}, density {density}, use by {expiry}").format(
                lot=batch.lot,
                concentration=batch.concentration,
                density=batch.density,
                expiry=f"{batch.expires_at.astimezone(zone):%d.%m.%Y %H:%M}",
            )
        )
        if visit is not None and visit.proposed is not None:
            dose = visit.proposed.mg
            volume = volume_for_dose(dose, batch.concentration).rounded()
            mass = expected_mass(dose, batch).rounded()
            self.expected.setText(f"{dose} = {volume} = {mass}")
            self.instructions.setText(
                self.tr(
                    "1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} "
                    "and put it back on the scale.  3. Press Accept when the weight is stable."
                ).format(volume=volume)
            )
        self._update_buttons()

    # -- scale --------------------------------------------------------------------------------

    def _show_scale_state(self) -> None:
        scale = self.services.devices.scale
        if scale.state is DeviceState.FAULT or scale.state is DeviceState.NOT_CONFIGURED:
            self.message.show_message(scale.message, "error")
            self.weight.setText("—")
            self.stability.setText(self.tr("NO SCALE"))
            self.stability.setStyleSheet(
                "font-size: 18pt; font-weight: bold; padding: 4px; "
                "color: #FFFFFF; background: #B71C1C;"
            )

    def _on_scale_state(self, state: str, message: str) -> None:
        if not self.active:
            return
        if state == DeviceState.FAULT.value:
            self.tared = False
            self._show_scale_state()
        elif state == DeviceState.READY.value:
            self.message.show_message(
                self.tr("The scale is connected again. Tare the empty syringe again."), "info"
            )
        self._update_buttons()

    def _on_reading(self, reading: ScaleReading) -> None:
        if not self.active:
            return
        if reading.value is not None:
            self.weight.setText(f"{reading.value} {reading.unit}")
        else:
            self.weight.setText("—")
        if reading.status is WeightStatus.STABLE:
            text, colours = self.tr("STABLE"), "color: #FFFFFF; background: #1B5E20;"
        elif reading.status is WeightStatus.DYNAMIC:
            text, colours = self.tr("moving…"), "color: #000000; background: #FFD600;"
        else:
            text, colours = (
                self.tr(reading.status.value.upper()),
                "color: #FFFFFF; background: #B71C1C;",
            )
        self.stability.setText(text)
        self.stability.setStyleSheet(f"font-size: 18pt; font-weight: bold; padding: 4px; {colours}")

    def tare(self) -> None:
        """Tare the empty syringe."""
        self.tared = False
        self.state.weighed = None
        self.message.show_message(self.tr("Taring…"), "info")
        self._update_buttons()
        self.services.devices.scale.tare()

    def _on_tared(self, _value: object) -> None:
        if not self.active:
            return
        self.tared = True
        self.message.show_message(
            self.tr("Tared. Fill the syringe, put it on the scale, then press Accept."), "info"
        )
        self._update_buttons()
        self.accept_button.setFocus()
        self._scale_in_view(self.accept_button)

    def accept_weight(self) -> None:
        """Wait for a confirmed stable weight (in the background) and check the tolerance."""
        visit, batch = self.state.visit, self.state.batch
        if visit is None or visit.proposed is None or batch is None or not self.tared:
            return
        self.weighing = True
        self.message.show_message(self.tr("Waiting for a stable, confirmed weight…"), "info")
        self._update_buttons()
        self.services.devices.scale.weigh(visit.proposed.mg, batch, self.services.counter.settings)

    def _on_weighed(self, weighed: WeighedDose) -> None:
        """A confirmed stable weight: the service judges it and keeps it if it is inside."""
        if not self.active or not self.weighing:
            return
        visit, batch = self.state.visit, self.state.batch
        if visit is None or batch is None:
            self.weighing = False
            return
        # The live figure froze while the balance confirmed the weight; show the weight judged.
        self.weight.setText(str(weighed.measured_g))
        self.judging = True
        services = self.services

        def work() -> WeighingResult:
            return services.counter.accept_weighing(
                services.session, visit, batch.lot, weighed.measured_g, weighed.raw_reading
            )

        services.submit(
            work,
            lambda result: self._on_judged(weighed, result),
            known_errors(self._on_judging_failed, self),
        )

    def _on_judged(self, weighed: WeighedDose, result: WeighingResult) -> None:
        self.weighing = False
        self.judging = False
        if not self.active:
            return
        if result.accepted:
            self.state.weighed = weighed
            self.state.accepted = result
            self.message.show_message(
                self.tr("Accepted: {measured} = {mg} prepared. {explanation}").format(
                    measured=result.measured_g,
                    mg=result.prepared_mg.rounded(),
                    explanation=result.explanation,
                ),
                "ok",
            )
            self._update_buttons()
            self.continue_button.setFocus()
            QTimer.singleShot(0, self, self._weight_in_view)
            return
        self.state.weighed = None
        self.state.accepted = None
        self._last_refused = result
        self.message.show_message(
            self.tr(
                "Not accepted, outside the tolerance: {explanation} Choose why and prepare again."
            ).format(explanation=result.explanation),
            "error",
        )
        self._update_buttons()
        self.redo_reason.setFocus()

    def _weight_in_view(self) -> None:
        """The weight above the verdict and the buttons (a short step area scrolled it away)."""
        self._scale_in_view(self.continue_button)

    def _scale_in_view(self, button: QWidget) -> None:
        """Scroll a short step area so the live weight and ``button`` show together.

        After the tare (Accept next) and after a weighing (Continue next); the batch and the
        expected figures above may scroll away, the weight wins on a very short area.
        """
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.active:
            area.ensureWidgetVisible(button, 0, 8)
            area.ensureWidgetVisible(self.weight, 0, 4)

    def _on_judging_failed(self, error: BaseException) -> None:
        self.weighing = False
        self.judging = False
        self.message.show_message(describe(error), "error")
        self._update_buttons()

    def _on_weighing_failed(self, sentence: str) -> None:
        if not self.active:
            return
        self.weighing = False
        self.message.show_message(
            self.tr("No weight accepted: {why}").format(why=sentence), "error"
        )
        self._update_buttons()

    def redo(self) -> None:
        """Record why the syringe is prepared again; the tare stays, the weight is forgotten."""
        refused = self._last_refused
        index = self.redo_reason.currentIndex()
        # The record keeps the reason in English (the list's own words), whatever the language.
        reason = REDO_REASONS[index] if 0 <= index < len(REDO_REASONS) else "other"
        measured = f" ({refused.measured_g})" if refused is not None else ""
        self.state.redo_reasons.append(reason + measured)
        visit = self.state.visit
        if refused is not None and visit is not None:
            self._record_redo(visit.visit_id, refused, reason)
        self._last_refused = None
        self.state.weighed = None
        self.message.show_message(self.tr("Adjust the syringe and press Accept again."), "info")
        self._update_buttons()
        self.accept_button.setFocus()

    def _record_redo(self, visit_id: str, refused: WeighingResult, reason: str) -> None:
        """Record the redo at once (its own event), so an abandoned visit keeps its reason."""
        services = self.services
        self.redos_pending += 1
        services.submit(
            lambda: services.counter.record_redo(services.session, visit_id, refused, reason),
            self._on_redo_recorded,
            known_errors(self._on_redo_failed, self),
        )

    def _on_redo_recorded(self, _redo_id: str) -> None:
        self.redos_pending -= 1

    def _on_redo_failed(self, error: BaseException) -> None:
        self.redos_pending -= 1
        self.message.show_message(
            self.tr("The redo was not recorded: {error}. It is kept with the dose.").format(
                error=error
            ),
            "error",
        )

    def _update_buttons(self) -> None:
        ready = self.services.devices.scale.state is DeviceState.READY
        has_batch = self.state.batch is not None
        self.tare_button.setEnabled(ready and has_batch and not self.weighing)
        self.accept_button.setEnabled(ready and has_batch and self.tared and not self.weighing)
        refused = self._last_refused is not None
        self.redo_reason.setEnabled(refused)
        self.redo_button.setEnabled(refused)
        self.continue_button.setEnabled(self.state.weighed is not None and not self.weighing)
