"""Second process of the safety state machine: whole visits on another process's data folder.

``python -m tests.services.safety_process`` reads one JSON command per line on stdin and
answers one JSON line on stdout:

``{"command": "ping"}``
    ``{"ok": true}``.
``{"command": "visit", "folder": ..., "now": ISO time, "patient_id": ..., "card": text,
"drug": ..., "mg": ..., "factor": ..., "outcome": ..., "given": ..., "override": bool}``
    Opens the folder with its own ``Store`` and ``CounterService`` (the clock stands at
    ``now``), discharges the patient's open observation if there is one (early, with a
    witness, when its time is not up), then scans the card, assesses, asks the rules, weighs
    the syringe at ``factor`` times its target mass, prints its label and records the
    administration (with a second person's override when ``override`` is true). Answers
    ``{"ok": true, "dose_id": ...}``, or ``{"ok": true, "refused": sentence, "step": ...}``
    when a service refused a step, or ``{"ok": false, "crash": traceback}`` on anything else.

Everything it records is fictional test data.
"""

from __future__ import annotations

import json
import sys
import traceback
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from station.domain.errors import DomainError
from station.domain.prescriptions import Drug
from station.domain.quantities import Grams
from station.domain.rules import AdministrationOutcome
from station.services.counter import CounterService, Override
from station.services.errors import ServiceError
from station.store.store import Store
from tests.services.safety_world import PASSWORDS


class Refused(Exception):
    """A service refused a step (its sentence and the step's name)."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(message)
        self.step = step


def _step(step: str, call: Any) -> Any:
    try:
        return call()
    except (ServiceError, DomainError) as refusal:
        raise Refused(step, str(refusal)) from refusal


def _discharge(
    store: Store, nurse: Any, counter: CounterService, observation_id: str, time_up: bool
) -> None:
    """Discharge an observation: at its end, or early with a reason and a witness."""
    board = counter.observations
    if time_up:
        _step("discharge", lambda: board.discharge(nurse, observation_id, "Well."))
        return
    witness = store.confirm_witness("witness", PASSWORDS["witness"], nurse.user)
    _step(
        "discharge",
        lambda: board.discharge(
            nurse,
            observation_id,
            "Well.",
            early_reason="Patient insists on leaving (test).",
            witness=witness,
        ),
    )


def visit(command: dict[str, Any]) -> dict[str, Any]:
    """One whole visit at the station in ``command["folder"]``; see the module docstring."""
    now = datetime.fromisoformat(command["now"])
    store = Store.open(Path(command["folder"]))
    try:
        nurse = store.unlock("nurse", PASSWORDS["nurse"])
        counter = CounterService(store, clock=lambda: now)
        for item in counter.observations.open_observations(nurse):
            if item.patient_id == command["patient_id"]:
                _discharge(store, nurse, counter, item.observation_id, item.ends_at <= now)
        drug = Drug(command["drug"])
        started = _step("identify", lambda: counter.identify_by_card(nurse, command["card"]))
        _step("assess", lambda: counter.assess(nurse, started, 0, Decimal("0.0"), "Calm."))
        decided = _step("decide", lambda: counter.decide(nurse, started, drug, command["mg"]))
        batches = counter.solution_batches(nurse, drug)
        if not batches:
            raise Refused("weigh", "no batch")
        batch = batches[0]
        assert decided.proposed is not None
        target = decided.proposed.mg.value / batch.concentration.value * batch.density.value
        measured = Grams((target * Decimal(command["factor"])).quantize(Decimal("0.0001")))
        weighed = _step(
            "weigh", lambda: counter.accept_weighing(nurse, started, batch.lot, measured, "S S")
        )
        if not weighed.accepted:
            raise Refused("weigh", weighed.explanation)
        _step("label", lambda: counter.record_label(nurse, started, printed=True))
        override = None
        if command["override"]:
            witness = store.confirm_witness("witness", PASSWORDS["witness"], nurse.user)
            override = Override("Approved at the second program (test).", witness)
        given = command.get("given")
        dose = _step(
            "administer",
            lambda: counter.administer(
                nurse,
                started,
                AdministrationOutcome(command["outcome"]),
                given_mg=None if given is None else Decimal(given),
                override=override,
                acknowledgement="Read and acknowledged (test).",
            ),
        )
        return {"ok": True, "dose_id": dose.dose_id}
    except Refused as refusal:
        return {"ok": True, "refused": str(refusal), "step": refusal.step}
    finally:
        store.close()


def main() -> None:
    """Answer commands until stdin closes."""
    for line in sys.stdin:
        command = json.loads(line)
        try:
            if command["command"] == "ping":
                answer: dict[str, Any] = {"ok": True}
            else:
                answer = visit(command)
        except Exception:
            answer = {"ok": False, "crash": traceback.format_exc()}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
