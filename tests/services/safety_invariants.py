"""The clinic's safety invariants, checked on what a station itself recorded.

:class:`StationRecord` reads station A's own event log (decrypted) and the events it pulled
from other stations, step by step, and judges every dose the station recorded against what
the station knew when it recorded it: its own earlier events, and the pulled events that had
arrived by then. It never asks the rules engine or the services; the figures come from what
the clinic lead saved (:class:`RuleTruth`) and the cards the clinic issued.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from itertools import pairwise
from typing import Any

from station.domain.prescriptions import Drug, Substance
from station.domain.roles import Role
from station.domain.sessions import SessionKey, clinic_day, session_of
from station.domain.settings import RuleSettings
from station.store import remote
from tests.services.safety_world import Station

CLOCK_SKEW = timedelta(minutes=5)
"""A dose stamped further ahead than this counts as given now (a wrong clock)."""
WEIGHING_FLOOR_G = Decimal("0.005")
"""The absolute weighing tolerance: a syringe may always be this far off its target mass."""
METHADONE_WITH_DAM_MAX = Decimal(150)
"""The clinic's daily methadone maximum for a patient who also takes diacetylmorphine."""
DOSING_ROLES = frozenset({Role.NURSE.value, Role.CLINIC_LEAD.value})
WARN_AFTER_MISSED_DAYS = 3
ACT_AFTER_MISSED_DAYS = 5
"""After this many days without a dose the clinic's action applies (review, or a cap)."""
CALENDAR = RuleSettings()
"""Only the clinic's time zone and session windows are read from here (never changed)."""


@dataclass
class RuleTruth:
    """The figures the clinic lead saved last (what every dose must respect)."""

    max_daily_diacetylmorphine: Decimal = Decimal(1000)
    tolerance_percent: Decimal = Decimal(2)
    min_interval: timedelta = timedelta(hours=3)
    repeat_session: str = "block"
    observation: timedelta = timedelta(minutes=20)
    observation_after_failed_access: timedelta = timedelta(minutes=30)
    missed_days: str = "block_for_review"

    def changed(self, key: str, value: object) -> None:
        """Take a setting the clinic lead just saved."""
        if key == "max_daily_diacetylmorphine_mg":
            self.max_daily_diacetylmorphine = Decimal(str(value))
        elif key == "weighing_tolerance_percent":
            self.tolerance_percent = Decimal(str(value))
        elif key == "min_interval_minutes":
            self.min_interval = timedelta(minutes=int(str(value)))
        elif key == "repeat_session":
            self.repeat_session = str(value)
        elif key == "observation_minutes":
            self.observation = timedelta(minutes=int(str(value)))
        elif key == "missed_days_action":
            self.missed_days = str(value)
        elif key == "observation_after_failed_access_minutes":
            self.observation_after_failed_access = timedelta(minutes=int(str(value)))

    def with_tolerance(self, limit: Decimal) -> Decimal:
        """A limit plus the weighing tolerance (a weighed syringe may land that far above)."""
        return limit * (100 + self.tolerance_percent) / 100

    def copy(self) -> RuleTruth:
        return RuleTruth(**self.__dict__)


def _floored(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_FLOOR)


class SafetyViolation(AssertionError):
    """A dose the station recorded that the clinic's rules forbid."""


@dataclass(frozen=True)
class KnownDose:
    """A dose in a station's record (its own, or pulled from another station)."""

    dose_id: str
    patient_id: str
    station_id: str
    drug: Drug
    mg: Decimal
    given_mg: Decimal | None
    outcome: str
    given_at: datetime

    @property
    def substance(self) -> Substance:
        return self.drug.substance

    @property
    def counted_mg(self) -> Decimal:
        """What was documented as given (a session's amount after a partial injection)."""
        if self.outcome == "full" or self.given_mg is None:
            return self.mg
        return self.given_mg

    @classmethod
    def of(cls, payload: dict[str, Any]) -> KnownDose:
        given = payload.get("given_mg")
        return cls(
            dose_id=str(payload["dose_id"]),
            patient_id=str(payload["patient_id"]),
            station_id=str(payload["station_id"]),
            drug=Drug(payload["drug"]),
            mg=Decimal(str(payload["mg"])),
            given_mg=None if given is None else Decimal(str(given)),
            outcome=str(payload.get("outcome") or "full"),
            given_at=datetime.fromisoformat(str(payload["given_at"])),
        )


