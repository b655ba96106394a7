"""The demo's patients have photos: drawn, marked FICTIONAL, the same at every creation."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from station.demo.photos import SIZE, demo_photo
from station.demo.profile import create_demo_profile, demo_password
from station.services.counter import CounterService
from station.services.intake import IntakeService
from station.store.crypto import TEST_KDF


def test_a_demo_photo_is_the_same_for_one_patient_and_differs_between_patients() -> None:
    first = demo_photo("patient-a")
    assert demo_photo("patient-a") == first
    assert demo_photo("patient-b") != first
    with Image.open(io.BytesIO(first)) as image:
        assert image.format == "PNG" and image.size == (SIZE, SIZE)
        rgb = image.convert("RGB")
        # The white band across the chin carries the red word FICTIONAL.
        band = [rgb.getpixel((x, SIZE - 66)) for x in range(0, SIZE, 2)]
        assert sum(1 for pixel in band if pixel == (255, 255, 255)) > len(band) // 3
        assert any(isinstance(p, tuple) and p[0] > 120 and p[1] < 60 for p in band), "red text"


def test_every_demo_patient_has_a_photo_on_record(tmp_path: Path) -> None:
    store = create_demo_profile(tmp_path / "demo", 3, kdf=TEST_KDF)
    try:
        nurse = store.unlock("nurse", demo_password("nurse"))
        intake = IntakeService(store)
        roster = CounterService(store).roster(nurse)
        assert len(roster) == 3
        photos = [intake.photo_of(nurse, patient.patient_id) for patient in roster]
        assert all(photo is not None and photo.startswith(b"\xff\xd8") for photo in photos)
        assert len(set(photos)) == 3
    finally:
        store.close()
