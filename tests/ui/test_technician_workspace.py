"""The technician's workspace on the demo store and simulators: a reference-weight check on the
simulated scale recorded as a calibration event (ok, failed, overdue), test read with latency and
raw monitor, printer status and test label, scanner test with the keyboard-layout check, settings
with role checks, enrollment with a real server on loopback, the diagnostics bundle, and no
patient data anywhere on the technician's screens."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from devices.protocols.scanner import GS
from devices.transport import SerialSettings
from station.demo.profile import DEMO_SESSIONS, demo_password
from station.domain.quantities import Grams
from station.services.errors import PermissionDenied
from station.services.settings import SettingsService
from station.services.technician import (
    CalibrationCheck,
    CalibrationState,
    CalibrationStatus,
    TechnicianService,
)
from station.store.store import Session
from station.ui.i18n import Translations
from station.ui.main_window import StationWindow
from station.ui.pharmacy.workspace import PharmacyWorkspace
from station.ui.preferences import load_preferences, save_preferences
from station.ui.tasks import Submit
from station.ui.technician.printer_checks import LAYOUT_CHECK_CODE
from station.ui.technician.scanner_checks import QWERTZ_SWAPS
from station.ui.technician.settings_page import SettingsPage
from station.ui.technician.workspace import TechnicianWorkspace
from tests.sync.conftest import InProcessServer

from .conftest import DemoStation, open_window, sign_in, wait_devices_ready
from .test_pharmacy_workspace import unnamed_controls

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REFERENCE_G = Decimal("100.0000")


class MovableClock:
    """Real time plus an offset the test moves."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


def unlock(station: DemoStation, username: str) -> Session:
    return station.store.unlock(username, demo_password(username))


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def workspace(
    qtbot: QtBot, demo_station: DemoStation, clock: MovableClock
) -> Iterator[TechnicianWorkspace]:
    parts = demo_station.parts
    demo = demo_station.demo
    parts.devices.scale.connect_to(demo.scale_sim.url)
    parts.devices.printer.connect_to(demo.printer_sim.url)
    parts.devices.scanner.connect_to(demo.scanner_sim.url)
    wait_devices_ready(qtbot, parts)
    view = TechnicianWorkspace(
        parts.services,
        unlock(demo_station, "technician"),
        parts.tasks.submit,
        parts.devices,
        parts.preferences,
        technician=TechnicianService(demo_station.store, clock=clock),
    )
    parts.devices.scanner.scanned.connect(view.handle_scan)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    yield view
    view.shut()


def zero_for_check(qtbot: QtBot, workspace: TechnicianWorkspace, station: DemoStation) -> None:
    """Step 1 of a reference check: empty the pan, clear the tare and zero."""
    station.demo.scale_sim.place_mass(Decimal("0")).result(timeout=5)
    workspace.scale.zero_check_button.click()
    qtbot.waitUntil(workspace.scale.check_button.isEnabled, timeout=15000)


def test_reference_weight_check_on_the_simulated_scale_is_a_calibration_event(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace, clock: MovableClock
) -> None:
    scale = workspace.scale
    scale.identify_button.click()
    qtbot.waitUntil(lambda: scale.device_serial.text() != "", timeout=10000)
    serial = scale.device_serial.text()
    assert serial in scale.identity.text()
    # The demo's technician checked this balance when the profile was made.
    qtbot.waitUntil(lambda: "Calibration ok" in scale.calibration.text(), timeout=10000)

    sim = demo_station.demo.scale_sim
    zero_for_check(qtbot, workspace, demo_station)
    sim.place_mass(REFERENCE_G).result(timeout=5)
    scale.certified.setText(str(REFERENCE_G))
    scale.tolerance.setText("0.0050")
    with qtbot.waitSignal(scale.calibration_recorded, timeout=15000) as recorded:
        scale.check_button.click()
    check: CalibrationCheck = recorded.args[0]
    assert check.passed and check.device_serial == serial
    assert abs(check.measured.value - REFERENCE_G) <= Decimal("0.005")
    qtbot.waitUntil(lambda: "Calibration ok" in scale.calibration.text(), timeout=10000)
    assert "passed" in scale.message.text()

    technician = TechnicianService(demo_station.store)
    session = workspace.context.session
    earlier, stored = technician.calibrations(session, serial)  # the demo's own, then this
    assert earlier.passed
    assert stored.calibration_id == check.calibration_id and stored.passed

    # A day and a half later the check is overdue, and the screen says so.
    clock.offset = timedelta(days=1, hours=12)
    scale.show_calibration_state()
    qtbot.waitUntil(lambda: "Calibration overdue" in scale.calibration.text(), timeout=10000)
    assert scale.calibration.property("severity") == "error"

    # A scale that reads 20 mg heavy fails the check, and the status says not to weigh.
    assert not scale.check_button.isEnabled()  # each check zeroes first
    zero_for_check(qtbot, workspace, demo_station)
    sim.place_mass(REFERENCE_G + Decimal("0.0200")).result(timeout=5)
    with qtbot.waitSignal(scale.calibration_recorded, timeout=15000) as recorded:
        scale.check_button.click()
    assert not recorded.args[0].passed
    qtbot.waitUntil(lambda: "Calibration failed" in scale.calibration.text(), timeout=10000)
    assert technician.calibration_state(session, serial).status is CalibrationStatus.FAILED


