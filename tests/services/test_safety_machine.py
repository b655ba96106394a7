"""Stateful proof of the safety boundary: random clinic days through the real services.

A Hypothesis ``RuleBasedStateMachine`` drives station A (two ``Store`` objects on one data
folder, and a real second process on it), station B in another folder (its clock may run ten
days ahead; events move between the stations through the sync client's station side), the
clinic lead's settings, stop-dose flags and prescriptions, and the clocks. Callers pass good
and bad input alike: made-up or disabled witnesses, text and NaN for numbers, doses of 1E+26
mg, weighings outside the tolerance, amounts given that were never prepared. Input that no
service may take must be refused with a sentence and leave every record as it was.

After every step the invariants are checked on what station A itself recorded
(``safety_invariants``): no day above a daily maximum, no second dose in a session without
the rule's permission, none under a stop-dose flag, before the interval, outside the session
hours without a second person, without a verified identity, a label or its observation; an
event log that only grows, and whose chain verifies at the end.

Normal run (CI): a fixed set of sequences, well under two minutes on a 2-core machine.
Long mode: ``HAT_LONG_SAFETY=1`` (random sequences; ``HAT_SAFETY_EXAMPLES``, 1,000 by
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
    initialize,
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
EXAMPLES = int(os.environ.get("HAT_SAFETY_EXAMPLES", "1000" if LONG else "50"))
STEPS = int(os.environ.get("HAT_SAFETY_STEPS", "80"))
CALENDAR = RuleSettings()
TALLY: Counter[str] = Counter()
"""What the machine did over a run (printed at the end: doses, refusals and their reasons)."""


def event(what: str) -> None:
    TALLY[what] += 1


# -- what callers pass in -----------------------------------------------------------------------

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
WHOLE_VISIT_FACTORS = ["1", "1", "1", "1", "1.004", "0.99", "1.019", "0.981", "1.06"]
"""A whole visit's syringe: mostly inside the tolerance, so that the visit goes on."""
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
BAD_WITNESSES = ("nobody", "pharm", "made up", "forged proof", "other store", "the signer")
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
ACTORS = st.sampled_from(("A1", "A1", "A2"))
"""Station A's two service objects (two ``Store`` objects on one data folder)."""
PATIENT = st.integers(0, len(PATIENTS) - 1)


def _one_of(value: object, choices: list[object]) -> bool:
    """True when ``value`` is one of ``choices`` itself (1 is not True, NaN is itself)."""
    return any(value is choice for choice in choices)


