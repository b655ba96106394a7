"""The counter's waiting line: today's check-ins, derived from the station's own signed log."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Any

from station.domain.decision import (
    DecisionContext,
    Identification,
    IdentificationMethod,
    ProposedDose,
    SyncState,
)
from station.domain.patients import Patient
from station.domain.prescriptions import Prescription, active_prescriptions
from station.domain.rules import next_dose_at
from station.domain.sessions import clinic_day
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.codec import patient_from, prescription_from
from station.services.errors import ServiceEdge, ServiceError
from station.services.settings import SettingsService
from station.services.signatures import DOSING_ROLES
from station.services.visits import dose_record
from station.store.projections import Projections
from station.store.store import Session, Store

QUEUE_TYPES = ("queue.checked_in", "queue.called", "queue.left")
"""The queue's own events: this station's only (no other station projects them)."""
VISIT_TYPES = ("identity.verified", "dose.administered", "visit.ended")
"""The visit's events the queue follows: a visit started is the patient at the window, and
its dose (or its end without one) takes the patient out of the queue."""
DAY_TYPES = (*QUEUE_TYPES, *VISIT_TYPES)
LEAVE_REASONS = ("went_away", "sent_away", "in_error")
"""Why a patient leaves the queue without a visit (recorded in ``queue.left``)."""
_BACK_PAGE = 64

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class QueueEntry:
    """One patient in today's queue, as the counter shows them."""

    patient_id: str
    clinic_id: str
    display_name: str
    checked_in_at: datetime
    minutes_waited: int
    """Whole minutes since the check-in, on the station's clock."""
    called_at: datetime | None = None
    at_window: bool = False
    """A visit of theirs is open at this station (identified, no dose or end recorded yet)."""
    due_at: datetime | None = None
    """When the interval rules let them be dosed (None: due now); the rules' own figure."""
    card_held: bool = False
    """Their card was scanned at the check-in: calling them starts identification with it."""

    @property
    def due(self) -> bool:
        """True when the interval rules do not hold the patient back now (see ``due_at``)."""
        return self.due_at is None


@dataclass
class _Waiting:
    """What the log says of one patient in the queue (the derived state)."""

    patient_id: str
    checked_in_at: datetime
    called_at: datetime | None = None
    visit_id: str | None = None


@dataclass
class _Day:
    """The day's events of the queue and the visit, read once and then followed."""

    day: date
    through: int
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _moment(payload: dict[str, Any]) -> datetime | None:
    text = payload.get("at") or payload.get("given_at")
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def derive(events: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, _Waiting]:
    """The patients in the queue after ``events`` (in log order), in check-in order.

    A check-in of a patient already in the queue adds nobody; a call marks them; a visit
    started puts them at the window; its dose, its end or a ``queue.left`` takes them out.
    """
    active: dict[str, _Waiting] = {}
    for event_type, payload in events:
        patient_id = str(payload.get("patient_id") or "")
        entry = active.get(patient_id)
        moment = _moment(payload)
        if event_type == "queue.checked_in":
            if entry is None and patient_id and moment is not None:
                active[patient_id] = _Waiting(patient_id, moment)
        elif entry is None:
            continue
        elif event_type == "queue.called":
            entry.called_at = moment
        elif event_type == "queue.left":
            del active[patient_id]
        elif event_type == "identity.verified":
            entry.visit_id = str(payload.get("visit_id") or "") or None
        elif entry.visit_id is not None and payload.get("visit_id") == entry.visit_id:
            del active[patient_id]  # its dose was recorded, or the visit ended without one
    return active


