"""The visit screen: the patient panel beside the current step, from card scan to observation."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from devices.readings import Scan
from station.services.counter import AdministeredDose, PatientOverview, Visit
from station.services.prescribing import OrderNotice
from station.ui.errors import known_errors
from station.ui.messages import QT_TRANSLATE_NOOP, describe
from station.ui.photos import decoded_photo
from station.ui.visit.administer import AdministerStep
from station.ui.visit.assess import AssessStep
from station.ui.visit.context import VisitServices, VisitState
from station.ui.visit.identify import Identified, IdentifyStep
from station.ui.visit.keys import FocusGuard
from station.ui.visit.label import LabelStep
from station.ui.visit.panel import PatientPanel
from station.ui.visit.prepare import PrepareStep
from station.ui.visit.resume import VisitKeeper
from station.ui.visit.step_bar import StepBar
from station.ui.widgets import (
    FlowLayout,
    MessageLabel,
    VerticalScrollArea,
    make_button,
    make_label,
)

STEP_NAMES = (  # the step bar's words, marked for lupdate; shown through self.tr in _go
    QT_TRANSLATE_NOOP("VisitView", "Identify"),
    QT_TRANSLATE_NOOP("VisitView", "Assess"),
    QT_TRANSLATE_NOOP("VisitView", "Prepare"),
    QT_TRANSLATE_NOOP("VisitView", "Label"),
    QT_TRANSLATE_NOOP("VisitView", "Administer"),
    QT_TRANSLATE_NOOP("VisitView", "Observe"),
)


class DoneStep(QWidget):
    """The dose is recorded: where the patient is observed, and the next patient."""

    next_patient = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the page."""
        super().__init__(parent)
        title = make_label(self.tr("Dose recorded"), self.tr("Dose recorded"))
        title.setObjectName("heading")
        self.summary = make_label("", self.tr("Observation summary"))
        self.next_button = make_button(self.tr("&Next patient"), self.tr("Next patient"))
        buttons = FlowLayout()
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.next_button.clicked.connect(self.next_patient)


