"""The syringe label gives its times with their date in the clinic's zone, and the route.

The route (IV or IM) stands beside the clinic id; the clinic id stays the label's only
identity (hazard H17).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from devices.protocols.zpl import DataMatrixCode, TextField
from station.domain.prescriptions import Route
from station.domain.quantities import (
    Concentration,
    Density,
    Grams,
    Milligrams,
    ToleranceCheck,
)
from station.services.preparation import SolutionBatch, WeighedDose, syringe_label

ZURICH = ZoneInfo("Europe/Zurich")
BATCH = SolutionBatch(
    lot="DEMO-0425",
    concentration=Concentration(100),
    density=Density("1.0180"),
    expires_at=datetime(2025, 3, 2, 2, 0, tzinfo=UTC),  # before the six hours of shelf life
)


def weighed() -> WeighedDose:
    grams = Grams(Decimal("1.2216"))
    check = ToleranceCheck(
        within=True,
        target=grams,
        measured=grams,
        deviation=Decimal(0),
        deviation_percent=Decimal(0),
        allowed=Grams(Decimal("0.05")),
        explanation="exact",
    )
    return WeighedDose(Milligrams(120), grams, grams, Milligrams(120), check, b"S S 1.2216 g")


def texts(route: Route | None) -> list[TextField]:
    label = syringe_label(
        "dose-1",
        "HAT-0815",
        weighed(),
        BATCH,
        datetime(2025, 3, 1, 23, 30, tzinfo=UTC),  # 00:30 the next day in Zurich
        "ND",
        route=route,
        zone=ZURICH,
    )
    return [element for element in label.elements if isinstance(element, TextField)]


def test_prep_and_use_by_carry_the_date_in_the_clinics_zone() -> None:
    shown = [field.text for field in texts(Route.INTRAVENOUS)]
    assert "Prep 02.03.2025 00:30" in shown
    assert "Use by 02.03.2025 03:00" in shown, "the batch's earlier expiry, in the clinic's time"


def test_the_route_stands_beside_the_clinic_id_and_nothing_else_identifies() -> None:
    for route, word in ((Route.INTRAVENOUS, "IV"), (Route.INTRAMUSCULAR, "IM")):
        fields = texts(route)
        (patient,) = [f for f in fields if f.text == "Patient HAT-0815"]
        (beside,) = [f for f in fields if f.text == word]
        assert beside.y == patient.y and beside.x > patient.x
    label_texts = " ".join(field.text for field in texts(Route.INTRAVENOUS))
    assert "HAT-0815" in label_texts
    assert label_texts.count("HAT-0815") == 1
    assert [f.text for f in texts(None) if f.text in ("IV", "IM")] == []


def test_the_code_still_names_the_dose_and_the_clinic_id_only() -> None:
    label = syringe_label(
        "dose-1", "HAT-0815", weighed(), BATCH, datetime(2025, 3, 1, 9, 0, tzinfo=UTC), "ND"
    )
    (code,) = [e for e in label.elements if isinstance(e, DataMatrixCode)]
    assert code.data == "D=dose-1;P=HAT-0815"
