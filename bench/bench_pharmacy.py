"""Pharmacy figures on the shared year: the register computed, exported and printed, a count."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from bench.core import (
    Figure,
    interleaved_medians,
    reported_figure,
    results_folder,
    target_figure,
)
from bench.shared import DAM, PASSWORD, PHARMACIST, ZONE, SharedBuilds
from station.domain.ledger import CountedLine, CountMethod, counted_by_weight
from station.domain.quantities import Grams, Milligrams
from station.services.pharmacy import REGISTER_COLUMNS, PharmacyService
from station.services.register_pdf import render_register_pdf
from station.store.store import Store


def _figure(name: str, value: float, baseline: float, limit: float, note: str) -> Figure:
    return target_figure(name, value, "s", baseline, f"<= {limit} s", lambda v: v <= limit, note)


def _beside(
    work: Callable[[], object], baseline: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median seconds of ``work`` and of ``baseline``, timed in turn ``repeats`` times."""
    work_s, baseline_s = interleaved_medians((work, baseline), repeats)
    return work_s, baseline_s


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Register, exports and a count on the run's shared year (quick: a tenth of it)."""
    year = shared.year(quick)
    store = Store.open(year.data_dir)
    pharm = store.unlock(PHARMACIST, PASSWORD)
    service = PharmacyService(store, clock=lambda: datetime.now(ZONE), zone=ZONE)
    folder = results_folder("pharmacy-")
    # The baselines read the store's file through a plain connection of their own.
    bare = sqlite3.connect(Store.database_path(year.data_dir))
    try:
        entries = year.movements

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

        count_s, per_container = _beside(count, bare_per_container, 3)
        sheet_size = len(service.start_count(pharm).containers)
        note = f"{year.describe()}; median of {repeats}, each beside the baseline"
        figures = [
            reported_figure(
                "pharmacy: generate the ledger through the real paths",
                entries / year.build_seconds,
                None,
                "movements/s",
                f"{entries:,} movements of the shared year, with its patients and their "
                f"prescriptions, in {year.build_seconds:.1f} s",
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
                f"{sheet_size} containers on the sheet; {year.describe()}; median of 3 counts, "
                "each beside the baseline",
            )
        )
        return figures
    finally:
        bare.close()
        with contextlib.suppress(Exception):
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