@dataclass(frozen=True)
class Placed:
    """A known dose as the rules must place it at the moment of a new dose."""

    dose: KnownDose
    at: datetime
    session: SessionKey


@dataclass
class UserFacts:
    roles: frozenset[str]
    active: bool = True


@dataclass
class StationRecord:
    """Station A's record as read so far, and the invariants checked on each new dose."""

    station: Station
    cards: dict[str, str]
    """The card serial the clinic issued to each patient."""
    own: list[tuple[int, str, str]] = field(default_factory=list)
    pulled: list[tuple[int, str, str]] = field(default_factory=list)
    users: dict[str, UserFacts] = field(default_factory=dict)
    prescriptions: dict[str, dict[str, Any]] = field(default_factory=dict)
    flags: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    lifted: set[str] = field(default_factory=set)
    doses: dict[str, KnownDose] = field(default_factory=dict)
    voided: set[str] = field(default_factory=set)
    identities: dict[str, tuple[dict[str, Any], str | None]] = field(default_factory=dict)
    assessments: dict[str, dict[str, Any]] = field(default_factory=dict)
    weighings: dict[str, dict[str, Any]] = field(default_factory=dict)
    printed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    waivers: dict[str, str | None] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    open_observations: dict[str, str] = field(default_factory=dict)
    reviews: dict[str, list[datetime]] = field(default_factory=lambda: defaultdict(list))
    """When a clinic lead recorded each patient's review after a break."""
    homes: dict[str, str | None] = field(default_factory=dict)
    """Each patient's home station (offline, only there may a dose go without approval)."""
    own_doses: int = 0
    _awaiting_observation: KnownDose | None = None

    # -- reading ------------------------------------------------------------------------------

    def check(self, truth: RuleTruth) -> list[str]:
        """Read what is new in the record, check it, and return the new own doses' ids.

        ``truth`` is what the clinic lead had saved when the step that made the new events
        began. Raises :class:`SafetyViolation` (or an ``AssertionError``) on the first problem.
        """
        store = self.station.store
        data_key = self.station.admin.data_key
        with store.reading(self.station.admin) as projections:
            connection = projections._connection
            own = connection.execute("SELECT seq, uuid, hash FROM events ORDER BY seq").fetchall()
            pulled = connection.execute(
                "SELECT rowid, uuid, hash FROM remote_events ORDER BY rowid"
            ).fetchall()
            fresh_pulled = connection.execute(
                "SELECT station_id, seq, uuid, type, sealed FROM remote_events WHERE rowid > ? "
                "ORDER BY rowid",
                (self.pulled[-1][0] if self.pulled else 0,),
            ).fetchall()
        own_rows = [tuple(row) for row in own]
        pulled_rows = [tuple(row) for row in pulled]
        assert own_rows[: len(self.own)] == self.own, "an event of the log changed or went"
        assert [row[0] for row in own_rows] == list(range(1, len(own_rows) + 1)), "seq gap"
        assert pulled_rows[: len(self.pulled)] == self.pulled, "a pulled event changed or went"
        new_own = store.events_after(self.station.admin, len(self.own))
        # A step either records (A's services, its second process) or pulls: never both.
        assert not (self.own and new_own and fresh_pulled), "one step both recorded and pulled"
        self.own, self.pulled = own_rows, pulled_rows
        dosed = []
        for event in new_own:
            dose = self._own(event.type, event.payload, truth)
            if dose is not None:
                dosed.append(dose)
        if self._awaiting_observation is not None:
            raise SafetyViolation(
                f"dose {self._awaiting_observation.dose_id} has no observation after it"
            )
        for row in fresh_pulled:
            pulled_event = remote.open_remote(data_key, row)
            self._pulled(pulled_event.station_id, pulled_event.type, dict(pulled_event.payload))
        return dosed

    def _own(self, kind: str, payload: dict[str, Any], truth: RuleTruth) -> str | None:
        """Take one own event in log order; a dose is judged before it joins the history."""
        awaiting = self._awaiting_observation
        if awaiting is not None:
            self._awaiting_observation = None
            if kind != "observation.started" or payload.get("dose_id") != awaiting.dose_id:
                raise SafetyViolation(
                    f"dose {awaiting.dose_id} is not followed by its observation ({kind} is)"
                )
            self._check_observation(awaiting, payload, truth)
        if kind == "dose.administered":
            dose = KnownDose.of(payload)
            self._check_dose(dose, payload, truth)
            self.doses[dose.dose_id] = dose
            self.own_doses += 1
            self._awaiting_observation = dose
            return dose.dose_id
        if kind == "observation.started":
            self.open_observations[str(payload["observation_id"])] = str(payload["patient_id"])
        elif kind == "observation.closed":
            self.open_observations.pop(str(payload["observation_id"]), None)
        elif kind == "user.added":
            self.users[str(payload["user_id"])] = UserFacts(frozenset(payload.get("roles", ())))
        elif kind in ("user.disabled", "user.enabled"):
            self.users[str(payload["user_id"])].active = kind == "user.enabled"
        elif kind == "identity.verified":
            self.identities[str(payload["visit_id"])] = (payload, self._identity_problem(payload))
        elif kind == "assessment.recorded":
            self.assessments[str(payload["visit_id"])] = payload
        elif kind == "weighing.accepted":
            self.weighings[str(payload["weighing_id"])] = payload
        elif kind == "label.printed":
            if payload.get("printed") is True:
                self.printed[str(payload["weighing_id"])] += 1
        elif kind == "label.waived":
            self.waivers[str(payload["weighing_id"])] = self._waiver_problem(payload)
        elif kind in ("patient.registered", "patient.updated"):
            self.homes[str(payload["patient_id"])] = payload.get("home_station")
        elif kind == "batch.reconstituted":
            self.batches[str(payload["batch_id"])] = payload
        else:
            self._shared(kind, payload, None)
        return None

    def _pulled(self, station_id: str, kind: str, payload: dict[str, Any]) -> None:
        if kind == "dose.administered":
            dose = KnownDose.of(payload)
            self.doses.setdefault(dose.dose_id, dose)
        else:
            self._shared(kind, payload, station_id)

    def _shared(self, kind: str, payload: dict[str, Any], origin: str | None) -> None:
        """Events any station's record may bring: orders, flags, voids."""
        if kind == "prescription.issued":
            self.prescriptions[str(payload["prescription_id"])] = payload
        elif kind == "stop_dose.set":
            flag = str(payload["flag_id"])
            if flag not in self.lifted:
                self.flags[str(payload["patient_id"])].add(flag)
        elif kind == "stop_dose.lifted":
            flag = str(payload["flag_id"])
            self.lifted.add(flag)
            self.flags[str(payload["patient_id"])].discard(flag)
        elif kind == "dose.time_corrected":
            corrected = self.doses.get(str(payload["dose_id"]))
            if corrected is not None:
                at = datetime.fromisoformat(str(payload["given_at"]))
                self.doses[corrected.dose_id] = replace(corrected, given_at=at)
        elif kind == "patient.break_reviewed" and payload.get("at"):
            self.reviews[str(payload["patient_id"])].append(
                datetime.fromisoformat(str(payload["at"]))
            )
        elif kind == "record.voided" and payload.get("target_kind") == "dose":
            target = self.doses.get(str(payload["target_id"]))
            if target is None:
                return
            if (
                origin is None
                or origin == target.station_id
                or payload.get("authority") == "clinic_lead"
            ):
                self.voided.add(target.dose_id)

    # -- people -------------------------------------------------------------------------------

    def _signer_problem(self, signature: dict[str, Any], not_by: str | None) -> str | None:
        user_id = signature.get("user_id")
        facts = self.users.get(str(user_id))
        if facts is None:
            return f"signed by an unknown account {user_id}"
        if not facts.active:
            return f"signed by a disabled account {user_id}"
        if not facts.roles & DOSING_ROLES:
            return f"signed by {user_id}, who may not dose"
        if not_by is not None and user_id == not_by:
            return "the second person is the first"
        return None

    def _identity_problem(self, payload: dict[str, Any]) -> str | None:
        method = payload.get("method")
        if method == "card":
            serial = self.cards.get(str(payload.get("patient_id")))
            if serial is None or payload.get("card_serial") != serial:
                return f"a card that is not the patient's ({payload.get('card_serial')})"
            return None
        if method == "manual":
            signatures = payload.get("signatures") or []
            witnessed = [s for s in signatures if s.get("meaning") == "witnessed identification"]
            if not witnessed:
                return "identified without a card and without a witness"
            return self._signer_problem(witnessed[0], str(payload.get("by")))
        return f"identified by {method!r}"

    def _waiver_problem(self, payload: dict[str, Any]) -> str | None:
        signatures = payload.get("signatures") or []
        approvals = [s for s in signatures if s.get("meaning") == "no label: approved"]
        if not approvals:
            return "a label waiver without a second person"
        return self._signer_problem(approvals[0], str(payload.get("by")))

    def _approver_problem(self, payload: dict[str, Any]) -> str | None:
        signatures = payload.get("signatures") or []
        given_by = [s for s in signatures if s.get("meaning") == "administered"]
        approvals = [s for s in signatures if s.get("meaning") == "approved override"]
        if not given_by:
            return "no administering signature"
        if not approvals:
            return "no second person's approval"
        return self._signer_problem(approvals[0], str(given_by[0].get("user_id")))

    # -- orders -------------------------------------------------------------------------------

    def _active(self, patient_id: str, day: date, drug: Drug | None = None) -> list[dict[str, Any]]:
        found = []
        for order in self.prescriptions.values():
            if order["patient_id"] != patient_id:
                continue
            if drug is not None and order["drug"] != drug.value:
                continue
            starts = date.fromisoformat(order["valid_from"])
            ends = order.get("valid_until")
            if starts <= day and (not ends or day <= date.fromisoformat(ends)):
                found.append(order)
        return found

    def _takes_diacetylmorphine(self, patient_id: str, day: date) -> bool:
        return any(
            Drug(order["drug"]).substance is Substance.DIACETYLMORPHINE
            for order in self._active(patient_id, day)
        )

    # -- the dose -----------------------------------------------------------------------------

    def _history(self, dose: KnownDose) -> list[Placed]:
        """The patient's other doses of the same substance, not voided, placed at ``dose``."""
        latest = dose.given_at + CLOCK_SKEW
        placed = []
        for known in self.doses.values():
            if (
                known.patient_id != dose.patient_id
                or known.substance is not dose.substance
                or known.dose_id in self.voided
            ):
                continue
            at = dose.given_at if known.given_at > latest else known.given_at
            placed.append(Placed(known, at, session_of(at, CALENDAR)))
        return sorted(placed, key=lambda item: (item.at, item.dose.dose_id))

    def _check_dose(self, dose: KnownDose, payload: dict[str, Any], truth: RuleTruth) -> None:
        problems = [
            *self._identity_and_preparation(dose, payload, truth),
            *self._rules(dose, payload, truth),
        ]
        if problems:
            raise SafetyViolation(
                f"dose {dose.dose_id} ({dose.drug.value} {dose.mg} mg, {dose.outcome}, at "
                f"{dose.given_at.astimezone(CALENDAR.zone):%d %b %H:%M}): " + "; ".join(problems)
            )

    def _identity_and_preparation(
        self, dose: KnownDose, payload: dict[str, Any], truth: RuleTruth
    ) -> list[str]:
        problems: list[str] = []
        identity = self.identities.get(str(payload.get("visit_id")))
        if identity is None:
            problems.append("no identification recorded for its visit")
        else:
            recorded, problem = identity
            if recorded.get("patient_id") != dose.patient_id:
                problems.append("its visit identified another patient")
            if problem is not None:
                problems.append(f"identity not verified: {problem}")
        assessment = self.assessments.get(str(payload.get("visit_id")))
        if assessment is None:
            problems.append("no pre-dose assessment")
        else:
            age = dose.given_at - datetime.fromisoformat(str(assessment["recorded_at"]))
            if age > timedelta(minutes=30) or age < -CLOCK_SKEW:
                problems.append(f"the assessment is {age} old")
            if int(assessment["sedation_score"]) >= 3:
                problems.append("given to a severely sedated patient")
        weighing = payload.get("weighing") or {}
        accepted = self.weighings.get(str(weighing.get("weighing_id")))
        if accepted is None or accepted.get("visit_id") != payload.get("visit_id"):
            problems.append("no weighing accepted for its visit")
            return problems
        if not self.printed.get(accepted["weighing_id"]):
            waiver = self.waivers.get(accepted["weighing_id"], "no printed label and no waiver")
            if waiver is not None:
                problems.append(f"unlabelled syringe: {waiver}")
        batch = self.batches.get(str(accepted["batch_id"]))
        if batch is None or batch["substance"] != dose.substance.value:
            problems.append("drawn from no batch of its substance")
            return problems
        concentration = Decimal(batch["concentration"])
        density = Decimal(batch["density"])
        target_mg = Decimal(accepted["target_mg"])
        target_g = (target_mg / concentration * density).quantize(Decimal("0.0001"))
        measured = Decimal(accepted["measured_g"])
        if Decimal(accepted["target_g"]) != target_g:
            problems.append(f"target mass {accepted['target_g']} g, not {target_g} g")
        allowed = max(target_g * truth.tolerance_percent / 100, WEIGHING_FLOOR_G)
        if abs(measured - target_g) > allowed:
            problems.append(f"weighed {measured} g for a target of {target_g} g")
        prepared = (measured / density * concentration).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_EVEN
        )
        if abs(prepared - dose.mg) > Decimal("0.01"):
            problems.append(f"recorded {dose.mg} mg, but the syringe held {prepared} mg")
        if dose.outcome == "full" and dose.given_mg is not None and dose.given_mg != dose.mg:
            problems.append("a full injection of another amount than prepared")
        if dose.outcome == "partial" and not (
            dose.given_mg is not None and 0 < dose.given_mg < dose.mg
        ):
            problems.append(f"a partial injection of {dose.given_mg} mg")
        if dose.outcome == "failed" and not (
            dose.given_mg is not None and 0 <= dose.given_mg <= dose.mg
        ):
            problems.append(f"a failed injection of {dose.given_mg} mg")
        if dose.outcome not in ("full", "partial", "failed"):
            problems.append(f"outcome {dose.outcome!r}")
        return problems

    def _rules(self, dose: KnownDose, payload: dict[str, Any], truth: RuleTruth) -> list[str]:
        problems: list[str] = []
        patient = dose.patient_id
        if self.flags.get(patient):
            problems.append("given while a stop-dose flag was set")
        if patient in self.open_observations.values():
            problems.append("given while the previous observation was open")
        day = clinic_day(dose.given_at, CALENDAR)
        session = session_of(dose.given_at, CALENDAR)
        history = self._history(dose)
        approval = self._approver_problem(payload)
        orders = self._active(patient, day, dose.drug)
        if len(orders) != 1:
            problems.append(f"{len(orders)} active prescriptions for {dose.drug.value}")
        today = [item for item in history if clinic_day(item.at, CALENDAR) == day]
        total = sum((item.dose.mg for item in today), Decimal(0)) + dose.mg
        if dose.substance is Substance.DIACETYLMORPHINE:
            limit = truth.max_daily_diacetylmorphine
            if total > truth.with_tolerance(limit):
                problems.append(f"{total} mg diacetylmorphine today, above the clinic's {limit}")
        elif self._takes_diacetylmorphine(patient, day) and total > truth.with_tolerance(
            METHADONE_WITH_DAM_MAX
        ):
            problems.append(f"{total} mg methadone today, above {METHADONE_WITH_DAM_MAX}")
        if len(orders) == 1:
            problems += self._order_limits(dose, orders[0], today, session, truth)
        if not session.scheduled and approval is not None:
            problems.append(f"given outside the session hours without approval: {approval}")
        home = self.homes.get(patient)
        if home != self.station.store.station_id and approval is not None:
            problems.append(
                f"given offline away from the home station without approval: {approval}"
            )
        in_session = [item for item in history if item.session == session]
        if in_session:
            if approval is not None:
                problems.append(f"a second dose in session {session} without approval: {approval}")
            if truth.repeat_session == "block" and any(
                item.dose.outcome == "full" for item in in_session
            ):
                problems.append(f"a second dose after a full one in session {session}")
        if dose.mg <= 0:
            problems.append("a dose of 0 mg")
        assessment = self.assessments.get(str(payload.get("visit_id")))
        if assessment is not None and len(orders) == 1:
            alcohol = assessment.get("breath_alcohol_permille")
            intoxicated = int(assessment["sedation_score"]) >= 2 or (
                alcohol is not None and Decimal(str(alcohol)) >= Decimal("0.5")
            )
            cap = _floored(Decimal(orders[0]["max_per_session_mg"]) / 2)
            if intoxicated and dose.mg > truth.with_tolerance(cap):
                problems.append(f"{dose.mg} mg to an intoxicated patient (at most {cap})")
        problems += self._after_break(dose, history, truth)
        if history:
            last = history[-1]
            interval = truth.min_interval
            if len(orders) == 1 and orders[0].get("min_interval_minutes") is not None:
                interval = timedelta(minutes=int(orders[0]["min_interval_minutes"]))
            # The interval is a block no signature lifts; only a top-up after a partial or
            # failed injection in the same session may follow sooner (with its approval).
            top_up = last.session == session and last.dose.outcome != "full"
            if dose.given_at < last.at + interval and not top_up:
                problems.append(
                    f"given {dose.given_at - last.at} after the last dose (at least {interval})"
                )
        return problems

    def _after_break(self, dose: KnownDose, history: list[Placed], truth: RuleTruth) -> list[str]:
        """After five or more days without a dose: a review first, or a cap on the first day."""
        day = clinic_day(dose.given_at, CALENDAR)
        days = sorted({clinic_day(item.at, CALENDAR) for item in history} | {day})
        days = [known for known in days if known <= day]
        gap = None
        for earlier, later in reversed(list(pairwise(days))):
            missed = (later - earlier).days - 1
            if missed >= WARN_AFTER_MISSED_DAYS:
                gap = (earlier, later, missed)
                break
        if gap is None or gap[2] < ACT_AFTER_MISSED_DAYS:
            return []
        earlier, back_on, missed = gap
        before = [item for item in history if clinic_day(item.at, CALENDAR) == earlier]
        last = before[-1]
        if truth.missed_days == "block_for_review":
            reviews = self.reviews.get(dose.patient_id, [])
            if not any(review >= last.at for review in reviews):
                return [f"given after {missed} days without a dose, before a review"]
            return []
        if day != back_on:
            return []
        given = [
            item
            for item in history
            if clinic_day(item.at, CALENDAR) < day and item.dose.counted_mg and item.at <= last.at
        ]
        same_drug = [item for item in given if item.dose.drug is dose.drug]
        basis = (same_drug or given or [last])[-1].dose.counted_mg
        cap = _floored(basis / 2)
        if dose.mg > truth.with_tolerance(cap):
            return [f"{dose.mg} mg on the first day after {missed} days off (at most {cap})"]
        return []

    def _order_limits(
        self,
        dose: KnownDose,
        order: dict[str, Any],
        today: list[Placed],
        session: SessionKey,
        truth: RuleTruth,
    ) -> list[str]:
        """The prescription's own daily, session and sessions-per-day limits."""
        problems = []
        day = clinic_day(dose.given_at, CALENDAR)
        covered = {
            other["drug"]
            for other in self._active(dose.patient_id, day)
            if other["prescription_id"] != order["prescription_id"]
        }
        counted = {
            drug
            for drug in Drug
            if drug is dose.drug or (drug.substance is dose.substance and drug.value not in covered)
        }
        mine = [item for item in today if item.dose.drug in counted]
        total = sum((item.dose.mg for item in mine), Decimal(0)) + dose.mg
        per_day = Decimal(order["max_per_day_mg"])
        if total > truth.with_tolerance(per_day):
            problems.append(f"{total} mg today under a prescription of at most {per_day}")
        in_session = sum(
            (item.dose.counted_mg for item in mine if item.session == session), Decimal(0)
        )
        per_session = Decimal(order["max_per_session_mg"])
        if in_session + dose.mg > truth.with_tolerance(per_session):
            problems.append(
                f"{in_session} + {dose.mg} mg in session {session}, above {per_session}"
            )
        sessions = {item.session for item in today} | {session}
        if len(sessions) > int(order["sessions_per_day"]):
            problems.append(f"doses in {len(sessions)} sessions today")
        return problems

    def _check_observation(
        self, dose: KnownDose, payload: dict[str, Any], truth: RuleTruth
    ) -> None:
        started = datetime.fromisoformat(str(payload["started_at"]))
        ends = datetime.fromisoformat(str(payload["ends_at"]))
        period = (
            truth.observation_after_failed_access
            if payload.get("venous_access_failed")
            else truth.observation
        )
        if started != dose.given_at or ends - started != period:
            raise SafetyViolation(
                f"dose {dose.dose_id}: observed from {started} for {ends - started}, "
                f"not from {dose.given_at} for {period}"
            )