class VisitView(QWidget):
    """One patient's visit, step by step; every step is reachable from the keyboard."""

    step_changed = Signal(str)
    """The English name of the step now shown (for the tour and tests)."""
    dose_recorded = Signal(object)
    """An :class:`AdministeredDose`: the observation board should show it."""
    visit_ended = Signal()
    """The visit was ended or finished: the screen is back at identification, empty."""

    def __init__(self, services: VisitServices, parent: QWidget | None = None) -> None:
        """Build the panel and the steps."""
        super().__init__(parent)
        self.services = services
        self.state = VisitState()
        self.panel = PatientPanel()
        self.steps_header = StepBar()
        self.steps_header.setAccessibleName(self.tr("Visit steps"))
        self.message = MessageLabel(self.tr("Visit message"))
        self.identify = IdentifyStep(services)
        self.assess = AssessStep(services, self.state)
        self.prepare = PrepareStep(services, self.state)
        self.label = LabelStep(services, self.state)
        self.administer = AdministerStep(services, self.state)
        self.done = DoneStep()
        self.stack = QStackedWidget()
        for page in (
            self.identify,
            self.assess,
            self.prepare,
            self.label,
            self.administer,
            self.done,
        ):
            self.stack.addWidget(page)
        right = QVBoxLayout()
        right.addWidget(self.steps_header)
        right.addWidget(self.message)
        scroll = VerticalScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        scroll.setAccessibleName(self.tr("Current step"))
        right.addWidget(scroll, 1)
        self.step_area = scroll
        """The current step; it scrolls up and down, never sideways (nothing is cut off)."""
        # The panel scrolls too: its photo and details never set the counter's height, so the
        # observation board below keeps room for its cards on a short screen.
        self.panel_area = VerticalScrollArea()
        self.panel_area.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_area.setWidget(self.panel)
        self.panel_area.setAccessibleName(self.tr("Patient"))
        self.panel_area.setFixedWidth(  # the panel's own width, with room for its scroll bar
            self.panel.maximumWidth() + self.panel_area.verticalScrollBar().sizeHint().width()
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.panel_area, 0)
        layout.addLayout(right, 1)
        self.identify.identified.connect(self._on_identified)
        self.identify.face_confirmed.connect(lambda: self._go(1))
        self.identify.cancelled.connect(self.end_visit)
        self.assess.ready.connect(lambda: self._go(2))
        self.prepare.ready.connect(lambda: self._go(3))
        self.label.ready.connect(lambda: self._go(4))
        self.administer.administered.connect(self._on_administered)
        self.closed = False
        """Set at the lock: answers from the background find no screen to fill."""
        self.keeper = VisitKeeper(self)
        """The visit in the record: resumed after a lock, taken over, ended with a reason."""
        self.focus_guard = FocusGuard(self, self.stack.currentWidget)
        for step in (self.assess, self.prepare, self.label, self.administer):
            step.ended.connect(self.keeper.request_end)
        self.done.next_patient.connect(self.end_visit)
        self._go(0)

    @property
    def step_name(self) -> str:
        """The English name of the step on screen."""
        return STEP_NAMES[self.stack.currentIndex()]

    def go_to(self, step: str) -> None:
        """Show a step by its English name (a resumed visit goes on there)."""
        self._go(STEP_NAMES.index(step))

    def show_patient(self, visit: Visit, overview: PatientOverview) -> None:
        """The patient of a visit (resumed from the record) on the panel."""
        self._on_identified((visit, overview))

    def shut(self) -> None:
        """Leave the screen at a lock: devices stop, nothing is ended (the record keeps it)."""
        self.closed = True
        self.prepare.stop()
        self.label.stop()
        self.state.reset()
        self.panel.clear()

    def _go(self, index: int) -> None:
        previous = self.stack.currentWidget()
        if previous is self.prepare and index != 2:
            self.prepare.stop()
        if previous is self.label and index != 3:
            self.label.stop()
        self.stack.setCurrentIndex(index)
        if index == 0:  # the keyboard waits in the step for the next patient, not elsewhere
            self.identify.family_name.setFocus()
        self.step_area.verticalScrollBar().setValue(0)  # each step opens at its top
        self.steps_header.show_steps([self.tr(name) for name in STEP_NAMES], index)
        self.message.clear_message()
        if index == 1 and self.state.overview is not None:
            self.assess.start(self.state.overview)
        elif index == 2:
            self.prepare.start()
        elif index == 3:
            self.label.start()
        elif index == 4:
            self.administer.start()
        self.step_changed.emit(STEP_NAMES[index])

    def _on_identified(self, result: Identified) -> None:
        visit, overview = result
        self.state.visit, self.state.overview = visit, overview
        self.panel.show_overview(
            overview,
            self.services.now(),
            self.services.counter.settings,
            self.services.station_id,
        )
        self.panel_area.verticalScrollBar().setValue(0)
        self._read_order_notice(overview.patient.patient_id)
        self._read_photo(overview.patient.patient_id)

    def _read_photo(self, patient_id: str) -> None:
        """Read and decode the patient's recorded photo (background); the panel shows it."""
        services, intake = self.services, self.services.intake
        if intake is None:
            return
        services.submit(
            lambda: decoded_photo(intake.photo_of(services.session, patient_id)),
            lambda image: self.panel.show_photo(patient_id, image),
            known_errors(lambda error: self.message.show_message(describe(error), "error"), self),
        )

    def _read_order_notice(self, patient_id: str) -> None:
        """Read what the prescriber's orders tell the counter (background); the panel shows it."""
        services, prescribing = self.services, self.services.prescribing
        if prescribing is None:
            return

        def show(notice: OrderNotice) -> None:
            visit = self.state.visit
            if visit is not None and visit.patient.patient_id == notice.patient_id:
                today = services.now().astimezone(services.counter.settings.zone).date()
                self.panel.order_notice.show_notice(notice, today)

        services.submit(
            lambda: prescribing.counter_notice(services.session, patient_id),
            show,
            known_errors(lambda error: self.message.show_message(describe(error), "error"), self),
        )

    def _reload_panel(self, patient_id: str) -> None:
        """Read the patient's overview again (after a dose): the panel shows today's doses."""
        services = self.services
        services.submit(
            lambda: services.counter.overview(services.session, patient_id),
            self._on_overview_reloaded,
            known_errors(lambda error: self.message.show_message(describe(error), "error"), self),
        )

    def _on_overview_reloaded(self, overview: PatientOverview) -> None:
        visit = self.state.visit
        if visit is None or visit.patient.patient_id != overview.patient.patient_id:
            return  # the visit ended (or the next patient came) while it was read
        self.state.overview = overview
        self.panel.show_overview(
            overview, self.services.now(), self.services.counter.settings, self.services.station_id
        )
        # On a short screen the panel scrolls: bring today's doses into view once laid out.
        QTimer.singleShot(
            0, self, lambda: self.panel_area.ensureWidgetVisible(self.panel.doses_today, 0, 8)
        )

    def _on_administered(self, dose: AdministeredDose) -> None:
        zone = self.services.counter.settings.zone
        self.done.summary.setText(
            self.tr(
                "{mg} recorded. Observation in {booth} until {end}: see the observation board."
            ).format(
                mg=dose.mg.rounded(),
                booth=self.administer.booth.currentText(),
                end=f"{dose.observation_ends_at.astimezone(zone):%H:%M}",
            )
        )
        self._go(5)
        visit = self.state.visit
        if visit is not None:
            self._reload_panel(visit.patient.patient_id)
        self.done.next_button.setFocus()
        self.dose_recorded.emit(dose)

    def handle_scan(self, scan: Scan) -> None:
        """A scan from any scanner: a card starts identification on the first step."""
        if self.stack.currentWidget() is self.done:
            self.end_visit()
        if self.stack.currentWidget() is self.identify and self.state.visit is None:
            self.identify.handle_scan(scan)
            return
        self.message.show_message(
            self.tr("A card was scanned during a visit: finish or end this visit first."), "warning"
        )

    def end_visit(self, why: str | None = None, note: str = "") -> None:
        """Forget the current patient and go back to the first step.

        A visit ended before its dose is recorded as ended (with the step it reached, and
        after the assessment ``why`` the dose was not given), so that the record never keeps
        it open.
        """
        visit = self.state.visit
        if visit is not None and self.stack.currentWidget() is not self.done:
            services, step = self.services, self.step_name
            reason = note or f"ended at the {step.lower()} step without a dose"
            services.submit(
                lambda: services.counter.end_visit(services.session, visit, reason, why),
                lambda _none: None,
                known_errors(
                    lambda error: self.message.show_message(describe(error), "error"), self
                ),
            )
        self.prepare.stop()
        self.label.stop()
        self.state.reset()
        self.panel.clear()
        self.identify.reset()
        self.assess.reset()
        self._go(0)
        self.visit_ended.emit()
