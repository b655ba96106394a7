"""Patient cards end to end: ``dosing-server issue-card`` → sync → scan at the station.

A real central server on loopback, patients imported and cards issued with the real
``dosing-server`` command (a subprocess), a real station store enrolled and synced; the code
printed on the card (decoded from the image) is scanned through the counter service.
Everything is fictional: clinics, staff and patients are invented for the tests.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from station.domain.rules import IdentificationMethod
from station.services.cards import trust_card_issuer
from station.services.errors import ServiceError
from sync.server.card_print import card_lines
from sync.server.service import SyncService
from sync.wire.cards import CardPayload
from sync.wire.chain import canonical_json
from sync.wire.signing import load_public_key
from tests.services.sync_support import Station, new_station
from tests.sync.conftest import InProcessServer

zxingcpp: Any
try:
    import zxingcpp
except ImportError:  # pragma: no cover - a dev dependency; without it the JSON's text is used
    zxingcpp = None

_SERVER_COMMAND = Path(sys.executable).with_name("dosing-server")
PATIENTS_CSV = (
    "patient_id,clinic_id,given_name,family_name,birth_date,home_station\n"
    "PAT-E2E-1,HAT-E2E-0001,Fiktiva,Kortesen,1979-04-01,st-card\n"
    "PAT-E2E-2,HAT-E2E-0002,Fiktivo,Scannersen,1985-09-12,st-card\n"
)
LATE_PATIENT_CSV = (
    "patient_id,clinic_id,given_name,family_name,birth_date,home_station\n"
    "PAT-E2E-3,HAT-E2E-0003,Fiktivia,Nachzueglerin,1990-02-03,st-card\n"
)
NAMES = ("Fiktiva", "Kortesen", "Fiktivo", "Scannersen", "Fiktivia", "Nachzueglerin")


@dataclass(frozen=True)
class IssuedCard:
    """What ``dosing-server issue-card`` printed and wrote."""

    printed_code: str
    """The text of the QR code on the card image (decoded from the picture)."""
    output: dict[str, Any]
    """The command's JSON line."""
    image: Path


