"""A visit that outlives the lock: resumed from the record, taken over, or ended with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from station.domain.quantities import check_tolerance
from station.services.counter import PatientOverview, Visit
from station.services.preparation import SolutionBatch, WeighedDose
from station.services.visits import END_REASONS, VisitInProgress
from station.ui.errors import known_errors
from station.ui.messages import QT_TRANSLATE_NOOP, describe
from station.ui.widgets import FlowLayout, make_button, make_field, make_label

if TYPE_CHECKING:
    from station.ui.visit.flow import VisitView

END_WORDS = {
    "patient_left": QT_TRANSLATE_NOOP("EndVisitDialog", "The patient left"),
    "patient_declined": QT_TRANSLATE_NOOP("EndVisitDialog", "The patient declined the dose"),
    "not_fit_for_dose": QT_TRANSLATE_NOOP(
        "EndVisitDialog", "Not fit for a dose now (intoxicated, unwell)"
    ),
    "dose_not_allowed": QT_TRANSLATE_NOOP("EndVisitDialog", "The rules allow no dose now"),
    "syringe_problem": QT_TRANSLATE_NOOP(
        "EndVisitDialog", "A problem with the syringe or the solution"
    ),
    "other": QT_TRANSLATE_NOOP("EndVisitDialog", "Another reason (say which)"),
}
STEP_WORDS = {
    "identify": QT_TRANSLATE_NOOP("HandoverBox", "checking the face"),
    "assess": QT_TRANSLATE_NOOP("HandoverBox", "assessment"),
    "prepare": QT_TRANSLATE_NOOP("HandoverBox", "preparing the syringe"),
    "label": QT_TRANSLATE_NOOP("HandoverBox", "labelling the syringe"),
    "administer": QT_TRANSLATE_NOOP("HandoverBox", "the syringe is ready to give"),
}


class EndVisitDialog(QDialog):
    """Why the dose was not given: a choice from a short list and words (nothing chosen first)."""

    chosen = Signal(str, str)
    """(the reason's code from :data:`END_REASONS`, the words written)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the question; Enter alone keeps the visit."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the visit without a dose"))
        self.setAccessibleName(self.tr("End the visit without a dose"))
        self.question = make_label(
            self.tr("The patient was assessed. Why is the dose not given?"), self.tr("Question")
        )
        self.why = QComboBox()
        self.why.setAccessibleName(self.tr("Why the dose is not given"))
        self.why.addItem(self.tr("choose why…"), None)
        for code in END_REASONS:
            self.why.addItem(self.tr(END_WORDS[code]), code)
        self.note = make_field(self.tr("More about why"), self.tr("words (required for another)"))
        self.end_button = make_button(self.tr("E&nd the visit"), self.tr("End the visit"))
        self.keep_button = make_button(self.tr("&Keep the visit"), self.tr("Keep the visit"))
        self.keep_button.setDefault(True)  # a stray Enter keeps the visit
        form = QFormLayout()
        form.addRow(self.tr("&Why"), self.why)
        form.addRow(self.tr("&More"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.why.currentIndexChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        self.end_button.clicked.connect(self._end)
        self.keep_button.clicked.connect(self.reject)
        self._update()
        self.why.setFocus()

    def _complete(self) -> bool:
        code = self.why.currentData()
        return code is not None and (code != "other" or bool(self.note.text().strip()))

    def _update(self) -> None:
        self.end_button.setEnabled(self._complete())

    def _end(self) -> None:
        if self._complete():
            self.chosen.emit(str(self.why.currentData()), self.note.text().strip())
            self.accept()


class HandoverBox(QGroupBox):
    """Another person's visit in progress here: who and since when; this person may take it over."""

    take_over = Signal(str)
    """The visit id to take over (recorded as a handover)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the (hidden) notice."""
        super().__init__(self.tr("Visit in progress"), parent)
        self.setAccessibleName(self.tr("Visit in progress by another person"))
        self.text = make_label("", self.tr("Whose visit is in progress"))
        self.take_button = make_button(
            self.tr("&Take over this visit"), self.tr("Take over this visit (recorded)")
        )
        row = FlowLayout()
        row.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.visit_id = ""
        self.take_button.clicked.connect(lambda: self.take_over.emit(self.visit_id))
        self.hide()

    def offer(self, visit: VisitInProgress | None, zone_text: str = "", more: int = 0) -> None:
        """Show (or, with None, hide) the visit of another person."""
        if visit is None:
            self.visit_id = ""
            self.hide()
            return
        self.visit_id = visit.visit_id
        text = self.tr("A visit is in progress by {name} since {time} ({step}).").format(
            name=visit.holder_name, time=zone_text, step=self.tr(STEP_WORDS[visit.step])
        )
        if more:
            text += " " + self.tr("%n more open visit(s).", "", more)
        self.text.setText(text)
        self.show()


@dataclass(frozen=True)
class Resumed:
    """What a resumed visit needs on screen: the record, the panel, the syringe's batch."""

    visit: Visit
    overview: PatientOverview
    batch: SolutionBatch | None


class VisitKeeper(QObject):
    """Finds the open visits at sign-in: resumes the person's own, offers another's to take over."""

    def __init__(self, view: VisitView) -> None:
        """Keep the visit of ``view``."""
        super().__init__(view)
        self.view = view
        self.end_dialog: EndVisitDialog | None = None
        view.identify.handover.take_over.connect(self.take_over)

    def look(self) -> None:
        """Read the open visits at this station (in the background)."""
        services = self.view.services
        services.submit(
            lambda: services.counter.visits_in_progress(services.session),
            self._on_found,
            known_errors(self._on_failed, self.view),
        )

    def _on_failed(self, error: BaseException) -> None:
        if self.view.closed:
            return
        self.view.message.show_message(describe(error), "error")

    def _on_found(self, visits: list[VisitInProgress]) -> None:
        view = self.view
        if view.closed:
            return
        mine = [visit for visit in visits if visit.mine]
        others = [visit for visit in visits if not visit.mine]
        zone = view.services.counter.settings.zone
        first = others[0] if others else None
        when = f"{first.started_at.astimezone(zone):%H:%M}" if first is not None else ""
        view.identify.handover.offer(first, when, len(others) - 1 if others else 0)
        if mine and view.state.visit is None:
            self._load(mine[0].visit_id, take_over=False)

    def take_over(self, visit_id: str) -> None:
        """Record the handover and go on with the visit where it stands."""
        if visit_id and self.view.state.visit is None:
            self._load(visit_id, take_over=True)

    def _load(self, visit_id: str, *, take_over: bool) -> None:
        services = self.view.services
        counter, session = services.counter, services.session

        def work() -> Resumed:
            if take_over:
                visit = counter.hand_over(session, visit_id)
            else:
                visit = counter.resume_visit(session, visit_id)
            overview = counter.overview(session, visit.patient.patient_id)
            batch = None
            if visit.weighing is not None and visit.proposed is not None:
                batch = next(
                    (
                        found
                        for found in counter.solution_batches(session, visit.proposed.drug)
                        if found.lot == visit.weighing.batch_id
                    ),
                    None,
                )
            return Resumed(visit, overview, batch)

        services.submit(work, self._on_loaded, known_errors(self._on_failed, self.view))

    def _on_loaded(self, resumed: Resumed) -> None:
        view = self.view
        if view.closed or view.state.visit is not None:
            return  # locked again, or a card was scanned meanwhile: that visit goes first
        visit, overview = resumed.visit, resumed.overview
        view.identify.handover.offer(None)
        view.show_patient(visit, overview)
        step = visit.step
        weighing, batch = visit.weighing, resumed.batch
        if weighing is not None and batch is not None:
            tolerance = view.services.counter.settings.weighing_tolerance
            view.state.batch = batch
            view.state.weighed = WeighedDose(
                weighing.target_mg,
                weighing.target_g,
                weighing.measured_g,
                weighing.prepared_mg,
                check_tolerance(weighing.target_g, weighing.measured_g, tolerance),
                weighing.raw_reading.encode(),
            )
            view.state.acknowledgement = visit.acknowledgement or ""
            view.state.label_prints = visit.labels_printed
        elif step in ("label", "administer"):
            step = "prepare"  # the syringe's batch is no longer usable: prepare it again
        message = view.tr("The visit goes on where it was.")
        if step == "identify":
            view.identify.show_face_check()
        elif step == "assess":
            view.go_to("Assess")
            view.assess.show_recorded(visit)
        else:
            view.go_to(step.capitalize())
        view.message.show_message(message, "info")

    def request_end(self) -> None:
        """End buttons: after the assessment, ask why the dose was not given first."""
        visit = self.view.state.visit
        if visit is None or visit.assessment is None:
            self.view.end_visit()
            return
        self.end_dialog = EndVisitDialog(self.view)
        self.end_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.end_dialog.chosen.connect(self.view.end_visit)
        self.end_dialog.open()
