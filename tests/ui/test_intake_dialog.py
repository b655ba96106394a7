"""Registering a patient in the window, with a photo from a file; the photo at identification.

A clinic lead signs in to a demo station and works from the keyboard; what the form did is
checked through the services. Everything is fictional: the demo's invented patients and staff,
and pictures drawn by the test.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.patients import Patient
from station.ui.lead.intake_dialog import IntakeDialog
from station.ui.main_window import StationWindow
from station.ui.photos import decoded_photo
from station.ui.visit.flow import VisitView
from station.ui.visit.panel import PatientPanel
from tests.ui.conftest import DemoStation, open_window, sign_in
from tests.ui.visit_driver import screen_of

TIMEOUT = 10000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
PAUSE_MS = 80
"""A person pauses before Enter: a burst of keys ending in Enter is a wedge scanner's scan."""
GREEN = (0, 150, 90)
pytestmark = pytest.mark.qt_log_ignore(
    # The file dialog's completer pops up as one types a path; offscreen cannot grab or raise.
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support raise",
)


def green_picture(path: Path) -> Path:
    """A fictional PNG: a green field with a pale oval (what the panel must show, not initials)."""
    image = Image.new("RGB", (600, 600), GREEN)
    ImageDraw.Draw(image).ellipse((200, 150, 400, 450), fill=(250, 230, 200))
    image.save(path, "PNG")
    return path


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, delay=PAUSE_MS)


def tab_and_type(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    """Tab to the next field and type into it."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget() or dialog, text)


def open_intake(qtbot: QtBot, window: StationWindow) -> IntakeDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: window.intake_dialog is not None and window.intake_dialog.isVisible(),
        timeout=TIMEOUT,
    )
    dialog = window.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.family_name, timeout=TIMEOUT)
    return dialog


def import_file(qtbot: QtBot, dialog: IntakeDialog, path: Path) -> None:
    """Alt+I, type the file's path into the file dialog, Enter: the preview shows the photo."""
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(
        lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible(),
        timeout=TIMEOUT,
    )
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog)
    name = files.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit), "the file dialog has a file name field"
    name.setFocus()
    qtbot.keyClicks(name, str(path))
    with qtbot.waitSignal(dialog.photo_ready, timeout=TIMEOUT):
        enter(qtbot, name)


def register_from_the_keyboard(
    qtbot: QtBot, window: StationWindow, clinic_id: str, photo: Path | None
) -> IntakeDialog:
    dialog = open_intake(qtbot, window)
    qtbot.keyClicks(dialog.family_name, "Opdigtsen")
    tab_and_type(qtbot, dialog, "Fiktiva Anne")
    tab_and_type(qtbot, dialog, "14.07.1981")
    tab_and_type(qtbot, dialog, clinic_id.lower())  # typed in small letters: shown in capitals
    assert dialog.clinic_id.text() == clinic_id
    if photo is not None:
        import_file(qtbot, dialog, photo)
        qtbot.waitUntil(
            lambda: QApplication.focusWidget() is dialog.register_button, timeout=TIMEOUT
        )
    return dialog


def lead_window(qtbot: QtBot, station: DemoStation) -> StationWindow:
    window = open_window(qtbot, station.parts)
    sign_in(qtbot, window, "lead")
    assert window.intake_action.isEnabled()
    return window


def registered(station: DemoStation, clinic_id: str) -> Patient | None:
    nurse = station.store.unlock("nurse", demo_password("nurse"))
    return station.counter.find_by_clinic_id(nurse, clinic_id)


