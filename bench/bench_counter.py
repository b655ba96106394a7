"""Decision context of one patient with a year of history, against a bare indexed read."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta

from bench.core import Figure, interleaved_medians, ratio_figure, reported_figure
from bench.shared import LEAD, PASSWORD, WITNESS, SharedBuilds, Year
from station.domain.prescriptions import Drug
from station.domain.quantities import Milligrams
from station.services.counter import CounterService
from station.store.projections import RECENT_DOSES_KEPT, RECENT_WINDOW_DAYS
from station.store.store import Store

DECISIONS = 50


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Load a decision context (and decide) for random patients of the run's shared year."""
    return _measure(shared.year(quick))


def _measure(year: Year) -> list[Figure]:
    store = Store.open(year.data_dir)  # a freshly opened store, as at the start of a clinic day
    session = store.unlock(LEAD, PASSWORD)
    counter = CounterService(store)
    chooser = random.Random(5)
    patient_ids = list(year.patient_ids)
    plain = sqlite3.connect(year.plain)
    horizon_days = RECENT_WINDOW_DAYS

    def load_context() -> None:
        if not counter.overview(session, chooser.choice(patient_ids)).recent_doses:
            raise RuntimeError("the decision context holds no recent dose")

    def bare_window_read() -> None:
        """The rows the context is built from: the patient, their prescriptions, and the doses
        the patient's state keeps (those of the last 8 days, at least the last 48)."""
        patient_id = chooser.choice(patient_ids)
        plain.execute("SELECT * FROM patients WHERE patient_id = ?", (patient_id,)).fetchone()
        plain.execute("SELECT * FROM prescriptions WHERE patient_id = ?", (patient_id,)).fetchall()
        rows = plain.execute(
            "SELECT * FROM doses WHERE patient_id = ? ORDER BY given_at DESC LIMIT ?",
            (patient_id, RECENT_DOSES_KEPT),
        ).fetchall()
        if not rows:
            raise RuntimeError("the bare read found no recent dose")
        since = (datetime.fromisoformat(rows[0][2]) - timedelta(days=horizon_days)).isoformat()
        if len(rows) == RECENT_DOSES_KEPT and rows[-1][2] >= since:  # more within the window
            plain.execute(
                "SELECT * FROM doses WHERE patient_id = ? AND given_at >= ? ORDER BY given_at",
                (patient_id, since),
            ).fetchall()

    def bare_year_read() -> None:
        rows = plain.execute(
            "SELECT * FROM doses WHERE patient_id = ? ORDER BY given_at",
            (chooser.choice(patient_ids),),
        ).fetchall()
        if not rows:
            raise RuntimeError("the bare read found no dose")

    # Visits identified (a second nurse confirms, no card) and assessed beforehand: the
    # figure is the decision itself, read from the recorded visit.
    visits = []
    for patient_id in chooser.sample(patient_ids, min(DECISIONS, len(patient_ids))):
        witness = store.confirm_witness(WITNESS, PASSWORD, session.user)
        visit = counter.identify_manually(session, patient_id, "bench: card left at home", witness)
        visits.append(counter.assess(session, visit, 0))
    outcomes: list[str] = []

    def decide_one() -> None:
        decided = counter.decide(session, visits.pop(), Drug.DIACETYLMORPHINE_IV, Milligrams(100))
        if decided.decision is None:
            raise RuntimeError("the rules gave no decision")
        outcomes.append(decided.decision.outcome.name.lower())

    repeats = 200
    for function in (load_context, bare_window_read, bare_year_read):
        function()
    context, window, whole_year = interleaved_medians(
        (load_context, bare_window_read, bare_year_read), repeats
    )
    (decision,) = interleaved_medians((decide_one,), len(visits))
    plain.close()
    store.close()
    note = year.describe()
    return [
        ratio_figure(
            "decision context load vs bare read of the rows it uses",
            context * 1000,
            window * 1000,
            "ms",
            3.0,
            note + f"; baseline rows = the patient, their prescriptions and the doses their state "
            f"keeps (the last {horizon_days} days, at least the last {RECENT_DOSES_KEPT}), by "
            f"index from a plain table; {repeats} of each, interleaved",
        ),
        ratio_figure(
            "decision context load vs bare read of the whole year",
            context * 1000,
            whole_year * 1000,
            "ms",
            3.0,
            f"{note}; {repeats} of each, interleaved",
        ),
        reported_figure(
            "check the rules for one dose (load + decide + record decision)",
            decision * 1000,
            None,
            "ms",
            f"{note}; median of {len(outcomes)} visits identified and assessed beforehand ("
            + ", ".join(f"{outcomes.count(o)} {o}" for o in sorted(set(outcomes)))
            + ")",
        ),
    ]
