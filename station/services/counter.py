"""The nurse's visit at the counter: identify, assess, decide, administer, observe, discharge."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Prescription
from station.domain.quantities import Grams, Milligrams
from station.domain.roles import Role
from station.domain.rules import (
    AdministrationOutcome,
    Assessment,
    DecisionContext,
    DoseDecision,
    DoseRecord,
    Identification,
    IdentificationMethod,
    Outcome,
    ProposedDose,
    SyncState,
    decide,
)
from station.domain.sessions import SessionKey, session_of
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.codec import (
    patient_from,
    patient_payload,
    prescription_from,
    prescription_payload,
)
from station.services.errors import ServiceError
from station.store.accounts import User
from station.store.projections import name_birth_key
from station.store.store import Session, Store
from sync.wire.chain import payload_hash

Clock = Callable[[], datetime]
# (patient, session) -> what sync knows right now; replaced by the sync link when it exists.
SyncProbe = Callable[[Patient, SessionKey], SyncState]

_DOSING_ROLES = (Role.NURSE, Role.CLINIC_LEAD)


def signature(user: User, meaning: str, subject: dict[str, Any], at: datetime) -> dict[str, Any]:
    """An electronic signature: printed name, time, meaning, bound to the signed content's hash."""
    return {
        "user_id": user.user_id,
        "printed_name": user.display_name,
        "meaning": meaning,
        "signed_at": at.isoformat(),
        "subject_hash": payload_hash(subject),
    }


@dataclass(frozen=True)
class Override:
    """A second person's signed permission to go past an override-level reason."""

    reason: str
    witness: User


@dataclass(frozen=True)
class Visit:
    """One patient at the counter, as far as the visit has got."""

    visit_id: str
    patient: Patient
    identification: Identification
    assessment: Assessment | None = None
    decision: DoseDecision | None = None
    proposed: ProposedDose | None = None


@dataclass(frozen=True)
class PatientOverview:
    """What the patient panel shows: identity, prescriptions, recent doses, open observation."""

    patient: Patient
    prescriptions: tuple[Prescription, ...]
    recent_doses: tuple[DoseRecord, ...]
    open_observation_id: str | None
    last_dose_at: datetime | None

    def doses_on(self, day: date, settings: RuleSettings) -> tuple[DoseRecord, ...]:
        """Doses given on a clinic day."""
        return tuple(
            dose
            for dose in self.recent_doses
            if dose.given_at.astimezone(settings.zone).date() == day and not dose.voided
        )


@dataclass(frozen=True)
class AdministeredDose:
    """What was recorded for one administration."""

    dose_id: str
    observation_id: str
    mg: Milligrams
    observation_ends_at: datetime


@dataclass(frozen=True)
class OpenObservation:
    """A patient under observation, for the board."""

    observation_id: str
    patient_id: str
    clinic_id: str
    booth: str | None
    started_at: datetime
    ends_at: datetime
    notes: list[dict[str, Any]] = field(default_factory=list)


# Stored text -> immutable value, so the ~16 doses of a decision context are not parsed and
# validated anew for every decision: amounts and session keys repeat from dose to dose.
# Each parse still goes through the domain's checks the first time it is seen.
_milligrams = lru_cache(maxsize=4096)(Milligrams)
_session_key = lru_cache(maxsize=4096)(SessionKey.parse)
_DRUGS = {drug.value: drug for drug in Drug}
_OUTCOMES = {outcome.value: outcome for outcome in AdministrationOutcome}


def _dose_record(item: list[Any]) -> DoseRecord:
    """One recent dose of a patient state (fields in ``STATE_DOSE_FIELDS`` order)."""
    dose_id, given_at, drug, mg, given_mg, session, station_id, outcome, voided = item
    return DoseRecord(
        dose_id=dose_id,
        given_at=datetime.fromisoformat(given_at),
        drug=_DRUGS.get(drug) or Drug(drug),
        mg=_milligrams(mg),
        station_id=station_id,
        session=_session_key(session),
        voided=bool(voided),
        outcome=_OUTCOMES.get(outcome or "full") or AdministrationOutcome(outcome),
        given_mg=_milligrams(given_mg) if given_mg is not None else None,
    )


