"""Stateful proof of the safety boundary: random clinic days through the real services.

A Hypothesis ``RuleBasedStateMachine`` drives station A (two ``Store`` objects on one data
folder, and a real second process on it), station B in another folder (its clock may run ten
days ahead; events move between the stations through the sync client's station side), the
clinic lead's settings, stop-dose flags, prescriptions and the clocks. Callers pass good and
bad input alike: made-up or disabled witnesses, text and NaN for numbers, doses of 1E+26 mg,
weighings outside the tolerance, amounts given that were never prepared. After every step
the invariants are checked on what station A itself recorded (``safety_invariants``): no
dose above a daily maximum, no second dose in a session without the rule's permission, none
under a stop-dose flag, before the interval, without a verified identity, a label or its
observation, and an event log that only grows and whose chain verifies.

Normal run (CI): a fixed set of sequences, well under two minutes on a 2-core machine.
Long mode: ``HAT_LONG_SAFETY=1`` (random sequences, ``HAT_SAFETY_EXAMPLES`` of them, 1,000 by
default), or ``pytest -m slow tests/services/test_safety_machine.py``.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from station.domain.errors import DomainError
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Grams, Milligrams
from station.domain.rules import AdministrationOutcome, Outcome
from station.domain.sessions import clinic_day
from station.domain.settings import RuleSettings
from station.services.counter import Override, Visit, WeighingResult
from station.services.errors import ServiceError
from station.store.accounts import ConfirmedUser, User
from tests.services.safety_invariants import RuleTruth, StationRecord
from tests.services.safety_world import (
    CARDS,
    IM,
    IV,
    METHADONE,
    ORAL_DAM,
    PATIENTS,
    STATION_A,
    STATION_B,
    UNKNOWN_PATIENT,
    UNTRUSTED_KEY,
    ProcessWorker,
    Station,
    Templates,
    World,
    build_templates,
    card_text,
    feed,
)

T = TypeVar("T")

LONG = os.environ.get("HAT_LONG_SAFETY") == "1"
EXAMPLES = int(os.environ.get("HAT_SAFETY_EXAMPLES", "1000" if LONG else "40"))
STEPS = int(os.environ.get("HAT_SAFETY_STEPS", "60" if LONG else "45"))
CALENDAR = RuleSettings()
TALLY: Counter[str] = Counter()
"""What the machine did, over a run (printed at the end: how many doses, which refusals)."""


def event(what: str) -> None:
    TALLY[what] += 1


# -- what callers pass in ---------------------------------------------------------------------

GOOD_MG: list[object] = [10, 25, 40, 50, 60, 75, 100, 120, 150, "80", Decimal("99.99"), 200]
ODD_MG: list[object] = [0, 300, 1000]
"""Amounts a decision may be asked for, which the rules then refuse to give."""
BAD_MG: list[object] = [
    -5,
    "-5",
    "NaN",
    "nan",
    "Infinity",
    "1E+26",
    Decimal("1E+26"),
    Decimal("NaN"),
    True,
    12.5,
    Decimal("0.001"),
    "12,5",
    None,
    6000,
]
"""Amounts no service may take: each must be refused with a sentence, writing nothing."""
FACTORS = ["1", "1", "1", "1.004", "0.99", "1.019", "0.981", "1.03", "0.9", "1.1", "1.06"]
"""The weighed mass as a share of the target mass (the tolerance is 2 % or 0.005 g)."""
SCORES: list[object] = [0, 0, 0, 1, 2, 3]
BAD_SCORES: list[object] = [-1, 4, True, "1", 1.5, None]
ALCOHOL: list[object] = [None, Decimal("0.0"), Decimal("0.2"), Decimal("0.6")]
BAD_ALCOHOL: list[object] = [
    "0.1",
    0,
    1,
    0.2,
    Decimal("NaN"),
    Decimal("Infinity"),
    Decimal("-0.1"),
    Decimal(6),
    True,
]
GOOD_WITNESSES = ("witness", "witness2", "lead")
BAD_WITNESSES = ("nobody", "pharm", "made_up", "forged_proof", "other_store", "signer")
SETTINGS: dict[str, tuple[list[object], list[object]]] = {
    # key: (values a clinic lead may save, values that must be refused)
    "max_daily_diacetylmorphine_mg": (
        ["150", "250", "400", Decimal(320), "1000"],
        ["0", "NaN", "1E+26", 2000, True, 12.5, "-100"],
    ),
    "min_interval_minutes": ([0, 60, 180, "240"], ["-1", 2000, "NaN", True]),
    "repeat_session": (["block", "needs_override"], ["sometimes", ""]),
    "missed_days_action": (["block_for_review", "cap_at_percent_of_last_dose"], ["ignore"]),
    "weighing_tolerance_percent": (["1", "2", Decimal(5)], ["0", "NaN", "50", 2.0]),
    "observation_minutes": ([20, 25, 30], [3, "NaN", 1000]),
    "observation_after_failed_access_minutes": ([30, 45, 60], [4, "-30"]),
}


def _one_of(value: object, choices: list[object]) -> bool:
    """True when ``value`` is one of ``choices`` itself (1 is not True, NaN is itself)."""
    return any(value is choice for choice in choices)


def _patient(index: int) -> Patient:
    return PATIENTS[index % len(PATIENTS)]


class SafetyMachine(RuleBasedStateMachine):
    """Random sequences of counter, lead, sync, clock and second-process actions."""

    templates: ClassVar[Templates]
    worker: ClassVar[ProcessWorker | None] = None

    def __init__(self) -> None:
        super().__init__()
        self.world = World(self.templates, self.worker)
        self.truth = RuleTruth()
        self.record = StationRecord(self.world.a1, dict(CARDS))
        self.record.check(self.truth)
        self.visits: list[str] = []
        """A's visits in the order they began (open or not)."""
        self.open_visits: list[str] = []
        self.refused_weighing: dict[str, WeighingResult] = {}
        self.kept: dict[str, ConfirmedUser] = {}
        """A witness2 confirmation per station, kept for later (it may go stale)."""
        self.witness2_disabled = False
        self.batch_facts = {
            batch.lot: (batch.concentration.value, batch.density.value)
            for station in (self.world.a1, self.world.b)
            for batch in station.counter.solution_batches(station.nurse)
        }
        self.rx_numbers = 0

    def teardown(self) -> None:
        try:
            for station in (self.world.a1, self.world.b):
                result = station.store.verify(station.admin.data_key)
                assert result.intact, f"{station.name}: {result.problem}"
        finally:
            self.world.close()

    # -- helpers ------------------------------------------------------------------------------

    def station(self, name: str) -> Station:
        return {"A1": self.world.a1, "A2": self.world.a2, "B": self.world.b}[name]

    def attempt(self, what: str, call: Callable[[], T]) -> T | None:
        """Call a service; a refusal must say why and leave every record as it was."""
        before = self.world.heads()
        try:
            result = call()
        except (ServiceError, DomainError) as refusal:
            assert self.world.heads() == before, f"{what} was refused but wrote to the record"
            assert str(refusal).strip(), f"{what} was refused without a sentence"
            event(f"refused: {what}: {str(refusal)[:70]}")
            return None
        event(f"done: {what}")
        return result

    def refused(self, what: str, call: Callable[[], object]) -> None:
        """Call a service with input it must refuse: a sentence, and nothing written."""
        before = self.world.heads()
        try:
            result = call()
        except (ServiceError, DomainError) as refusal:
            assert self.world.heads() == before, f"{what} was refused but wrote to the record"
            assert str(refusal).strip(), f"{what} was refused without a sentence"
            return
        raise AssertionError(f"{what} was not refused (it returned {result!r})")

    def second_person(self, station: Station, kind: str) -> tuple[User | None, bool]:
        """A second person of ``kind`` for ``station``'s nurse, and whether they may sign."""
        if kind == "nobody":
            return None, False
        if kind == "made_up":
            real = station.store.find_user("witness")
            assert real is not None
            return User(real.user_id, real.username, real.display_name, real.roles, False), False
        if kind == "forged_proof":
            real = station.store.find_user("witness")
            assert real is not None
            fields = {name: getattr(real, name) for name in User.__dataclass_fields__}
            return ConfirmedUser(**fields, confirmed_at=time.monotonic(), proof="0" * 64), False
        if kind == "other_store":
            other = self.world.a2 if station is self.world.a1 else self.world.a1
            return other.confirm("witness"), False
        if kind == "signer":
            return station.nurse.user, False
        if kind == "witness2" and self.witness2_disabled:
            kept = self.kept.get(station.name)
            return kept, False
        return station.confirm(kind), kind != "pharm"

    def visit_of(self, station: Station, visit_id: str) -> Visit | None:
        return self.attempt(
            "read the visit", lambda: station.counter.visit(station.nurse, visit_id)
        )

    def a_batch(self, drug: Drug, station_id: str = STATION_A) -> str:
        return self.world.batches[station_id][drug.substance.value]

    def mass_for(self, batch_id: str, mg: Decimal, factor: str) -> Grams:
        concentration, density = self.batch_facts[batch_id]
        target = (mg / concentration * density).quantize(Decimal("0.0001"))
        return Grams((target * Decimal(factor)).quantize(Decimal("0.0001")))

    def chosen_visit(self, index: int) -> str:
        return self.open_visits[index % len(self.open_visits)]

    def started(self, visit: Visit | None) -> Visit | None:
        if visit is not None:
            self.visits.append(visit.visit_id)
        return visit

    # -- identify -----------------------------------------------------------------------------

    @precondition(lambda self: len(self.open_visits) < 4)
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        patient=st.integers(0, 1),
        card=st.sampled_from(("genuine", "genuine", "genuine", "forged", "stranger", "garbage")),
    )
    def identify_by_card(self, actor: str, patient: int, card: str) -> None:
        station = self.station(actor)
        who = _patient(patient)
        if card == "genuine":
            text = card_text(who, CARDS[who.patient_id])
            scan = lambda: station.counter.identify_by_card(station.nurse, text)  # noqa: E731
            self.started(self.attempt("identify by card", scan))
            return
        texts = {
            "forged": card_text(who, CARDS[who.patient_id], key=UNTRUSTED_KEY),
            "stranger": card_text(UNKNOWN_PATIENT, "safety-card-stranger"),
            "garbage": "HATC1.bm90IGEgY2FyZA.AAAA",
        }
        self.refused(
            f"a {card} card",
            lambda: station.counter.identify_by_card(station.nurse, texts[card]),
        )

    @precondition(lambda self: len(self.open_visits) < 4)
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        patient=st.integers(0, 2),
        witness=st.sampled_from(GOOD_WITNESSES + BAD_WITNESSES),
        reason=st.sampled_from(("Card left at home (test).", "   ")),
    )
    def identify_manually(self, actor: str, patient: int, witness: str, reason: str) -> None:
        station = self.station(actor)
        who = UNKNOWN_PATIENT if patient == 2 else _patient(patient)
        person, may_sign = self.second_person(station, witness)

        def identify() -> Visit:
            return station.counter.identify_manually(station.nurse, who.patient_id, reason, person)

        if may_sign and reason.strip() and who is not UNKNOWN_PATIENT:
            self.started(self.attempt("identify with a witness", identify))
        else:
            self.refused(f"identification witnessed by {witness!r}", identify)

    # -- the visit ----------------------------------------------------------------------------

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        visit=st.integers(0, 3),
        score=st.sampled_from(SCORES + BAD_SCORES),
        alcohol=st.sampled_from(ALCOHOL + BAD_ALCOHOL),
    )
    def assess(self, actor: str, visit: int, score: object, alcohol: object) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)

        def assess() -> Visit:
            return station.counter.assess(
                station.nurse,
                visit_id,
                score,  # type: ignore[arg-type]
                alcohol,  # type: ignore[arg-type]
                "Assessed (test).",
            )

        if _one_of(score, BAD_SCORES) or _one_of(alcohol, BAD_ALCOHOL):
            self.refused(f"an assessment of {score!r} and {alcohol!r} ‰", assess)
        else:
            self.attempt("assess", assess)

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        visit=st.integers(0, 3),
        drug=st.sampled_from((IV, IV, IM, ORAL_DAM, METHADONE, "diacetylmorphine_iv")),
        mg=st.sampled_from(GOOD_MG + ODD_MG + BAD_MG),
    )
    def decide(self, actor: str, visit: int, drug: object, mg: object) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)

        def decide() -> Visit:
            return station.counter.decide(station.nurse, visit_id, drug, mg)  # type: ignore[arg-type]

        if not isinstance(drug, Drug) or _one_of(mg, BAD_MG):
            self.refused(f"a decision for {drug!r} {mg!r} mg", decide)
        else:
            self.attempt("decide", decide)

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        visit=st.integers(0, 3),
        batch=st.sampled_from(("right", "right", "right", "other substance", "unknown", "float")),
        factor=st.sampled_from(FACTORS),
    )
    def weigh(self, actor: str, visit: int, batch: str, factor: str) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)
        recorded = self.visit_of(station, visit_id)
        if recorded is None:
            return
        if recorded.proposed is None:
            self.refused(
                "weighing before a decision",
                lambda: station.counter.accept_weighing(
                    station.nurse, visit_id, self.a_batch(IV), Grams("1.0000")
                ),
            )
            return
        drug = recorded.proposed.drug
        other = METHADONE if drug.substance is IV.substance else IV
        batch_id = {
            "right": self.a_batch(drug),
            "other substance": self.a_batch(other),
            "unknown": "SB-NO-SUCH-BATCH",
            "float": self.a_batch(drug),
        }[batch]
        measured = self.mass_for(self.a_batch(drug), recorded.proposed.mg.value, factor)

        def weigh() -> WeighingResult:
            given: Any = float(measured.value) if batch == "float" else measured
            return station.counter.accept_weighing(
                station.nurse, visit_id, batch_id, given, b"S S     1.0000 g"
            )

        if batch != "right":
            self.refused(f"a weighing from {batch}", weigh)
            return
        before = self.world.heads()
        result = self.attempt("weigh", weigh)
        if result is not None and not result.accepted:
            assert self.world.heads() == before, "a weighing outside the tolerance was kept"
            self.refused_weighing[visit_id] = result
            event("weighing outside the tolerance")

    @precondition(lambda self: bool(self.refused_weighing))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        reason=st.sampled_from(("Air bubble, drawn again (test).", "")),
    )
    def redo(self, actor: str, reason: str) -> None:
        station = self.station(actor)
        visit_id, result = next(iter(self.refused_weighing.items()))
        del self.refused_weighing[visit_id]

        def redo() -> str:
            return station.counter.record_redo(station.nurse, visit_id, result, reason)

        if not reason:
            self.refused("a redo without a reason", redo)
        else:
            self.attempt("redo", redo)

    @precondition(lambda self: bool(self.open_visits))
    @rule(actor=st.sampled_from(("A1", "A2")), visit=st.integers(0, 3), printed=st.booleans())
    def label(self, actor: str, visit: int, printed: bool) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)
        self.attempt(
            "print the label" if printed else "fail to print the label",
            lambda: station.counter.record_label(
                station.nurse, visit_id, printed, "printer said ok" if printed else "paper out"
            ),
        )

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        visit=st.integers(0, 3),
        witness=st.sampled_from(GOOD_WITNESSES + BAD_WITNESSES),
        reason=st.sampled_from(("Printer jammed; label written by hand (test).", " ")),
    )
    def waive_label(self, actor: str, visit: int, witness: str, reason: str) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)
        person, may_sign = self.second_person(station, witness)

        def waive() -> Visit:
            return station.counter.waive_label(station.nurse, visit_id, reason, person)

        if may_sign and reason.strip():
            self.attempt("waive the label", waive)
        else:
            self.refused(f"a label waiver signed by {witness!r}", waive)

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        visit=st.integers(0, 3),
        outcome=st.sampled_from(("full", "full", "partial", "failed", "text")),
        given=st.sampled_from(
            ("none", "none", "zero", "half", "all", "more", "negative", "nan", "huge", "float")
        ),
        approval=st.sampled_from(("none", "none", *GOOD_WITNESSES, *BAD_WITNESSES)),
        acknowledged=st.booleans(),
        venous_access_failed=st.booleans(),
    )
    def administer(
        self,
        actor: str,
        visit: int,
        outcome: str,
        given: str,
        approval: str,
        acknowledged: bool,
        venous_access_failed: bool,
    ) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)
        recorded = self.visit_of(station, visit_id)
        if recorded is None:
            return
        self.give(
            station,
            recorded,
            outcome,
            given,
            approval,
            acknowledged,
            venous_access_failed,
        )

    def give(
        self,
        station: Station,
        recorded: Visit,
        outcome: str,
        given: str,
        approval: str,
        acknowledged: bool,
        venous_access_failed: bool,
    ) -> None:
        """Record the visit's administration with these inputs; refusals where they must be."""
        prepared = recorded.weighing.prepared_mg.value if recorded.weighing else Decimal(10)
        amounts: dict[str, object] = {
            "none": None,
            "zero": Decimal(0),
            "half": (prepared / 2).quantize(Decimal("0.01")),
            "all": prepared,
            "more": prepared + Decimal("0.01"),
            "negative": Decimal(-1),
            "nan": "NaN",
            "huge": "1E+26",
            "float": float(prepared / 2),
        }
        amount = amounts[given]
        how: object = outcome if outcome == "text" else AdministrationOutcome(outcome)
        override = None
        may_sign = True
        if approval != "none":
            person, may_sign = self.second_person(station, approval)
            override = Override("Approved by a second person (test).", person)  # type: ignore[arg-type]

        def administer() -> Any:
            return station.counter.administer(
                station.nurse,
                recorded.visit_id,
                how,  # type: ignore[arg-type]
                given_mg=amount,
                override=override,
                acknowledgement="Read and acknowledged (test)." if acknowledged else "",
                booth="B2",
                venous_access_failed=venous_access_failed,
            )

        bad_amount = given in ("more", "negative", "nan", "huge", "float") or (
            outcome == "full" and given not in ("none", "all")
        )
        if outcome in ("partial", "failed") and given == "none":
            bad_amount = True
        if outcome == "partial" and given in ("zero", "all"):
            bad_amount = True
        if how == "text" or bad_amount or not may_sign:
            self.refused(
                f"administering {outcome} with {given} given, approved by {approval}",
                administer,
            )
            return
        dose = self.attempt(f"administer {outcome}", administer)
        if dose is not None:
            event(f"dose recorded ({outcome})")

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        visit=st.integers(0, 3),
        reason=st.sampled_from(("Patient left (test).", "")),
    )
    def end_visit(self, actor: str, visit: int, reason: str) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)

        def end() -> None:
            station.counter.end_visit(station.nurse, visit_id, reason)

        if not reason:
            self.refused("ending a visit without a reason", end)
        else:
            self.attempt("end the visit", end)

    # -- a whole visit at once (more doses per sequence) ----------------------------------------

    def prescribed(
        self, station: Station, who: Patient, drug: object, mg: object
    ) -> tuple[Drug, object]:
        """The drug and amount a nurse would ask for: what is prescribed today, or as given."""
        today = clinic_day(station.counter.clock(), CALENDAR)
        orders = [
            order
            for order in station.counter.overview(station.nurse, who.patient_id).prescriptions
            if order.is_active_on(today)
        ]
        order = orders[hash(str(drug)) % len(orders)] if orders else None
        chosen = order.drug if isinstance(drug, str) and order is not None else drug
        if not isinstance(chosen, Drug):
            chosen = IV
        if mg in ("session maximum", "half") and order is not None:
            most = order.max_per_session.value
            return chosen, most if mg == "session maximum" else (most / 2).quantize(Decimal(1))
        return chosen, 50 if isinstance(mg, str) and mg in ("session maximum", "half") else mg

    @rule(
        actor=st.sampled_from(("A1", "A2")),
        patient=st.integers(0, 1),
        drug=st.sampled_from(("prescribed", "prescribed", "prescribed too", IV, METHADONE)),
        mg=st.sampled_from(("session maximum", "session maximum", "half", *GOOD_MG, *ODD_MG)),
        factor=st.sampled_from(FACTORS),
        outcome=st.sampled_from(("full", "full", "full", "partial", "failed")),
        given=st.sampled_from(("none", "half", "zero", "all")),
        approval=st.sampled_from(("when asked", "when asked", "when asked", "none", "witness")),
        acknowledged=st.sampled_from((True, True, False)),
        comes=st.sampled_from(("now", "now", "next session")),
    )
    def whole_visit(
        self,
        comes: str,
        actor: str,
        patient: int,
        drug: object,
        mg: object,
        factor: str,
        outcome: str,
        given: str,
        approval: str,
        acknowledged: bool,
    ) -> None:
        """A visit from the card to the administration, inputs a nurse would mostly give."""
        station = self.station(actor)
        who = _patient(patient)
        counter, nurse = station.counter, station.nurse
        if comes == "next session":
            self.next_session()
        self.discharge_patient(station, who)
        chosen, amount = self.prescribed(station, who, drug, mg)
        text = card_text(who, CARDS[who.patient_id])
        visit = self.started(
            self.attempt("identify by card", lambda: counter.identify_by_card(nurse, text))
        )
        if visit is None:
            return
        visit_id = visit.visit_id
        if self.attempt("assess", lambda: counter.assess(nurse, visit_id, 0, None)) is None:
            return
        decided = self.attempt("decide", lambda: counter.decide(nurse, visit_id, chosen, amount))
        if decided is None or decided.decision is None or decided.proposed is None:
            return
        event(f"decision: {decided.decision.outcome.name}")
        batch_id = self.a_batch(chosen)
        measured = self.mass_for(batch_id, decided.proposed.mg.value, factor)
        weighed = self.attempt(
            "weigh",
            lambda: counter.accept_weighing(nurse, visit_id, batch_id, measured, "S S 1 g"),
        )
        if weighed is None or not weighed.accepted:
            self.attempt("end the visit", lambda: counter.end_visit(nurse, visit_id, "No dose."))
            return
        if self.attempt("print", lambda: counter.record_label(nurse, visit_id, True)) is None:
            return
        if approval == "when asked":
            asked = decided.decision.outcome is Outcome.NEEDS_OVERRIDE
            approval = "witness" if asked else "none"
        recorded = self.visit_of(station, visit_id)
        if recorded is None:
            return
        if outcome == "full":
            given = "none"
        elif given == "none" or (outcome == "partial" and given in ("zero", "all")):
            given = "half"
        self.give(station, recorded, outcome, given, approval, acknowledged, False)
        if visit_id in {document["visit_id"] for document in self.read_open_visits()}:
            self.attempt("end the visit", lambda: counter.end_visit(nurse, visit_id, "No dose."))

    whole_visit_again = whole_visit
    """The same rule twice: whole visits are what reach the daily limits."""

    def discharge_patient(self, station: Station, who: Patient) -> None:
        """Discharge the patient's open observation (early, with a witness, if time is not up)."""
        board = station.counter.observations
        for item in board.open_observations(station.nurse):
            if item.patient_id == who.patient_id:
                self.close_observation(station, item.observation_id, board.remaining(item))

    def close_observation(self, station: Station, observation_id: str, left: timedelta) -> None:
        board = station.counter.observations
        if left <= timedelta(0):
            self.attempt(
                "discharge",
                lambda: board.discharge(station.nurse, observation_id, "Well (test)."),
            )
            return
        witness = station.confirm("witness")
        self.attempt(
            "discharge early",
            lambda: board.discharge(
                station.nurse,
                observation_id,
                "Well (test).",
                early_reason="Leaves early, stable (test).",
                witness=witness,
            ),
        )

    def read_open_visits(self) -> list[dict[str, Any]]:
        station = self.world.a1
        with station.store.reading(station.nurse) as projections:
            return projections.open_visits()

    # -- observation --------------------------------------------------------------------------

    @precondition(lambda self: bool(self.record.open_observations))
    @rule(
        actor=st.sampled_from(("A1", "A2")),
        which=st.integers(0, 3),
        early=st.sampled_from(("reason and witness", "reason only", "nothing", "bad witness")),
    )
    def discharge(self, actor: str, which: int, early: str) -> None:
        station = self.station(actor)
        board = station.counter.observations
        watched = board.open_observations(station.nurse)
        if not watched:
            return
        item = watched[which % len(watched)]
        if board.remaining(item) <= timedelta(0):
            self.attempt(
                "discharge",
                lambda: board.discharge(station.nurse, item.observation_id, "Well (test)."),
            )
            return
        reason = "" if early == "nothing" else "Wants to leave, stable (test)."
        witness: User | None = None
        if early == "reason and witness":
            witness = station.confirm("witness")
        elif early == "bad witness":
            witness, _ = self.second_person(station, "made_up")

        def discharge() -> None:
            board.discharge(
                station.nurse,
                item.observation_id,
                "Left (test).",
                early_reason=reason,
                witness=witness,
            )

        if early == "reason and witness":
            self.attempt("discharge early", discharge)
        else:
            self.refused(f"an early discharge with {early}", discharge)

    # -- corrections --------------------------------------------------------------------------

    @precondition(lambda self: bool(self.record.doses))
    @rule(
        actor=st.sampled_from(("A1", "A2", "B")),
        who=st.sampled_from(("lead", "nurse")),
        witness=st.sampled_from(("witness", "lead", "made_up", "nobody")),
        patient=st.integers(0, 1),
        which=st.integers(0, 9),
    )
    def void(self, actor: str, who: str, witness: str, patient: int, which: int) -> None:
        station = self.station(actor)
        target = _patient(patient)
        overview = station.counter.overview(station.nurse, target.patient_id)
        doses = [dose for dose in overview.recent_doses if not dose.voided]
        if not doses:
            return
        dose = doses[which % len(doses)]
        session = station.sessions[who]
        person, may_sign = self.second_person(station, witness) if who == "nurse" else (None, True)

        def void() -> None:
            station.counter.void_dose(
                session, target.patient_id, dose.dose_id, "Entered in error (test).", person
            )

        mine = dose.station_id == station.store.station_id
        if who == "lead" or (mine and may_sign):
            self.attempt(f"void a dose ({who})", void)
        else:
            self.refused(f"a void by a {who} witnessed by {witness}", void)

    # -- the clinic lead ----------------------------------------------------------------------

    @rule(
        patient=st.integers(0, 1),
        kind=st.sampled_from(("new route", "new route", "same order, new figures", "by a nurse")),
        drug=st.sampled_from((IV, IM, ORAL_DAM)),
        per_session=st.sampled_from((60, 100, 150)),
        per_day=st.sampled_from((150, 250, 400)),
        sessions=st.sampled_from((1, 2, 3)),
    )
    def change_prescription(
        self,
        patient: int,
        kind: str,
        drug: Drug,
        per_session: int,
        per_day: int,
        sessions: int,
    ) -> None:
        station = self.world.a1
        who = _patient(patient)
        today = clinic_day(self.world.time.a(), CALENDAR)
        orders = station.counter.overview(station.nurse, who.patient_id).prescriptions
        dam = [order for order in orders if order.drug.substance is IV.substance]
        figures = {
            "max_per_session": Milligrams(per_session),
            "max_per_day": Milligrams(max(per_day, per_session)),
            "sessions_per_day": sessions,
        }
        if kind == "by a nurse":
            if dam:
                unchanged = dam[0]
                self.refused(
                    "a prescription by a nurse",
                    lambda: station.counter.issue_prescription(station.nurse, unchanged),
                )
            return
        if kind == "same order, new figures":
            active = [order for order in dam if order.is_active_on(today)]
            if active:
                changed = replace(active[0], **figures)  # type: ignore[arg-type]
                self.attempt(
                    "change a prescription",
                    lambda: station.counter.issue_prescription(station.lead, changed),
                )
            return
        # A new order from today replaces every other diacetylmorphine order of the patient.
        self.rx_numbers += 1
        new = Prescription(
            prescription_id=f"safety-rx-new-{self.rx_numbers}",
            patient_id=who.patient_id,
            drug=drug,
            valid_from=today,
            valid_until=None,
            phase=Phase.MAINTENANCE,
            prescriber="Dr. Fiktiv",
            **figures,  # type: ignore[arg-type]
        )
        ended = [
            replace(order, valid_until=max(today - timedelta(days=1), order.valid_from))
            for order in dam
            if order.valid_until is None or order.valid_until >= today
        ]
        for order in ended:
            self.attempt("end a prescription", self.lead_prescribes(order))
        self.attempt("prescribe", lambda: station.counter.issue_prescription(station.lead, new))

    def lead_prescribes(self, order: Prescription) -> Callable[[], None]:
        station = self.world.a1
        return lambda: station.counter.issue_prescription(station.lead, order)

    @rule(
        key=st.sampled_from(sorted(SETTINGS)),
        which=st.integers(0, 6),
        valid=st.sampled_from((True, True, True, False)),
        who=st.sampled_from(("lead", "lead", "nurse")),
    )
    def change_setting(self, key: str, which: int, valid: bool, who: str) -> None:
        station = self.world.a1
        good, bad = SETTINGS[key]
        value = (good if valid else bad)[which % len(good if valid else bad)]
        session = station.sessions[who]

        def change() -> object:
            return station.settings.change(session, key, value)

        if who == "nurse" or not valid:
            self.refused(f"setting {key} to {value!r} as {who}", change)
            return
        saved = self.attempt(f"change {key}", change)
        if saved is not None:
            self.truth.changed(key, saved)

    @rule(
        action=st.sampled_from(("set", "lift", "lift", "lift unknown")),
        actor=st.sampled_from(("A1", "A1", "B")),
        patient=st.integers(0, 1),
        who=st.sampled_from(("lead", "lead", "lead", "nurse")),
    )
    def stop_flag(self, action: str, actor: str, patient: int, who: str) -> None:
        """A clinic lead sets or lifts a stop-dose flag (a nurse may do neither)."""
        station = self.station(actor)
        target = _patient(patient)
        session = station.sessions[who]
        if action == "set":

            def stop() -> str:
                return station.counter.set_stop_flag(
                    session, target.patient_id, "Physician review pending (test)."
                )

            if who == "nurse":
                self.refused("a stop-dose flag set by a nurse", stop)
            else:
                self.attempt("set a stop-dose flag", stop)
            return
        flags = station.counter.overview(station.nurse, target.patient_id).stop_flags
        if action == "lift" and not flags:
            return
        flag_id = flags[0][0] if action == "lift" else "no-such-flag"

        def lift() -> None:
            station.counter.lift_stop_flag(session, target.patient_id, flag_id, "Reviewed (test).")

        if who == "nurse" or action == "lift unknown":
            self.refused(f"{action} as {who}", lift)
        else:
            self.attempt("lift a stop-dose flag", lift)

    @rule(patient=st.integers(0, 1))
    def review_after_break(self, patient: int) -> None:
        station = self.world.a1
        target = _patient(patient)
        self.attempt(
            "review after a break",
            lambda: station.counter.record_break_review(
                station.lead, target.patient_id, "Re-titration confirmed (test)."
            ),
        )

    # -- people -------------------------------------------------------------------------------

    @precondition(lambda self: not self.witness2_disabled)
    @rule(actor=st.sampled_from(("A1", "A2")))
    def witness2_signs_for_later(self, actor: str) -> None:
        station = self.station(actor)
        self.kept[station.name] = station.confirm("witness2")

    @precondition(lambda self: not self.witness2_disabled and bool(self.kept))
    @rule()
    def disable_witness2(self) -> None:
        station = self.world.a1
        station.store.set_user_disabled(station.admin, "witness2", True)
        self.witness2_disabled = True

    # -- station B, sync and the second process -------------------------------------------------

    @rule(
        patient=st.integers(0, 1),
        drug=st.sampled_from((IV, IV, METHADONE)),
        mg=st.sampled_from(GOOD_MG),
        approve=st.booleans(),
    )
    def station_b_gives_a_dose(self, patient: int, drug: Drug, mg: object, approve: bool) -> None:
        station = self.world.b
        who = _patient(patient)
        counter, nurse = station.counter, station.nurse
        self.discharge_patient(station, who)
        text = card_text(who, CARDS[who.patient_id])
        visit = self.attempt("B identifies", lambda: counter.identify_by_card(nurse, text))
        if visit is None:
            return
        visit_id = visit.visit_id
        try:
            counter.assess(nurse, visit_id, 0, Decimal("0.0"))
            decided = counter.decide(nurse, visit_id, drug, mg)
            assert decided.proposed is not None
            batch_id = self.world.batches[STATION_B][drug.substance.value]
            measured = self.mass_for(batch_id, decided.proposed.mg.value, "1")
            counter.accept_weighing(nurse, visit_id, batch_id, measured, "S S 1 g")
            counter.record_label(nurse, visit_id, printed=True)
            override = Override("Offline, approved (test).", station.confirm("witness"))
            counter.administer(
                nurse,
                visit_id,
                override=override if approve else None,
                acknowledgement="Acknowledged (test).",
            )
            event("B gave a dose")
        except (ServiceError, DomainError) as refusal:
            event(f"B refused a dose: {str(refusal)[:60]}")

    @rule(direction=st.sampled_from(("A pulls from B", "B pulls from A", "both")))
    def sync(self, direction: str) -> None:
        """Events move between the stations as the sync client applies the server's feed."""
        a, b, marks = self.world.a1, self.world.b, self.world.marks
        if direction != "A pulls from B":
            feed(a, b, marks)
        if direction != "B pulls from A":
            event(f"A pulled {'some' if feed(b, a, marks) else 'no'} events")

    @precondition(lambda self: self.worker is not None)
    @rule(
        patient=st.integers(0, 1),
        drug=st.sampled_from((IV, METHADONE)),
        mg=st.sampled_from(GOOD_MG),
        outcome=st.sampled_from(("full", "full", "partial")),
        override=st.booleans(),
    )
    def second_process_gives_a_dose(
        self, patient: int, drug: Drug, mg: object, outcome: str, override: bool
    ) -> None:
        assert self.worker is not None
        who = _patient(patient)
        before = self.world.heads()
        answer = self.worker.ask(
            {
                "command": "visit",
                "folder": str(self.world.a1.folder),
                "now": self.world.time.a().isoformat(),
                "patient_id": who.patient_id,
                "card": card_text(who, CARDS[who.patient_id]),
                "drug": drug.value,
                "mg": str(mg),
                "factor": "1",
                "outcome": outcome,
                "given": None if outcome == "full" else "5",
                "override": override,
            }
        )
        assert answer["ok"], answer.get("crash")
        event(
            "second process: "
            + ("dosed" if "dose_id" in answer else f"{answer['step']}: {answer['refused'][:60]}")
        )
        assert self.world.heads()[1] == before[1]

    # -- clocks -------------------------------------------------------------------------------

    @rule(
        change=st.sampled_from(
            (
                "5 min",
                "25 min",
                "35 min",
                "95 min",
                "185 min",
                "next session",
                "next session",
                "A ahead 10 days",
                "A right",
                "A right",
                "A behind an hour",
                "B ahead 10 days",
                "B right",
            )
        )
    )
    def clock(self, change: str) -> None:
        """Time passes, or a station's clock goes wrong or is set right."""
        time = self.world.time
        if change.endswith(" min"):
            time.now += timedelta(minutes=int(change.split(maxsplit=1)[0]))
        elif change == "next session":
            self.next_session()
        elif change.startswith("A "):
            time.a_offset = {
                "A ahead 10 days": timedelta(days=10),
                "A right": timedelta(0),
                "A behind an hour": timedelta(hours=-1),
            }[change]
        else:
            time.b_offset = timedelta(days=10) if change == "B ahead 10 days" else timedelta(0)

    def next_session(self) -> None:
        """The world's time moves to five minutes into the next dosing session."""
        now = self.world.time.now.astimezone(CALENDAR.zone)
        starts = sorted(window.starts for window in CALENDAR.sessions)
        later = [moment for moment in starts if moment > now.time().replace(tzinfo=None)]
        day = now if later else now + timedelta(days=1)
        start = later[0] if later else starts[0]
        target = day.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
        self.world.time.now = target + timedelta(minutes=5)

    # -- after every step ---------------------------------------------------------------------

    @invariant()
    def the_record_holds(self) -> None:
        dosed = self.record.check(self.truth)
        for _dose in dosed:
            event("a dose in A's record")
        self.open_visits = [
            visit_id
            for visit_id in self.visits
            if visit_id in {document["visit_id"] for document in self.read_open_visits()}
        ]
        for station in (self.world.a1, self.world.b):
            for patient in PATIENTS:
                station.counter.overview(station.nurse, patient.patient_id)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        stateful_step_count=STEPS,
        deadline=None,
        derandomize=not LONG,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return build_templates(tmp_path_factory.mktemp("safety-templates"))


