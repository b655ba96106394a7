"""The counter's syringe steps: the usable batches, the weighing, a redo and the label."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from station.domain.ledger import ContainerKind
from station.domain.prescriptions import Drug
from station.domain.quantities import (
    Grams,
    Milligrams,
    check_tolerance,
    dose_in_mass,
    mass_for_dose,
)
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.errors import ServiceEdge, ServiceError
from station.services.preparation import SolutionBatch
from station.services.settings import SettingsService
from station.services.signatures import DOSING_ROLES, second_person, signature
from station.services.technician import CalibrationState, CalibrationStatus, TechnicianService
from station.services.visits import Visit, proposed_from, weighing_from
from station.store.accounts import User
from station.store.store import Session, Store

_UNCHECKED = (CalibrationStatus.OVERDUE, CalibrationStatus.FAILED, CalibrationStatus.NEVER)
"""Reference-check states in which a clinic may refuse weighings."""


@dataclass(frozen=True)
class WeighingResult:
    """A weighing judged against the dose's target: accepted, or outside the tolerance."""

    accepted: bool
    target_g: Grams
    measured_g: Grams
    prepared_mg: Milligrams
    explanation: str
    batch_id: str


class SyringeSteps(ServiceEdge):
    """The steps between the decision and the dose: part of :class:`CounterService`.

    It draws on the counter's store, clock, rule settings and recorded visit.
    """

    store: Store
    clock: Callable[[], datetime]

    if TYPE_CHECKING:

        def rule_settings(self, session: Session) -> RuleSettings: ...

        def visit(self, session: Session, visit: Visit | str) -> Visit: ...

        def _visit_document(self, session: Session, visit: Visit | str) -> dict[str, Any]: ...

    def solution_batches(self, session: Session, drug: Drug | None = None) -> list[SolutionBatch]:
        """The solution batches a dose may be drawn from now: not expired, not used up."""
        require_role(session, *DOSING_ROLES, Role.PHARMACIST)
        now = self.clock()
        with self.store.reading(session) as projections:
            containers = projections.ledger.solutions_in_stock()
        batches = [
            SolutionBatch(c.container_id, c.concentration, c.density, c.expires_at)
            for c in containers
            if c.concentration is not None
            and c.density is not None
            and c.expires_at is not None
            and not c.expired(now)
            and (drug is None or c.substance == drug.substance.value)
        ]
        return sorted(batches, key=lambda batch: (batch.expires_at, batch.lot))

    def _batch(self, session: Session, batch_id: str, drug: Drug, now: datetime) -> Any:
        with self.store.reading(session) as projections:
            container = projections.ledger.container(batch_id)
        if container is None or container.kind is not ContainerKind.SOLUTION:
            raise ServiceError(
                "There is no such solution batch in this station's register.",
                code="counter.batch_unknown",
            )
        if container.substance != drug.substance.value:
            raise ServiceError(
                f"Solution batch {container.label} holds {container.substance}, not the "
                f"{drug.label} the decision is for.",
                code="counter.batch_wrong_substance",
                batch=container.label,
                substance=container.substance,
                drug=drug.label,
            )
        if container.expired(now):
            assert container.expires_at is not None
            expired_at = container.expires_at.astimezone(self.rule_settings(session).zone)
            raise ServiceError(
                f"Solution batch {container.label} expired at {expired_at:%Y-%m-%d %H:%M}: it "
                "may not be used. Prepare the dose from a usable batch.",
                code="counter.batch_expired",
                batch=container.label,
                expired_at=expired_at,
            )
        return container

    def scale_check_state(
        self, session: Session, scale_serial: str | None = None
    ) -> CalibrationState:
        """The balance's reference-check state, for the counter to warn (any staff may ask)."""
        return TechnicianService(self.store, self.clock).station_scale_state(session, scale_serial)

    def blocks_unchecked_scale(self, session: Session) -> bool:
        """Whether the clinic accepts no weighing on an overdue, failed or unchecked scale."""
        return self._blocks_unchecked_scale(session)

    def _blocks_unchecked_scale(self, session: Session) -> bool:
        setting = SettingsService(self.store, self.clock).value(
            session, "block_when_scale_check_overdue"
        )
        return str(setting) == "on"

    def accept_weighing(
        self,
        session: Session,
        visit: Visit | str,
        batch_id: str,
        measured_g: Grams,
        raw_reading: bytes | str = b"",
        scale_serial: str | None = None,
    ) -> WeighingResult:
        """Judge a confirmed stable net weight against the dose's target; keep it if inside.

        The target and the mg prepared are computed here from the decision's dose and the
        batch's concentration and density. Outside the tolerance nothing is kept: the nurse
        prepares again (and records why with :meth:`record_redo`). While the scale's reference
        check (``scale_serial``'s, or the station's last checked scale) is overdue, failed or
        missing, nothing is accepted if the clinic's ``block_when_scale_check_overdue`` is on.
        """
        require_role(session, *DOSING_ROLES)
        if not isinstance(measured_g, Grams):
            raise ServiceError(
                "The weight is a mass in g from the scale.", code="counter.weight_not_grams"
            )
        scale = self.scale_check_state(session, scale_serial)
        if scale.status in _UNCHECKED and self._blocks_unchecked_scale(session):
            raise ServiceError(
                "The scale's reference-weight check is overdue, failed or missing, and the "
                "clinic accepts no weighing until it passes one: call the technician.",
                code="counter.scale_check_overdue",
                status=scale.status.value,
            )
        document = self._visit_document(session, visit)
        proposed = proposed_from(document)
        if proposed is None:
            raise ServiceError(
                "Check the rules for a dose before weighing it.",
                code="counter.weighing_before_decision",
            )
        now = self.clock()
        container = self._batch(session, batch_id, proposed.drug, now)
        settings = self.rule_settings(session)
        target_g = mass_for_dose(proposed.mg, container.concentration, container.density)
        prepared = dose_in_mass(measured_g, container.concentration, container.density)
        check = check_tolerance(target_g, measured_g, settings.weighing_tolerance)
        result = WeighingResult(
            check.within, target_g, measured_g, prepared, check.explanation, batch_id
        )
        if not check.within:
            return result
        raw = (
            raw_reading.decode("ascii", "replace")
            if isinstance(raw_reading, bytes)
            else raw_reading
        )
        self.store.record(
            session,
            "weighing.accepted",
            {
                "weighing_id": str(uuid.uuid4()),
                "visit_id": document["visit_id"],
                "patient_id": document["patient_id"],
                "batch_id": batch_id,
                "batch_label": container.label,
                "target_mg": str(proposed.mg.value),
                "target_g": str(target_g.value),
                "measured_g": str(measured_g.value),
                "prepared_mg": str(prepared.value),
                "concentration": str(container.concentration.value),
                "density": str(container.density.value),
                "within_tolerance": "true",
                "raw_reading": raw.strip(),
                "at": now.isoformat(),
                "by": session.user.user_id,
            },
        )
        return result

    def record_redo(
        self, session: Session, visit: Visit | str, refused: WeighingResult, reason: str
    ) -> str:
        """Record why a syringe outside the tolerance is prepared again; return the redo's id."""
        require_role(session, *DOSING_ROLES)
        if not reason.strip():
            raise ServiceError("A redo needs its reason.", code="counter.redo_reason_missing")
        document = self._visit_document(session, visit)
        redo_id = str(uuid.uuid4())
        self.store.record(
            session,
            "weighing.redone",
            {
                "redo_id": redo_id,
                "visit_id": document["visit_id"],
                "patient_id": document["patient_id"],
                "reason": reason.strip(),
                "batch_id": refused.batch_id,
                "weighing": {
                    "target_g": str(refused.target_g.value),
                    "measured_g": str(refused.measured_g.value),
                    "prepared_mg": str(refused.prepared_mg.value),
                    "within_tolerance": str(refused.accepted).lower(),
                },
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )
        return redo_id

    def record_label(
        self, session: Session, visit: Visit | str, printed: bool, detail: str = ""
    ) -> Visit:
        """Record a print of the accepted syringe's label: done (the printer confirmed) or not."""
        require_role(session, *DOSING_ROLES)
        document = self._visit_document(session, visit)
        weighing = weighing_from(document)
        if weighing is None:
            raise ServiceError(
                "Weigh and accept the syringe before its label is printed.",
                code="counter.label_before_weighing",
            )
        self.store.record(
            session,
            "label.printed",
            {
                "visit_id": document["visit_id"],
                "patient_id": document["patient_id"],
                "weighing_id": weighing.weighing_id,
                "printed": bool(printed),
                "detail": str(detail)[:200],
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )
        return self.visit(session, document["visit_id"])

    def waive_label(
        self, session: Session, visit: Visit | str, reason: str, witness: User | None
    ) -> Visit:
        """Go on without a printed label: a reason, and a second person who signs for it."""
        require_role(session, *DOSING_ROLES)
        if not reason.strip():
            raise ServiceError(
                "Say why the syringe goes without a printed label.",
                code="counter.unlabelled_reason_missing",
            )
        document = self._visit_document(session, visit)
        weighing = weighing_from(document)
        if weighing is None:
            raise ServiceError(
                "Weigh and accept the syringe first.", code="counter.unlabelled_before_weighing"
            )
        approver = second_person(
            self.store, session, witness, DOSING_ROLES, "a syringe without a printed label"
        )
        now = self.clock()
        payload: dict[str, Any] = {
            "visit_id": document["visit_id"],
            "patient_id": document["patient_id"],
            "weighing_id": weighing.weighing_id,
            "reason": reason.strip(),
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [
            signature(session.user, "no label: prepared by", dict(payload), now),
            signature(approver, "no label: approved", dict(payload), now),
        ]
        self.store.record(session, "label.waived", payload)
        return self.visit(session, document["visit_id"])
