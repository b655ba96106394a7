"""Visits kept in the record across a lock: who carries one on, its handover, approval and end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from station.domain.decision import Outcome
from station.services.access import require_role
from station.services.errors import ServiceEdge, ServiceError
from station.services.signatures import DOSING_ROLES, second_person, signature
from station.services.visits import (
    END_REASONS,
    Override,
    Visit,
    VisitInProgress,
    holder_of,
)
from station.store.accounts import User
from station.store.store import Session, Store

VISIT_KEPT_FOR = timedelta(hours=12)
"""An open visit older than this is not offered to go on (its assessment is long outdated)."""


def utc(moment: str) -> datetime:
    """An aware ISO moment, in UTC (compared whatever offset it was written with)."""
    return datetime.fromisoformat(moment).astimezone(UTC)


class VisitKeeping(ServiceEdge):
    """The visit as the record keeps it between sign-ins: part of :class:`CounterService`.

    Only the person who carries a visit on (who started it, or took it over with a recorded
    handover) may record its next step; what they did (the weighing, the label, a second
    person's approval, the warnings read) is in the record, so a lock loses nothing.
    """

    store: Store
    clock: Callable[[], datetime]

    if TYPE_CHECKING:

        def visit(self, session: Session, visit: Visit | str) -> Visit: ...

        def _visit_document(self, session: Session, visit: Visit | str) -> dict[str, Any]: ...

        def _recorded_visit(
            self, session: Session, visit: Visit | str, *, decide_now: bool
        ) -> Visit: ...

        def _approver(self, session: Session, override: Override | None) -> User | None: ...

    # -- who carries the visit on ---------------------------------------------------------------

    def _require_holder(self, session: Session, holder_id: str) -> None:
        """Refuse a step by anyone but the person carrying the visit on."""
        if holder_id and holder_id != session.user.user_id:
            raise ServiceError(
                "Another person carries this visit on: take it over first (recorded), then go on.",
                code="counter.visit_held_by_another",
            )

    def visits_in_progress(self, session: Session) -> list[VisitInProgress]:
        """Open visits at this station, newest first: whose they are and their step (no patient)."""
        require_role(session, *DOSING_ROLES)
        with self.store.reading(session) as projections:
            documents = projections.open_visits()
        found = []
        since = (self.clock() - VISIT_KEPT_FOR).isoformat()
        for document in documents:
            started = document.get("started_at")
            if not started or utc(started) < utc(since):
                continue
            holder = holder_of(document)
            person = self.store.user(holder) if holder else None
            recorded = self._recorded_visit(session, document["visit_id"], decide_now=False)
            found.append(
                VisitInProgress(
                    visit_id=recorded.visit_id,
                    holder_id=holder,
                    holder_name=person.display_name if person is not None else holder,
                    started_at=datetime.fromisoformat(started),
                    step=recorded.step,
                    mine=holder == session.user.user_id,
                )
            )
        return sorted(found, key=lambda item: utc(item.started_at.isoformat()), reverse=True)

    def resume_visit(self, session: Session, visit: Visit | str) -> Visit:
        """An open visit of the signed-in person, as recorded (after a lock or a restart)."""
        document = self._visit_document(session, visit)
        return self.visit(session, document["visit_id"])

    def hand_over(self, session: Session, visit: Visit | str) -> Visit:
        """Take over another person's open visit: recorded (by whom, from whom), then go on."""
        require_role(session, *DOSING_ROLES)
        visit_id = visit if isinstance(visit, str) else visit.visit_id
        with self.store.reading(session) as projections:
            document = projections.visit(visit_id)
        if document is None or document.get("dose_id") is not None or document.get("ended"):
            raise ServiceError(
                "There is no such visit in progress at this station.",
                code="counter.handover_no_visit",
            )
        previous = holder_of(document)
        if previous != session.user.user_id:
            now = self.clock()
            payload: dict[str, Any] = {
                "visit_id": visit_id,
                "patient_id": document["patient_id"],
                "from": previous,
                "by": session.user.user_id,
                "at": now.isoformat(),
            }
            payload["signatures"] = [signature(session.user, "took over visit", dict(payload), now)]
            self.store.record(session, "visit.handed_over", payload)
        return self.visit(session, visit_id)

    # -- what the nurse accepted ----------------------------------------------------------------

    def approve_override(
        self, session: Session, visit: Visit | str, reason: str, witness: User | None
    ) -> Visit:
        """Record a second person's approval of the decision's override (kept across a lock)."""
        require_role(session, *DOSING_ROLES)
        if not reason.strip():
            raise ServiceError(
                "A second person must approve this dose, with a reason.",
                code="counter.override_reason_missing",
            )
        document = self._visit_document(session, visit)
        recorded = self.visit(session, document["visit_id"])
        if recorded.decision is None or recorded.decision.outcome is not Outcome.NEEDS_OVERRIDE:
            raise ServiceError(
                "This decision needs no second person's approval.",
                code="counter.override_not_needed",
            )
        approver = second_person(self.store, session, witness, DOSING_ROLES, "a dose override")
        now = self.clock()
        assert recorded.proposed is not None
        payload: dict[str, Any] = {
            "visit_id": recorded.visit_id,
            "patient_id": recorded.patient.patient_id,
            "drug": recorded.proposed.drug.value,
            "mg": str(recorded.proposed.mg.value),
            "reasons": [
                r.code for r in recorded.decision.reasons if r.outcome is Outcome.NEEDS_OVERRIDE
            ],
            "reason": reason.strip(),
            "approver": approver.user_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [signature(approver, "approved override", dict(payload), now)]
        self.store.record(session, "override.approved", payload)
        return self.visit(session, recorded.visit_id)

    def accept_decision(self, session: Session, visit: Visit | str, acknowledgement: str) -> Visit:
        """The nurse goes on from the decision (warnings read, or the comment they ask for)."""
        require_role(session, *DOSING_ROLES)
        document = self._visit_document(session, visit)
        recorded = self.visit(session, document["visit_id"])
        decision = recorded.decision
        if decision is None:
            raise ServiceError(
                "Check the rules before giving a dose.", code="counter.administer_before_decision"
            )
        if decision.comment_required and not acknowledgement.strip():
            raise ServiceError(
                "Write a comment to acknowledge the warning before dosing.",
                code="counter.warning_comment_missing",
            )
        self.store.record(
            session,
            "decision.accepted",
            {
                "visit_id": recorded.visit_id,
                "patient_id": recorded.patient.patient_id,
                "acknowledgement": acknowledgement.strip(),
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )
        return self.visit(session, recorded.visit_id)

    def _kept_override(
        self, session: Session, recorded: Visit, override: Override | None
    ) -> tuple[Override | None, User | None]:
        """The override passed in, or the approval recorded for this decision (checked now)."""
        if override is not None or recorded.override_reason is None:
            return override, self._approver(session, override)
        with self.store.reading(session) as projections:
            document = projections.visit(recorded.visit_id) or {}
        approver_id = str((document.get("override") or {}).get("approver") or "")
        approver = self.store.user(approver_id) if approver_id else None
        if approver is None or approver.disabled:
            raise ServiceError(
                "The second person's account is not active: another person signs.",
                code="signatures.second_person_refused",
                detail="inactive",
            )
        if approver.user_id == session.user.user_id:
            raise ServiceError(
                "The second person must be someone else than the one signed in.",
                code="signatures.second_person_is_signer",
            )
        return Override(recorded.override_reason, approver), approver

    # -- the end ----------------------------------------------------------------------------------

    def end_visit(
        self, session: Session, visit: Visit | str, reason: str, why: str | None = None
    ) -> None:
        """End a visit without a dose, saying why (recorded).

        Before the assessment words suffice; after it, ``why`` is one of :data:`END_REASONS`
        (``other`` with words).
        """
        require_role(session, *DOSING_ROLES)
        document = self._visit_document(session, visit)
        if why is not None and why not in END_REASONS:
            raise ServiceError(
                "Choose why the dose was not given from the list.",
                code="counter.visit_end_why_unknown",
            )
        if document.get("assessment") and why is None:
            raise ServiceError(
                "The patient was assessed: say why the dose was not given.",
                code="counter.visit_end_why_missing",
            )
        if not reason.strip() and (why is None or why == "other"):
            raise ServiceError(
                "Say why the visit ends without a dose.", code="counter.visit_end_reason_missing"
            )
        self.store.record(
            session,
            "visit.ended",
            {
                "visit_id": document["visit_id"],
                "patient_id": document["patient_id"],
                "reason": reason.strip() or str(why),
                "why": why,
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )
