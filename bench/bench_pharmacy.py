"""Pharmacy figures: a year's register (200,000 movements) computed and exported, and a count.

The year is generated through the real code paths: receipts, reconstitutions and residue go
through ``PharmacyService`` (with its checks and signatures); doses are ``dose.administered``
events recorded in bulk through ``Store.record_many``, so the ledger projection deducts each
dose's weighed mass exactly as at the counter. Each figure stands beside the bare SQL sum of
the same rows, measured in the same run.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.core import (
    Figure,
    interleaved_medians,
    reported_figure,
    results_folder,
    target_figure,
)
from devices.protocols.scanner import GS, gs1_check_digit
from devices.readings import Scan
from station.domain.ledger import CountedLine, CountMethod, MovementKind, counted_by_weight
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.services.pharmacy import REGISTER_COLUMNS, PharmacyService, Product
from station.services.register_pdf import render_register_pdf
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store

PASSWORD = "bench-fictional-password"
DAM = "diacetylmorphine"
ZONE = ZoneInfo("Europe/Copenhagen")
GTIN_BODY = "0761234500001"
GTIN = GTIN_BODY + str(gs1_check_digit(GTIN_BODY))
DOSES_PER_DAY = 541
BATCHES_PER_DAY = 3


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _dose(batch: str, at: datetime, station_id: str, nurse: str, patient: str) -> dict[str, Any]:
    return {
        "dose_id": str(uuid.uuid4()),
        "patient_id": patient,
        "drug": "diacetylmorphine_iv",
        "mg": "100.20",
        "given_mg": None,
        "outcome": "full",
        "given_at": at.isoformat(),
        "session": f"{at.date().isoformat()}/{'morning' if at.hour < 12 else 'evening'}",
        "station_id": station_id,
        "weighing": {"batch_id": batch, "measured_g": "1.0200", "target_g": "1.0180"},
        "signatures": [{"user_id": nurse, "meaning": "administered"}],
    }


def _build(folder: Path, days: int) -> tuple[Store, Session, Session, PharmacyService, _Clock]:
    store, admin, _ = Store.create(
        folder, "Bench pharmacy", "bench.admin", "Bench Admin", PASSWORD, kdf=TEST_KDF
    )
    for name, role in (
        ("pharm", Role.PHARMACIST),
        ("witness", Role.NURSE),
        ("lead", Role.CLINIC_LEAD),
    ):
        store.add_user(admin, name, f"Bench {name}", frozenset({role}), PASSWORD)
    pharm = store.unlock("pharm", PASSWORD)
    lead = store.unlock("lead", PASSWORD)
    clock = _Clock(datetime(2031, 1, 1, 6, tzinfo=ZONE))
    service = PharmacyService(store, clock=clock, zone=ZONE)
    service.define_product(pharm, Product(GTIN, DAM, "Bench DAM 10 g", Milligrams(10000), 6))
    patients = [str(uuid.uuid4()) for _ in range(270)]
    for day in range(days):
        clock.now = datetime(2031, 1, 1, 6, tzinfo=ZONE) + timedelta(days=day)
        lot = service.receive_scan(
            pharm, Scan(f"01{GTIN}1735123110B{day:04d}{GS}21SER{day:06d}", "]d2")
        )
        batches = []
        for _ in range(BATCHES_PER_DAY):
            clock.now += timedelta(minutes=5)
            batches.append(
                service.reconstitute(
                    pharm,
                    store.confirm_witness("witness", PASSWORD, pharm.user),
                    [(lot, Milligrams(20000))],
                    Millilitres(200),
                    Millilitres(10),
                    Grams("10.1800"),
                    timedelta(days=2),
                )
            )
        doses = []
        for number in range(DOSES_PER_DAY):
            at = clock.now + timedelta(minutes=1 + number)
            doses.append(
                (
                    "dose.administered",
                    _dose(
                        batches[number % BATCHES_PER_DAY],
                        at,
                        store.station_id,
                        pharm.user.user_id,
                        patients[number % len(patients)],
                    ),
                )
            )
        store.record_many(pharm, doses)
        clock.now += timedelta(minutes=DOSES_PER_DAY + 5)
        for batch in batches:
            service.remove(pharm, MovementKind.RESIDUE, batch, weighed=Grams("1.0180"))
        if day % 7 == 6:
            waste = service.remove(
                pharm, MovementKind.WASTE, batches[0], mg=Milligrams(5), reason="spill"
            )
            service.correct(pharm, waste, "amount confirmed by the second nurse")
    return store, pharm, lead, service, clock


def _figure(name: str, value: float, baseline: float, limit: float, note: str) -> Figure:
    return target_figure(name, value, "s", baseline, f"<= {limit} s", lambda v: v <= limit, note)


def _beside(
    work: Callable[[], object], baseline: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median seconds of ``work`` and of ``baseline``, timed in turn ``repeats`` times."""
    work_s, baseline_s = interleaved_medians((work, baseline), repeats)
    return work_s, baseline_s