def test_a_patient_is_registered_from_the_keyboard_with_a_photo_from_a_file(
    qtbot: QtBot, demo_station: DemoStation, tmp_path: Path
) -> None:
    window = lead_window(qtbot, demo_station)
    dialog = register_from_the_keyboard(
        qtbot, window, "HAT-T-0900", green_picture(tmp_path / "new patient.png")
    )
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.registered, timeout=TIMEOUT):
        enter(qtbot, dialog.register_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    patient = registered(demo_station, "HAT-T-0900")
    assert patient is not None
    assert (patient.family_name, patient.given_name) == ("Opdigtsen", "Fiktiva Anne")
    assert patient.home_station == demo_station.parts.services.station_id
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    assert demo_station.parts.services.intake.photo_of(nurse, patient.patient_id) is not None

    # At the counter, the card brings up the patient with their photo, not their initials.
    visit = identify(qtbot, demo_station, window, patient)
    pixmap = visit.panel.photo.pixmap()
    centre_left = QColor(pixmap.toImage().pixel(6, pixmap.height() // 2))
    assert abs(centre_left.green() - GREEN[1]) < 24 and centre_left.red() < 30, centre_left.name()
    assert visit.panel.photo.accessibleName() == "Patient photo"


def identify(
    qtbot: QtBot, station: DemoStation, window: StationWindow, patient: Patient
) -> VisitView:
    """Scan the patient's card; the panel shows them, and their recorded photo once read."""
    visit = screen_of(window).visit
    station.demo.scan_card(patient)
    qtbot.waitUntil(visit.identify.confirm_box.isVisible, timeout=TIMEOUT)
    assert visit.panel.clinic_id.text() == patient.clinic_id
    qtbot.waitUntil(lambda: visit.panel.shows_recorded_photo, timeout=TIMEOUT)
    return visit


def test_without_a_photo_the_panel_shows_the_initials(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = lead_window(qtbot, demo_station)
    dialog = register_from_the_keyboard(qtbot, window, "HAT-T-0901", None)
    dialog.register_button.setFocus()
    with qtbot.waitSignal(dialog.registered, timeout=TIMEOUT):
        enter(qtbot, dialog.register_button)
    patient = registered(demo_station, "HAT-T-0901")
    assert patient is not None
    visit = screen_of(window).visit
    demo_station.demo.scan_card(patient)
    qtbot.waitUntil(visit.identify.confirm_box.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: demo_station.parts.tasks.pending == 0, timeout=TIMEOUT)
    assert not visit.panel.shows_recorded_photo
    assert visit.panel.photo.accessibleName() == "No photo on record: initials"


def test_a_second_record_of_one_person_is_registered_only_when_confirmed(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = lead_window(qtbot, demo_station)
    known = demo_station.patient("HAT-0002")
    dialog = open_intake(qtbot, window)
    qtbot.keyClicks(dialog.family_name, known.family_name.upper())
    tab_and_type(qtbot, dialog, "Someone Else")
    tab_and_type(qtbot, dialog, f"{known.birth_date:%d.%m.%Y}")
    tab_and_type(qtbot, dialog, "HAT-T-0902")
    dialog.register_button.setFocus()
    enter(qtbot, dialog.register_button)
    qtbot.waitUntil(dialog.different_person.isVisible, timeout=TIMEOUT)
    assert "have this family name and birth date" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.different_person
    assert registered(demo_station, "HAT-T-0902") is None
    qtbot.keyClick(dialog.different_person, Qt.Key.Key_Space)
    assert dialog.different_person.isChecked()
    dialog.register_button.setFocus()
    with qtbot.waitSignal(dialog.registered, timeout=TIMEOUT):
        enter(qtbot, dialog.register_button)
    assert registered(demo_station, "HAT-T-0902") is not None


def test_a_refused_field_gets_the_cursor_and_the_services_sentence(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = lead_window(qtbot, demo_station)
    dialog = register_from_the_keyboard(qtbot, window, "HAT-0001", None)  # a demo patient's
    dialog.register_button.setFocus()
    enter(qtbot, dialog.register_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.clinic_id, timeout=TIMEOUT)
    assert "already on the roster" in dialog.message.text()
    assert dialog.isVisible() and dialog.register_button.isEnabled()


def test_without_qt_multimedia_the_camera_is_not_offered(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = lead_window(qtbot, demo_station)
    dialog = open_intake(qtbot, window)
    assert not dialog.camera_button.isVisible()
    assert dialog.camera_note.isVisible()
    assert "No camera support" in dialog.camera_note.text()
    assert dialog.take_photo() is None


def test_a_nurse_gets_no_intake(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    assert not window.intake_action.isEnabled()


def test_the_observation_board_shows_the_patients_photo(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0002")  # the demo gave every patient a photo
    demo_station.dose_at(patient, demo_station.clock() - timedelta(minutes=5), discharge=False)
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    board = screen_of(window).board
    qtbot.waitUntil(lambda: len(board.cards) == 1, timeout=TIMEOUT)
    (card,) = board.cards.values()
    qtbot.waitUntil(card.photo.isVisible, timeout=TIMEOUT)
    assert card.photo.pixmap() is not None and not card.photo.pixmap().isNull()


def test_a_photo_read_for_the_previous_patient_never_shows_beside_the_next(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    nurse = demo_station.store.unlock("nurse", demo_password("nurse"))
    first, second = demo_station.patient("HAT-0001"), demo_station.patient("HAT-0002")
    panel = PatientPanel()
    qtbot.addWidget(panel)
    counter, services = demo_station.counter, demo_station.parts.services
    photo = decoded_photo(services.intake.photo_of(nurse, first.patient_id))
    assert photo is not None
    panel.show_overview(
        counter.overview(nurse, second.patient_id), counter.clock(), counter.settings, "st"
    )
    panel.show_photo(first.patient_id, photo)  # the first patient's read arrives late
    assert not panel.shows_recorded_photo
    assert panel.photo.accessibleName() == "No photo on record: initials"
    panel.show_photo(second.patient_id, photo)
    assert panel.shows_recorded_photo
    panel.clear()
    panel.show_photo(second.patient_id, photo)  # the visit ended meanwhile
    assert not panel.shows_recorded_photo
