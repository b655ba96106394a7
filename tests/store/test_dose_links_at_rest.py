"""No row on disk links a patient to a dose's time or amount; a voided dose gives its stock back.

The profile is built through the real services (counter and pharmacy). The link test then
reads every table of the SQLite file with a plain ``sqlite3`` connection and no key, the way
someone who copied the data folder would, and follows every identifier a patient's rows hold
to every row that holds it (as a whole value or inside a longer one, like ``dose:<id>``),
again and again. Nothing it reaches may hold a dose's time or amount.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from station.domain.ledger import MovementKind
from station.domain.quantities import Grams, Milligrams
from station.domain.rules import AdministrationOutcome
from station.services.pharmacy import PharmacyService, Product
from station.store.store import Store
from tests.services.conftest import PASSWORDS, STAFF, Clinic, Clock, local, mg, new_store
from tests.services.test_pharmacy import DAM, GTIN, stocked

_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@dataclass
class Dosed:
    """A clinic with stock, three patients and their doses (ids, times and amounts kept)."""

    clinic: Clinic
    pharmacy: PharmacyService
    batch: str
    patient_ids: list[str]
    dose_ids: list[str]
    times: set[str]
    amounts_cmg: set[int]


@pytest.fixture
def dosed(tmp_path: Path) -> Iterator[Dosed]:
    data_dir = tmp_path / "station"
    store, admin, _code = new_store(data_dir)
    for username, display, role in STAFF:
        store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
    nurse, witness, lead, tech, pharm = (
        store.unlock(name, PASSWORDS[name])
        for name in ("nurse", "witness", "lead", "tech", "pharm")
    )
    clinic = Clinic(data_dir, store, Clock(local(4, 8)), admin, nurse, witness, lead, tech, pharm)
    pharmacy = PharmacyService(store, clock=clinic.clock)
    pharmacy.define_product(
        clinic.pharm, Product(GTIN, DAM, "Diaphin 10 g (fictional pack)", Milligrams(10000), 5)
    )
    _, batch = stocked(clinic, pharmacy)
    patients = [clinic.patient(family_name=name) for name in ("Linkfrei", "Ohnespur", "Blind")]
    dose_ids: list[str] = []
    for day in (4, 5):
        for number, patient in enumerate(patients):
            clinic.clock.set(local(day, 8, 10 * number))
            visit = clinic.decided(patient, 100)
            partial = number == 1 and day == 5
            clinic.counter.accept_weighing(clinic.nurse, visit, batch, Grams("1.0200"), b"S S")
            clinic.counter.record_label(clinic.nurse, visit, printed=True)
            dose = clinic.counter.administer(
                clinic.nurse,
                visit,
                outcome=AdministrationOutcome.PARTIAL if partial else AdministrationOutcome.FULL,
                given_mg=mg(40) if partial else None,
                venous_access_failed=partial,
            )
            dose_ids.append(dose.dose_id)
            clinic.clock.advance(minutes=30)
            clinic.counter.observations.discharge(
                clinic.nurse, dose.observation_id, "Stable (test)."
            )
    clinic.clock.set(local(5, 17))
    clinic.give(patients[2], 90)  # from the clinic's other batch
    doses = [event for event in clinic.events("dose.administered")]
    times = {str(event["given_at"]) for event in doses}
    with sqlite3.connect(Store.database_path(data_dir)) as raw:
        amounts = {
            abs(int(row[0]))
            for row in raw.execute(
                "SELECT change_cmg FROM ledger_entries WHERE kind IN ('dose', 'failed_injection')"
            )
        }
    yield Dosed(
        clinic,
        pharmacy,
        batch,
        [patient.patient_id for patient in patients],
        [str(event["dose_id"]) for event in doses],
        times,
        amounts,
    )
    clinic.store.close()


def _all_rows(data_dir: Path) -> list[tuple[str, tuple[Any, ...]]]:
    """Every row of every table, read without a key (the WAL included while it exists)."""
    connection = sqlite3.connect(Store.database_path(data_dir))
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return [
            (table, tuple(row))
            for table in tables
            for row in connection.execute(f'SELECT * FROM "{table}"')
        ]
    finally:
        connection.close()


def _text_values(row: tuple[Any, ...]) -> list[str]:
    return [
        value.hex() if isinstance(value, bytes) else str(value)
        for value in row
        if value is not None
    ]


def _reached(rows: list[tuple[str, tuple[Any, ...]]], start: str, shared: set[str]) -> set[int]:
    """Indexes of the rows linked to ``start`` by any chain of identifiers (16+ characters)."""
    texts = [_text_values(row) for _, row in rows]
    frontier, seen_values, reached = [start], {start}, set()
    while frontier:
        value = frontier.pop()
        for index, values in enumerate(texts):
            if index in reached or not any(value in text for text in values):
                continue
            reached.add(index)
            for text in values:
                if len(text) >= 16 and text not in seen_values and text not in shared:
                    seen_values.add(text)
                    frontier.append(text)
    return reached


def _links_per_patient(
    rows: list[tuple[str, tuple[Any, ...]]], patient_ids: list[str]
) -> dict[str, set[int]]:
    """Each patient's linked rows; values every patient reaches (station id…) name no one."""
    shared: set[str] = set()
    while True:
        reached = {patient_id: _reached(rows, patient_id, shared) for patient_id in patient_ids}
        counts: dict[str, int] = {}
        for indexes in reached.values():
            for text in {text for index in indexes for text in _text_values(rows[index][1])}:
                counts[text] = counts.get(text, 0) + 1
        more = {text for text, count in counts.items() if count > 1} - shared
        if not more:
            return reached
        shared |= more


