"""The syringe label names the patient only by clinic id: no name, no birth date, no internal id.

Real parts end to end: a dose weighed on the simulated balance, the label built by the
preparation service, printed through the driver to the simulated printer (the ZPL bytes the
printer received are checked), and the local preview's DataMatrix decoded back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from devices.drivers.printer import LabelPrinter
from devices.drivers.scale import ScaleDriver
from devices.label_preview import render_preview
from devices.protocols.zpl import DataMatrixCode, TextField, render_zpl, unescape_datamatrix
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.transport import SerialSettings
from station.domain.patients import Patient
from station.domain.quantities import Concentration, Density, Milligrams
from station.domain.settings import RuleSettings
from station.services.preparation import SolutionBatch, expected_mass, syringe_label, weigh_dose

zxingcpp: Any
try:
    import zxingcpp
except ImportError:  # pragma: no cover - dev extra not installed
    zxingcpp = None

pytestmark = pytest.mark.timeout(60)

FAST = SerialSettings(115200)
EMPTY_SYRINGE = Decimal("11.80")
# A fictional patient whose every identifying field would be easy to spot on a label.
PATIENT = Patient(
    patient_id=str(uuid.UUID(int=0x5EC2E7)),
    clinic_id="HAT-0815",
    given_name="Quirin",
    family_name="Obermoosbacher",
    birth_date=date(1979, 3, 28),
)


def _identifying_strings(patient: Patient) -> list[str]:
    born = patient.birth_date
    return [
        patient.given_name,
        patient.family_name,
        patient.patient_id,
        born.isoformat(),
        f"{born:%d.%m.%Y}",
        f"{born:%d.%m.%y}",
        f"{born:%d/%m/%Y}",
        f"{born:%d%m%Y}",
        f"{born:%Y%m%d}",
        f"{born:%y%m%d}",
        f"{born:%d%m%y}",
    ]


def _assert_no_identifier(text: str) -> None:
    lowered = text.lower()
    for needle in _identifying_strings(PATIENT):
        assert needle.lower() not in lowered, f"the label carries {needle!r}"


@pytest.fixture
def label(make_scale: Callable[..., SimulatedScale]) -> Any:
    """The syringe label for a 120 mg dose weighed on the simulated balance."""
    scale_sim = make_scale(initial_mass=Decimal(0))
    batch = SolutionBatch(
        lot="DEMO-0425",
        concentration=Concentration(100),
        density=Density("1.0180"),
        expires_at=datetime.now(UTC) + timedelta(hours=12),
    )
    target = Milligrams(120)
    with ScaleDriver.open(scale_sim.url, "mt-sics") as scale:
        scale_sim.place_mass(EMPTY_SYRINGE).result(5)
        scale.tare().result(10)
        scale_sim.place_mass(EMPTY_SYRINGE + expected_mass(target, batch).value).result(5)
        weighed = weigh_dose(scale, target, batch, RuleSettings())
    return syringe_label(
        str(uuid.uuid4()), PATIENT.clinic_id, weighed, batch, datetime.now(UTC), "ND"
    )


def test_printed_zpl_carries_the_clinic_id_and_nothing_else_identifying(label: Any) -> None:
    with (
        SimulatedPrinter(unique_name("printer"), FAST) as printer_sim,
        LabelPrinter(printer_sim.url, FAST) as printer,
    ):
        printer.print_label(label)
        assert printer_sim.wait_for_labels(1, 5.0)
        received = printer_sim.labels[-1]
    assert received.raw.strip() == render_zpl(label).strip()  # the format as sent
    raw_text = received.raw.decode("latin-1")
    _assert_no_identifier(raw_text)
    fields = " | ".join(field.data for field in received.fields)
    _assert_no_identifier(fields)
    assert f"Patient {PATIENT.clinic_id}" in received.texts
    (matrix,) = [field for field in received.fields if field.kind == "BX"]
    code, _gs1 = unescape_datamatrix(matrix.data)
    assert f"P={PATIENT.clinic_id}" in code
    _assert_no_identifier(code)


def test_preview_carries_the_clinic_id_and_nothing_else_identifying(label: Any) -> None:
    drawn_texts = [element.text for element in label.elements if isinstance(element, TextField)]
    assert f"Patient {PATIENT.clinic_id}" in drawn_texts
    _assert_no_identifier(" | ".join(drawn_texts))
    codes = [element.data for element in label.elements if isinstance(element, DataMatrixCode)]
    assert len(codes) == 1
    _assert_no_identifier(codes[0])
    preview = render_preview(label)
    assert preview.notes == ()
    if zxingcpp is None:
        pytest.skip("zxing-cpp (dev extra) is not installed: the drawn symbol is not decoded")
    found = zxingcpp.read_barcodes(preview.image.convert("L"))
    decoded = [bytes(result.bytes).decode("latin-1") for result in found]
    assert decoded == [codes[0]]
    assert f"P={PATIENT.clinic_id}" in decoded[0]