@pytest.fixture(scope="module")
def worker() -> Iterator[ProcessWorker]:
    running = ProcessWorker()
    yield running
    running.close()


def _run(templates: Templates, worker: ProcessWorker, examples: int) -> None:
    SafetyMachine.templates = templates
    SafetyMachine.worker = worker
    TALLY.clear()
    try:
        run_state_machine_as_test(SafetyMachine, settings=_settings(examples))
    finally:
        print("safety machine:", ", ".join(f"{what} x{n}" for what, n in sorted(TALLY.items())))


def test_no_random_clinic_day_breaks_a_safety_rule(
    templates: Templates, worker: ProcessWorker
) -> None:
    _run(templates, worker, EXAMPLES)


@pytest.mark.slow
def test_no_random_clinic_day_breaks_a_safety_rule_long(
    templates: Templates, worker: ProcessWorker, request: pytest.FixtureRequest
) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("long safety mode: run with -m slow (or set HAT_LONG_SAFETY=1)")
    _run(templates, worker, max(EXAMPLES, 1000))


# -- sequences the machine found, kept as plain tests ------------------------------------------


@pytest.fixture
def world(templates: Templates) -> Iterator[World]:
    made = World(templates, None)
    yield made
    made.close()


def _weighed_visit(world: World) -> Visit:
    """Station A's nurse scans patient 1's card, assesses, asks for 50 mg and weighs it."""
    a = world.a1
    patient = PATIENTS[0]
    visit = a.counter.identify_by_card(a.nurse, card_text(patient, CARDS[patient.patient_id]))
    a.counter.assess(a.nurse, visit, 0, None)
    a.counter.decide(a.nurse, visit, IV, 50)
    batch = world.batches[STATION_A]["diacetylmorphine"]
    result = a.counter.accept_weighing(a.nurse, visit, batch, Grams("0.5090"), "S S 0.5090 g")
    assert result.accepted, result.explanation
    a.counter.record_label(a.nurse, visit, printed=True)
    return a.counter.visit(a.nurse, visit)


@pytest.mark.parametrize("amount", ["1E+26", Decimal("1E+26"), "1e30"])
def test_a_dose_of_1e26_mg_is_refused_with_a_sentence_not_a_crash(
    world: World, amount: object
) -> None:
    # Found by the machine: decide(..., "1E+26") raised decimal.InvalidOperation while the
    # refusal's own sentence was written (str() of a Milligrams too large to round to 0.01 mg).
    a = world.a1
    visit = _weighed_visit(world)
    head = a.head()
    with pytest.raises(ServiceError, match="not a possible dose"):
        a.counter.decide(a.nurse, visit.visit_id, IV, amount)
    with pytest.raises(ServiceError, match="not a possible dose"):
        a.counter.administer(
            a.nurse, visit.visit_id, AdministrationOutcome.PARTIAL, given_mg=amount
        )
    assert a.head() == head, "a refused amount wrote to the record"
    assert a.counter.visit(a.nurse, visit.visit_id).dose_id is None