@dataclass
class CentralServer:
    """A server database the command line works on, with the key file it signs with."""

    db_url: str
    key_file: Path

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``dosing-server ARGS --db ...`` as an administrator at the server would."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith("HAT_")}
        environment["HAT_SERVER_KEY_FILE"] = str(self.key_file)
        return subprocess.run(
            [str(_SERVER_COMMAND), *args, "--db", self.db_url],
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def ok(self, *args: str) -> str:
        done = self.run(*args)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    def import_patients(self, folder: Path, csv_text: str) -> str:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"patients-{len(list(folder.glob('patients-*.csv')))}.csv"
        path.write_text(csv_text, encoding="utf-8")
        return self.ok("patients", "import", str(path))

    def issue_card(self, patient_id: str, out: Path) -> IssuedCard:
        output = json.loads(self.ok("issue-card", patient_id, "--out", str(out)))
        assert Path(output["file"]) == out and out.stat().st_size > 1000
        return IssuedCard(printed_code(out, output["qr"]), output, out)


def printed_code(image: Path, announced: str) -> str:
    """The text a scanner reads from the card's picture (checked against what was announced)."""
    if zxingcpp is None:  # pragma: no cover
        return announced
    found = zxingcpp.read_barcodes(
        Image.open(image).convert("L"),
        formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
    )
    assert [symbol.text for symbol in found] == [announced]
    return str(found[0].text)


@dataclass
class Chain:
    """The clinic's server (served over HTTP), its command line, and one enrolled station."""

    server: InProcessServer
    central: CentralServer
    station: Station
    folder: Path

    def sync(self) -> None:
        assert self.station.sync is not None
        overview = self.station.sync.sync_now()
        assert overview.status.online, overview.status.last_error

    def card(self, patient_id: str, name: str) -> IssuedCard:
        return self.central.issue_card(patient_id, self.folder / f"{name}.png")


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[Chain]:
    server = InProcessServer(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    (tmp_path / "server").mkdir()
    server.start()
    assert server.service is not None and server.service.key_file is not None
    central = CentralServer(server.db_url, server.service.key_file)
    station = new_station(tmp_path / "station", "st-card")
    try:
        station.enroll(server.url, server.service.new_enrollment_code())
        assert "2 new" in central.import_patients(tmp_path / "csv", PATIENTS_CSV)
        made = Chain(server, central, station, tmp_path / "cards")
        made.sync()
        yield made
    finally:
        station.close()
        server.release()


def _refused(chain: Chain, code: str, words: str) -> None:
    """The scan is refused with ``words`` and nothing is recorded: no visit, no event."""
    station = chain.station
    head = station.store.head()
    with pytest.raises(ServiceError, match=words) as refused:
        station.counter.identify_by_card(station.nurse, code)
    assert not any(name in str(refused.value) for name in NAMES)
    assert station.store.head() == head
    assert station.counter.open_visits(station.nurse) == []


def _payload(code: str) -> dict[str, Any]:
    body = code.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return decoded


def test_a_card_issued_on_the_server_identifies_its_patient_at_the_station(
    chain: Chain,
) -> None:
    card = chain.card("PAT-E2E-2", "second")
    assert card.output["clinic_number"] == "HAT-E2E-0002"
    payload = _payload(card.printed_code)
    assert payload["patient_id"] == "PAT-E2E-2"
    assert chain.server.service is not None
    assert payload["clinic_id"] == chain.server.service.clinic_id  # the clinic, not the patient
    assert not any(name in card.printed_code + json.dumps(payload) for name in NAMES)

    station = chain.station
    chain.sync()  # the server's card.issued event: nothing a station needs, nothing in the way
    visit = station.counter.identify_by_card(station.nurse, card.printed_code)

    assert (visit.patient.patient_id, visit.patient.clinic_id) == ("PAT-E2E-2", "HAT-E2E-0002")
    assert visit.identification.method is IdentificationMethod.CARD
    assert [v.visit_id for v in station.counter.open_visits(station.nurse)] == [visit.visit_id]
    overview = station.counter.overview(station.nurse, visit.patient.patient_id)
    assert overview.patient.family_name == "Scannersen"
    events = station.store.events_after(station.nurse, 0)
    identified = [e.payload for e in events if e.type == "identity.verified"]
    assert [(p["patient_id"], p["method"], p["card_serial"]) for p in identified] == [
        ("PAT-E2E-2", "card", payload["serial"])
    ]


def test_the_printed_card_shows_the_clinic_number_beside_the_code_but_no_name(
    chain: Chain,
) -> None:
    card = chain.card("PAT-E2E-1", "first")
    payload = CardPayload(
        patient_id=card.output["payload"]["patient_id"],
        clinic_id=card.output["payload"]["clinic_id"],
        issued_at=card.output["payload"]["issued_at"],
        serial=card.output["payload"]["serial"],
        key_id=card.output["payload"]["kid"],
    )
    lines = card_lines(payload, card.output["clinic_number"])
    assert "Clinic number: HAT-E2E-0001" in lines
    assert f"Issuing clinic: {payload.clinic_id}" in lines
    assert not any(name in line for name in NAMES for line in lines)
    assert "HAT-E2E-0001" not in card.printed_code  # the number is printed, not in the code


def test_a_replaced_card_is_refused_once_the_station_has_synced(chain: Chain) -> None:
    station = chain.station
    first = chain.card("PAT-E2E-1", "first")
    chain.sync()
    assert station.counter.check_card(station.nurse, first.printed_code).ok

    second = chain.card("PAT-E2E-1", "replacement")  # the first card is revoked on the server
    chain.sync()
    _refused(chain, first.printed_code, "withdrawn")

    visit = station.counter.identify_by_card(station.nurse, second.printed_code)
    assert visit.patient.clinic_id == "HAT-E2E-0001"


def test_a_card_revoked_on_the_command_line_is_refused_after_sync(chain: Chain) -> None:
    card = chain.card("PAT-E2E-2", "lost")
    serial = card.output["payload"]["serial"]
    assert f"card {serial} revoked" in chain.central.ok(
        "cards", "revoke", serial, "--reason", "lost (fictional)"
    )
    chain.sync()
    _refused(chain, card.printed_code, "withdrawn")


def test_an_altered_or_forged_card_is_refused(chain: Chain) -> None:
    genuine = chain.card("PAT-E2E-1", "genuine").printed_code
    prefix, body, signature = genuine.split(".")
    altered_payload = {**_payload(genuine), "patient_id": "PAT-E2E-2"}
    altered_body = base64.urlsafe_b64encode(canonical_json(altered_payload)).rstrip(b"=")
    altered = f"{prefix}.{altered_body.decode()}.{signature}"
    _refused(chain, altered, "may be forged")

    flipped = signature[:-3] + ("AAA" if not signature.endswith("AAA") else "BBB")
    _refused(chain, f"{prefix}.{body}.{flipped}", "may be forged")
    _refused(chain, "HAT-E2E-0001", "not a patient card")  # a clinic number is not a card


def test_a_card_of_another_clinic_is_refused_even_when_its_key_is_trusted(
    chain: Chain, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    url = f"sqlite:///{folder / 'server.db'}"
    other = SyncService(url, clinic_id="clinic-elsewhere", key_file=folder / "key.pem")
    other_key = (other.server_key_id, load_public_key(other.server_public_key))
    other.close()
    elsewhere = CentralServer(url, folder / "key.pem")
    elsewhere.import_patients(folder / "csv", PATIENTS_CSV)  # the same ids, by chance
    card = elsewhere.issue_card("PAT-E2E-1", folder / "card.png")
    assert _payload(card.printed_code)["clinic_id"] == "clinic-elsewhere"

    _refused(chain, card.printed_code, "key this station does not know")
    trust_card_issuer(chain.station.store, chain.station.tech, *other_key)
    _refused(chain, card.printed_code, "another clinic")


def test_a_card_of_a_patient_not_yet_on_the_roster_is_refused_until_sync(chain: Chain) -> None:
    station = chain.station
    chain.central.import_patients(chain.folder.parent / "csv", LATE_PATIENT_CSV)
    card = chain.card("PAT-E2E-3", "late")
    assert station.counter.check_card(station.nurse, card.printed_code).ok
    _refused(chain, card.printed_code, "not on this station's roster yet")

    chain.sync()
    visit = station.counter.identify_by_card(station.nurse, card.printed_code)
    assert (visit.patient.patient_id, visit.patient.clinic_id) == ("PAT-E2E-3", "HAT-E2E-0003")


def test_issuing_a_card_for_an_unknown_patient_is_one_clear_line(chain: Chain) -> None:
    done = chain.central.run("issue-card", "PAT-NOBODY", "--out", str(chain.folder / "x.png"))
    assert done.returncode == 1
    assert done.stderr.strip() == "error: No patient with this id; import them first."
    assert not (chain.folder / "x.png").exists()