def patient_links_to_doses(
    data_dir: Path, patient_ids: list[str], times: set[str], amounts_cmg: set[int]
) -> list[str]:
    """Every row a patient's identifiers lead to that holds a time or a dose amount."""
    rows = _all_rows(data_dir)
    problems: list[str] = []
    for indexes in _links_per_patient(rows, patient_ids).values():
        if "patients" not in {rows[index][0] for index in indexes}:
            problems.append("the walk did not even find the patient's own row")
        for index in indexes:
            table, row = rows[index]
            for value in row:
                text = str(value)
                if text in times or _TIME.search(text):
                    problems.append(f"a {table} row linked to a patient holds a time")
                if isinstance(value, int) and abs(value) in amounts_cmg:
                    problems.append(f"a {table} row linked to a patient holds a dose amount")
                if any(text == f"{Decimal(amount).scaleb(-2)}" for amount in amounts_cmg):
                    problems.append(f"a {table} row linked to a patient holds a dose amount")
    return problems


def _assert_no_patient_reaches_a_dose(dosed: Dosed) -> None:
    problems = patient_links_to_doses(
        dosed.clinic.data_dir, dosed.patient_ids, dosed.times, dosed.amounts_cmg
    )
    assert not problems, sorted(set(problems))


def test_no_row_links_a_patient_to_a_dose_time_or_amount(dosed: Dosed) -> None:
    # The walk must be able to find a link: the ledger does hold the times and amounts.
    rows = _all_rows(dosed.clinic.data_dir)
    ledger = [row for table, row in rows if table == "ledger_entries"]
    assert {str(row[7]) for row in ledger} >= dosed.times
    assert len(dosed.amounts_cmg) == 4 and dosed.amounts_cmg <= {abs(int(row[6])) for row in ledger}
    _assert_no_patient_reaches_a_dose(dosed)  # open: the WAL holds the newest pages
    dosed.clinic.store.close()
    _assert_no_patient_reaches_a_dose(dosed)  # closed: all in the database file
    dosed.clinic.store = Store.open(dosed.clinic.data_dir)


def test_the_walk_finds_a_link_when_a_dose_names_its_patient(dosed: Dosed) -> None:
    """The check above can fail: a clear patient id next to a dose's time is caught."""
    with sqlite3.connect(Store.database_path(dosed.clinic.data_dir)) as raw:
        # Someone who knows the program but not the key: the seal's functions give nothing.
        raw.create_function("integrity_row", -1, lambda *_values: None)
        raw.create_function("integrity_fold", 2, lambda _total, _digest: None)
        raw.execute("CREATE TABLE planted (patient_id TEXT, dose_id TEXT)")
        raw.execute(
            "INSERT INTO planted VALUES (?, ?)", (dosed.patient_ids[0], "xxxx0123456789abcdef")
        )
        raw.execute(
            "UPDATE ledger_entries SET corrects = ? WHERE entry = (SELECT MAX(entry) FROM"
            " ledger_entries WHERE kind = 'dose')",
            ("dose:xxxx0123456789abcdef",),
        )
    with pytest.raises(AssertionError, match="linked to a patient holds"):
        _assert_no_patient_reaches_a_dose(dosed)


