"""The observation board: who is watched, notes and vital signs, adverse events, discharge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from station.domain.errors import DomainError
from station.domain.observation import (
    ObservationRules,
    ObservationStage,
    VitalAlarm,
    check_vitals,
    stage_of,
)
from station.domain.quantities import Milligrams
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.errors import ServiceEdge, ServiceError
from station.services.signatures import DOSING_ROLES, second_person, signature
from station.store.accounts import User
from station.store.store import Session, Store

Clock = Callable[[], datetime]
SettingsSource = Callable[[Session], RuleSettings]

ADVERSE_EVENT_KINDS = ("overdose", "respiratory depression", "seizure", "other")
"""The adverse events the board records (their English names are the stored codes)."""

MAX_NALOXONE_MG = Milligrams(20)
"""More naloxone than this in one record is a typing error (intranasal doses are 4 mg)."""


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


@dataclass(frozen=True)
class BoardView:
    """What the observation board shows: who is watched, and the clinic's countdown rules."""

    observations: list[OpenObservation]
    rules: ObservationRules


BoardReader = Callable[[], BoardView]
"""Reads the board again; see :meth:`ObservationService.locked_board_reader`."""


@dataclass(frozen=True)
class NoteOutcome:
    """What recording a note did: the vital signs past the clinic's limits (empty: none)."""

    alarms: tuple[VitalAlarm, ...]

    @property
    def overdose_protocol(self) -> bool:
        """True when the vital signs call for the overdose protocol."""
        return bool(self.alarms)


