"""The register as an inspector accepts it: the PDF gives the period, the opening and closing
balance, "page x of y", signature lines for the pharmacist and the witness, and container
names in full (wrapped, never cut); the CSV opens in the clinic's spreadsheet (BOM, the
language's separators, no symbols, clinic time)."""

from __future__ import annotations

import csv
import re
import zlib
from datetime import timedelta
from pathlib import Path

from station.domain.quantities import Grams, Milligrams, Millilitres
from station.services.pharmacy import PharmacyService
from station.services.register_layout import COLUMN_CHARS, entry_lines
from station.services.settings import SettingsService

from .conftest import Clinic
from .test_pharmacy import DAM, gs1_scan, pharmacy

__all__ = ["pharmacy"]  # the fixture

LONG_BATCH = "LOT-2031-ABCDEFGHIJ"  # a GS1 batch of 19 characters


def _stock(clinic: Clinic, pharmacy: PharmacyService) -> None:
    lot = pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001", batch=LONG_BATCH))
    pharmacy.reconstitute(
        clinic.pharm,
        clinic.confirm("witness", clinic.pharm),
        [(lot, Milligrams(20000))],
        Millilitres(200),
        Millilitres(10),
        Grams("10.1800"),
        timedelta(days=7),
    )


def pdf_text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    streams = [
        zlib.decompress(stream) if stream[:1] == b"x" else stream
        for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S)
    ]
    shown = re.findall(rb"\((.*?)\) ?Tj", b"\n".join(streams), re.S)
    return "\n".join(
        part.decode("latin-1").replace("\\(", "(").replace("\\)", ")") for part in shown
    )


def test_the_pdf_has_period_balances_pages_signatures_and_whole_names(
    clinic: Clinic, pharmacy: PharmacyService, tmp_path: Path
) -> None:
    _stock(clinic, pharmacy)
    rows = pharmacy.register(clinic.pharm, DAM)
    long_names = [row.container_label for row in rows if len(row.container_label) > COLUMN_CHARS[4]]
    assert long_names, "the test needs a container name longer than its column"
    target = tmp_path / "register.pdf"
    assert pharmacy.export_pdf(clinic.pharm, DAM, target) == len(rows)
    text = pdf_text(target)
    flat = re.sub(r"\s+", " ", text)
    assert "Period: 2031-03-04 to 2031-03-04" in text
    assert "Opening balance diacetylmorphine: 0.00 mg" in text
    assert f"Closing balance diacetylmorphine: {rows[-1].line.balance:.2f} mg" in text
    assert "page 1 of 1" in text and "{nb}" not in text
    assert re.search(r"Pharmacist +name: _+ +date: _+ +signature: _+", text)
    assert re.search(r"Witness +name: _+ +date: _+ +signature: _+", text)
    assert "~" not in text  # nothing cut
    for name in long_names:  # each word of the name is there, wrapped inside its column
        for word in name.replace("→", "to").split():
            assert word in flat, word
    assert "→" not in text and "->" not in text
    assert "Printed 2031-03-04 08:00 CET" in text  # the clinic's time with its zone


def test_a_long_field_wraps_inside_its_column() -> None:
    name = "Diaphin 10 g (fictional pack) LOT-2031-ABCDEFGHIJ to SB-310304-001"
    lines = entry_lines(["1", "2031-03-04", "08:00", "receipt", name, "+1.00", "1.00", "", "", ""])
    assert len(lines) > 1
    start = sum(COLUMN_CHARS[:4]) + 4
    column = [line[start : start + COLUMN_CHARS[4]].strip() for line in lines]
    assert " ".join(part for part in column if part) == name


def test_the_csv_follows_the_clinic_language(
    clinic: Clinic, pharmacy: PharmacyService, tmp_path: Path
) -> None:
    _stock(clinic, pharmacy)
    english = tmp_path / "en.csv"
    pharmacy.export_csv(clinic.pharm, DAM, english)
    raw = english.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: a spreadsheet reads UTF-8
    rows = list(csv.DictReader(english.open(encoding="utf-8-sig")))
    assert rows[0]["balance_mg"] == "50000.00"

    SettingsService(clinic.store).change(clinic.tech, "language", "de")
    german = tmp_path / "de.csv"
    pharmacy.export_csv(clinic.pharm, DAM, german)
    text = german.read_bytes().decode("utf-8-sig")
    assert "→" not in text
    table = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert table[0]["balance_mg"] == "50000,00"
    assert table[0]["change_mg"] == "+50000,00"
    assert all(";" not in value for row in table for value in row.values())
    assert table[0]["time"] == "08:00"  # clinic time, not UTC (07:00)
    transfer = [row for row in table if " to " in row["container"]]
    assert transfer, "a reconstitution names its containers with words, not an arrow"
