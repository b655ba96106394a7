"""The nurse's visit at the counter: identify, assess, decide, weigh, label, administer.

The service is the safety boundary: every step is checked here on what the station itself
recorded (the visit's identification, assessment, decision, accepted weighing and label), on
the clinic's rule settings as stored now, and on second persons who signed here moments ago,
whatever a caller passes in.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from station.domain.decision import (
    AdministrationOutcome,
    Assessment,
    DecisionContext,
    DoseDecision,
    IdentificationMethod,
    Outcome,
    ProposedDose,
    SyncState,
)
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Prescription
from station.domain.quantities import (
    Milligrams,
    check_tolerance,
)
from station.domain.roles import Role
from station.domain.rules import decide
from station.domain.sessions import SessionKey, session_of
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.codec import (
    patient_from,
    patient_payload,
    prescription_from,
    prescription_payload,
)
from station.services.counter_syringe import SyringeSteps, WeighingResult
from station.services.dose_lease import SyncAnswer, ask_sync
from station.services.errors import DoseRefused, ServiceError
from station.services.observation import ObservationService
from station.services.settings import SettingsService
from station.services.signatures import (
    DOSING_ROLES,
    PATIENT_READERS,
    second_person,
    signature,
)
from station.services.visit_keeping import VisitKeeping
from station.services.visits import (
    AcceptedWeighing,
    Override,
    PatientOverview,
    Visit,
    assessment_from,
    breath_alcohol_input,
    dose_record,
    holder_of,
    identification_from,
    milligrams_input,
    proposed_from,
    sedation_input,
    stop_flags_of,
    weighing_from,
)
from station.store.accounts import User
from station.store.store import Session, Store
from sync.wire.cards import CardCheck

__all__ = [
    "AcceptedWeighing",
    "AdministeredDose",
    "CounterService",
    "Override",
    "PatientOverview",
    "Visit",
    "WeighingResult",
    "signature",
]

Clock = Callable[[], datetime]
# (patient, session) -> what sync knows right now; replaced by the sync link when it exists.
SyncProbe = Callable[[Patient, SessionKey], SyncState]
CardChecker = Callable[[Session, str], CardCheck]


@dataclass(frozen=True)
class AdministeredDose:
    """What was recorded for one administration."""

    dose_id: str
    observation_id: str
    mg: Milligrams
    observation_ends_at: datetime


_FLAG_ROLES = (Role.CLINIC_LEAD, Role.PRESCRIBER)
"""Who sets and lifts a stop-dose flag (a prescriber too, issue 16)."""


def _visit_id(visit: Visit | str) -> str:
    return visit if isinstance(visit, str) else visit.visit_id


class CounterService(SyringeSteps, VisitKeeping):
    """Use cases of the injection-room counter, over the encrypted store and the rules."""

    def __init__(
        self,
        store: Store,
        settings: RuleSettings | None = None,
        clock: Clock | None = None,
        sync_probe: SyncProbe | None = None,
        cards: CardChecker | None = None,
        clock_skew: Callable[[], timedelta | None] | None = None,
    ) -> None:
        self.store = store
        self.base_settings = settings or RuleSettings()
        """The built-in figures; what the clinic lead saved replaces them (see rule_settings)."""
        self._settings = self.base_settings
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.sync_probe: SyncProbe = sync_probe or (lambda _patient, _session: SyncState.OFFLINE)
        self._cards = cards
        self._clock_skew = clock_skew or (lambda: None)
        self._stored_settings = SettingsService(store, self.clock)
        self.observations = ObservationService(store, self.clock, self.rule_settings)

    # -- settings -----------------------------------------------------------------------------

    def rule_settings(self, session: Session) -> RuleSettings:
        """The clinic's rules as saved now (read at every decision: a change applies at once)."""
        self._settings = self._stored_settings.rule_settings(session, self.base_settings)
        return self._settings

    @property
    def settings(self) -> RuleSettings:
        """The rules as last read, for showing times and figures (decisions read them anew)."""
        return self._settings

    # -- roster -------------------------------------------------------------------------------

    def register_patient(self, session: Session, patient: Patient) -> None:
        """Add a patient to this station's roster (clinic lead or administrator)."""
        require_role(session, Role.CLINIC_LEAD, Role.ADMINISTRATOR)
        self.store.record(session, "patient.registered", patient_payload(patient))

    def issue_prescription(self, session: Session, prescription: Prescription) -> None:
        """Record a prescription (clinic lead).

        A stop-dose flag is not part of an order: set one with :meth:`set_stop_flag`.
        """
        require_role(session, Role.CLINIC_LEAD)
        payload = prescription_payload(replace(prescription, stop_dose=None))
        self.store.record(session, "prescription.issued", payload)
        if prescription.stop_dose is not None:
            self.set_stop_flag(session, prescription.patient_id, prescription.stop_dose.reason)

    def find_by_clinic_id(self, session: Session, clinic_id: str) -> Patient | None:
        """Look a patient up by their clinic number (through the blind index)."""
        require_role(session, *PATIENT_READERS)
        with self.store.reading(session) as projections:
            document = projections.patient_by_clinic_id(clinic_id)
        return patient_from(document) if document else None

    def roster(self, session: Session) -> list[Patient]:
        """Every patient on this station's roster, by clinic id."""
        require_role(session, *PATIENT_READERS)
        with self.store.reading(session) as projections:
            patients = [patient_from(document) for document in projections.patients()]
        return sorted(patients, key=lambda patient: patient.clinic_id)

    def search(self, session: Session, family_name: str, birth_date: date) -> list[Patient]:
        """Find patients by family name and birth date (the card-less path)."""
        require_role(session, *PATIENT_READERS)
        with self.store.reading(session) as projections:
            documents = projections.patients_by_name(family_name, birth_date)
        return [patient_from(document) for document in documents]

    def overview(self, session: Session, patient_id: str) -> PatientOverview:
        """Load what the patient panel and the rules need: one patient's current state."""
        require_role(session, *PATIENT_READERS)
        return self._overview(session, patient_id)

    def _overview(self, session: Session, patient_id: str) -> PatientOverview:
        with self.store.reading(session) as projections:
            document = projections.patient(patient_id)
            if document is None:
                raise ServiceError(
                    "This patient is not on this station's roster.",
                    code="counter.patient_not_on_roster",
                )
            prescriptions = tuple(
                prescription_from(item) for item in projections.prescriptions_of(patient_id)
            )
            state = projections.state(patient_id)
        return PatientOverview(
            patient=patient_from(document),
            prescriptions=prescriptions,
            recent_doses=tuple(dose_record(item) for item in state["doses"]),
            open_observation_id=state["open_observation_id"],
            last_dose_at=(
                datetime.fromisoformat(state["last_dose_at"]) if state["last_dose_at"] else None
            ),
            stop_flags=stop_flags_of(state),
            break_reviews=tuple(
                datetime.fromisoformat(at) for at in state.get("break_reviews", ())
            ),
        )

    # -- identification -----------------------------------------------------------------------

    def check_card(self, session: Session, scanned: str) -> CardCheck:
        """Verify a scanned card offline (trusted issuer, not withdrawn, this clinic)."""
        require_role(session, *DOSING_ROLES)
        if self._cards is not None:
            return self._cards(session, scanned)
        from station.services.cards import check_card

        return check_card(self.store, session, scanned)

    def identify_by_card(self, session: Session, scanned: str) -> Visit:
        """Start a visit from a scanned card: its signature checked here, its patient found.

        The nurse then confirms the face against the photo.
        """
        require_role(session, *DOSING_ROLES)
        check = self.check_card(session, scanned)
        if not check.ok or check.payload is None:
            raise ServiceError(check.message, code="counter.card_refused", detail=check.message)
        with self.store.reading(session) as projections:
            document = projections.patient(check.payload.patient_id)
        if document is None:
            raise ServiceError(
                "The card is genuine, but its patient is not on this station's roster yet: "
                "sync, or identify the patient without the card.",
                code="counter.card_patient_not_on_roster",
            )
        visit_id = str(uuid.uuid4())
        self._record_identity(
            session,
            visit_id,
            patient_from(document),
            IdentificationMethod.CARD,
            {"card_serial": check.payload.serial},
        )
        return self.visit(session, visit_id)

    def identify_manually(
        self, session: Session, patient_id: str, reason: str, witness: User | None
    ) -> Visit:
        """Start a visit without a card: a reason, and a second person who confirmed identity.

        The witness gave their own password here and may dose (nurse or clinic lead).
        """
        require_role(session, *DOSING_ROLES)
        if not reason.strip():
            raise ServiceError(
                "Say why the patient is identified without a card.",
                code="counter.manual_identification_reason_missing",
            )
        confirmed = second_person(
            self.store, session, witness, DOSING_ROLES, "a patient's identity without a card"
        )
        patient = self.overview(session, patient_id).patient
        visit_id = str(uuid.uuid4())
        self._record_identity(
            session,
            visit_id,
            patient,
            IdentificationMethod.MANUAL,
            {"reason": reason.strip()},
            confirmed,
        )
        return self.visit(session, visit_id)

    def _record_identity(
        self,
        session: Session,
        visit_id: str,
        patient: Patient,
        method: IdentificationMethod,
        extra: dict[str, Any],
        witness: User | None = None,
    ) -> None:
        now = self.clock()
        payload: dict[str, Any] = {
            "visit_id": visit_id,
            "patient_id": patient.patient_id,
            "method": method.value,
            "at": now.isoformat(),
            "by": session.user.user_id,
            **extra,
        }
        if witness is not None:
            payload["signatures"] = [
                signature(witness, "witnessed identification", dict(payload), now)
            ]
        self.store.record(session, "identity.verified", payload)

    # -- the visit as recorded ----------------------------------------------------------------

    def _visit_document(self, session: Session, visit: Visit | str) -> dict[str, Any]:
        with self.store.reading(session) as projections:
            document = projections.visit(_visit_id(visit))
        if document is None:
            raise ServiceError(
                "There is no such visit at this station: identify the patient.",
                code="counter.visit_unknown",
            )
        if document.get("dose_id") is not None:
            raise ServiceError(
                "This visit's dose is recorded: start a new visit.",
                code="counter.visit_dose_recorded",
            )
        if document.get("ended") is not None:
            raise ServiceError(
                "This visit was ended: start a new visit.", code="counter.visit_ended"
            )
        self._require_holder(session, holder_of(document))
        return document

    def visit(self, session: Session, visit: Visit | str) -> Visit:
        """The visit as the station recorded it (its decision re-checked now)."""
        return self._recorded_visit(session, visit, decide_now=True)

    def _recorded_visit(self, session: Session, visit: Visit | str, *, decide_now: bool) -> Visit:
        """The visit as recorded; with ``decide_now`` its decision re-checked (may ask sync)."""
        require_role(session, *DOSING_ROLES)
        with self.store.reading(session) as projections:
            document = projections.visit(_visit_id(visit))
            patient = projections.patient(document["patient_id"]) if document else None
        if document is None or patient is None:
            raise ServiceError(
                "There is no such visit at this station: identify the patient.",
                code="counter.visit_unknown",
            )
        labels = document.get("labels") or {}
        proposed = proposed_from(document)
        result = Visit(
            visit_id=document["visit_id"],
            patient=patient_from(patient),
            identification=identification_from(document),
            assessment=assessment_from(document),
            proposed=proposed,
            weighing=weighing_from(document),
            labels_printed=int(labels.get("printed") or 0),
            label_waived=labels.get("waived") is not None,
            redos=tuple(document.get("redos") or ()),
            dose_id=document.get("dose_id"),
            holder_id=holder_of(document),
            override_reason=(document.get("override") or {}).get("reason"),
            override_by=(document.get("override") or {}).get("approver_name") or "",
            acknowledgement=(document.get("accepted") or {}).get("acknowledgement"),
        )
        open_visit = result.dose_id is None and document.get("ended") is None
        if decide_now and proposed is not None and open_visit:
            decision, _ = self._evaluate(session, result, proposed, None)
            result = replace(result, decision=decision)
        return result

    def open_visits(self, session: Session) -> list[Visit]:
        """Visits of this station not finished yet (after a lock or a restart, resume them)."""
        require_role(session, *DOSING_ROLES)
        with self.store.reading(session) as projections:
            ids = [document["visit_id"] for document in projections.open_visits()]
        return [self.visit(session, visit_id) for visit_id in ids]

    # -- assessment and decision --------------------------------------------------------------

    def assess(
        self,
        session: Session,
        visit: Visit | str,
        sedation_score: int,
        breath_alcohol_permille: Decimal | None = None,
        notes: str = "",
    ) -> Visit:
        """Record the pre-dose assessment."""
        require_role(session, *DOSING_ROLES)
        score = sedation_input(sedation_score)
        alcohol = breath_alcohol_input(breath_alcohol_permille)
        document = self._visit_document(session, visit)
        assessment = Assessment(score, self.clock(), alcohol)
        self.store.record(
            session,
            "assessment.recorded",
            {
                "assessment_id": str(uuid.uuid4()),
                "visit_id": document["visit_id"],
                "patient_id": document["patient_id"],
                "sedation_score": score,
                "breath_alcohol_permille": str(alcohol) if alcohol is not None else None,
                "notes": str(notes),
                "recorded_at": assessment.recorded_at.isoformat(),
                "by": session.user.user_id,
            },
        )
        return self.visit(session, document["visit_id"])

    def decide(self, session: Session, visit: Visit | str, drug: Drug, mg: object) -> Visit:
        """Ask the rules whether this dose may be given now; the decision is recorded."""
        require_role(session, *DOSING_ROLES)
        if not isinstance(drug, Drug):
            raise ServiceError(
                "Choose the drug and form from the list.", code="counter.drug_unknown"
            )
        amount = milligrams_input(mg, "The dose")
        document = self._visit_document(session, visit)
        recorded = self.visit(session, document["visit_id"])
        proposed = ProposedDose(drug, amount)
        decision, now = self._evaluate(session, recorded, proposed, None)
        self.store.record(
            session,
            "decision.made",
            {
                "visit_id": recorded.visit_id,
                "patient_id": recorded.patient.patient_id,
                "drug": drug.value,
                "proposed_mg": str(amount.value),
                "outcome": decision.outcome.name.lower(),
                "reasons": [reason.code for reason in decision.reasons],
                "max_allowed_mg": str(decision.max_allowed.value),
                "session": str(decision.session),
                "at": now.isoformat(),
                "by": session.user.user_id,
            },
        )
        return replace(
            recorded, decision=decision, proposed=proposed, weighing=None, labels_printed=0
        )

    def _evaluate(
        self,
        session: Session,
        visit: Visit,
        proposed: ProposedDose,
        sync_state: SyncState | None,
    ) -> tuple[DoseDecision, datetime]:
        """The rules on the patient's stored state, the visit's stored facts and the settings now.

        ``sync_state`` None asks the sync probe (which may use the network: never inside a
        write transaction).
        """
        settings = self.rule_settings(session)
        overview = self.overview(session, visit.patient.patient_id)
        now = self.clock()
        if sync_state is None:
            sync_state = self.sync_probe(overview.patient, session_of(now, settings))
        context = DecisionContext(
            now=now,
            patient=overview.patient,
            prescriptions=overview.prescriptions,
            history=overview.recent_doses,
            assessment=visit.assessment,
            identification=visit.identification,
            proposed=proposed,
            previous_observation_open=overview.open_observation_id is not None,
            station_id=self.store.station_id,
            sync_state=sync_state,
            settings=settings,
            stop_flags=tuple(flag for _flag_id, flag in overview.stop_flags),
            break_reviews=overview.break_reviews,
            station_clock_skew=self._clock_skew(),
        )
        return decide(context), now

    # -- administering ------------------------------------------------------------------------

    def administer(
        self,
        session: Session,
        visit: Visit | str,
        outcome: AdministrationOutcome = AdministrationOutcome.FULL,
        given_mg: object = None,
        override: Override | None = None,
        acknowledgement: str = "",
        booth: str | None = None,
        venous_access_failed: bool = False,
    ) -> AdministeredDose:
        """Record the dose given and start its observation, in one transaction.

        The mg is the accepted weighing's, computed from the batch; a full injection gives
        all of it; a partial or failed one needs the amount given, never more than prepared.
        """
        require_role(session, *DOSING_ROLES)
        if not isinstance(outcome, AdministrationOutcome):
            raise ServiceError(
                "Say how the injection went: full, partial or failed.",
                code="counter.outcome_missing",
            )
        recorded = self.visit(session, _visit_id(visit))
        self._require_holder(session, recorded.holder_id)
        if recorded.dose_id is not None:
            raise ServiceError(
                "This visit's dose is recorded already.", code="counter.dose_recorded_already"
            )
        if recorded.proposed is None:
            raise ServiceError(
                "Check the rules before giving a dose.", code="counter.administer_before_decision"
            )
        weighing = recorded.weighing
        if weighing is None:
            raise ServiceError(
                "Weigh the syringe and accept its weight before it is given.",
                code="counter.administer_before_weighing",
            )
        if not recorded.labelled:
            raise ServiceError(
                "The syringe has no printed label: print it, or a second person approves going "
                "without one, with a reason.",
                code="counter.administer_without_label",
            )
        given = self._given(outcome, given_mg, weighing.prepared_mg)
        override, approver = self._kept_override(session, recorded, override)
        acknowledgement = acknowledgement or recorded.acknowledgement or ""
        settings = self.rule_settings(session)
        check = check_tolerance(weighing.target_g, weighing.measured_g, settings.weighing_tolerance)
        if not check.within:
            raise ServiceError(
                f"The weighed syringe is outside the clinic's tolerance now ({check.explanation})"
                ": prepare it again.",
                code="counter.weighing_outside_tolerance",
                detail=check.explanation,
            )
        # The network (a lease taken or renewed) is asked before the write: a slow server then
        # holds up no reader. Inside the write only local facts count.
        lease_session = session_of(self.clock(), settings)
        answer = ask_sync(self.sync_probe, recorded.patient, lease_session)
        with self.store.transaction():
            # The rules run again inside the write: another visit may have dosed meanwhile.
            again = self._recorded_visit(session, recorded.visit_id, decide_now=False)
            if again.dose_id is not None or again.weighing != weighing or not again.labelled:
                raise ServiceError(
                    "This visit changed meanwhile (another screen?): check it again.",
                    code="counter.visit_changed",
                )
            decision, now = self._evaluate(session, again, recorded.proposed, answer.state)
            self._check_lease(answer, lease_session, decision)
            self._check_decision(
                session, decision, recorded.proposed.mg, weighing.prepared_mg, settings,
                override, approver, acknowledgement,
            )  # fmt: skip
            self._check_batch(session, weighing, recorded.proposed.drug, now)
            return self._record_dose(
                session, recorded, weighing, decision, outcome, given, override, approver,
                acknowledgement, booth, venous_access_failed, settings, now,
            )  # fmt: skip

    @staticmethod
    def _check_lease(answer: SyncAnswer, lease_session: SessionKey, decision: DoseDecision) -> None:
        """Inside the write: the lease asked just before still holds (local clock, no network)."""
        if answer.state is not SyncState.ONLINE_LEASE_GRANTED:
            return  # refused or offline: the rules judged that state already
        if not answer.holds() or decision.session != lease_session:
            raise ServiceError(
                "The server's hold on this patient's dose ran out before the dose was recorded: "
                "nothing was recorded; check the rules again.",
                code="counter.lease_expired",
            )

    @staticmethod
    def _given(
        outcome: AdministrationOutcome, given_mg: object, prepared: Milligrams
    ) -> Milligrams | None:
        if outcome is AdministrationOutcome.FULL:
            if given_mg is not None and milligrams_input(given_mg, "The amount given") != prepared:
                raise ServiceError(
                    f"A full injection gives what was prepared ({prepared}): record a partial "
                    "injection for another amount.",
                    code="counter.full_injection_amount",
                    prepared=prepared.value,
                )
            return None
        if given_mg is None:
            raise ServiceError(
                "Enter how many mg went in: a partial or failed injection needs the amount given "
                "(0 mg when nothing went in).",
                code="counter.given_amount_missing",
            )
        given = milligrams_input(given_mg, "The amount given")
        if given > prepared:
            raise ServiceError(
                f"More than was prepared cannot be given: at most {prepared} went in.",
                code="counter.given_more_than_prepared",
                prepared=prepared.value,
            )
        if outcome is AdministrationOutcome.PARTIAL and (not given or given == prepared):
            raise ServiceError(
                f"A partial injection gives more than 0 mg and less than the {prepared} "
                "prepared: record it as failed or full.",
                code="counter.partial_amount_invalid",
                prepared=prepared.value,
            )
        return given

    def _approver(self, session: Session, override: Override | None) -> User | None:
        if override is None:
            return None
        if not override.reason.strip():
            raise ServiceError(
                "A second person must approve this dose, with a reason.",
                code="counter.override_reason_missing",
            )
        return second_person(self.store, session, override.witness, DOSING_ROLES, "a dose override")

    def _check_decision(
        self,
        session: Session,
        decision: DoseDecision,
        target_mg: Milligrams,
        prepared_mg: Milligrams,
        settings: RuleSettings,
        override: Override | None,
        approver: User | None,
        acknowledgement: str,
    ) -> None:
        if decision.outcome is Outcome.BLOCK:
            blocking = tuple(r for r in decision.reasons if r.outcome is Outcome.BLOCK)
            raise DoseRefused(
                "This dose is blocked: " + " ".join(r.message for r in blocking),
                code="counter.dose_blocked",
                rules_reasons=blocking,
                zone=settings.zone,
                reasons=" ".join(r.message for r in blocking),
            )
        if not prepared_mg:
            raise ServiceError(
                "A dose of 0 mg cannot be recorded as given.", code="counter.dose_zero"
            )
        if target_mg > decision.max_allowed:
            raise ServiceError(
                f"The dose ({target_mg}) is above what may be given now "
                f"({decision.max_allowed}). Check the rules again for a smaller dose.",
                code="counter.dose_above_allowed",
                dose=target_mg.value,
                allowed=decision.max_allowed.value,
            )
        # A weighed dose may land a balance step above its target, never beyond the tolerance.
        ceiling = decision.max_allowed.percent(100 + settings.weighing_tolerance_percent)
        if prepared_mg > ceiling:
            raise ServiceError(
                f"The prepared dose ({prepared_mg}) is above what may be given now "
                f"({decision.max_allowed}, weighing tolerance included). Prepare again.",
                code="counter.prepared_above_allowed",
                prepared=prepared_mg.value,
                allowed=decision.max_allowed.value,
            )
        if decision.comment_required and not acknowledgement.strip():
            raise ServiceError(
                "Write a comment to acknowledge the warning before dosing.",
                code="counter.warning_comment_missing",
            )
        if decision.outcome is Outcome.NEEDS_OVERRIDE:
            if override is None or approver is None:
                raise ServiceError(
                    "A second person must approve this dose, with a reason.",
                    code="counter.override_reason_missing",
                )
            for reason in decision.reasons:
                if reason.outcome is not Outcome.NEEDS_OVERRIDE:
                    continue
                if reason.who_can_lift is Role.CLINIC_LEAD and not approver.has(Role.CLINIC_LEAD):
                    raise DoseRefused(
                        f"Only a clinic lead can approve this: {reason.message}",
                        code="counter.override_needs_clinic_lead",
                        rules_reasons=(reason,),
                        zone=settings.zone,
                        reason=reason.message,
                        reason_code=reason.code,
                    )

    def _check_batch(
        self, session: Session, weighing: AcceptedWeighing, drug: Drug, now: datetime
    ) -> None:
        """Refuse a dose drawn from an expired batch or one that holds less than it takes.

        Runs inside the administering transaction, before anything is written, against the
        batch's balance in this station's ledger.
        """
        container = self._batch(session, weighing.batch_id, drug, now)
        with self.store.reading(session) as projections:
            balance = projections.ledger.balance(weighing.batch_id)
        if balance is None or balance < weighing.prepared_mg.value:
            held = Decimal(0) if balance is None else balance
            raise ServiceError(
                f"Solution batch {container.label} holds only {held:.2f} mg in the register, "
                f"less than this syringe's {weighing.prepared_mg.value:.2f} mg: it would be "
                "overdrawn. Prepare the dose from another batch and tell the pharmacist (a count "
                "is due).",
                code="counter.batch_overdrawn",
                batch=container.label,
                held=held,
                prepared=weighing.prepared_mg.value,
            )

    def _record_dose(
        self,
        session: Session,
        visit: Visit,
        weighing: AcceptedWeighing,
        decision: DoseDecision,
        outcome: AdministrationOutcome,
        given: Milligrams | None,
        override: Override | None,
        approver: User | None,
        acknowledgement: str,
        booth: str | None,
        venous_access_failed: bool,
        settings: RuleSettings,
        now: datetime,
    ) -> AdministeredDose:
        assert visit.proposed is not None
        dose_id, observation_id = str(uuid.uuid4()), str(uuid.uuid4())
        record: dict[str, str] = {
            "target_mg": str(weighing.target_mg.value),
            "target_g": str(weighing.target_g.value),
            "measured_g": str(weighing.measured_g.value),
            "prepared_mg": str(weighing.prepared_mg.value),
            "within_tolerance": "true",
            "raw_reading": weighing.raw_reading,
            "batch_id": weighing.batch_id,
            "batch_lot": weighing.batch_label,
            "concentration": str(weighing.concentration.value),
            "density": str(weighing.density.value),
            "weighing_id": weighing.weighing_id,
            "labels_printed": str(visit.labels_printed),
        }
        if visit.redos:
            record["redone"] = " | ".join(visit.redos)
        dose: dict[str, Any] = {
            "dose_id": dose_id,
            "visit_id": visit.visit_id,
            "patient_id": visit.patient.patient_id,
            "prescription_id": decision.prescription_id,
            "drug": visit.proposed.drug.value,
            "mg": str(weighing.prepared_mg.value),
            "given_mg": str(given.value) if given is not None else None,
            "outcome": outcome.value,
            "given_at": now.isoformat(),
            "session": str(decision.session),
            "station_id": self.store.station_id,
            "decision": decision.outcome.name.lower(),
            "reasons": [reason.code for reason in decision.concerns],
            "acknowledgement": acknowledgement.strip() or None,
            "weighing": record,
            "label": "waived" if visit.label_waived and not visit.labels_printed else "printed",
        }
        signatures = [signature(session.user, "administered", dict(dose), now)]
        if override is not None and approver is not None:
            dose["override_reason"] = override.reason.strip()
            signatures.append(signature(approver, "approved override", dict(dose), now))
        dose["signatures"] = signatures
        ends_at = now + settings.observation_period(venous_access_failed=venous_access_failed)
        self.store.record_many(
            session,
            [
                ("dose.administered", dose),
                (
                    "observation.started",
                    {
                        "observation_id": observation_id,
                        "patient_id": visit.patient.patient_id,
                        "clinic_id": visit.patient.clinic_id,
                        "dose_id": dose_id,
                        "booth": booth,
                        "venous_access_failed": bool(venous_access_failed),
                        "started_at": now.isoformat(),
                        "ends_at": ends_at.isoformat(),
                        "by": session.user.user_id,
                    },
                ),
            ],
        )
        return AdministeredDose(dose_id, observation_id, weighing.prepared_mg, ends_at)

    # -- flags, reviews and corrections (clinic lead) -----------------------------------------

    def set_stop_flag(self, session: Session, patient_id: str, reason: str) -> str:
        """Stop every dose for a patient until a clinic lead lifts the flag; return its id."""
        require_role(session, *_FLAG_ROLES)
        if not reason.strip():
            raise ServiceError(
                "A stop-dose flag needs its reason.", code="counter.stop_flag_reason_missing"
            )
        self._overview(session, patient_id)  # the patient must be on the roster
        flag_id = str(uuid.uuid4())
        now = self.clock()
        payload: dict[str, Any] = {
            "flag_id": flag_id,
            "patient_id": patient_id,
            "reason": reason.strip(),
            "station_id": self.store.station_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
            "by_name": session.user.display_name,
        }
        payload["signatures"] = [signature(session.user, "set stop-dose flag", dict(payload), now)]
        self.store.record(session, "stop_dose.set", payload)
        return flag_id

    def lift_stop_flag(self, session: Session, patient_id: str, flag_id: str, reason: str) -> None:
        """Lift one stop-dose flag, with a reason (clinic lead or prescriber)."""
        require_role(session, *_FLAG_ROLES)
        if not reason.strip():
            raise ServiceError(
                "Say why the stop-dose flag is lifted.",
                code="counter.stop_flag_lift_reason_missing",
            )
        flags = dict(self._overview(session, patient_id).stop_flags)
        if flag_id not in flags:
            raise ServiceError(
                "This patient has no such stop-dose flag set.", code="counter.stop_flag_unknown"
            )
        now = self.clock()
        payload: dict[str, Any] = {
            "flag_id": flag_id,
            "patient_id": patient_id,
            "reason": reason.strip(),
            "station_id": self.store.station_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [
            signature(session.user, "lifted stop-dose flag", dict(payload), now)
        ]
        self.store.record(session, "stop_dose.lifted", payload)

    def record_break_review(self, session: Session, patient_id: str, note: str) -> None:
        """A clinic lead reviewed the patient after a break (re-titration confirmed)."""
        require_role(session, Role.CLINIC_LEAD)
        if not note.strip():
            raise ServiceError(
                "Write what the review found.", code="counter.review_findings_missing"
            )
        self.overview(session, patient_id)
        now = self.clock()
        payload: dict[str, Any] = {
            "patient_id": patient_id,
            "note": note.strip(),
            "station_id": self.store.station_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [
            signature(session.user, "reviewed after break", dict(payload), now)
        ]
        self.store.record(session, "patient.break_reviewed", payload)

    def void_dose(
        self,
        session: Session,
        patient_id: str,
        dose_id: str,
        reason: str,
        witness: User | None = None,
    ) -> None:
        """Void a dose record entered in error (its stock is given back once).

        A clinic lead voids with a reason; at the station that recorded the dose, a nurse may
        too, with a second person's signature. Another station's dose only a clinic lead.
        """
        require_role(session, *DOSING_ROLES)
        if not reason.strip():
            raise ServiceError(
                "Say why the dose record is voided.", code="counter.void_reason_missing"
            )
        dose = next(
            (d for d in self.overview(session, patient_id).recent_doses if d.dose_id == dose_id),
            None,
        )
        if dose is None or dose.voided:
            raise ServiceError(
                "There is no such dose to void in this patient's recent record.",
                code="counter.void_dose_unknown",
            )
        now = self.clock()
        payload: dict[str, Any] = {
            "target_kind": "dose",
            "target_id": dose_id,
            "patient_id": patient_id,
            "reason": reason.strip(),
            "station_id": self.store.station_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        signatures = [signature(session.user, "voided dose record", dict(payload), now)]
        if session.user.has(Role.CLINIC_LEAD):
            payload["authority"] = "clinic_lead"
        elif dose.station_id != self.store.station_id:
            raise ServiceError(
                "Only a clinic lead may void a dose another station recorded.",
                code="counter.void_needs_clinic_lead",
            )
        else:
            approver = second_person(
                self.store, session, witness, DOSING_ROLES, "voiding a dose record"
            )
            payload["authority"] = "second_person"
            signatures.append(signature(approver, "approved void", dict(payload), now))
        payload["signatures"] = signatures
        self.store.record(session, "record.voided", payload)

    def correct_dose_time(
        self, session: Session, patient_id: str, dose_id: str, given_at: datetime, reason: str
    ) -> None:
        """Correct the time of a dose a wrong clock stamped (clinic lead, with a reason)."""
        require_role(session, Role.CLINIC_LEAD)
        if not reason.strip():
            raise ServiceError(
                "Say why the dose's time is corrected.",
                code="counter.time_correction_reason_missing",
            )
        if given_at.tzinfo is None:
            raise ServiceError(
                "The corrected time needs its time zone.",
                code="counter.time_correction_without_zone",
            )
        now = self.clock()
        if given_at > now + self.rule_settings(session).clock_skew_allowance:
            raise ServiceError(
                "A dose cannot be corrected to a time in the future.",
                code="counter.time_correction_in_future",
            )
        doses = {d.dose_id: d for d in self.overview(session, patient_id).recent_doses}
        if dose_id not in doses:
            raise ServiceError(
                "There is no such dose in this patient's recent record.",
                code="counter.time_correction_dose_unknown",
            )
        payload: dict[str, Any] = {
            "dose_id": dose_id,
            "patient_id": patient_id,
            "given_at": given_at.isoformat(),
            "was": doses[dose_id].given_at.isoformat(),
            "reason": reason.strip(),
            "station_id": self.store.station_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
            "authority": "clinic_lead",
        }
        payload["signatures"] = [signature(session.user, "corrected dose time", dict(payload), now)]
        self.store.record(session, "dose.time_corrected", payload)

    # -- the observation board (kept here for the screens that call the counter) --------------

    def observation_remaining(self, observation: Any) -> timedelta:
        """Time left on an observation's timer (negative once overdue)."""
        return self.observations.remaining(observation)
