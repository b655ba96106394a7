"""Step 2, assess: sedation score, breath alcohol, notes; the rules' decision with every reason."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station.domain.prescriptions import Drug
from station.domain.roles import Role
from station.domain.rules import DoseDecision, Outcome, Reason
from station.services.accounts import User
from station.services.counter import PatientOverview, Visit
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.reasons import describe_reason
from station.ui.style import OUTCOME_COLOURS
from station.ui.visit.context import VisitServices, VisitState
from station.ui.visit.keys import is_enter
from station.ui.visit.panel import active_prescription
from station.ui.widgets import (
    FlowLayout,
    MessageLabel,
    make_button,
    make_field,
    make_label,
    narrow_combo,
)
from station.ui.witness import WitnessDialog

SEDATION_WORDS = (
    "0: alert, no signs of intoxication",
    "1: mild (drowsy, answers at once)",
    "2: moderate (slurred, slow to answer)",
    "3: severe (hard to rouse)",
)


def tr(text: str) -> str:
    """Translate a text of the assessment step."""
    return QCoreApplication.translate("AssessStep", text)


def outcome_headline(outcome: Outcome) -> str:
    """What the decision means, in a few words."""
    return {
        Outcome.ALLOW: tr("Dose allowed"),
        Outcome.ALLOW_WITH_WARNING: tr("Allowed with a warning: read it and acknowledge"),
        Outcome.NEEDS_OVERRIDE: tr("A second staff member must approve, with a reason"),
        Outcome.BLOCK: tr("No dose now"),
    }[outcome]


def who_can_lift(reason: Reason) -> str:
    """Who can lift a block or approve an override, in words."""
    if reason.outcome is Outcome.BLOCK:
        if reason.who_can_lift is Role.CLINIC_LEAD:
            return tr("Only a clinic lead can lift this (outside the visit).")
        return tr("Nobody can override this at the counter.")
    if reason.outcome is Outcome.NEEDS_OVERRIDE:
        if reason.who_can_lift is Role.CLINIC_LEAD:
            return tr("A clinic lead must approve.")
        return tr("A second nurse or a clinic lead can approve.")
    return ""


def reason_lines(
    decision: DoseDecision, zone: tzinfo | None = None, now: datetime | None = None
) -> list[str]:
    """Every reason in plain words, the worst first, each with who can lift it.

    Times are shown in ``zone`` (the clinic's), without their date on the day of ``now``.
    """
    marks = {  # in the common fonts (DejaVu, Segoe UI); tests/ui/test_glyphs.py checks them
        Outcome.ALLOW: "✔",
        Outcome.ALLOW_WITH_WARNING: "⚠",
        Outcome.NEEDS_OVERRIDE: "✍",
        Outcome.BLOCK: "✖",
    }
    ordered = sorted(decision.reasons, key=lambda reason: -int(reason.outcome))
    lines = []
    for reason in ordered:
        extra = who_can_lift(reason)
        lines.append(
            f"{marks[reason.outcome]} {describe_reason(reason, zone, now)}"
            + (f" {extra}" if extra else "")
        )
    return lines


class AssessStep(QWidget):
    """Record the assessment, check the rules, handle warnings and overrides."""

    ready = Signal()
    """The decision lets the dose go ahead (with acknowledgement / override where needed)."""
    ended = Signal()
    """The nurse ends the visit here (blocked, or stopped)."""

    def __init__(
        self, services: VisitServices, state: VisitState, parent: QWidget | None = None
    ) -> None:
        """Build the step."""
        super().__init__(parent)
        self.services = services
        self.state = state
        self.busy = False
        self.drug: Drug | None = None
        self.sedation = QComboBox()
        self.sedation.setAccessibleName(self.tr("Sedation score"))
        narrow_combo(self.sedation)
        # No default: a tired nurse cannot leave "alert" standing by mistake.
        self.sedation.addItem(tr("choose the sedation score…"), None)
        for score, words in enumerate(SEDATION_WORDS):
            self.sedation.addItem(tr(words), score)
        self.breath_alcohol = make_field(
            self.tr("Breath alcohol in per mille (optional)"), self.tr("not measured")
        )
        self.notes = make_field(self.tr("Assessment notes"), self.tr("notes (optional)"))
        self.dose = make_field(self.tr("Dose in mg"))
        self.drug_label = make_label("", self.tr("Drug"))
        self.check_button = make_button(
            self.tr("Record assessment and &check rules"),
            self.tr("Record assessment and check rules"),
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Sedation"), self.sedation)
        form.addRow(self.tr("Breath &alcohol (‰)"), self.breath_alcohol)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("Drug"), self.drug_label)
        form.addRow(self.tr("&Dose (mg)"), self.dose)
        form.addRow("", self.check_button)

        self.decision_box = QGroupBox(self.tr("The rules' decision"))
        self.decision_box.setAccessibleName(self.tr("The rules' decision"))
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Decision"))
        self.headline.setObjectName("heading")
        self.headline.setWordWrap(True)
        self.reasons = make_label("", self.tr("Reasons for the decision"))
        self.offer_button = make_button("", self.tr("Use the dose the rules allow"))
        self.acknowledge = QCheckBox(self.tr("I have read the warnings"))
        self.acknowledge.setAccessibleName(self.tr("I have read the warnings"))
        self.comment = make_field(self.tr("Comment on the warning"), self.tr("comment (required)"))
        self.override_reason = make_field(
            self.tr("Reason for the override"), self.tr("why the dose should be given")
        )
        self.override_button = make_button(
            self.tr("Get a second person's appro&val…"), self.tr("Get a second person's approval")
        )
        self.override_done = make_label("", self.tr("Approval"))
        decision_layout = QVBoxLayout(self.decision_box)
        for widget in (
            self.headline,
            self.reasons,
            self.offer_button,
            self.acknowledge,
            self.comment,
            self.override_reason,
            self.override_button,
            self.override_done,
        ):
            decision_layout.addWidget(widget)

        self.message = MessageLabel(self.tr("Assessment message"))
        self.continue_button = make_button(
            self.tr("Continue to &prepare"), self.tr("Continue to prepare")
        )
        self.end_button = make_button(self.tr("&End visit"), self.tr("End visit"))
        buttons = FlowLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        title = make_label(self.tr("Assess the patient"), self.tr("Assessment step"))
        title.setObjectName("heading")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.decision_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.check_button.clicked.connect(self.check)
        # Enter anywhere in the form checks the rules (keyPressEvent); a change after the
        # decision takes it away: what goes on is always what the rules saw.
        self.sedation.currentIndexChanged.connect(self._inputs_changed)
        for field in (self.breath_alcohol, self.notes, self.dose):
            field.textChanged.connect(self._inputs_changed)
        self.offer_button.clicked.connect(self.take_offer)
        self.acknowledge.toggled.connect(self._update_continue)
        self.comment.textChanged.connect(self._update_continue)
        self.override_button.clicked.connect(self.ask_override)
        self.continue_button.clicked.connect(self._continue)
        self.end_button.clicked.connect(self.ended)
        self.dialog: WitnessDialog | None = None
        self.reset()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter checks the rules when nothing is decided, and goes on once the dose may."""
        if not is_enter(event) or self.busy:
            super().keyPressEvent(event)
            return
        if self.decision_box.isHidden():
            self.check()
        elif self.may_continue():
            self._continue()
        elif self.override_button.isVisibleTo(self) and self.state.visit is not None:
            visit = self.state.visit
            if visit.override_reason is None and self.override_reason.text().strip():
                self.ask_override()
        event.accept()

    def _inputs_changed(self) -> None:
        if not self.busy and not self.decision_box.isHidden():
            self.decision_box.hide()
            self.continue_button.setEnabled(False)

    def reset(self) -> None:
        """Empty the form for the next patient."""
        self.busy = False
        self.sedation.setCurrentIndex(0)
        self.breath_alcohol.clear()
        self.notes.clear()
        self.dose.clear()
        self.drug_label.clear()
        self.message.clear_message()
        self.decision_box.hide()
        self.continue_button.setEnabled(False)
        self.check_button.setEnabled(True)

    def start(self, overview: PatientOverview) -> None:
        """Prefill the drug and dose from the active prescription."""
        self.reset()
        today = self.services.now().astimezone(self.services.counter.settings.zone).date()
        prescription = active_prescription(overview, today)
        if prescription is not None:
            self.drug = prescription.drug
            self.drug_label.setText(prescription.drug.label)
            self.dose.setText(str(prescription.max_per_session.value))
        else:
            self.drug = Drug.DIACETYLMORPHINE_IV
            self.drug_label.setText(self.drug.label)
        self.sedation.setFocus()

    def show_recorded(self, visit: Visit) -> None:
        """Show a resumed visit's recorded assessment and the rules' decision on it now."""
        assessment, proposed = visit.assessment, visit.proposed
        if assessment is not None:
            self.sedation.setCurrentIndex(self.sedation.findData(assessment.sedation_score))
            alcohol = assessment.breath_alcohol_permille
            self.breath_alcohol.setText("" if alcohol is None else str(alcohol))
        if proposed is not None:
            self.drug = proposed.drug
            self.drug_label.setText(proposed.drug.label)
            self.dose.setText(str(proposed.mg.value))
        self.show_decision()

    # -- checking the rules -------------------------------------------------------------------

    def _read_inputs(self) -> tuple[int, Decimal | None, str, str] | None:
        score = self.sedation.currentData()
        if score is None:
            self.message.show_message(self.tr("Choose the sedation score first."))
            self.sedation.setFocus()
            return None
        alcohol: Decimal | None = None
        text = self.breath_alcohol.text().strip().replace(",", ".")
        try:
            if text:
                alcohol = Decimal(text)
                if alcohol < 0 or not alcohol.is_finite():
                    raise InvalidOperation
        except (InvalidOperation, ValueError):
            self.message.show_message(self.tr("Breath alcohol must be a number (e.g. 0.2)."))
            return None
        # The dose goes to the service as typed: it refuses what is not a dose, in a sentence.
        dose = self.dose.text().strip().replace(",", ".")
        return int(score), alcohol, self.notes.text().strip(), dose

    def check(self) -> None:
        """Record the assessment and ask the rules (both in the background)."""
        visit = self.state.visit
        inputs = self._read_inputs()
        if visit is None or inputs is None or self.busy or self.drug is None:
            return
        score, alcohol, notes, dose = inputs
        services, drug = self.services, self.drug
        self.busy = True
        self.check_button.setEnabled(False)
        self.state.override = None

        def work() -> Visit:
            assessed = services.counter.assess(services.session, visit, score, alcohol, notes)
            return services.counter.decide(services.session, assessed, drug, dose)

        services.submit(work, self._on_decided, known_errors(self._on_refused, self))

    def take_offer(self) -> None:
        """Ask the rules again for the largest dose they allow now."""
        visit = self.state.visit
        if visit is None or visit.decision is None or self.drug is None or self.busy:
            return
        offered = visit.decision.max_allowed
        self.dose.setText(str(offered.value))
        services, drug = self.services, self.drug
        self.busy = True
        self.state.override = None
        services.submit(
            lambda: services.counter.decide(services.session, visit, drug, offered),
            self._on_decided,
            known_errors(self._on_refused, self),
        )

    def _on_decided(self, visit: Visit) -> None:
        self.busy = False
        self.check_button.setEnabled(True)
        self.state.visit = visit
        self.message.clear_message()
        self.show_decision()

    def _on_refused(self, error: BaseException) -> None:
        self.busy = False
        self.check_button.setEnabled(True)
        self.message.show_message(describe(error), "error")

    def show_decision(self) -> None:
        """Show the decision, its reasons, and the controls it asks for."""
        visit = self.state.visit
        if visit is None or visit.decision is None or visit.proposed is None:
            return
        decision = visit.decision
        foreground, background = OUTCOME_COLOURS[int(decision.outcome)]
        self.headline.setText(outcome_headline(decision.outcome))
        self.headline.setStyleSheet(
            f"color: {foreground}; background-color: {background}; padding: 6px;"
        )
        zone, now = self.services.counter.settings.zone, self.services.now()
        self.reasons.setText("\n".join(reason_lines(decision, zone, now)))
        offered = decision.max_allowed
        can_offer = bool(offered) and offered < visit.proposed.mg
        self.offer_button.setVisible(can_offer)
        self.offer_button.setText(self.tr("Use {dose} (the most allowed now)").format(dose=offered))
        warnings = [r for r in decision.reasons if r.outcome is Outcome.ALLOW_WITH_WARNING]
        self.acknowledge.setVisible(bool(warnings) and not decision.comment_required)
        self.acknowledge.setChecked(False)
        self.comment.setVisible(decision.comment_required)
        self.comment.clear()
        needs_override = decision.outcome is Outcome.NEEDS_OVERRIDE
        self.override_reason.setVisible(needs_override)
        self.override_button.setVisible(needs_override)
        self.override_reason.clear()
        self.override_done.clear()
        self.override_done.setVisible(needs_override)
        self.decision_box.show()
        self.show_approval()
        self._update_continue()
        if self.continue_button.isEnabled():
            self.continue_button.setFocus()
        elif decision.outcome is Outcome.BLOCK:
            self.end_button.setFocus()
        elif needs_override:
            self.override_reason.setFocus()
        elif decision.comment_required:
            self.comment.setFocus()
        elif warnings:
            self.acknowledge.setFocus()
        else:
            self.continue_button.setFocus()

    # -- warnings and overrides ---------------------------------------------------------------

    def _override_roles(self, decision: DoseDecision) -> frozenset[Role]:
        if any(
            r.outcome is Outcome.NEEDS_OVERRIDE and r.who_can_lift is Role.CLINIC_LEAD
            for r in decision.reasons
        ):
            return frozenset({Role.CLINIC_LEAD})
        return frozenset({Role.NURSE, Role.CLINIC_LEAD})

    def ask_override(self) -> None:
        """Open the witness dialog for an override (after a reason is written)."""
        visit = self.state.visit
        if visit is None or visit.decision is None:
            return
        if not self.override_reason.text().strip():
            self.message.show_message(self.tr("Write the reason for the override first."))
            self.override_reason.setFocus()
            return
        zone, now = self.services.counter.settings.zone, self.services.now()
        concerns = [
            describe_reason(r, zone, now)
            for r in visit.decision.reasons
            if r.outcome is Outcome.NEEDS_OVERRIDE
        ]
        self.dialog = WitnessDialog(
            self.services.accounts,
            self.services.submit,
            self.services.session.user,
            self.tr("Approve this dose despite: {concerns}").format(concerns=" ".join(concerns)),
            self._override_roles(visit.decision),
            self,
        )
        self.dialog.confirmed.connect(self._on_override)
        self.dialog.open()

    def _on_override(self, witness: User) -> None:
        """The service records the approval (it outlasts a lock); the dose then may go on."""
        visit, reason = self.state.visit, self.override_reason.text().strip()
        if visit is None:
            return
        counter, session = self.services.counter, self.services.session
        self.busy = True
        self.services.submit(
            lambda: counter.approve_override(session, visit, reason, witness),
            self._on_approved,
            known_errors(self._on_refused, self),
        )

    def _on_approved(self, visit: Visit) -> None:
        self.busy = False
        self.state.visit = visit
        self.show_approval()
        self.message.clear_message()
        self._update_continue()
        self.continue_button.setFocus()

    def show_approval(self) -> None:
        """Say whose approval the record holds for this decision."""
        visit = self.state.visit
        if visit is None or visit.override_reason is None:
            return
        self.override_reason.setText(visit.override_reason)
        self.override_done.setText(
            self.tr("Approved by {name}: {reason}").format(
                name=visit.override_by, reason=visit.override_reason
            )
        )

    def may_continue(self) -> bool:
        """True when the decision and what the nurse did let the dose go ahead."""
        visit = self.state.visit
        if visit is None or visit.decision is None:
            return False
        decision = visit.decision
        if decision.outcome is Outcome.BLOCK:
            return False
        if decision.comment_required and not self.comment.text().strip():
            return False
        warnings = any(r.outcome is Outcome.ALLOW_WITH_WARNING for r in decision.reasons)
        if warnings and not decision.comment_required and not self.acknowledge.isChecked():
            return False
        return not (decision.outcome is Outcome.NEEDS_OVERRIDE and visit.override_reason is None)

    def _update_continue(self) -> None:
        self.continue_button.setEnabled(self.may_continue())

    def _continue(self) -> None:
        if not self.may_continue():
            return
        visit = self.state.visit
        assert visit is not None and visit.decision is not None
        if visit.decision.comment_required:
            self.state.acknowledgement = self.comment.text().strip()
        elif visit.decision.concerns:
            self.state.acknowledgement = self.tr("Warnings read and acknowledged.")
        else:
            self.state.acknowledgement = ""
        # The record keeps that the nurse went on (and what they acknowledged): after a lock
        # the visit goes on from the syringe, not from the rules again.
        # (in the background, before the weighing: the tasks run one at a time, in order).
        counter, session = self.services.counter, self.services.session
        acknowledgement = self.state.acknowledgement
        self.services.submit(
            lambda: counter.accept_decision(session, visit, acknowledgement),
            self._on_accepted,
            known_errors(self._on_refused, self),
        )
        self.ready.emit()

    def _on_accepted(self, visit: Visit) -> None:
        current = self.state.visit
        if current is not None and current.visit_id == visit.visit_id:
            self.state.visit = visit