def run(quick: bool) -> list[Figure]:
    """Build a year (a month when quick) and measure register, exports and a count."""
    days = 30 if quick else 365
    folder = results_folder("pharmacy-")
    started = time.perf_counter()
    store, pharm, _lead, service, clock = _build(folder / "station", days)
    built = time.perf_counter() - started
    # The baselines read the store's file through a plain connection of their own.
    bare = sqlite3.connect(Store.database_path(folder / "station"))
    try:
        entries = bare.execute("SELECT COUNT(DISTINCT movement_id) FROM ledger_entries").fetchone()[
            0
        ]

        def bare_sum() -> object:
            return bare.execute(
                "SELECT SUM(change_cmg) FROM ledger_entries WHERE substance = ?", (DAM,)
            ).fetchone()

        def bare_per_container() -> object:
            return bare.execute(
                "SELECT container_id, SUM(change_cmg) FROM ledger_entries"
                " WHERE substance = ? GROUP BY container_id",
                (DAM,),
            ).fetchall()

        sql_total = Decimal(int(bare_sum()[0])) / 100  # type: ignore[index]
        repeats = 1 if quick else 3
        rows = service.register(pharm, DAM)
        if not rows or rows[-1].line.balance != sql_total:
            raise RuntimeError("the register and the bare SQL sum disagree")
        register_s, register_base = _beside(lambda: service.register(pharm, DAM), bare_sum, repeats)
        csv_path = folder / "register.csv"

        def export() -> None:
            if service.export_csv(pharm, DAM, csv_path) != len(rows):
                raise RuntimeError("the CSV does not hold every entry of the register")

        csv_s, csv_base = _beside(export, bare_sum, repeats)
        month = [
            row
            for row in rows
            if row.line.movement.at < rows[0].line.movement.at + timedelta(days=31)
        ]
        table = service.register_table(month)

        def render(table: list[list[str]], target: Path) -> None:
            target.unlink(missing_ok=True)
            render_register_pdf("bench", REGISTER_COLUMNS, table, target)
            if target.stat().st_size == 0:
                raise RuntimeError("the register PDF is empty")

        pdf_s, pdf_base = _beside(lambda: render(table, folder / "m.pdf"), bare_sum, 1)

        def count() -> None:
            sheet = service.start_count(pharm)
            balances = {b.container.container_id: b.balance for b in service.balances(pharm)}
            lines = []
            for container in sheet.containers:
                if container.density is not None and balances[container.container_id] > 0:
                    lines.append(counted_by_weight(container, Grams("100.0000")))
                else:
                    lines.append(
                        CountedLine(
                            container.container_id,
                            Milligrams(max(balances[container.container_id], Decimal(0))),
                            CountMethod.MG,
                        )
                    )
            if not lines:
                raise RuntimeError("the count sheet is empty")
            service.submit_count(pharm, sheet, lines)

        clock.now += timedelta(hours=1)
        count_s, per_container = _beside(count, bare_per_container, 3)
        sheet_size = len(service.start_count(pharm).containers)
        note = (
            f"{entries} movements over {days} days; median of {repeats}, each beside the baseline"
        )
        figures = [
            reported_figure(
                "pharmacy: generate the ledger through the real paths",
                entries / built,
                None,
                "movements/s",
                f"{entries} movements in {built:.1f} s",
            ),
            _figure(
                "pharmacy: register of the year computed (vs bare SQL sum)",
                register_s,
                register_base,
                3.0,
                note,
            ),
            _figure(
                "pharmacy: register of the year exported to CSV (vs bare SQL sum)",
                csv_s,
                csv_base,
                5.0,
                note,
            ),
            _figure(
                "pharmacy: register PDF of one month rendered (vs bare SQL sum)",
                pdf_s,
                pdf_base,
                10.0,
                f"{len(month)} rows; one run",
            ),
        ]
        if not quick:
            full_table = service.register_table(rows)
            pdf_year_s, pdf_year_base = _beside(
                lambda: render(full_table, folder / "y.pdf"), bare_sum, 1
            )
            figures.append(
                _figure(
                    "pharmacy: register PDF of the year rendered (vs bare SQL sum)",
                    pdf_year_s,
                    pdf_year_base,
                    60.0,
                    f"{len(rows)} rows; one run",
                )
            )
        figures.append(
            _figure(
                "pharmacy: count reconciliation (vs bare SQL sum per container)",
                count_s,
                per_container,
                1.0,
                f"{sheet_size} containers on the sheet; {entries} movements over {days} days; "
                "median of 3 counts, each beside the baseline",
            )
        )
        return figures
    finally:
        bare.close()
        with contextlib.suppress(Exception):
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