def test_doses_keep_no_insertion_order_and_no_clear_dose_id_in_the_ledger(dosed: Dosed) -> None:
    with sqlite3.connect(Store.database_path(dosed.clinic.data_dir)) as raw:
        with pytest.raises(sqlite3.OperationalError, match="rowid"):
            raw.execute("SELECT rowid FROM doses")
        movement_ids = [row[0] for row in raw.execute("SELECT movement_id FROM ledger_entries")]
    for dose_id in dosed.dose_ids:
        assert not any(dose_id in movement_id for movement_id in movement_ids)
    dosed.clinic.store.close()
    dump = b"".join(path.read_bytes() for path in dosed.clinic.data_dir.iterdir())
    for dose_id in dosed.dose_ids:
        assert f"dose:{dose_id}".encode() not in dump
    dosed.clinic.store = Store.open(dosed.clinic.data_dir)


# -- voids ---------------------------------------------------------------------------------


def _void(dosed: Dosed, dose_id: str) -> None:
    dosed.clinic.store.record(
        dosed.clinic.lead,
        "record.voided",
        {
            "target_kind": "dose",
            "target_id": dose_id,
            "reason": "recorded for the wrong patient (test)",
            "by": dosed.clinic.lead.user.user_id,
            "at": (dosed.clinic.clock() + timedelta(minutes=5)).isoformat(),
        },
    )


def _balance(dosed: Dosed, container_id: str) -> Decimal:
    return {
        item.container.container_id: item.balance
        for item in dosed.pharmacy.balances(dosed.clinic.pharm)
    }[container_id]


def test_a_voided_dose_gives_its_stock_back_once(dosed: Dosed) -> None:
    pharmacy, pharm = dosed.pharmacy, dosed.clinic.pharm
    before = _balance(dosed, dosed.batch)
    substance_before = pharmacy.substance_balance(pharm, DAM)
    partial = dosed.dose_ids[4]  # day 5, second patient: 40 mg given, the rest failed
    _void(dosed, partial)
    rows = pharmacy.register(pharm, DAM, dosed.batch)
    returned = [row for row in rows[-2:] if row.line.movement.kind is MovementKind.CORRECTION]
    assert len(returned) == 2, "both the given part and the failed rest come back"
    assert sum(row.line.change for row in returned) == Decimal("100.20")
    assert all("voided" in row.reason for row in returned)
    corrected = {row.line.movement.corrects or "" for row in returned}
    by_id = {row.line.movement.movement_id: row for row in rows}
    assert {by_id[movement_id].line.movement.kind for movement_id in corrected} == {
        MovementKind.DOSE,
        MovementKind.FAILED_INJECTION,
    }
    assert all(by_id[movement_id].line.notes for movement_id in corrected)
    assert _balance(dosed, dosed.batch) == before + Decimal("100.20")
    assert pharmacy.substance_balance(pharm, DAM) == substance_before + Decimal("100.20")
    # The same void recorded again (or pulled back from another station) changes nothing.
    _void(dosed, partial)
    assert _balance(dosed, dosed.batch) == before + Decimal("100.20")
    # A dose from no batch comes back to the substance's balance.
    _void(dosed, dosed.dose_ids[-1])
    assert pharmacy.substance_balance(pharm, DAM) == substance_before + Decimal("190.20")

    def register() -> list[tuple[str, Decimal]]:
        rows = pharmacy.register(pharm, DAM)
        return [(row.line.movement.movement_id, row.line.balance) for row in rows]

    before_rebuild = register()
    dosed.clinic.store.rebuild_projections(dosed.clinic.admin)
    assert register() == before_rebuild
    overview = dosed.clinic.counter.overview(dosed.clinic.nurse, dosed.patient_ids[1])
    assert [dose.voided for dose in overview.recent_doses] == [False, True]