def test_the_calibration_status_sentence_follows_the_language(
    qapp: QApplication, workspace: TechnicianWorkspace
) -> None:
    at = datetime(2031, 3, 4, 8, 0, tzinfo=UTC)
    check = CalibrationCheck(
        "c-1",
        "SIM-1",
        "scale",
        at,
        Grams("100.0000"),
        Grams("100.0010"),
        Grams("0.0050"),
        True,
        "technician",
        timedelta(days=1),
    )
    states = {
        status: CalibrationState(status, None if status is CalibrationStatus.NEVER else check)
        for status in CalibrationStatus
    }
    scale = workspace.scale
    english = {status: scale.state_sentence(state) for status, state in states.items()}
    assert english[CalibrationStatus.OVERDUE] == (
        "Overdue since 2031-03-05 08:00 (last check 2031-03-04 08:00)."
    )
    translations = Translations(qapp)
    try:
        translations.switch("da")
        danish = {status: scale.state_sentence(state) for status, state in states.items()}
    finally:
        translations.uninstall()
    assert danish[CalibrationStatus.OVERDUE] == (
        "Overskredet siden 2031-03-05 08:00 (seneste kontrol 2031-03-04 08:00)."
    )
    assert danish[CalibrationStatus.NEVER] == "Aldrig kontrolleret mod et referencelod."
    for status in CalibrationStatus:
        assert danish[status] != english[status], status


