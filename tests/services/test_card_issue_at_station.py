"""A patient's card issued from the station: the server signs it, the station prints a PDF.

The real server on loopback and a real station; the code is read back from the PDF's picture
with a real DataMatrix decoder and scanned through the counter. Everything is fictional.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from station.domain.roles import Role
from station.domain.rules import IdentificationMethod
from station.services.cards import CardService
from station.services.errors import PermissionDenied, ServiceError
from sync.wire.station_requests import CardIssueRequest
from tests.services.sync_support import Station, enrolled_stations, running_server
from tests.sync.conftest import InProcessServer

zxingcpp = pytest.importorskip("zxingcpp")
PRESCRIBER = "prescriber-pass-fictional"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def station(tmp_path: Path, server: InProcessServer) -> Iterator[Station]:
    with enrolled_stations(tmp_path, server, ["st-cards"]) as (made,):
        yield made


def _synced(station: Station) -> None:
    assert station.sync is not None
    overview = station.sync.sync_now()
    assert overview.status.online, overview.status.last_error


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def pictures(pdf: Path) -> list[Image.Image]:
    """The greyscale pictures a PDF embeds (fpdf2 keeps them as PNG-predicted Flate data)."""
    data = pdf.read_bytes()
    found = []
    pattern = rb"<<(?P<head>(?:(?!>>\s*stream).)*?/Subtype /Image.*?)>>\s*stream\r?\n"
    for match in re.finditer(pattern, data, re.S):
        head = match.group("head")
        width = int(re.search(rb"/Width (\d+)", head).group(1))  # type: ignore[union-attr]
        height = int(re.search(rb"/Height (\d+)", head).group(1))  # type: ignore[union-attr]
        length = int(re.search(rb"/Length (\d+)", head).group(1))  # type: ignore[union-attr]
        assert b"/DeviceGray" in head and b"/Predictor 15" in head
        stream = data[match.end() : match.end() + length]
        png = (
            b"\x89PNG\r\n\x1a\n"
            + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + _png_chunk(b"IDAT", stream)
            + _png_chunk(b"IEND", b"")
        )
        found.append(Image.open(BytesIO(png)).convert("L"))
    return found


def printed_code(pdf: Path) -> str:
    """The text a scanner reads from the card's DataMatrix."""
    [picture] = pictures(pdf)
    symbols = zxingcpp.read_barcodes(
        picture, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.DataMatrix)
    )
    assert len(symbols) == 1
    return str(symbols[0].text)


def pdf_text(pdf: Path) -> str:
    """The words drawn on the PDF's pages (their content streams, inflated)."""
    data = pdf.read_bytes()
    texts = []
    for match in re.finditer(rb"/Filter /FlateDecode\s*/Length (\d+)\s*>>\s*stream\r?\n", data):
        raw = data[match.end() : match.end() + int(match.group(1))]
        texts.append(zlib.decompress(raw).decode("latin-1"))
    return "".join(re.findall(r"\((.*?)\) Tj", "".join(texts)))


def test_a_card_issued_from_the_station_identifies_the_patient_at_the_counter(
    station: Station, server: InProcessServer, tmp_path: Path
) -> None:
    patient = station.register()
    _synced(station)  # the patient's record reaches the server
    cards = CardService(station.store)
    issued = cards.issue(station.lead, patient.patient_id, tmp_path / "printed")

    assert issued.pdf.is_file() and issued.pdf.parent == tmp_path / "printed"
    code = printed_code(issued.pdf)
    assert code == issued.code
    words = pdf_text(issued.pdf)
    assert patient.clinic_id in words and "Fiktiva Synkesen" in words
    assert "Synkesen" not in code  # the name is printed, never in the code

    visit = station.counter.identify_by_card(station.nurse, code)
    assert visit.patient.patient_id == patient.patient_id
    assert visit.identification.method is IdentificationMethod.CARD

    # The server knows who asked; a second card withdraws the first once the station syncs.
    second = cards.issue(station.lead, patient.patient_id, tmp_path / "printed")
    assert second.serial != issued.serial
    _synced(station)
    assert not station.counter.check_card(station.nurse, issued.code).ok
    assert station.counter.check_card(station.nurse, printed_code(second.pdf)).ok


def test_only_a_lead_administrator_or_prescriber_may_issue_and_offline_is_one_sentence(
    station: Station, server: InProcessServer, tmp_path: Path
) -> None:
    patient = station.register()
    cards = CardService(station.store)
    with pytest.raises(PermissionDenied):
        cards.issue(station.nurse, patient.patient_id, tmp_path)
    with pytest.raises(ServiceError) as unknown:  # not pushed yet: the server does not know them
        cards.issue(station.admin, patient.patient_id, tmp_path)
    assert unknown.value.code == "cards.patient_unknown_to_server"
    with pytest.raises(ServiceError) as stranger:
        cards.issue(station.lead, "no-such-patient", tmp_path)
    assert stranger.value.code == "cards.patient_not_on_roster"
    station.store.add_user(
        station.admin, "presc", "Per Fiktiv (prescriber)", frozenset({Role.PRESCRIBER}), PRESCRIBER
    )
    _synced(station)
    prescriber = station.store.unlock("presc", PRESCRIBER)
    assert cards.issue(prescriber, patient.patient_id, tmp_path / "ok").pdf.is_file()
    server.stop()
    with pytest.raises(ServiceError) as offline:
        cards.issue(station.lead, patient.patient_id, tmp_path)
    assert offline.value.code == "server.unreachable"
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_card_the_server_signed_for_another_patient_is_not_printed(
    station: Station, server: InProcessServer, tmp_path: Path
) -> None:
    asked, other = station.register(), station.register()
    _synced(station)
    assert server.service is not None
    genuine = server.service.issue_card_for_station

    def mixed_up(who: Any, request: CardIssueRequest) -> Any:
        """A faulty server: it signs a genuine card, of the other patient."""
        return genuine(who, request.model_copy(update={"patient_id": other.patient_id}))

    server.service.issue_card_for_station = mixed_up  # type: ignore[method-assign]
    with pytest.raises(ServiceError) as refused:
        CardService(station.store).issue(station.lead, asked.patient_id, tmp_path / "printed")
    assert refused.value.code == "cards.issued_card_refused"
    assert not (tmp_path / "printed").exists() or list((tmp_path / "printed").iterdir()) == []
