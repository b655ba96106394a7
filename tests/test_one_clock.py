"""One clock for what people read: the register's PDF and CSV, the stock chart, calibration
stamps, the settings page and ``dosing-station sync`` show clinic time (with the date, and the
zone where it could be misread), never UTC. The clinic is in Auckland and the moment is one
whose UTC date is the day before, so a UTC time cannot pass for the clinic's."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from station.cli.sync import _print_text
from station.domain.quantities import Grams, Milligrams
from station.services.accounts import Session
from station.services.pharmacy import PharmacyService, Product
from station.services.settings import SettingsService
from station.services.sync_service import SyncOverview, SyncTotals
from station.services.technician import TechnicianService
from station.ui.pharmacy.chart import StockChart
from station.ui.tasks import Submit
from station.ui.technician.context import TechnicianContext
from station.ui.technician.scale_checks import ScaleChecks
from station.ui.technician.settings_page import SettingsPage
from sync.client.status import SyncStatus
from tests.services.conftest import Clinic, clinic
from tests.services.test_pharmacy import DAM, GTIN, gs1_scan
from tests.services.test_register_for_inspector import pdf_text

__all__ = ["clinic"]  # the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AUCKLAND = ZoneInfo("Pacific/Auckland")
MOMENT = datetime(2031, 3, 4, 20, 30, tzinfo=UTC)
"""09:30 on 5 March in Auckland (NZDT, UTC+13); still 4 March in UTC."""
CLINIC_DAY, CLINIC_TIME, ZONE_NAME = "2031-03-05", "09:30", "NZDT"
UTC_DAY, UTC_TIME = "2031-03-04", "20:30"


def no_utc(text: str) -> None:
    """Fail when ``text`` shows the moment in UTC (its date or its time) or says UTC."""
    assert UTC_TIME not in text, text
    assert UTC_DAY not in text, text
    assert "UTC" not in text and "+00:00" not in text, text


@pytest.fixture
def auckland(clinic: Clinic) -> Clinic:
    SettingsService(clinic.store).change(clinic.lead, "clinic_timezone", "Pacific/Auckland")
    clinic.clock.set(MOMENT)
    return clinic


def _stocked(clinic: Clinic) -> PharmacyService:
    pharmacy = PharmacyService(clinic.store, clock=clinic.clock)
    pharmacy.define_product(
        clinic.pharm, Product(GTIN, DAM, "Diaphin 10 g (fictional pack)", Milligrams(10000), 5)
    )
    pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001"))
    return pharmacy


def test_the_register_pdf_and_csv_are_in_clinic_time(auckland: Clinic, tmp_path: Path) -> None:
    pharmacy = _stocked(auckland)
    pdf = tmp_path / "register.pdf"
    pharmacy.export_pdf(auckland.pharm, DAM, pdf)
    text = pdf_text(pdf)
    assert f"Printed {CLINIC_DAY} {CLINIC_TIME} {ZONE_NAME}" in text
    assert f"Period: {CLINIC_DAY} to {CLINIC_DAY}" in text and "Pacific/Auckland" in text
    assert f"{CLINIC_DAY} {CLINIC_TIME}" in text  # the entry's own date and time
    no_utc(text)

    target = tmp_path / "register.csv"
    pharmacy.export_csv(auckland.pharm, DAM, target)
    (row,) = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert (row["date"], row["time"]) == (CLINIC_DAY, CLINIC_TIME)
    no_utc(target.read_text(encoding="utf-8-sig"))


def test_the_stock_chart_is_in_clinic_time(auckland: Clinic, qtbot: QtBot) -> None:
    pharmacy = _stocked(auckland)
    chart = StockChart()
    qtbot.addWidget(chart)
    series = pharmacy.series(auckland.pharm, DAM)
    chart.set_series("Stock", series, zone=pharmacy.clinic_zone(auckland.pharm))
    assert chart.stamp(series[0][0]) == f"{CLINIC_DAY} {CLINIC_TIME} {ZONE_NAME}"
    assert CLINIC_DAY in chart.accessibleDescription()
    no_utc(chart.accessibleDescription())
    no_utc(chart.stamp(series[0][0]))
    chart.grab()  # paints the axis labels


def test_calibration_stamps_are_in_clinic_time(auckland: Clinic, qtbot: QtBot) -> None:
    technician = TechnicianService(auckland.store, clock=auckland.clock)
    technician.record_calibration(
        auckland.tech, "B021002593", Grams("100.00"), Grams("100.00"), Grams("0.05")
    )
    state = technician.calibration_state(auckland.tech, "B021002593")
    expected = f"Checked {CLINIC_DAY} {CLINIC_TIME} {ZONE_NAME}; next check due 2031-03-06"
    assert state.sentence.startswith(expected), state.sentence
    no_utc(state.sentence)
    page = ScaleChecks(cast(TechnicianContext, None))  # only its words are asked for
    qtbot.addWidget(page)
    shown = page.state_sentence(state)
    assert f"{CLINIC_DAY} {CLINIC_TIME} {ZONE_NAME}" in shown
    no_utc(shown)


@dataclass
class _Context:
    settings: SettingsService
    session: Session
    submit: Submit


def test_the_settings_page_says_when_a_setting_changed_in_clinic_time(
    auckland: Clinic, qtbot: QtBot
) -> None:
    settings = SettingsService(auckland.store, clock=auckland.clock)
    settings.change(auckland.tech, "auto_lock_minutes", 7)
    page = SettingsPage(_Context(settings, auckland.tech, cast(Submit, None)))
    qtbot.addWidget(page)
    page._show(settings.values(auckland.tech))
    tip = page.editors["auto_lock_minutes"].toolTip()
    assert f"{CLINIC_DAY} {CLINIC_TIME} {ZONE_NAME}" in tip
    no_utc(tip)


def test_dosing_station_sync_says_the_last_success_in_clinic_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = SyncStatus(online=False, offline_since=MOMENT, queued_events=2, last_success=MOMENT)
    overview = SyncOverview(
        True, "https://server.invalid", "clinic-1", status, None, SyncTotals(), 0, 0, 0
    )
    _print_text(overview, AUCKLAND)
    out = capsys.readouterr().out
    assert f"Last success: {CLINIC_DAY} {CLINIC_TIME}:00 {ZONE_NAME}" in out
    assert f"OFFLINE since {CLINIC_DAY} {CLINIC_TIME} {ZONE_NAME}" in out
    no_utc(out)