def test_the_device_profile_edits_each_line_and_refuses_a_baud_the_protocol_cannot_use(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    ports = workspace.ports
    folder = demo_station.store.data_dir
    before = load_preferences(folder)
    ports.protocol.setCurrentIndex(ports.protocol.findData("and"))
    assert ports.line.settings() == SerialSettings(2400, 7, "E", 1)  # the protocol's usual line
    ports.line.baud.setCurrentText("38400")
    ports.save_button.click()
    assert "cannot use 38400 baud with A&D" in ports.message.text()
    assert "600, 1200, 2400, 4800, 9600, 19200" in ports.message.text()
    assert ports.message.property("severity") == "error"
    assert load_preferences(folder) == before  # nothing saved

    ports.protocol.setCurrentIndex(ports.protocol.findData("mt-sics"))
    ports.line.baud.setCurrentText("19200")
    ports.line.bits.setCurrentIndex(ports.line.bits.findData(8))
    ports.line.parity.setCurrentIndex(ports.line.parity.findData("O"))
    ports.line.stop.setCurrentIndex(ports.line.stop.findData(2.0))
    ports.line.handshake.setCurrentIndex(ports.line.handshake.findData("rtscts"))
    ports.printer_line.baud.setCurrentText("115200")
    ports.scanner_line.baud.setCurrentText("57600")
    ports.scanner_line.handshake.setCurrentIndex(ports.scanner_line.handshake.findData("xonxoff"))
    with qtbot.waitSignal(ports.profile_saved, timeout=10000):
        ports.save_button.click()
    stored = load_preferences(folder)
    assert stored.line("scale") == SerialSettings(19200, 8, "O", 2, rtscts=True)
    assert stored.line("printer") == SerialSettings(115200)
    assert stored.line("scanner") == SerialSettings(57600, xonxoff=True)

    # A printer baud no Zebra speaks is refused too, naming the device.
    ports.printer_line.baud.setCurrentText("250000")
    ports.save_button.click()
    assert "printer cannot use 250000 baud" in ports.message.text()
    assert load_preferences(folder) == stored


def test_the_devices_open_with_the_saved_line_settings_at_the_next_start(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    parts = demo_station.parts
    folder = demo_station.store.data_dir
    scale_line = SerialSettings(19200, 8, "O", 2, rtscts=True)
    printer_line = SerialSettings(115200)
    save_preferences(
        folder,
        parts.preferences.changed(scale_line=asdict(scale_line), printer_line=asdict(printer_line)),
    )
    parts.preferences = load_preferences(folder)
    # The simulators run at these settings: a port opened at any other gets garbled bytes.
    demo_station.demo.scale_sim.settings = scale_line
    demo_station.demo.printer_sim.settings = printer_line
    open_window(qtbot, parts)
    wait_devices_ready(qtbot, parts)
    scale = parts.devices.scale.driver
    printer = parts.devices.printer.printer
    assert scale is not None and printer is not None
    assert scale.worker.port.settings == scale_line
    assert printer.settings == printer_line


def test_test_read_shows_its_latency_and_the_raw_monitor_shows_the_traffic(
    qtbot: QtBot, workspace: TechnicianWorkspace
) -> None:
    scale = workspace.scale
    scale.monitor_button.click()
    scale.read_button.click()
    qtbot.waitUntil(lambda: " ms" in scale.reading.text(), timeout=10000)
    assert " g (" in scale.reading.text()
    qtbot.waitUntil(
        lambda: "->" in scale.traffic.toPlainText() and "<-" in scale.traffic.toPlainText(),
        timeout=10000,
    )
    assert "|SI" in scale.traffic.toPlainText() or "|S " in scale.traffic.toPlainText()
    scale.monitor_button.click()
    assert scale.monitor_button.text() == "Start raw &monitor"
    assert scale.traffic_lines()


def test_printer_status_test_label_and_configuration(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    printer = workspace.printer
    printer.status_button.click()
    qtbot.waitUntil(lambda: printer.status.text().startswith("ready"), timeout=10000)
    printer.label_button.click()
    qtbot.waitUntil(lambda: "Test label printed" in printer.message.text(), timeout=15000)
    assert demo_station.demo.printer_sim.wait_for_labels(1, 5)
    printer.config_button.click()
    qtbot.waitUntil(lambda: printer.dump.toPlainText() != "", timeout=15000)
    demo_station.demo.printer_sim.set_state(paper_out=True).result(timeout=5)
    printer.status_button.click()
    qtbot.waitUntil(lambda: printer.message.property("severity") == "error", timeout=15000)
    assert "Paper is out" in printer.message.text() or "does not answer" in printer.message.text()


def test_scanner_test_shows_control_characters_the_aim_identifier_and_the_layout(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    scanner = workspace.scanner
    sim = demo_station.demo.scanner_sim
    sim.scan(f"0104150123456782{GS}10LOT7", "]d2")
    qtbot.waitUntil(lambda: "<GS>" in scanner.text.text(), timeout=10000)
    assert scanner.aim.text() == "]d2 (GS1 DataMatrix)"
    assert "1d" in scanner.raw.text()
    sim.scan(LAYOUT_CHECK_CODE, "]C0")
    qtbot.waitUntil(lambda: "Keyboard layout ok" in scanner.layout_result.text(), timeout=10000)
    swapped = "".join(QWERTZ_SWAPS.get(char, char) for char in LAYOUT_CHECK_CODE)
    sim.scan(swapped, "]C0")
    qtbot.waitUntil(lambda: "German keyboard" in scanner.layout_result.text(), timeout=10000)
    assert scanner.layout_result.property("severity") == "error"


def _printable_column(traffic: str) -> str:
    """The monitor's text column (between the bars), joined across its chunk lines."""
    return "".join(line.rsplit("|", 2)[1] for line in traffic.splitlines() if line.count("|") >= 2)


def test_the_printer_and_scanner_raw_monitors_show_their_ports_traffic(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    printer = workspace.printer
    monitor = printer.raw_monitor
    assert (monitor.monitoring, workspace.in_progress()) == (False, False)
    monitor.button.click()
    assert (monitor.monitoring, workspace.in_progress()) == (True, True)
    printer.status_button.click()
    qtbot.waitUntil(
        lambda: "~HS" in monitor.traffic.toPlainText() and "<-" in monitor.traffic.toPlainText(),
        timeout=10000,
    )
    assert "->" in monitor.traffic.toPlainText()
    monitor.button.click()
    assert monitor.monitoring is False
    assert demo_station.parts.devices.printer.monitor_capture is None

    scanner = workspace.scanner.raw_monitor
    assert scanner is not None
    scanner.button.click()
    pack = f"0104150123456782{GS}10LOT7"
    demo_station.demo.scanner_sim.scan(pack, "]d2")
    # A scanned line is shown as its length, AIM identifier and a hash, never its text.
    qtbot.waitUntil(
        lambda: f"scan: {len(pack)} bytes, AIM ]d2" in scanner.traffic.toPlainText(),
        timeout=10000,
    )
    assert "<-" in scanner.traffic.toPlainText()
    assert "LOT7" not in _printable_column(scanner.traffic.toPlainText())
    assert "LOT7" not in scanner.traffic.toPlainText()
    traffic = workspace.traffic_lines()
    assert traffic["printer"] and traffic["scanner"]
    workspace.scanner.shut()  # as when the workspace goes: the port is watched no more
    assert demo_station.parts.devices.scanner.monitor_capture is None


def test_settings_rule_values_are_the_clinic_leads_and_the_service_refuses_others(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    page = workspace.settings
    qtbot.waitUntil(lambda: "observation_minutes" in page.editors, timeout=10000)
    assert not page.editors["observation_minutes"].isEnabled()
    assert not page.editors["weighing_tolerance_percent"].isEnabled()
    assert page.editors["auto_lock_minutes"].isEnabled()
    lock = page.editors["auto_lock_minutes"]
    assert isinstance(lock, QLineEdit)
    lock.setText("7")
    page.save_button.click()
    qtbot.waitUntil(
        lambda: "saved" in page.message.text() or "Not" in page.message.text(), timeout=10000
    )
    assert page.message.text().startswith("1 setting"), page.message.text()
    settings = SettingsService(demo_station.store)
    session = workspace.context.session
    assert settings.value(session, "auto_lock_minutes") == 7
    with pytest.raises(PermissionDenied):
        settings.change(session, "observation_minutes", 30)
    lead = unlock(demo_station, "lead")
    assert settings.value(lead, "observation_minutes") == 20


@dataclass
class LeadContext:
    """What the settings page needs, for a clinic lead (as a lead's screen would give it)."""

    settings: SettingsService
    session: Session
    submit: Submit


def lead_settings_page(qtbot: QtBot, demo_station: DemoStation) -> SettingsPage:
    parts = demo_station.parts
    context = LeadContext(parts.services.settings, unlock(demo_station, "lead"), parts.tasks.submit)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: "observation_minutes" in page.editors, timeout=10000)
    return page


def wait_message(qtbot: QtBot, page: SettingsPage) -> str:
    qtbot.waitUntil(lambda: page.message.isVisible() and page.message.text() != "", timeout=10000)
    return page.message.text()


def test_every_rule_setting_is_shown_in_words_and_only_the_lead_changes_one(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    page = lead_settings_page(qtbot, demo_station)
    rules = [key for key, item in page.values.items() if item.spec.rule]
    assert len(rules) >= 40
    shown = texts_of(page)
    for key in rules:
        spec = page.values[key].spec
        editor = page.editors[key]
        assert editor.isEnabled(), key
        assert (
            editor.accessibleName() == spec.label and spec.label in shown and spec.meaning in shown
        )
        if isinstance(editor, QComboBox):
            words = [editor.itemText(i) for i in range(editor.count())]
            assert words == [label for _value, label in spec.choices]
            assert not set(words) & set(spec.choice_values), key  # words, not stored codes
    assert "A reason and a second person's signature" in shown
    assert "Not allowed" in shown  # a second full dose in one session, by default
    # The demo clinic's sessions as its profile saved them (the whole day: tried at any hour).
    assert page.editors["session_windows"].text() == DEMO_SESSIONS  # type: ignore[union-attr]

    # The lead changes the observation time and the repeat-session rule; the counter's rules
    # (the window's one counter service) follow at once.
    observation = page.editors["observation_minutes"]
    assert isinstance(observation, QLineEdit)
    observation.setText("25")
    repeat = page.editors["repeat_session"]
    assert isinstance(repeat, QComboBox)
    repeat.setCurrentIndex(repeat.findText("Allowed with a second person's approval"))
    page.save_button.click()
    assert wait_message(qtbot, page).startswith("2 setting"), page.message.text()
    lead = unlock(demo_station, "lead")
    rules_now = demo_station.counter.rule_settings(lead)
    assert rules_now.observation == timedelta(minutes=25)
    assert rules_now.repeat_session.value == "needs_override"

    # A combination that does not hold is refused in a sentence, and what was typed stays.
    qtbot.waitUntil(page.save_button.isEnabled, timeout=10000)
    observation = page.editors["observation_minutes"]
    assert isinstance(observation, QLineEdit)
    observation.setText("45")
    page.message.hide()
    page.save_button.click()
    said = wait_message(qtbot, page)
    assert said.startswith("Not saved: Observation after a dose 45 min"), said
    assert "failed access cannot be shorter" in said
    assert observation.text() == "45"
    assert demo_station.counter.rule_settings(lead).observation == timedelta(minutes=25)

    # The technician sees the lead's value and cannot change any rule.
    technician_page = workspace.settings
    technician_page.refresh()
    qtbot.waitUntil(lambda: technician_page.entered("observation_minutes") == "25", timeout=10000)
    for key in rules:
        editor = technician_page.editors[key]
        assert not editor.isEnabled(), key
        assert "Only a clinic lead may change this." in editor.accessibleDescription()
    assert technician_page.changed_settings() == {}
    with pytest.raises(PermissionDenied, match="clinic lead"):
        technician_page.context.settings.change(
            technician_page.context.session, "observation_minutes", 30
        )


def test_enrollment_with_a_real_server_and_a_clear_refusal(
    qtbot: QtBot, workspace: TechnicianWorkspace, tmp_path: Path
) -> None:
    page = workspace.enrollment
    qtbot.waitUntil(lambda: "Not enrolled" in page.binding.text(), timeout=10000)
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        assert server.service is not None
        page.url.setText(server.url)
        page.code.setText("AAAA-BBBB-CCCC-DDDD")
        page.enroll_button.click()
        qtbot.waitUntil(lambda: "not accepted" in page.message.text(), timeout=15000)
        page.code.setText(server.service.new_enrollment_code())
        with qtbot.waitSignal(page.enrolled, timeout=15000):
            page.enroll_button.click()
        assert f"Enrolled with {server.url}" in page.binding.text()
        assert not page.enroll_button.isEnabled()
    finally:
        server.stop()


def test_enrolling_in_the_window_starts_its_sync_at_once(
    qtbot: QtBot, demo_station: DemoStation, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window, "technician")
    workspace = window.findChild(TechnicianWorkspace)
    assert workspace is not None
    page = workspace.enrollment
    qtbot.waitUntil(lambda: "Not enrolled" in page.binding.text(), timeout=10000)
    qtbot.waitUntil(lambda: window.status.sync.text() == "Sync: offline", timeout=10000)
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        assert server.service is not None
        page.url.setText(server.url)
        page.code.setText(server.service.new_enrollment_code())
        with qtbot.waitSignal(page.enrolled, timeout=15000):
            page.enroll_button.click()
        # An http:// server has no certificate: nothing about a CA file can be changed.
        assert not page.change_ca_button.isEnabled() and not page.ca_file.isEnabled()
        assert "no certificate to check" in page.ca_hint.text()
        # No sign-out needed: the window's sync is reopened with the new enrollment.
        qtbot.waitUntil(lambda: "Sync: online" in window.status.sync.text(), timeout=20000)
    finally:
        window.close()
        server.stop()


def test_the_diagnostics_bundle_holds_the_traffic_and_no_patient_data(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace, tmp_path: Path
) -> None:
    scale = workspace.scale
    scale.monitor_button.click()
    scale.read_button.click()
    qtbot.waitUntil(lambda: "<-" in scale.traffic.toPlainText(), timeout=10000)
    target = tmp_path / "bundle.zip"
    with qtbot.waitSignal(workspace.diagnostics.saved, timeout=15000):
        workspace.diagnostics.save_to(target)
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        content = b"".join(bundle.read(name) for name in names).decode("latin-1")
    assert "versions.json" in names and any(name.startswith("traffic/") for name in names)
    for patient in demo_station.patients():
        for term in (patient.given_name, patient.family_name, patient.clinic_id):
            assert term not in content


def texts_of(root: QWidget) -> str:
    """Every text in ``root``'s widget tree, shown or not (labels, fields, tables, lists)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            texts += [
                item.text()
                for row in range(widget.rowCount())
                for column in range(widget.columnCount())
                if (item := widget.item(row, column)) is not None
            ]
    return "\n".join(texts)


def patient_terms(station: DemoStation) -> list[str]:
    terms = []
    for patient in station.patients():
        terms += [patient.given_name, patient.family_name, patient.clinic_id]
    assert len(terms) >= 3 * 6
    return terms


def test_a_technician_sees_no_patient_data(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace
) -> None:
    qtbot.waitUntil(lambda: "observation_minutes" in workspace.settings.editors, timeout=10000)
    shown = texts_of(workspace)
    assert "Technician" in shown  # the walk does see the workspace's texts
    for term in patient_terms(demo_station):
        assert term not in shown


def test_a_nurse_cannot_open_the_technicians_workspace(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    parts = demo_station.parts
    with pytest.raises(PermissionDenied):
        TechnicianWorkspace(
            parts.services,
            unlock(demo_station, "nurse"),
            parts.tasks.submit,
            parts.devices,
            parts.preferences,
        )


def counter_shown(window: StationWindow) -> bool:
    return window.counter_screen is not None and window.counter_screen.isVisible()


def test_window_gives_each_role_its_own_workspace(qtbot: QtBot, demo_station: DemoStation) -> None:
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window, "technician")
    workspace = window.findChild(TechnicianWorkspace)
    assert workspace is not None and workspace.isVisible()
    assert not counter_shown(window)
    qtbot.waitUntil(lambda: "observation_minutes" in workspace.settings.editors, timeout=10000)
    # The demo's simulator dock lists demo cards whoever is signed in (it stands for the cards
    # in the patients' pockets); the station's own screens are the central area and status bar.
    shown = texts_of(window.pages) + texts_of(window.statusBar())
    for term in patient_terms(demo_station):
        assert term not in shown
    # A scan while the technician's workspace is shown goes to the scanner test.
    demo_station.demo.scanner_sim.scan(LAYOUT_CHECK_CODE, "]C0")
    qtbot.waitUntil(lambda: "Keyboard layout ok" in workspace.scanner.layout_result.text())
    window.lock()
    assert window.findChild(TechnicianWorkspace) is None
    sign_in(qtbot, window, "nurse")
    assert counter_shown(window)
    assert window.findChild(TechnicianWorkspace) is None
    window.lock()
    sign_in(qtbot, window, "pharmacist")
    pharmacy = window.findChild(PharmacyWorkspace)
    assert pharmacy is not None and pharmacy.isVisible() and not counter_shown(window)


def test_every_technician_control_has_an_accessible_name(
    qtbot: QtBot, workspace: TechnicianWorkspace
) -> None:
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: "observation_minutes" in workspace.settings.editors, timeout=10000)
    assert unnamed_controls(workspace) == []


def test_a_card_scanned_with_the_monitor_on_is_nowhere_in_the_bundle_or_the_data_folder(
    qtbot: QtBot, demo_station: DemoStation, workspace: TechnicianWorkspace, tmp_path: Path
) -> None:
    """Issue 14: the scanner's monitor keeps a card as length and hash; nothing is left behind."""
    patient = demo_station.patients()[0]
    card = demo_station.demo.card_text(patient)
    monitor = workspace.scanner.raw_monitor
    assert monitor is not None
    monitor.button.click()
    demo_station.demo.scan_card(patient)
    qtbot.waitUntil(lambda: "AIM ]Q1" in monitor.traffic.toPlainText(), timeout=10000)
    assert card not in monitor.traffic.toPlainText()
    target = tmp_path / "bundle.zip"
    with qtbot.waitSignal(workspace.diagnostics.saved, timeout=15000):
        workspace.diagnostics.save_to(target)
    with zipfile.ZipFile(target) as bundle:
        scanner = bundle.read("traffic/scanner.txt").decode()
        everything = b"".join(bundle.read(name) for name in bundle.namelist())
    assert f"scan: {len(card)} bytes, AIM ]Q1" in scanner
    needles = [card, patient.clinic_id, patient.clinic_id.encode().hex(" ")]
    needles += [segment for segment in card.split(".") if len(segment) >= 8]
    for needle in needles:
        assert needle.encode() not in everything
    data_dir = demo_station.store.data_dir
    assert not (data_dir / "diagnostics").exists()  # no capture file beside the profile
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert all(needle.encode() not in content for needle in needles), path.name
