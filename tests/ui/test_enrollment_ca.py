"""The enrollment page with the clinic's own CA file, against a real HTTPS server on loopback.

The CA, the server certificate, the station and its staff are throwaway and fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from station.ui.technician.enrollment_page import EnrollmentPage
from station.ui.technician.workspace import TechnicianWorkspace
from tests.services import test_sync_enroll_tls
from tests.services.test_sync_enroll_tls import TlsServer
from tests.ui.test_pharmacy_workspace import unnamed_controls
from tests.ui.test_technician_workspace import unlock

from .conftest import DemoStation, open_window, sign_in

WAIT_MS = 20000

tls_server = test_sync_enroll_tls.tls_server
"""The service tests' fixture: ``dosing-server serve`` over HTTPS, signed by a throwaway CA."""


@pytest.fixture
def page(qtbot: QtBot, demo_station: DemoStation) -> Iterator[EnrollmentPage]:
    """The technician's enrollment page, in a real workspace, showing "Not enrolled"."""
    parts = demo_station.parts
    view = TechnicianWorkspace(
        parts.services,
        unlock(demo_station, "technician"),
        parts.tasks.submit,
        parts.devices,
        parts.preferences,
    )
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.tabs.setCurrentWidget(view.enrollment)
    qtbot.waitUntil(lambda: "Not enrolled" in view.enrollment.binding.text(), timeout=WAIT_MS)
    yield view.enrollment
    view.shut()


def fill(page: EnrollmentPage, server: TlsServer, ca_file: str) -> None:
    page.url.setText(server.url)
    page.code.setText(server.admin.new_enrollment_code())
    page.ca_file.setText(ca_file)


def refused(qtbot: QtBot, page: EnrollmentPage, *parts: str) -> str:
    """Click, wait for the error, and return it: one message with every part, the button back."""
    page.enroll_button.click()
    qtbot.waitUntil(
        lambda: page.message.property("severity") == "error" and page.enroll_button.isEnabled(),
        timeout=WAIT_MS,
    )
    text = page.message.text()
    assert "\n" not in text and "Traceback" not in text
    for part in parts:
        assert part in text, (part, text)
    return text


def kept_ca_file(page: EnrollmentPage) -> str | None:
    """The CA file the station kept, as the technician's enrollment service reads it back."""
    enrollment = page.context.enrollment.read()
    assert enrollment is not None
    return enrollment.ca_file


def assert_not_enrolled(page: EnrollmentPage) -> None:
    assert page.context.enrollment.read() is None
    assert "Not enrolled" in page.binding.text()


def test_enrolling_with_the_clinic_ca_keeps_it_and_shows_it(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer
) -> None:
    fill(page, tls_server, f"  {tls_server.clinic_ca}  ")  # typed with stray spaces
    with qtbot.waitSignal(page.enrolled, timeout=WAIT_MS) as enrolled:
        page.enroll_button.click()
    assert enrolled.args is not None and enrolled.args[0].url == tls_server.url
    kept = page.context.enrollment.read()
    assert kept is not None and kept.ca_file == str(tls_server.clinic_ca)
    assert kept.binding.url == tls_server.url
    shown = page.binding.text()
    assert f"Enrolled with {tls_server.url}" in shown
    assert f"Server certificate checked with {tls_server.clinic_ca}" in shown
    assert page.message.text() == "Station enrolled."
    assert not page.enroll_button.isEnabled() and not page.url.isEnabled()
    assert not page.code.text()
    # Enrolled: the CA file can only be changed now, through the buttons that check it first.
    assert page.change_ca_button.isVisible() and page.change_ca_button.isEnabled()
    assert page.system_cas_button.isEnabled() and page.choose_ca_button.isEnabled()

    # Reading the binding again (as at the next sign-in) shows the kept CA from the store.
    page.binding.clear()
    page.refresh()
    qtbot.waitUntil(
        lambda: "Server certificate checked with" in page.binding.text(), timeout=WAIT_MS
    )
    assert str(tls_server.clinic_ca) in page.binding.text()


@pytest.mark.parametrize("problem", ["missing", "not a certificate"])
def test_a_ca_file_that_cannot_be_used_is_one_sentence_and_nothing_is_recorded(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer, tmp_path: Path, problem: str
) -> None:
    path = tmp_path / "clinic-ca.pem"
    if problem == "not a certificate":
        path.write_text("this is not a certificate\n")
    fill(page, tls_server, str(path))
    expected = "cannot be read" if problem == "missing" else "holds no certificate"
    refused(qtbot, page, f"The CA file {path}", expected, "The station was not enrolled.")
    assert_not_enrolled(page)


def test_a_server_certificate_another_ca_signed_is_one_sentence_and_nothing_is_recorded(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer
) -> None:
    fill(page, tls_server, str(tls_server.other_ca))
    refused(
        qtbot,
        page,
        "The server's TLS certificate was not accepted by the CA file",
        str(tls_server.other_ca),
        "The station was not enrolled.",
    )
    assert_not_enrolled(page)

    # The same code, now with the right CA: the failure used nothing up.
    page.ca_file.setText(str(tls_server.clinic_ca))
    with qtbot.waitSignal(page.enrolled, timeout=WAIT_MS):
        page.enroll_button.click()
    assert kept_ca_file(page) == str(tls_server.clinic_ca)


def test_without_a_ca_file_the_certificate_sentence_points_at_the_field(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer
) -> None:
    fill(page, tls_server, "   ")
    text = refused(
        qtbot, page, "TLS certificate was not accepted", "Clinic CA file (PEM)", "not enrolled"
    )
    assert "--ca-file" not in text
    assert_not_enrolled(page)