class SafetyMachine(RuleBasedStateMachine):
    """Random sequences of counter, clinic lead, sync, clock and second-process actions."""

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
        self.outside_tolerance: dict[str, WeighingResult] = {}
        self.kept: dict[str, ConfirmedUser] = {}
        """A witness2 confirmation per station object, kept for later (it may go stale)."""
        self.witness2_disabled = False
        self.batch_facts = {
            batch.lot: (batch.concentration.value, batch.density.value)
            for station in (self.world.a1, self.world.b)
            for batch in station.counter.solution_batches(station.nurse)
        }
        self.new_orders = 0
        self.last_patient = 0
        self.typos = 0
        self.steps = 0

    def teardown(self) -> None:
        try:
            for station in (self.world.a1, self.world.b):
                result = station.store.verify(station.admin.data_key)
                assert result.intact, f"{station.name}: {result.problem}"
        finally:
            self.world.close()

    # -- calling the services -----------------------------------------------------------------

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
            event(f"refused: {what}: {str(refusal)[:60]}")
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
            event(f"refused as it must be: {what}: {str(refusal)[:50]}")
            return
        raise AssertionError(f"{what} was not refused (it returned {result!r})")

    def second_person(self, station: Station, kind: str) -> tuple[User | None, bool]:
        """A second person of ``kind`` beside ``station``'s nurse, and whether they may sign."""
        if kind == "nobody":
            return None, False
        if kind in ("made up", "forged proof"):
            real = station.store.find_user("witness")
            assert real is not None
            if kind == "made up":
                return replace(real, disabled=False), False
            fields = {name: getattr(real, name) for name in User.__dataclass_fields__}
            return ConfirmedUser(**fields, confirmed_at=time.monotonic(), proof="0" * 64), False
        if kind == "other store":  # signed at the other store object: not at this one
            other = self.world.a2 if station is self.world.a1 else self.world.a1
            return other.confirm("witness"), False
        if kind == "the signer":
            return station.nurse.user, False
        if kind == "witness2" and self.witness2_disabled:
            return self.kept.get(station.name), False  # signed before the account was disabled
        return station.confirm(kind), kind != "pharm"

    def visit_of(self, station: Station, visit_id: str) -> Visit | None:
        return self.attempt(
            "read the visit", lambda: station.counter.visit(station.nurse, visit_id)
        )

    def batch_of(self, drug: Drug, station_id: str = STATION_A) -> str:
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

    def read_open_visits(self) -> set[str]:
        station = self.world.a1
        with station.store.reading(station.nurse) as projections:
            return {document["visit_id"] for document in projections.open_visits()}

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
        order = orders[len(str(drug)) % len(orders)] if orders else None
        chosen = order.drug if isinstance(drug, str) and order is not None else drug
        if not isinstance(chosen, Drug):
            chosen = IV
        if mg in ("session maximum", "half", "most allowed"):
            if order is None:
                return chosen, 50
            most = order.max_per_session.value
            return chosen, most if mg == "session maximum" else (most / 2).quantize(Decimal(1))
        return chosen, mg

    # -- the clinic's rules when the day begins -------------------------------------------------

    @initialize(
        max_daily=st.sampled_from(("1000", "1000", "400", "250", "150")),
        interval=st.sampled_from((180, 180, 240, 60, 0)),
        repeat=st.sampled_from(("block", "needs_override")),
        missed_days=st.sampled_from(("block_for_review", "cap_at_percent_of_last_dose")),
        tolerance=st.sampled_from(("2", "2", "1", "5")),
    )
    def clinic_rules(
        self, max_daily: str, interval: int, repeat: str, missed_days: str, tolerance: str
    ) -> None:
        """The clinic lead saves the clinic's rule settings (they differ from clinic to clinic)."""
        station = self.world.a1
        for key, value in (
            ("max_daily_diacetylmorphine_mg", max_daily),
            ("min_interval_minutes", interval),
            ("repeat_session", repeat),
            ("missed_days_action", missed_days),
            ("weighing_tolerance_percent", tolerance),
        ):
            self.truth.changed(key, station.settings.change(station.lead, key, value))

    # -- identify -----------------------------------------------------------------------------

    @precondition(lambda self: len(self.open_visits) < 4)
    @rule(
        actor=ACTORS,
        patient=st.integers(0, len(PATIENTS)),
        how=st.sampled_from(
            (
                "genuine card",
                "genuine card",
                "forged card",
                "stranger's card",
                "garbage",
                *(f"witness {kind}" for kind in GOOD_WITNESSES),
                *(f"witness {kind}" for kind in BAD_WITNESSES),
                "witness, no reason",
            )
        ),
    )
    def identify(self, actor: str, patient: int, how: str) -> None:
        """A visit begins: a card, or a name and birth date with a witness (or attempts)."""
        station = self.station(actor)
        who = UNKNOWN_PATIENT if patient == len(PATIENTS) else PATIENTS[patient]
        counter, nurse = station.counter, station.nurse
        if how.startswith("witness"):
            reason = "Card left at home (test)."
            person: User | None = station.confirm("witness")
            may_sign = False
            if how == "witness, no reason":
                reason = " "
            else:
                person, may_sign = self.second_person(station, how.split(" ", 1)[1])

            def identify() -> Visit:
                return counter.identify_manually(nurse, who.patient_id, reason, person)

            if may_sign and who is not UNKNOWN_PATIENT:
                self.started(self.attempt("identify with a witness", identify))
            else:
                self.refused(f"identification ({how}) of {who.clinic_id}", identify)
            return
        serial = CARDS.get(who.patient_id, "safety-card-stranger")
        texts = {
            "genuine card": card_text(who, serial),
            "forged card": card_text(who, serial, key=UNTRUSTED_KEY),
            "stranger's card": card_text(UNKNOWN_PATIENT, serial),
            "garbage": "HATC1.bm90IGEgY2FyZA.AAAA",
        }
        scan = texts[how]
        if how == "genuine card" and who is not UNKNOWN_PATIENT:
            self.started(
                self.attempt("identify by card", lambda: counter.identify_by_card(nurse, scan))
            )
        else:
            self.refused(f"a {how}", lambda: counter.identify_by_card(nurse, scan))

    # -- the visit, step by step --------------------------------------------------------------

    @precondition(lambda self: bool(self.open_visits))
    @rule(
        step=st.sampled_from(
            ("assess", "decide", "weigh", "redo", "label", "administer", "administer", "end")
        ),
        actor=ACTORS,
        visit=st.integers(0, 3),
        data=st.data(),
    )
    def visit_step(self, step: str, actor: str, visit: int, data: st.DataObject) -> None:
        """One step of an open visit at station A, with good or bad input."""

        def draw(name: str, choices: Any) -> Any:
            return data.draw(st.sampled_from(choices), label=name)

        if step == "assess":
            score = draw("score", SCORES + BAD_SCORES)
            self.assess(actor, visit, score, draw("alcohol", ALCOHOL + BAD_ALCOHOL))
        elif step == "decide":
            drug = draw("drug", ("prescribed", "prescribed", IV, IM, ORAL_DAM, METHADONE, "text"))
            mg = draw("mg", ("session maximum", "half", *GOOD_MG, *ODD_MG, *BAD_MG))
            self.decide(actor, visit, drug, mg)
        elif step == "weigh":
            batch = draw(
                "batch", ("right", "right", "right", "other substance", "unknown", "float")
            )
            self.weigh(actor, visit, batch, draw("factor", FACTORS))
        elif step == "redo" and self.outside_tolerance:
            self.redo(actor, draw("reason", ("Air bubble, drawn again (test).", "")))
        elif step == "label":
            waivers = [f"waived, {kind}" for kind in (*GOOD_WITNESSES, *BAD_WITNESSES)]
            how = draw(
                "how", ("printed", "printed", "printer failed", *waivers, "waived, no reason")
            )
            self.label(actor, visit, how)
        elif step == "administer":
            self.administer(
                actor,
                visit,
                draw("outcome", ("full", "full", "partial", "failed", "text")),
                draw(
                    "given",
                    (
                        "none",
                        "none",
                        "zero",
                        "half",
                        "all",
                        "more",
                        "negative",
                        "nan",
                        "huge",
                        "float",
                    ),
                ),
                draw("approval", ("none", "none", *GOOD_WITNESSES, *BAD_WITNESSES)),
                data.draw(st.booleans(), label="acknowledged"),
                data.draw(st.booleans(), label="venous access failed"),
            )
        elif step == "end":
            self.end_visit(actor, visit, draw("reason", ("Left (test).", "")))

    def redo(self, actor: str, reason: str) -> None:
        station = self.station(actor)
        visit_id, result = self.outside_tolerance.popitem()

        def redo() -> str:
            return station.counter.record_redo(station.nurse, visit_id, result, reason)

        if not reason:
            self.refused("a redo without a reason", redo)
        else:
            self.attempt("redo", redo)

    def assess(self, actor: str, visit: int, score: object, alcohol: object) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)

        def assess() -> Visit:
            scored: Any = score
            measured: Any = alcohol
            return station.counter.assess(
                station.nurse, visit_id, scored, measured, "Assessed (test)."
            )

        if _one_of(score, BAD_SCORES) or _one_of(alcohol, BAD_ALCOHOL):
            self.refused(f"an assessment of {score!r} and {alcohol!r} ‰", assess)
        else:
            self.attempt("assess", assess)

    def decide(self, actor: str, visit: int, drug: object, mg: object) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)
        patient = station.counter.visit(station.nurse, visit_id).patient
        chosen, amount = self.prescribed(station, patient, drug, mg)
        asked: object = "diacetylmorphine_iv" if drug == "text" else chosen

        def decide() -> Visit:
            return station.counter.decide(station.nurse, visit_id, asked, amount)  # type: ignore[arg-type]

        if not isinstance(asked, Drug) or _one_of(amount, BAD_MG):
            self.refused(f"a decision for {asked!r} {amount!r} mg", decide)
        else:
            self.attempt("decide", decide)

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
                    station.nurse, visit_id, self.batch_of(IV), Grams("1.0000")
                ),
            )
            return
        drug = recorded.proposed.drug
        other = METHADONE if drug.substance is IV.substance else IV
        batch_id = {
            "right": self.batch_of(drug),
            "other substance": self.batch_of(other),
            "unknown": "SB-NO-SUCH-BATCH",
            "float": self.batch_of(drug),
        }[batch]
        measured = self.mass_for(self.batch_of(drug), recorded.proposed.mg.value, factor)
        given: Any = float(measured.value) if batch == "float" else measured

        def weigh() -> WeighingResult:
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
            self.outside_tolerance[visit_id] = result
            event("weighing outside the tolerance")

    def label(self, actor: str, visit: int, how: str) -> None:
        """The syringe's label is printed, fails to print, or a second person waives it."""
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)
        counter, nurse = station.counter, station.nurse
        if not how.startswith("waived"):
            printed = how == "printed"
            self.attempt(
                f"label {how}",
                lambda: counter.record_label(nurse, visit_id, printed, how),
            )
            return
        kind = how.split(", ", 1)[1]
        person, may_sign = (
            (station.confirm("witness"), False)
            if kind == "no reason"
            else self.second_person(station, kind)
        )
        reason = " " if kind == "no reason" else "Printer jammed; label written by hand (test)."

        def waive() -> Visit:
            return counter.waive_label(nurse, visit_id, reason, person)

        if may_sign:
            self.attempt("waive the label", waive)
        else:
            self.refused(f"a label {how}", waive)

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
        recorded = self.visit_of(station, self.chosen_visit(visit))
        if recorded is not None:
            self.give(
                station, recorded, outcome, given, approval, acknowledged, venous_access_failed
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
        """Record the visit's administration with these inputs; refused where it must be."""
        prepared = recorded.weighing.prepared_mg.value if recorded.weighing else Decimal(10)
        amount: object = {
            "none": None,
            "zero": Decimal(0),
            "half": (prepared / 2).quantize(Decimal("0.01")),
            "all": prepared,
            "more": prepared + Decimal("0.01"),
            "negative": Decimal(-1),
            "nan": "NaN",
            "huge": "1E+26",
            "float": float(prepared / 2),
        }[given]
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

        bad_amount = (
            given in ("more", "negative", "nan", "huge", "float")
            or (outcome == "full" and given not in ("none", "all"))
            or (outcome in ("partial", "failed") and given == "none")
            or (outcome == "partial" and given in ("zero", "all"))
        )
        if how == "text" or bad_amount or not may_sign:
            self.refused(
                f"administering {outcome}, {given} given, approved by {approval}", administer
            )
        elif self.attempt(f"administer {outcome}", administer) is not None:
            event(f"A dosed ({outcome}, approval {approval})")

    def end_visit(self, actor: str, visit: int, reason: str) -> None:
        station = self.station(actor)
        visit_id = self.chosen_visit(visit)

        def end() -> None:
            station.counter.end_visit(
                station.nurse, visit_id, reason, why="patient_left" if reason else None
            )

        if not reason:
            self.refused("ending a visit without a reason", end)
        else:
            self.attempt("end the visit", end)

    # -- a whole visit at once (it reaches the limits) ------------------------------------------

    @rule(
        comes=st.sampled_from(("now", "now", "an hour later", "next session")),
        actor=ACTORS,
        patient=st.sampled_from((-1, -1, *range(len(PATIENTS)))),
        drug=st.sampled_from(("prescribed", "prescribed", "prescribed too", IV, METHADONE)),
        mg=st.sampled_from(
            ("most allowed", "most allowed", "session maximum", "half", *GOOD_MG, *ODD_MG)
        ),
        factor=st.sampled_from(WHOLE_VISIT_FACTORS),
        outcome=st.sampled_from(("full", "full", "full", "partial", "failed")),
        given=st.sampled_from(("half", "zero", "all")),
        approval=st.sampled_from(("when asked", "when asked", "none", "witness", "lead")),
        acknowledged=st.sampled_from((True, True, False)),
        label=st.sampled_from(("printed", "printed", "printed", "printer failed", "waived")),
        assessment=st.sampled_from(
            ("sober", "sober", "sober", "sober", "sedated", "alcohol", "typed wrong")
        ),
    )
    def whole_visit(
        self,
        assessment: str,
        label: str,
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
        """A visit from the card to the administration, with what a nurse would mostly enter.

        ``patient`` -1 is the patient of the last whole visit (who comes back: the same
        session, the next, the next day: what reaches the session and daily limits).
        """
        station = self.station(actor)
        if patient >= 0:
            self.last_patient = patient
        who = PATIENTS[self.last_patient]
        counter, nurse = station.counter, station.nurse
        if comes == "next session":
            self.next_session()
        elif comes == "an hour later":
            self.world.time.now += timedelta(minutes=65)
        self.discharge_patient(station, who)
        chosen, amount = self.prescribed(station, who, drug, mg)
        text = card_text(who, CARDS[who.patient_id])
        visit = self.started(
            self.attempt("identify by card", lambda: counter.identify_by_card(nurse, text))
        )
        if visit is None:
            return
        visit_id = visit.visit_id
        if assessment == "typed wrong":  # what a screen might pass: refused, then done right
            self.typos += 1
            score = BAD_SCORES[self.typos % len(BAD_SCORES)]
            alcohol = BAD_ALCOHOL[self.typos % len(BAD_ALCOHOL)]
            for bad in ((score, None), (0, alcohol)):
                self.refused(
                    f"an assessment of {bad[0]!r} and {bad[1]!r} ‰",
                    lambda bad=bad: counter.assess(nurse, visit_id, *bad),  # type: ignore[misc]
                )
        score, alcohol = {"sedated": (2, None), "alcohol": (0, Decimal("0.6"))}.get(
            assessment, (0, None)
        )
        if self.attempt("assess", lambda: counter.assess(nurse, visit_id, score, alcohol)) is None:
            return
        decided = self.attempt("decide", lambda: counter.decide(nurse, visit_id, chosen, amount))
        if decided is not None and decided.decision is not None and mg == "most allowed":
            # As a nurse would: the rules say how much may be given now; ask for exactly that.
            most = decided.decision.max_allowed
            if most:
                decided = self.attempt(
                    "decide", lambda: counter.decide(nurse, visit_id, chosen, most)
                )
        if decided is None or decided.decision is None or decided.proposed is None:
            return
        event(f"decision: {decided.decision.outcome.name}")
        batch_id = self.batch_of(chosen)
        measured = self.mass_for(batch_id, decided.proposed.mg.value, factor)
        weighed = self.weigh_syringe(station, visit_id, batch_id, measured)
        if weighed is None or not weighed.accepted or label == "printer failed":
            accepted = weighed is not None and weighed.accepted
            if accepted:
                self.attempt("print", lambda: counter.record_label(nurse, visit_id, False, "jam"))
            self.refused(  # a syringe outside the tolerance or without a label is not given
                f"administering a syringe {'without a label' if accepted else 'not weighed'}",
                lambda: counter.administer(
                    nurse, visit_id, override=Override("Go (test).", station.confirm("lead"))
                ),
            )
            self.attempt(
                "end the visit", lambda: counter.end_visit(nurse, visit_id, "No dose.", why="other")
            )
            return
        if label == "waived":
            witness = station.confirm("witness")
            labelled = self.attempt(
                "waive the label",
                lambda: counter.waive_label(
                    nurse, visit_id, "Printer out of order (test).", witness
                ),
            )
        else:
            labelled = self.attempt("print", lambda: counter.record_label(nurse, visit_id, True))
        recorded = self.visit_of(station, visit_id) if labelled is not None else None
        if recorded is not None:
            if approval == "when asked":
                asked = decided.decision.outcome is Outcome.NEEDS_OVERRIDE
                approval = "witness" if asked else "none"
            if outcome == "full":
                given = "none"
            elif outcome == "partial" and given != "half":
                given = "half"
            self.give(station, recorded, outcome, given, approval, acknowledged, False)
        if visit_id in self.read_open_visits():
            self.attempt(
                "end the visit", lambda: counter.end_visit(nurse, visit_id, "No dose.", why="other")
            )

    whole_visit_again = whole_visit
    whole_visit_once_more = whole_visit
    """The same rule three times (as often): whole visits are what reach the limits."""

    def weigh_syringe(
        self, station: Station, visit_id: str, batch_id: str, measured: Grams
    ) -> WeighingResult | None:
        """The scale's stable reading goes to the service; outside the tolerance, nothing kept."""
        before = self.world.heads()
        result = self.attempt(
            "weigh",
            lambda: station.counter.accept_weighing(
                station.nurse, visit_id, batch_id, measured, b"S S     1.0000 g"
            ),
        )
        if result is not None and not result.accepted:
            assert self.world.heads() == before, "a weighing outside the tolerance was kept"
            event("weighing outside the tolerance")
        return result

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
                "discharge", lambda: board.discharge(station.nurse, observation_id, "Well (test).")
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

    # -- observation --------------------------------------------------------------------------

    @precondition(lambda self: bool(self.record.open_observations))
    @rule(
        actor=ACTORS,
        which=st.integers(0, 3),
        early=st.sampled_from(("reason and witness", "reason only", "nothing", "made up")),
    )
    def discharge(self, actor: str, which: int, early: str) -> None:
        station = self.station(actor)
        board = station.counter.observations
        watched = board.open_observations(station.nurse)
        if not watched:
            return
        item = watched[which % len(watched)]
        if board.remaining(item) <= timedelta(0) or early == "reason and witness":
            self.close_observation(station, item.observation_id, board.remaining(item))
            return
        reason = "" if early == "nothing" else "Wants to leave, stable (test)."
        witness, _ = self.second_person(station, early) if early == "made up" else (None, False)

        def discharge() -> None:
            board.discharge(
                station.nurse,
                item.observation_id,
                "Left (test).",
                early_reason=reason,
                witness=witness,
            )

        self.refused(f"an early discharge with {early}", discharge)

    # -- corrections --------------------------------------------------------------------------

    @precondition(lambda self: bool(self.record.doses))
    @rule(
        actor=st.sampled_from(("A1", "A2", "B")),
        who=st.sampled_from(("lead", "nurse")),
        witness=st.sampled_from(("witness", "lead", "made up", "nobody")),
        patient=PATIENT,
        which=st.integers(0, 9),
    )
    def void(self, actor: str, who: str, witness: str, patient: int, which: int) -> None:
        """A dose record entered in error is voided: a lead, or a nurse with a witness."""
        station = self.station(actor)
        target = PATIENTS[patient]
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

    # -- the clinic lead (and people who may not do what a clinic lead does) --------------------

    @rule(
        action=st.sampled_from(
            (
                "new order",
                "new order",
                "new order",
                "new figures",
                "order by a nurse",
                "setting",
                "setting",
                "setting",
                "flag",
                "lift",
                "lift",
                "review",
                "correct a dose's time",
                "witness2 signs for later",
                "disable witness2",
            )
        ),
        data=st.data(),
    )
    def clinic_lead(self, action: str, data: st.DataObject) -> None:
        if action in ("new order", "new figures", "order by a nurse"):
            self.prescribe(action, data)
        elif action == "setting":
            self.change_setting(data)
        elif action in ("flag", "lift"):
            self.stop_flag(action, data)
        elif action == "review":
            station = self.world.a1
            target = data.draw(st.sampled_from(PATIENTS), label="patient")
            self.attempt(
                "review after a break",
                lambda: station.counter.record_break_review(
                    station.lead, target.patient_id, "Re-titration confirmed (test)."
                ),
            )
        elif action == "correct a dose's time":
            self.correct_future_dose(data)
        elif action == "witness2 signs for later" and not self.witness2_disabled:
            station = self.station(data.draw(ACTORS, label="at"))
            self.kept[station.name] = station.confirm("witness2")
        elif action == "disable witness2" and self.kept and not self.witness2_disabled:
            station = self.world.a1
            station.store.set_user_disabled(station.admin, "witness2", True)
            self.witness2_disabled = True

    def correct_future_dose(self, data: st.DataObject) -> None:
        """A clinic lead sets right the time of a dose a clock ten days ahead stamped."""
        station = self.world.a1
        target = data.draw(st.sampled_from(PATIENTS), label="patient")
        now = station.counter.clock()
        doses = station.counter.overview(station.nurse, target.patient_id).recent_doses
        for dose in doses:
            if dose.given_at > now + timedelta(hours=1):
                real = dose.given_at - timedelta(days=10)
                self.attempt(
                    "correct a dose's time",
                    lambda dose=dose, real=real: station.counter.correct_dose_time(  # type: ignore[misc]
                        station.lead, target.patient_id, dose.dose_id, real, "Clock was wrong."
                    ),
                )
                return

    def prescribe(self, action: str, data: st.DataObject) -> None:
        """A new order from today (another route, other figures) replaces the patient's DAM.

        Mostly for the patient of the last whole visit: an order changed after a dose today.
        """
        station = self.world.a1
        index = data.draw(st.sampled_from((-1, -1, *range(len(PATIENTS)))), label="patient")
        who = PATIENTS[self.last_patient if index < 0 else index]
        today = clinic_day(self.world.time.a(), CALENDAR)
        orders = station.counter.overview(station.nurse, who.patient_id).prescriptions
        dam = [order for order in orders if order.drug.substance is IV.substance]
        per_session = data.draw(st.sampled_from((60, 100, 150)), label="per session")
        figures: dict[str, Any] = {
            "drug": data.draw(st.sampled_from((IV, IV, IM, ORAL_DAM)), label="drug"),
            "max_per_session": Milligrams(per_session),
            "max_per_day": Milligrams(
                max(per_session, data.draw(st.sampled_from((150, 250, 400)), label="per day"))
            ),
            "sessions_per_day": data.draw(st.sampled_from((1, 2, 3)), label="sessions"),
        }
        lead = station.lead
        if action == "order by a nurse":
            if dam:
                unchanged = dam[0]
                self.refused(
                    "a prescription by a nurse",
                    lambda: station.counter.issue_prescription(station.nurse, unchanged),
                )
            return
        started_today = [order for order in dam if order.valid_from == today]
        if action == "new figures" or started_today:
            # The order is changed in place (same id): an order of today cannot end yesterday.
            active = [order for order in dam if order.is_active_on(today)]
            if active:
                changed = replace(active[0], **figures)
                self.attempt(
                    "change an order", lambda: station.counter.issue_prescription(lead, changed)
                )
            return
        self.new_orders += 1
        new = Prescription(
            prescription_id=f"safety-rx-new-{self.new_orders}",
            patient_id=who.patient_id,
            valid_from=today,
            valid_until=None,
            phase=Phase.MAINTENANCE,
            prescriber="Dr. Fiktiv",
            **figures,
        )
        ended = [
            replace(order, valid_until=max(today - timedelta(days=1), order.valid_from))
            for order in dam
            if order.valid_until is None or order.valid_until >= today
        ]
        with station.store.transaction():  # the old orders end as the new one begins
            for order in ended:
                station.counter.issue_prescription(lead, order)
            station.counter.issue_prescription(lead, new)
        event("a new order replaced the old")

    def change_setting(self, data: st.DataObject) -> None:
        station = self.world.a1
        key = data.draw(st.sampled_from(sorted(SETTINGS)), label="setting")
        good, bad = SETTINGS[key]
        valid = data.draw(st.sampled_from((True, True, True, False)), label="valid")
        value = data.draw(st.sampled_from(good if valid else bad), label="value")
        who = data.draw(st.sampled_from(("lead", "lead", "lead", "nurse", "pharm")), label="by")
        session = station.sessions[who]

        def change() -> object:
            return station.settings.change(session, key, value)

        if who != "lead" or not valid:
            self.refused(f"setting {key} to {value!r} as {who}", change)
            return
        saved = self.attempt(f"change {key}", change)
        if saved is not None:
            self.truth.changed(key, saved)

    def stop_flag(self, action: str, data: st.DataObject) -> None:
        """A clinic lead sets or lifts a stop-dose flag, at A or B (a nurse may do neither)."""
        station = self.station(data.draw(st.sampled_from(("A1", "A1", "B")), label="at"))
        target = data.draw(st.sampled_from(PATIENTS), label="patient")
        who = data.draw(st.sampled_from(("lead", "lead", "lead", "nurse")), label="by")
        session = station.sessions[who]
        if action == "flag":

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
        flag_id = flags[0][0] if flags else "no-such-flag"

        def lift() -> None:
            station.counter.lift_stop_flag(session, target.patient_id, flag_id, "Reviewed (test).")

        if who == "nurse" or not flags:
            self.refused(f"lifting {flag_id} as {who}", lift)
        else:
            self.attempt("lift a stop-dose flag", lift)

    # -- station B, sync and the second process -------------------------------------------------

    @rule(
        patient=st.sampled_from((-1, *range(len(PATIENTS)))),
        drug=st.sampled_from(("prescribed", "prescribed", IV, METHADONE)),
        mg=st.sampled_from(("session maximum", "half", *GOOD_MG)),
        approve=st.sampled_from((True, True, False)),
        then=st.sampled_from(("A pulls", "nothing")),
        b_clock=st.sampled_from(("as it is", "as it is", "as it is", "ten days ahead")),
    )
    def station_b_gives_a_dose(
        self, patient: int, drug: object, mg: object, approve: bool, b_clock: str, then: str
    ) -> None:
        """Station B doses one of A's patients (offline there: a second person approves).

        ``patient`` -1 is the patient of A's last whole visit; ``then`` A may pull at once.
        """
        if b_clock == "ten days ahead":
            self.world.time.b_offset = timedelta(days=10)
        station = self.world.b
        who = PATIENTS[self.last_patient if patient < 0 else patient]
        counter, nurse = station.counter, station.nurse
        self.discharge_patient(station, who)
        chosen, amount = self.prescribed(station, who, drug, mg)
        text = card_text(who, CARDS[who.patient_id])
        visit = self.attempt("B identifies", lambda: counter.identify_by_card(nurse, text))
        if visit is None:
            return
        visit_id = visit.visit_id
        try:
            counter.assess(nurse, visit_id, 0, None)
            decided = counter.decide(nurse, visit_id, chosen, amount)
            assert decided.proposed is not None
            batch_id = self.batch_of(chosen, STATION_B)
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
            event("B dosed")
        except (ServiceError, DomainError) as refusal:
            event(f"B refused a dose: {str(refusal)[:60]}")
            counter.end_visit(nurse, visit_id, "Not dosed (test).", why="dose_not_allowed")
        if then == "A pulls":
            feed(station, self.world.a1, self.world.marks)

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
        patient=PATIENT,
        drug=st.sampled_from(("prescribed", "prescribed", IV, METHADONE)),
        mg=st.sampled_from(("session maximum", "half", *GOOD_MG)),
        outcome=st.sampled_from(("full", "full", "partial")),
        override=st.booleans(),
    )
    def second_process_gives_a_dose(
        self, patient: int, drug: object, mg: object, outcome: str, override: bool
    ) -> None:
        """A second program on station A's data folder records a whole visit."""
        assert self.worker is not None
        who = PATIENTS[patient]
        chosen, amount = self.prescribed(self.world.a1, who, drug, mg)
        before = self.world.heads()
        answer = self.worker.ask(
            {
                "command": "visit",
                "folder": str(self.world.a1.folder),
                "now": self.world.time.a().isoformat(),
                "patient_id": who.patient_id,
                "card": card_text(who, CARDS[who.patient_id]),
                "drug": chosen.value,
                "mg": str(amount),
                "factor": "1",
                "outcome": outcome,
                "given": None if outcome == "full" else "5",
                "override": override,
            }
        )
        assert answer["ok"], answer.get("crash")
        if "dose_id" in answer:
            event("second process dosed")
        else:
            event(f"second process refused: {answer['step']}: {answer['refused'][:60]}")
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
        """The invariants on A's record; every patient's record still loads."""
        for _dose in self.record.check(self.truth):
            event("a dose in A's record")
        self.steps += 1
        if self.steps % 10 == 0:  # the whole chain, signatures too (every step: too slow)
            result = self.world.a1.store.verify()
            assert result.intact, f"A's chain: {result.problem}"
        still_open = self.read_open_visits()
        self.open_visits = [visit_id for visit_id in self.visits if visit_id in still_open]
        station = self.world.a1
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


@pytest.mark.timeout(1200)  # a counter-example is shrunk for up to 5 minutes
def test_no_random_clinic_day_breaks_a_safety_rule(
    templates: Templates, worker: ProcessWorker
) -> None:
    _run(templates, worker, EXAMPLES)


@pytest.mark.slow
@pytest.mark.timeout(0)
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
    """Station A's nurse scans patient 1's card, assesses, asks for 50 mg, weighs, labels."""
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