def due_at(
    patient: Patient,
    prescriptions: Sequence[Prescription],
    state: dict[str, Any],
    now: datetime,
    settings: RuleSettings,
    station_id: str,
) -> datetime | None:
    """When the interval rules next let the patient have one of today's drugs (None: now).

    The rules' own calculation (:func:`next_dose_at`) for each drug prescribed today; the
    patient is due when any of them may be given. Without an order today: due (the rules
    refuse at the window, with their reason).
    """
    history = tuple(dose_record(item) for item in state.get("doses") or ())
    drugs = {rx.drug: rx for rx in active_prescriptions(prescriptions, clinic_day(now, settings))}
    moments = []
    for drug, rx in sorted(drugs.items(), key=lambda item: item[0].value):
        context = DecisionContext(
            now=now,
            patient=patient,
            prescriptions=tuple(prescriptions),
            history=history,
            assessment=None,
            identification=Identification(IdentificationMethod.NONE),
            proposed=ProposedDose(drug, rx.max_per_session),
            previous_observation_open=False,
            station_id=station_id,
            sync_state=SyncState.OFFLINE,
            settings=settings,
        )
        moment = next_dose_at(context)
        if moment is None:
            return None
        moments.append(moment)
    return min(moments, default=None)


class QueueService(ServiceEdge):
    """Today's waiting line at this counter: check in, see who waits, call the next one.

    The queue is derived from the station's own log (``queue.*`` and the visit's events of
    the clinic day in the clinic's zone), so it survives a restart; the day's events are read
    once, newest first until the day began, and then only what was recorded since.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        rule_settings: Callable[[Session], RuleSettings] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self._rule_settings = rule_settings or SettingsService(store, clock).rule_settings
        self._lock = threading.Lock()
        self._day: _Day | None = None
        self._cards: dict[str, str] = {}
        """Card texts scanned at a check-in, by patient id: memory only, never recorded."""

    # -- reading the day ----------------------------------------------------------------------

    def _events(self, projections: Projections, day: date, start: datetime) -> list[Any]:
        with self._lock:
            held = self._day
            if held is None or held.day != day:
                head = projections.own_head()
                newest: list[tuple[str, dict[str, Any]]] = []
                before = head + 1
                while True:
                    page = projections.own_events(
                        DAY_TYPES, before=before, newest_first=True, limit=_BACK_PAGE
                    )
                    for event in page:
                        moment = _moment(event.payload)
                        if moment is not None and moment < start:
                            page = []
                            break
                        newest.append((event.type, event.payload))
                    if len(page) < _BACK_PAGE:
                        break
                    before = page[-1].seq
                held = self._day = _Day(day, head, newest[::-1])
            else:
                head = projections.own_head()
                if head > held.through:
                    for event in projections.own_events(DAY_TYPES, after=held.through):
                        moment = _moment(event.payload)
                        if moment is None or moment >= start:
                            held.events.append((event.type, event.payload))
                    held.through = head
            return list(held.events)

    def _today(
        self, session: Session, projections: Projections
    ) -> tuple[dict[str, _Waiting], datetime, RuleSettings]:
        settings = self._rule_settings(session)
        now = self.clock()
        day = clinic_day(now, settings)
        start = datetime.combine(day, time(0), settings.zone).astimezone(UTC)
        return derive(self._events(projections, day, start)), now, settings

    def _entry(
        self,
        projections: Projections,
        waiting: _Waiting,
        now: datetime,
        settings: RuleSettings,
    ) -> QueueEntry | None:
        document = projections.patient(waiting.patient_id)
        if document is None:
            return None
        patient = patient_from(document)
        prescriptions = [
            prescription_from(d) for d in projections.prescriptions_of(patient.patient_id)
        ]
        state = projections.state(patient.patient_id)
        due = due_at(patient, prescriptions, state, now, settings, self.store.station_id)
        waited = max(0, int((now - waiting.checked_in_at).total_seconds() // 60))
        return QueueEntry(
            patient_id=patient.patient_id,
            clinic_id=patient.clinic_id,
            display_name=f"{patient.given_name} {patient.family_name}".strip(),
            checked_in_at=waiting.checked_in_at,
            minutes_waited=waited,
            called_at=waiting.called_at,
            at_window=waiting.visit_id is not None,
            due_at=due if due is not None and due > now else None,
            card_held=patient.patient_id in self._cards,
        )

    def waiting(self, session: Session) -> list[QueueEntry]:
        """Today's queue: who is at the window first, then everyone else by check-in time."""
        require_role(session, *DOSING_ROLES)
        with self.store.reading(session) as projections:
            active, now, settings = self._today(session, projections)
            entries = [self._entry(projections, item, now, settings) for item in active.values()]
        shown = [entry for entry in entries if entry is not None]
        for patient_id in set(self._cards) - set(active):  # left the queue: forget the card
            self._cards.pop(patient_id, None)
        return sorted(shown, key=lambda entry: not entry.at_window)  # stable: check-in order

    # -- changing it --------------------------------------------------------------------------

    def _patient(self, session: Session, who: str) -> tuple[Patient, str | None]:
        """The patient ``who`` names (roster id, clinic number or a card), and the card's text."""
        text = who.strip()
        if not text:
            raise ServiceError(
                "Scan the patient's card or enter their clinic number.",
                code="queue.patient_missing",
            )
        with self.store.reading(session) as projections:
            document = projections.patient(text) or projections.patient_by_clinic_id(text)
        if document is not None:
            return patient_from(document), None
        from station.services.cards import check_card

        check = check_card(self.store, session, text)
        if not check.ok or check.payload is None:
            raise ServiceError(
                "Neither a patient of this station's roster nor a valid card: " + check.message,
                code="queue.not_a_patient",
                detail=check.message,
            )
        with self.store.reading(session) as projections:
            document = projections.patient(check.payload.patient_id)
        if document is None:
            raise ServiceError(
                "The card is genuine, but its patient is not on this station's roster yet.",
                code="queue.card_patient_not_on_roster",
            )
        return patient_from(document), text

    def check_in(self, session: Session, who: str) -> QueueEntry:
        """Put a patient in today's queue by a scanned card, their clinic number or id.

        A patient already in the queue keeps their place (nothing is recorded again).
        """
        require_role(session, *DOSING_ROLES)
        patient, card = self._patient(session, who)
        with self.store.transaction():
            current = self._find(session, patient.patient_id)
            if current is None:
                self._record_check_in(session, patient, "roster" if card is None else "card")
        if card is not None:  # the latest card scanned identifies the patient when called
            self._cards[patient.patient_id] = card
        found = self._find(session, patient.patient_id)
        assert found is not None, "a patient just checked in is in the queue"
        return found

    def _record_check_in(self, session: Session, patient: Patient, method: str) -> None:
        now = self.clock()
        self.store.record(
            session,
            "queue.checked_in",
            {
                "patient_id": patient.patient_id,
                "method": method,
                "at": now.isoformat(),
                "by": session.user.user_id,
                "station_id": self.store.station_id,
            },
        )

    def _find(self, session: Session, patient_id: str) -> QueueEntry | None:
        return next((e for e in self.waiting(session) if e.patient_id == patient_id), None)

    def call_next(self, session: Session) -> QueueEntry | None:
        """Call the patient who has waited longest of those due and not called yet (or None)."""
        require_role(session, *DOSING_ROLES)
        with self.store.transaction():
            chosen = next(
                (
                    entry
                    for entry in sorted(self.waiting(session), key=lambda e: e.checked_in_at)
                    if entry.due and not entry.at_window and entry.called_at is None
                ),
                None,
            )
            if chosen is None:
                return None
            now = self.clock()
            self.store.record(
                session,
                "queue.called",
                {
                    "patient_id": chosen.patient_id,
                    "at": now.isoformat(),
                    "by": session.user.user_id,
                },
            )
        return replace(chosen, called_at=now)

    def leave(self, session: Session, patient_id: str, reason: str) -> None:
        """Take a patient out of the queue without a visit (went away, sent away, in error)."""
        require_role(session, *DOSING_ROLES)
        if reason not in LEAVE_REASONS:
            raise ServiceError(
                "Say why the patient leaves the queue.", code="queue.leave_reason_unknown"
            )
        with self.store.transaction():
            if self._find(session, patient_id) is None:
                raise ServiceError(
                    "This patient is not in today's queue.", code="queue.not_in_queue"
                )
            self.store.record(
                session,
                "queue.left",
                {
                    "patient_id": patient_id,
                    "reason": reason,
                    "at": self.clock().isoformat(),
                    "by": session.user.user_id,
                },
            )
        self._cards.pop(patient_id, None)

    def card_for(self, session: Session, patient_id: str) -> str | None:
        """The card text scanned at the patient's check-in (memory only), to identify with it."""
        require_role(session, *DOSING_ROLES)
        return self._cards.get(patient_id)