def test_an_unreachable_server_and_a_ca_file_for_http_are_refused(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer
) -> None:
    fill(page, tls_server, str(tls_server.clinic_ca))
    page.url.setText("https://127.0.0.1:9")  # nothing listens on the discard port
    refused(qtbot, page, "Cannot reach the server at https://127.0.0.1:9", "not enrolled")
    page.url.setText(tls_server.url.replace("https://", "http://"))
    page.enroll_button.click()  # refused on the spot, before any background work
    assert "https://" in page.message.text() and page.enroll_button.isEnabled()
    assert_not_enrolled(page)


def test_choose_puts_the_picked_file_in_the_field_and_every_control_is_named(
    page: EnrollmentPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    picked = tmp_path / "clinic-ca.crt"
    asked: list[tuple[str, str]] = []

    def pick(_parent: object, _title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append((start, filters))
        return str(picked), filters.split(";;", maxsplit=1)[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))  # no real dialog
    page.ca_file.setText(str(tmp_path / "old.pem"))
    page.choose_ca_button.click()
    assert page.ca_file.text() == str(picked)
    assert asked and asked[0][0] == str(tmp_path / "old.pem")
    assert "*.pem" in asked[0][1] and "*.crt" in asked[0][1] and "(*)" in asked[0][1]
    assert unnamed_controls(page) == []
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is page.ca_file]
    assert [label.text() for label in labels] == ["Clinic CA &file (PEM)"]  # Alt+F: the field


def enrolled_with_a_copy(
    qtbot: QtBot, page: EnrollmentPage, server: TlsServer, folder: Path
) -> Path:
    """Enroll through the page with a copy of the clinic CA; return the copy's path."""
    first = folder / "clinic-ca-2026.pem"
    first.write_bytes(server.clinic_ca.read_bytes())
    assert not page.change_ca_button.isVisible()  # nothing to change before enrolling
    fill(page, server, str(first))
    with qtbot.waitSignal(page.enrolled, timeout=WAIT_MS):
        page.enroll_button.click()
    return first


def changed_nothing(qtbot: QtBot, page: EnrollmentPage, kept: Path, *parts: str) -> None:
    """Wait for the refusal: one sentence with ``parts``, the CA file kept, the buttons back."""
    qtbot.waitUntil(
        lambda: page.message.property("severity") == "error" and page.change_ca_button.isEnabled(),
        timeout=WAIT_MS,
    )
    text = page.message.text()
    assert "\n" not in text and "Traceback" not in text
    for part in (*parts, "Nothing was changed."):
        assert part in text, (part, text)
    assert kept_ca_file(page) == str(kept)


def test_an_enrolled_station_changes_its_ca_file_after_the_server_is_checked_with_it(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer, tmp_path: Path
) -> None:
    first = enrolled_with_a_copy(qtbot, page, tls_server, tmp_path)
    assert "Check and use this CA file" in page.ca_hint.text()  # the hint says how to change it
    renewed = tmp_path / "clinic-ca-bundle-2027.pem"
    renewed.write_bytes(tls_server.other_ca.read_bytes() + tls_server.clinic_ca.read_bytes())

    page.ca_file.setText(str(tls_server.other_ca))  # a CA that did not sign the server's
    page.change_ca_button.click()
    changed_nothing(qtbot, page, first, "not accepted by the CA file", str(tls_server.other_ca))

    page.ca_file.setText(str(renewed))
    with qtbot.waitSignal(page.server_ca_changed, timeout=WAIT_MS) as changed:
        page.change_ca_button.click()
    assert changed.args == [str(renewed)]
    assert kept_ca_file(page) == str(renewed)
    assert page.message.text() == f"The server's certificate is now checked with {renewed}."
    assert f"Server certificate checked with {renewed}" in page.binding.text()
    assert not page.ca_file.text()


def test_the_system_cas_are_refused_when_they_do_not_verify_the_server(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer, tmp_path: Path
) -> None:
    first = enrolled_with_a_copy(qtbot, page, tls_server, tmp_path)
    page.system_cas_button.click()
    changed_nothing(qtbot, page, first, "TLS certificate was not accepted", "Clinic CA file (PEM)")
    assert "--ca-file" not in page.message.text()


def test_an_empty_ca_field_is_refused_on_the_spot(
    qtbot: QtBot, page: EnrollmentPage, tls_server: TlsServer, tmp_path: Path
) -> None:
    first = enrolled_with_a_copy(qtbot, page, tls_server, tmp_path)
    page.ca_file.setText("  ")
    page.change_ca_button.click()  # refused before any background work
    assert page.message.property("severity") == "error"
    assert "CA file" in page.message.text()
    assert kept_ca_file(page) == str(first)


def test_the_windows_sync_names_the_tab_when_the_kept_ca_no_longer_verifies_the_server(
    qtbot: QtBot, demo_station: DemoStation, tls_server: TlsServer, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "technician")
    workspace = window.findChild(TechnicianWorkspace)
    assert workspace is not None
    page = workspace.enrollment
    qtbot.waitUntil(lambda: "Not enrolled" in page.binding.text(), timeout=WAIT_MS)
    kept = enrolled_with_a_copy(qtbot, page, tls_server, tmp_path)
    qtbot.waitUntil(lambda: "Sync: online" in window.status.sync.text(), timeout=WAIT_MS)

    kept.write_bytes(tls_server.other_ca.read_bytes())  # the kept file now names another CA
    window.restart_sync(settings_changed=True)
    qtbot.waitUntil(lambda: "not accepted" in window.status.sync.toolTip(), timeout=WAIT_MS)
    detail = window.status.sync.toolTip()
    assert window.status.sync.text().startswith("Sync: offline")
    assert f"by the CA file {kept}" in detail
    assert '"Central server" tab' in detail and "--ca-file" not in detail
    window.close()
