"""Patient intake and identification photos (issue 16) at the service, on real station files.

Everything here is fictional: stations, staff, patients and their pictures are invented.
"""

from __future__ import annotations

import base64
import dataclasses
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from station.domain.roles import Role
from station.services.errors import PermissionDenied, ServiceError
from station.services.intake import INTAKE_ROLES, IntakeService, NewPatient
from station.services.photo_image import MAX_JPEG_BYTES, MAX_SIDE
from station.store import remote
from station.store.database import DATABASE_FILENAME
from station.store.store import Session
from tests.services.conftest import Clinic, local
from tests.services.sync_support import Station, enrolled_stations, running_server
from tests.services.test_stop_flags_and_voids import OtherStation, other_station, to_other
from tests.sync.conftest import InProcessServer

PRESCRIBER_PASSWORD = "presc-pass-fictional"


def picture(
    size: tuple[int, int] = (900, 700), colour: str = "#c0392b", kind: str = "PNG", **save: object
) -> bytes:
    """A fictional picture: a coloured field with a pale face-like oval and a stripe pattern."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.ellipse((width // 4, height // 6, 3 * width // 4, 5 * height // 6), fill="#f5deb3")
    for x in range(0, width, 23):
        draw.line((x, 0, x + 40, height), fill="#1f4e79", width=3)
    out = io.BytesIO()
    image.save(out, kind, **save)
    return out.getvalue()


@pytest.fixture
def intake(clinic: Clinic) -> IntakeService:
    return IntakeService(clinic.store, clinic.clock)


@pytest.fixture
def prescriber(clinic: Clinic) -> Session:
    clinic.store.add_user(
        clinic.admin,
        "presc",
        "Per Fiktiv (prescriber)",
        frozenset({Role.PRESCRIBER}),
        PRESCRIBER_PASSWORD,
    )
    return clinic.store.unlock("presc", PRESCRIBER_PASSWORD)


def new_patient(**changes: object) -> NewPatient:
    fields: dict[str, object] = {
        "family_name": "Opdigtsen",
        "given_name": "Fiktiva",
        "birth_date": date(1984, 2, 29),
        "clinic_id": "HAT-N-0001",
    }
    fields.update(changes)
    return NewPatient(**fields)  # type: ignore[arg-type]


def refused(clinic: Clinic, action: Callable[[], object], code: str) -> ServiceError:
    """``action`` is refused with ``code`` and leaves nothing in the log."""
    head = clinic.head()
    with pytest.raises(ServiceError) as error:
        action()
    assert error.value.code == code, error.value
    assert clinic.head() == head, "a refused intake records nothing"
    return error.value


# -- who registers --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["presc", "lead", "admin"])
def test_a_prescriber_clinic_lead_or_administrator_registers_a_patient(
    clinic: Clinic, intake: IntakeService, prescriber: Session, who: str
) -> None:
    session = {"presc": prescriber, "lead": clinic.lead, "admin": clinic.admin}[who]
    patient = intake.register(
        session, new_patient(family_name="  Opdigtsen ", given_name="Fiktiva  Anne")
    )
    found = clinic.counter.find_by_clinic_id(clinic.nurse, "HAT-N-0001")
    assert found == patient
    assert (found.family_name, found.given_name) == ("Opdigtsen", "Fiktiva Anne")
    assert found.home_station == clinic.store.station_id, "no home given: this station"
    assert intake.photo_of(clinic.nurse, patient.patient_id) is None


@pytest.mark.parametrize("who", ["nurse", "tech", "pharm"])
def test_nobody_else_registers_or_sets_a_photo(
    clinic: Clinic, intake: IntakeService, who: str
) -> None:
    session: Session = getattr(clinic, who)
    with pytest.raises(PermissionDenied):
        intake.register(session, new_patient())
    patient = clinic.patient()
    head = clinic.head()
    with pytest.raises(PermissionDenied):
        intake.set_photo(session, patient.patient_id, picture(), clinic_id=patient.clinic_id)
    assert clinic.head() == head
    assert clinic.events("patient.photo_set") == []


def test_the_technician_may_not_see_a_photo(clinic: Clinic, intake: IntakeService) -> None:
    patient = intake.register(clinic.lead, new_patient(photo=picture()))
    assert intake.photo_of(clinic.nurse, patient.patient_id) is not None
    with pytest.raises(PermissionDenied):
        intake.photo_of(clinic.tech, patient.patient_id)


def test_the_counter_still_registers_as_before(clinic: Clinic) -> None:
    patient = clinic.patient()
    assert clinic.counter.find_by_clinic_id(clinic.nurse, patient.clinic_id) == patient


# -- what is checked ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"family_name": "  "}, "intake.family_name_missing"),
        ({"given_name": ""}, "intake.given_name_missing"),
        ({"family_name": "1234"}, "intake.family_name_invalid"),
        ({"given_name": "Fik\x00tiva"}, "intake.given_name_invalid"),
        ({"birth_date": date(2031, 3, 5)}, "intake.birth_date_future"),
        ({"birth_date": date(2013, 3, 5)}, "intake.under_age"),
        ({"birth_date": date(1915, 1, 1)}, "intake.birth_date_implausible"),
        ({"clinic_id": " "}, "intake.clinic_id_missing"),
        ({"clinic_id": "hat-n-0001"}, "intake.clinic_id_format"),
        ({"clinic_id": "HAT;P=0001"}, "intake.clinic_id_format"),
        ({"photo": b"GIF89a not a picture"}, "intake.photo_unreadable"),
        ({"photo": picture((40, 40))}, "intake.photo_too_small"),
        ({"photo": picture(kind="GIF")}, "intake.photo_unreadable"),
    ],
)
def test_a_registration_the_rules_refuse_records_nothing(
    clinic: Clinic, intake: IntakeService, changes: dict[str, object], code: str
) -> None:
    refused(clinic, lambda: intake.register(clinic.lead, new_patient(**changes)), code)
    assert clinic.counter.find_by_clinic_id(clinic.nurse, "HAT-N-0001") is None


def test_eighteen_today_is_old_enough(clinic: Clinic, intake: IntakeService) -> None:
    clinic.clock.set(local(4, 9))  # 4 March 2031 in the clinic
    patient = intake.register(clinic.lead, new_patient(birth_date=date(2013, 3, 4)))
    assert patient.birth_date == date(2013, 3, 4)


def test_a_clinic_number_already_on_the_roster_is_refused(
    clinic: Clinic, intake: IntakeService
) -> None:
    first = clinic.patient()  # registered through the counter, as the demo does
    error = refused(
        clinic,
        lambda: intake.register(clinic.lead, new_patient(clinic_id=f"  {first.clinic_id} ")),
        "intake.clinic_id_taken",
    )
    assert first.family_name not in str(error)
    intake.register(clinic.lead, new_patient(clinic_id="HAT-N-0002"))
    refused(
        clinic,
        lambda: intake.register(clinic.lead, new_patient(clinic_id="HAT-N-0002", family_name="X")),
        "intake.clinic_id_taken",
    )


def test_a_second_record_of_one_person_needs_a_recorded_confirmation(
    clinic: Clinic, intake: IntakeService
) -> None:
    first = intake.register(clinic.lead, new_patient())
    same = new_patient(family_name="OPDIGTSEN ", given_name="Fiktiv", clinic_id="HAT-N-0002")
    error = refused(clinic, lambda: intake.register(clinic.lead, same), "intake.possible_duplicate")
    assert error.params == {"count": 1}
    assert "Opdigtsen" not in str(error) and "1984" not in str(error)
    # Another birth date is another person: no question asked.
    other = intake.register(
        clinic.lead, new_patient(birth_date=date(1984, 3, 1), clinic_id="HAT-N-0003")
    )
    assert clinic.events("patient.duplicate_checked") == []
    # Confirmed: registered, and the confirmation is in the record with who gave it.
    second = intake.register(
        clinic.lead,
        dataclasses.replace(same, different_person_confirmed=True),
    )
    (checked,) = clinic.events("patient.duplicate_checked")
    assert checked["patient_id"] == second.patient_id
    assert checked["similar_to"] == [first.patient_id]
    assert checked["confirmed_different_person"] is True
    assert checked["by"] == clinic.lead.user.user_id
    assert other.patient_id not in checked["similar_to"]


# -- photos ---------------------------------------------------------------------------------


def test_a_photo_is_re_encoded_shrunk_and_stripped(clinic: Clinic, intake: IntakeService) -> None:
    exif = Image.Exif()
    exif[0x010F] = "FictionalCam"  # the camera's make: metadata that must not be kept
    original = picture((1600, 1200), kind="JPEG", quality=98, exif=exif.tobytes())
    assert b"FictionalCam" in original
    patient = intake.register(clinic.lead, new_patient(photo=original))
    kept = intake.photo_of(clinic.nurse, patient.patient_id)
    assert kept is not None and kept.startswith(b"\xff\xd8")
    assert len(kept) <= MAX_JPEG_BYTES and b"FictionalCam" not in kept
    with Image.open(io.BytesIO(kept)) as image:
        assert image.format == "JPEG"
        assert max(image.size) == MAX_SIDE and image.size == (480, 360)
        assert not image.getexif()


def test_a_transparent_png_is_laid_on_white(clinic: Clinic, intake: IntakeService) -> None:
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((50, 50, 150, 150), fill=(200, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    kept = intake.prepare_photo(clinic.lead, out.getvalue())
    with Image.open(io.BytesIO(kept)) as shown:
        corner = shown.convert("RGB").getpixel((2, 2))
        assert isinstance(corner, tuple) and min(corner) > 240, corner


def test_a_new_photo_replaces_the_old_one(clinic: Clinic, intake: IntakeService) -> None:
    patient = intake.register(clinic.lead, new_patient(photo=picture(colour="#c0392b")))
    first = intake.photo_of(clinic.nurse, patient.patient_id)
    clinic.clock.advance(minutes=5)
    intake.set_photo(
        clinic.lead, patient.patient_id, picture(colour="#27ae60"), clinic_id="HAT-N-0001"
    )
    second = intake.photo_of(clinic.nurse, patient.patient_id)
    assert second is not None and second != first
    with Image.open(io.BytesIO(second)) as image:
        red, green, _blue = image.convert("RGB").getpixel((3, 3))  # type: ignore[misc]
        assert green > red
    assert len(clinic.events("patient.photo_set")) == 2, "the older photo stays in the record"


def test_a_photo_for_another_clinic_number_is_refused(
    clinic: Clinic, intake: IntakeService
) -> None:
    mine = intake.register(clinic.lead, new_patient(photo=picture(colour="#c0392b")))
    theirs = intake.register(
        clinic.lead, new_patient(family_name="Testrup", clinic_id="HAT-N-0002")
    )
    before = intake.photo_of(clinic.nurse, mine.patient_id)
    refused(
        clinic,
        lambda: intake.set_photo(
            clinic.lead, mine.patient_id, picture(colour="#27ae60"), clinic_id=theirs.clinic_id
        ),
        "intake.photo_patient_mismatch",
    )
    refused(
        clinic,
        lambda: intake.set_photo(clinic.lead, "no-such-patient", picture(), clinic_id="HAT-X-1"),
        "intake.patient_not_on_roster",
    )
    assert intake.photo_of(clinic.nurse, mine.patient_id) == before
    assert intake.photo_of(clinic.nurse, theirs.patient_id) is None


def test_a_photo_whose_clinic_number_is_no_longer_the_patients_is_not_shown(
    clinic: Clinic, intake: IntakeService
) -> None:
    patient = intake.register(clinic.lead, new_patient(photo=picture()))
    assert intake.photo_of(clinic.nurse, patient.patient_id) is not None
    # The registration corrected to another clinic number (as a sync or an update may do):
    # the photo taken for the old number is not shown for the new one.
    document = {**patient.as_document(), "clinic_id": "HAT-N-0099"}
    clinic.store.record(clinic.lead, "patient.updated", document)
    assert intake.photo_of(clinic.nurse, patient.patient_id) is None


def test_a_photo_is_unreadable_on_disk(
    clinic: Clinic, intake: IntakeService, tmp_path: Path
) -> None:
    original = picture((300, 300))
    patient = intake.register(clinic.lead, new_patient(photo=original))
    kept = intake.photo_of(clinic.nurse, patient.patient_id)
    assert kept is not None
    files = [path for path in clinic.data_dir.rglob("*") if path.is_file()]
    assert any(path.name == DATABASE_FILENAME for path in files)
    needles = [
        kept[100:132],  # a run of the kept JPEG's bytes
        kept[-64:-32],
        base64.b64encode(kept)[200:240],  # its text as the event carries it
        b"HAT-N-0001",
        b"Opdigtsen",
    ]
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, f"{path.name} holds a photo's bytes or its patient"
    # The scan can find clear text: the station's name is stored in clear.
    assert any(b"Test counter" in path.read_bytes() for path in files)


# -- between stations -----------------------------------------------------------------------


@pytest.fixture
def other(tmp_path: Path, clinic: Clinic) -> Iterator[OtherStation]:
    station = other_station(tmp_path, clinic.clock)
    yield station
    station.store.close()


def test_a_photo_recorded_by_someone_who_may_not_register_is_not_shown_elsewhere(
    clinic: Clinic, intake: IntakeService, other: OtherStation
) -> None:
    patient = intake.register(clinic.lead, new_patient())
    # A nurse's photo event, written past the service (an older or altered station would).
    forged = {
        "photo_id": "photo-forged",
        "patient_id": patient.patient_id,
        "clinic_id": patient.clinic_id,
        "media_type": "image/jpeg",
        "jpeg": base64.b64encode(intake.prepare_photo(clinic.lead, picture())).decode(),
        "by": clinic.nurse.user.user_id,
        "set_at": clinic.clock().isoformat(),
    }
    clinic.store.record(clinic.nurse, "patient.photo_set", forged)
    to_other(clinic, other)
    there = IntakeService(other.store, clinic.clock)
    assert other.counter.find_by_clinic_id(other.nurse, patient.clinic_id) is not None
    assert there.photo_of(other.nurse, patient.patient_id) is None
    # The same photo by the clinic lead is shown there.
    intake.set_photo(clinic.lead, patient.patient_id, picture(), clinic_id=patient.clinic_id)
    to_other(clinic, other)
    assert there.photo_of(other.nurse, patient.patient_id) is not None


def test_the_pulled_photo_check_names_the_roles_that_register() -> None:
    assert {role.value for role in INTAKE_ROLES} == remote.INTAKE_ROLES


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: InProcessServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def test_a_photo_taken_at_one_station_shows_at_the_other_after_sync(
    pair: tuple[Station, Station],
) -> None:
    a, b = pair
    at_a, at_b = IntakeService(a.store, a.clock), IntakeService(b.store, b.clock)
    patient = at_a.register(a.lead, new_patient(photo=picture(colour="#8e44ad")))
    for station in (a, b):
        assert station.sync is not None
        overview = station.sync.sync_now()
        assert overview.status.online, overview.status.last_error
    kept = at_a.photo_of(a.nurse, patient.patient_id)
    assert kept is not None
    assert at_b.photo_of(b.nurse, patient.patient_id) == kept
    # The photo is sealed at B too: its file holds none of it.
    assert kept[100:132] not in (b.data_dir / DATABASE_FILENAME).read_bytes()