class ObservationService(ServiceEdge):
    """Reads and records the observation of patients after their dose, with the clinic's rules."""

    def __init__(self, store: Store, clock: Clock, settings: SettingsSource) -> None:
        self.store = store
        self.clock = clock
        self.settings = settings

    def open_observations(self, session: Session) -> list[OpenObservation]:
        """Every patient under observation now, oldest first (timers run from stored times)."""
        require_role(session, *DOSING_ROLES)
        with self.store.reading(session) as projections:
            documents = projections.open_observations()
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

    def board(self, session: Session) -> BoardView:
        """The open observations and the clinic's countdown rules, read together."""
        observations = self.open_observations(session)
        return BoardView(observations, self.settings(session).observation_rules)

    def locked_board_reader(self, session: Session) -> BoardReader:
        """A reader of the board for the locked screen, made while ``session`` is signed in.

        The locked screen keeps counting down and sounding the alarm, so it must read the
        board after the person has gone: this reader reads it with their session but gives
        only the clinic id, booth and times of each observation (no patient id, no notes,
        nothing written by anyone) and can write nothing. Drop it when someone signs in.
        """
        require_role(session, *DOSING_ROLES)

        def read() -> BoardView:
            view = self.board(session)
            return BoardView(
                [replace(item, patient_id="", notes=[]) for item in view.observations],
                view.rules,
            )

        return read

    def remaining(self, observation: OpenObservation) -> timedelta:
        """Time left on an observation's timer (negative once overdue)."""
        return observation.ends_at - self.clock()

    def stage(self, session: Session, observation: OpenObservation) -> ObservationStage:
        """Where the observation's countdown stands, by the clinic's rules."""
        return stage_of(self.remaining(observation), self.settings(session).observation_rules)

    def _observation(self, session: Session, observation_id: str, open_only: bool) -> Any:
        with self.store.reading(session) as projections:
            document = projections.observation(observation_id)
        if document is None:
            raise ServiceError(
                "There is no such observation on this station.", code="observation.unknown"
            )
        if open_only and document.get("closed_at") is not None:
            raise ServiceError(
                "This observation is already closed.", code="observation.closed_already"
            )
        return document

    def note_observation(
        self, session: Session, observation_id: str, note: str, vitals: dict[str, str] | None = None
    ) -> NoteOutcome:
        """Add a note or vital signs; vital signs past the clinic's limits raise the alarm."""
        require_role(session, *DOSING_ROLES)
        self._observation(session, observation_id, open_only=False)
        measured = {str(key): str(value).strip() for key, value in (vitals or {}).items()}
        try:
            alarms = check_vitals(measured, self.settings(session).observation_rules.vitals)
        except DomainError as error:
            raise ServiceError(
                f"The vital signs were not recorded: {error}.",
                code="observation.vitals_invalid",
                detail=str(error),
            ) from error
        if not note.strip() and not measured:
            raise ServiceError(
                "Write a note or enter a vital sign.", code="observation.note_missing"
            )
        self.store.record(
            session,
            "observation.noted",
            {
                "observation_id": observation_id,
                "note": note,
                "vitals": measured,
                "alarms": [alarm.code for alarm in alarms],
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )
        return NoteOutcome(alarms)

    def record_adverse_event(
        self,
        session: Session,
        observation_id: str,
        kind: str,
        naloxone_mg: Milligrams | None,
        at: datetime | None = None,
    ) -> None:
        """Record an adverse event (overdose, naloxone given) against an observation."""
        require_role(session, *DOSING_ROLES)
        self._observation(session, observation_id, open_only=False)
        if kind not in ADVERSE_EVENT_KINDS:
            raise ServiceError(
                f"Choose what happened: {', '.join(ADVERSE_EVENT_KINDS)}.",
                code="observation.adverse_event_kind_unknown",
                kinds=", ".join(ADVERSE_EVENT_KINDS),
            )
        if naloxone_mg is not None and (
            not isinstance(naloxone_mg, Milligrams) or naloxone_mg > MAX_NALOXONE_MG
        ):
            raise ServiceError(
                f"Naloxone is entered in mg, at most {MAX_NALOXONE_MG}.",
                code="observation.naloxone_invalid",
                maximum=MAX_NALOXONE_MG.value,
            )
        now = self.clock()
        moment = at or now
        if moment.tzinfo is None or moment > now + self.settings(session).clock_skew_allowance:
            raise ServiceError(
                "An adverse event cannot be recorded as happening in the future.",
                code="observation.adverse_event_in_future",
            )
        self.store.record(
            session,
            "adverse_event.recorded",
            {
                "observation_id": observation_id,
                "kind": kind,
                "naloxone_mg": str(naloxone_mg.value) if naloxone_mg is not None else None,
                "at": moment.isoformat(),
                "by": session.user.user_id,
            },
        )

    def discharge(
        self,
        session: Session,
        observation_id: str,
        note: str = "",
        *,
        early_reason: str = "",
        witness: User | None = None,
    ) -> None:
        """Close an observation: the patient leaves.

        Before the time is up, a reason is needed, and a second person (nurse or clinic lead)
        signs when the clinic's rules say so.
        """
        require_role(session, *DOSING_ROLES)
        document = self._observation(session, observation_id, open_only=True)
        now = self.clock()
        payload: dict[str, Any] = {
            "observation_id": observation_id,
            "closed_at": now.isoformat(),
            "discharge": note,
            "by": session.user.user_id,
        }
        ends_at = datetime.fromisoformat(document["ends_at"])
        if now < ends_at:
            if not early_reason.strip():
                raise ServiceError(
                    "The observation time is not up: say why the patient leaves early.",
                    code="observation.early_discharge_reason_missing",
                )
            payload["early"] = {
                "reason": early_reason.strip(),
                "remaining_s": int((ends_at - now).total_seconds()),
            }
            if self.settings(session).observation_rules.early_discharge_needs_second_person:
                approver = second_person(
                    self.store, session, witness, DOSING_ROLES, "a discharge before the time"
                )
                payload["signatures"] = [
                    signature(session.user, "discharged early", dict(payload), now),
                    signature(approver, "approved early discharge", dict(payload), now),
                ]
        self.store.record(session, "observation.closed", payload)