class CounterService:
    """Use cases of the injection-room counter, over the encrypted store and the rules."""

    def __init__(
        self,
        store: Store,
        settings: RuleSettings | None = None,
        clock: Clock | None = None,
        sync_probe: SyncProbe | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or RuleSettings()
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.sync_probe: SyncProbe = sync_probe or (lambda _patient, _session: SyncState.OFFLINE)

    # -- roster -------------------------------------------------------------------------------

    def register_patient(self, session: Session, patient: Patient) -> None:
        """Add a patient to this station's roster (clinic lead or administrator)."""
        require_role(session, Role.CLINIC_LEAD, Role.ADMINISTRATOR)
        self.store.record(session, "patient.registered", patient_payload(patient))

    def issue_prescription(self, session: Session, prescription: Prescription) -> None:
        """Record a prescription (clinic lead)."""
        require_role(session, Role.CLINIC_LEAD)
        self.store.record(session, "prescription.issued", prescription_payload(prescription))

    def find_by_clinic_id(self, session: Session, clinic_id: str) -> Patient | None:
        """Look a patient up by the id on their card (through the blind index)."""
        require_role(session, *_DOSING_ROLES)
        index = session.data_key.blind_index("clinic_id", clinic_id)
        with self.store.reading(session) as projections:
            row = projections.connection.execute(
                "SELECT patient_id, sealed FROM patients WHERE clinic_index = ?", (index,)
            ).fetchone()
            return patient_from(projections.open("patients", row[0], row[1])) if row else None

    def roster(self, session: Session) -> list[Patient]:
        """Every patient on this station's roster, by clinic id."""
        require_role(session, *_DOSING_ROLES)
        with self.store.reading(session) as projections:
            rows = projections.connection.execute(
                "SELECT patient_id, sealed FROM patients"
            ).fetchall()
            patients = [patient_from(projections.open("patients", row[0], row[1])) for row in rows]
        return sorted(patients, key=lambda patient: patient.clinic_id)

    def search(self, session: Session, family_name: str, birth_date: date) -> list[Patient]:
        """Find patients by family name and birth date (the card-less path)."""
        require_role(session, *_DOSING_ROLES)
        index = session.data_key.blind_index(
            "name_birth", name_birth_key(family_name, birth_date.isoformat())
        )
        with self.store.reading(session) as projections:
            rows = projections.connection.execute(
                "SELECT patient_id, sealed FROM patients WHERE name_index = ?", (index,)
            ).fetchall()
            return [patient_from(projections.open("patients", row[0], row[1])) for row in rows]

    def overview(self, session: Session, patient_id: str) -> PatientOverview:
        """Load what the patient panel and the rules need: one patient's current state."""
        require_role(session, *_DOSING_ROLES)
        with self.store.reading(session) as projections:
            connection = projections.connection
            row = connection.execute(
                "SELECT sealed FROM patients WHERE patient_id = ?", (patient_id,)
            ).fetchone()
            if row is None:
                raise ServiceError("This patient is not on this station's roster.")
            patient = patient_from(projections.open("patients", patient_id, row[0]))
            prescriptions = tuple(
                prescription_from(document) for document in projections.prescriptions_of(patient_id)
            )
            state = projections.state(patient_id)
        return PatientOverview(
            patient=patient,
            prescriptions=prescriptions,
            recent_doses=tuple(_dose_record(item) for item in state["doses"]),
            open_observation_id=state["open_observation_id"],
            last_dose_at=(
                datetime.fromisoformat(state["last_dose_at"]) if state["last_dose_at"] else None
            ),
        )

    # -- the visit ----------------------------------------------------------------------------

    def identify_by_card(self, session: Session, clinic_id: str) -> Visit:
        """Start a visit from a verified card's clinic id; the nurse then confirms the photo."""
        require_role(session, *_DOSING_ROLES)
        patient = self.find_by_clinic_id(session, clinic_id)
        if patient is None:
            raise ServiceError("No patient on this station's roster has this card.")
        visit = Visit(
            str(uuid.uuid4()),
            patient,
            Identification(IdentificationMethod.CARD, identified_by=session.user.user_id),
        )
        self._record_identity(session, visit, None)
        return visit

    def identify_manually(
        self, session: Session, patient_id: str, reason: str, witness: User
    ) -> Visit:
        """Start a visit without a card: a reason, and a second person who confirmed identity."""
        require_role(session, *_DOSING_ROLES)
        if not reason.strip():
            raise ServiceError("Say why the patient is identified without a card.")
        if witness.user_id == session.user.user_id:
            raise ServiceError("The witness must be a second staff member.")
        patient = self.overview(session, patient_id).patient
        visit = Visit(
            str(uuid.uuid4()),
            patient,
            Identification(
                IdentificationMethod.MANUAL,
                witness_id=witness.user_id,
                identified_by=session.user.user_id,
            ),
        )
        self._record_identity(session, visit, (reason, witness))
        return visit

    def _record_identity(
        self, session: Session, visit: Visit, manual: tuple[str, User] | None
    ) -> None:
        now = self.clock()
        payload: dict[str, Any] = {
            "visit_id": visit.visit_id,
            "patient_id": visit.patient.patient_id,
            "method": visit.identification.method.value,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        if manual is not None:
            reason, witness = manual
            payload["reason"] = reason
            payload["signatures"] = [
                signature(witness, "witnessed identification", dict(payload), now)
            ]
        self.store.record(session, "identity.verified", payload)

    def assess(
        self,
        session: Session,
        visit: Visit,
        sedation_score: int,
        breath_alcohol_permille: Decimal | None = None,
        notes: str = "",
    ) -> Visit:
        """Record the pre-dose assessment."""
        require_role(session, *_DOSING_ROLES)
        assessment = Assessment(sedation_score, self.clock(), breath_alcohol_permille)
        self.store.record(
            session,
            "assessment.recorded",
            {
                "assessment_id": str(uuid.uuid4()),
                "visit_id": visit.visit_id,
                "patient_id": visit.patient.patient_id,
                "sedation_score": sedation_score,
                "breath_alcohol_permille": (
                    str(breath_alcohol_permille) if breath_alcohol_permille is not None else None
                ),
                "notes": notes,
                "recorded_at": assessment.recorded_at.isoformat(),
                "by": session.user.user_id,
            },
        )
        return replace(visit, assessment=assessment)

    def decide(self, session: Session, visit: Visit, drug: Drug, mg: Milligrams) -> Visit:
        """Ask the rules whether this dose may be given now; the decision is recorded."""
        decision, now = self._evaluate(session, visit, ProposedDose(drug, mg))
        self._record_decision(session, visit, drug, mg, decision, now)
        return replace(visit, decision=decision, proposed=ProposedDose(drug, mg))

    def _evaluate(
        self, session: Session, visit: Visit, proposed: ProposedDose
    ) -> tuple[DoseDecision, datetime]:
        require_role(session, *_DOSING_ROLES)
        overview = self.overview(session, visit.patient.patient_id)
        now = self.clock()
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
            sync_state=self.sync_probe(overview.patient, session_of(now, self.settings)),
            settings=self.settings,
        )
        return decide(context), now

    def _record_decision(
        self,
        session: Session,
        visit: Visit,
        drug: Drug,
        mg: Milligrams,
        decision: DoseDecision,
        now: datetime,
    ) -> None:
        self.store.record(
            session,
            "decision.made",
            {
                "visit_id": visit.visit_id,
                "patient_id": visit.patient.patient_id,
                "drug": drug.value,
                "proposed_mg": str(mg.value),
                "outcome": decision.outcome.name.lower(),
                "reasons": [reason.code for reason in decision.reasons],
                "max_allowed_mg": str(decision.max_allowed.value),
                "session": str(decision.session),
                "at": now.isoformat(),
                "by": session.user.user_id,
            },
        )

    def administer(
        self,
        session: Session,
        visit: Visit,
        prepared_mg: Milligrams,
        outcome: AdministrationOutcome = AdministrationOutcome.FULL,
        given_mg: Milligrams | None = None,
        override: Override | None = None,
        acknowledgement: str = "",
        booth: str | None = None,
        weighing: dict[str, str] | None = None,
        venous_access_failed: bool = False,
    ) -> AdministeredDose:
        """Record the dose given and start its observation, in one transaction."""
        require_role(session, *_DOSING_ROLES)
        if visit.decision is None or visit.proposed is None:
            raise ServiceError("Check the rules before giving a dose.")
        with self.store.transaction():
            # The rules run again inside the write: another visit may have dosed meanwhile.
            decision, _ = self._evaluate(session, visit, visit.proposed)
            return self._administer_checked(
                session,
                visit,
                decision,
                visit.proposed,
                prepared_mg,
                outcome,
                given_mg,
                override,
                acknowledgement,
                booth,
                weighing,
                venous_access_failed,
            )

    def _administer_checked(
        self,
        session: Session,
        visit: Visit,
        decision: DoseDecision,
        proposed: ProposedDose,
        prepared_mg: Milligrams,
        outcome: AdministrationOutcome,
        given_mg: Milligrams | None,
        override: Override | None,
        acknowledgement: str,
        booth: str | None,
        weighing: dict[str, str] | None,
        venous_access_failed: bool,
    ) -> AdministeredDose:
        self._check_decision(
            session,
            decision,
            proposed.mg,
            prepared_mg,
            self.settings.weighing_tolerance_percent,
            override,
            acknowledgement,
        )
        now = self.clock()
        self._check_batch_usable(session, weighing, prepared_mg, now)
        dose_id, observation_id = str(uuid.uuid4()), str(uuid.uuid4())
        dose: dict[str, Any] = {
            "dose_id": dose_id,
            "visit_id": visit.visit_id,
            "patient_id": visit.patient.patient_id,
            "prescription_id": decision.prescription_id,
            "drug": proposed.drug.value,
            "mg": str(prepared_mg.value),
            "given_mg": str(given_mg.value) if given_mg is not None else None,
            "outcome": outcome.value,
            "given_at": now.isoformat(),
            "session": str(decision.session),
            "station_id": self.store.station_id,
            "decision": decision.outcome.name.lower(),
            "reasons": [reason.code for reason in decision.concerns],
            "acknowledgement": acknowledgement or None,
            "weighing": weighing,
        }
        signatures = [signature(session.user, "administered", dict(dose), now)]
        if override is not None:
            dose["override_reason"] = override.reason
            signatures.append(signature(override.witness, "approved override", dict(dose), now))
        dose["signatures"] = signatures
        period = self.settings.observation_period(venous_access_failed=venous_access_failed)
        ends_at = now + period
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
                        "started_at": now.isoformat(),
                        "ends_at": ends_at.isoformat(),
                        "by": session.user.user_id,
                    },
                ),
            ],
        )
        return AdministeredDose(dose_id, observation_id, prepared_mg, ends_at)

    def _check_batch_usable(
        self,
        session: Session,
        weighing: dict[str, str] | None,
        prepared_mg: Milligrams,
        now: datetime,
    ) -> None:
        """Refuse a dose drawn from an expired batch or one that holds less than it takes.

        Runs inside the administering transaction, before anything is written, against the
        batch's balance in this station's ledger. The ledger projection still marks a dose
        "forced" where no refusal is possible, because the dose is already a fact: a dose in
        the log from before this check (replayed when the projection is rebuilt, or restored
        from a backup), a dose that names no batch, or one naming a batch this station has not
        received yet (reconstituted elsewhere, not synced: its balance is unknown here).
        Doses pulled from other stations never touch this ledger (see ``LedgerProjection``).
        """
        batch_id = (weighing or {}).get("batch_id")
        if not batch_id:
            return
        with self.store.reading(session) as projections:
            container = projections.ledger.container(batch_id)
            row = projections.connection.execute(
                "SELECT balance_cmg FROM ledger_containers WHERE container_id = ?", (batch_id,)
            ).fetchone()
        if container is None or row is None:
            return
        lot = container.label
        if container.expired(now):
            assert container.expires_at is not None
            expired_at = container.expires_at.astimezone(self.settings.zone)
            raise ServiceError(
                f"Solution batch {lot} expired at {expired_at:%Y-%m-%d %H:%M}: it may not be"
                " used. Prepare the dose from a usable batch."
            )
        taken = prepared_mg
        measured = (weighing or {}).get("measured_g")
        if measured and container.concentration is not None:
            taken = container.mg_in_mass(Grams(measured))
        balance = Decimal(int(row[0])) / 100
        if balance < taken.value:
            raise ServiceError(
                f"Solution batch {lot} holds only {balance:.2f} mg in the register, less than"
                f" this syringe's {taken.value:.2f} mg: it would be overdrawn. Prepare the dose"
                " from another batch and tell the pharmacist (a count is due)."
            )

    @staticmethod
    def _check_decision(
        session: Session,
        decision: DoseDecision,
        target_mg: Milligrams,
        prepared_mg: Milligrams,
        weighing_tolerance_percent: Decimal,
        override: Override | None,
        acknowledgement: str,
    ) -> None:
        if decision.outcome is Outcome.BLOCK:
            raise ServiceError(
                "This dose is blocked: "
                + " ".join(r.message for r in decision.reasons if r.outcome is Outcome.BLOCK)
            )
        if not prepared_mg:
            raise ServiceError("A dose of 0 mg cannot be recorded as given.")
        if target_mg > decision.max_allowed:
            raise ServiceError(
                f"The dose ({target_mg}) is above what may be given now "
                f"({decision.max_allowed}). Check the rules again for a smaller dose."
            )
        # A weighed dose may land a balance step above its target, never beyond the tolerance.
        ceiling = decision.max_allowed.percent(100 + weighing_tolerance_percent)
        if prepared_mg > ceiling:
            raise ServiceError(
                f"The prepared dose ({prepared_mg}) is above what may be given now "
                f"({decision.max_allowed}, weighing tolerance included). Prepare again."
            )
        if decision.comment_required and not acknowledgement.strip():
            raise ServiceError("Write a comment to acknowledge the warning before dosing.")
        if decision.outcome is Outcome.NEEDS_OVERRIDE:
            if override is None or not override.reason.strip():
                raise ServiceError("A second person must approve this dose, with a reason.")
            if override.witness.user_id == session.user.user_id:
                raise ServiceError("The second person must be someone else.")
            witness_roles = override.witness.roles
            if not witness_roles & set(_DOSING_ROLES):
                raise ServiceError("Only a nurse or a clinic lead can approve a dose override.")
            for reason in decision.reasons:
                if reason.outcome is not Outcome.NEEDS_OVERRIDE:
                    continue
                if (
                    reason.who_can_lift is Role.CLINIC_LEAD
                    and Role.CLINIC_LEAD not in witness_roles
                ):
                    raise ServiceError(f"Only a clinic lead can approve this: {reason.message}")

    # -- observation board --------------------------------------------------------------------

    def open_observations(self, session: Session) -> list[OpenObservation]:
        """Every patient under observation now, oldest first (timers run from stored times)."""
        require_role(session, *_DOSING_ROLES)
        with self.store.reading(session) as projections:
            rows = projections.connection.execute(
                "SELECT observation_id, sealed FROM observations WHERE open = 1"
            ).fetchall()
            documents = [projections.open("observations", row[0], row[1]) for row in rows]
        board = [
            OpenObservation(
                observation_id=document["observation_id"],
                patient_id=document["patient_id"],
                clinic_id=document.get("clinic_id", ""),
                booth=document.get("booth"),
                started_at=datetime.fromisoformat(document["started_at"]),
                ends_at=datetime.fromisoformat(document["ends_at"]),
                notes=document.get("notes", []),
            )
            for document in documents
        ]
        return sorted(board, key=lambda item: item.started_at)

    def _require_observation(self, session: Session, observation_id: str, open_only: bool) -> None:
        with self.store.reading(session) as projections:
            row = projections.connection.execute(
                "SELECT open FROM observations WHERE observation_id = ?", (observation_id,)
            ).fetchone()
        if row is None:
            raise ServiceError("There is no such observation on this station.")
        if open_only and not row[0]:
            raise ServiceError("This observation is already closed.")

    def note_observation(
        self, session: Session, observation_id: str, note: str, vitals: dict[str, str] | None = None
    ) -> None:
        """Add a note or vital signs to an open observation."""
        require_role(session, *_DOSING_ROLES)
        self._require_observation(session, observation_id, open_only=False)
        self.store.record(
            session,
            "observation.noted",
            {
                "observation_id": observation_id,
                "note": note,
                "vitals": vitals or {},
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )

    def record_adverse_event(
        self,
        session: Session,
        observation_id: str,
        kind: str,
        naloxone_mg: Milligrams | None,
        at: datetime | None = None,
    ) -> None:
        """Record an adverse event (overdose, naloxone given) against an observation."""
        require_role(session, *_DOSING_ROLES)
        self._require_observation(session, observation_id, open_only=False)
        self.store.record(
            session,
            "adverse_event.recorded",
            {
                "observation_id": observation_id,
                "kind": kind,
                "naloxone_mg": str(naloxone_mg.value) if naloxone_mg is not None else None,
                "at": (at or self.clock()).isoformat(),
                "by": session.user.user_id,
            },
        )

    def discharge(self, session: Session, observation_id: str, note: str = "") -> None:
        """Close an observation: the patient leaves."""
        require_role(session, *_DOSING_ROLES)
        self._require_observation(session, observation_id, open_only=True)
        self.store.record(
            session,
            "observation.closed",
            {
                "observation_id": observation_id,
                "closed_at": self.clock().isoformat(),
                "discharge": note,
                "by": session.user.user_id,
            },
        )

    def observation_remaining(self, observation: OpenObservation) -> timedelta:
        """Time left on an observation's timer (negative once overdue)."""
        return observation.ends_at - self.clock()
