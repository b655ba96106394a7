"""The pharmacist's workspace on a real demo store and the simulated scale: receive a pack by its
code, reconstitute with a weighed density and a witness, the register's running balance and its
exports, a blind count that hides the book until the count is in, and a nurse kept out."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from devices.protocols.scanner import GS, gs1_check_digit, ppn_check, pzn_check_digit
from devices.readings import Scan
from station.demo.profile import demo_password
from station.domain.roles import Role
from station.services.errors import PermissionDenied
from station.store.store import Session
from station.ui.device_bridge import DeviceState
from station.ui.i18n import Translations
from station.ui.main_window import StationWindow
from station.ui.pharmacy.chart import reduce_series
from station.ui.pharmacy.register_print import register_lines
from station.ui.pharmacy.workspace import PharmacyWorkspace

from .conftest import DemoStation, open_window, running_demo_station
from .conftest import sign_in as sign_in_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GTIN_BODY = "0761234500001"
GTIN = GTIN_BODY + str(gs1_check_digit(GTIN_BODY))
PZN7 = "1234562"
VESSEL_G = Decimal("25.00")
SAMPLE_G = Decimal("10.18")


def pack_scan(serial: str, expiry: str = "331231", batch: str = "B123") -> Scan:
    """A GS1 DataMatrix pack code as the scanner delivers it (fictional product)."""
    return Scan(f"01{GTIN}17{expiry}10{batch}{GS}21{serial}", "]d2")


def sign_in(station: DemoStation, username: str) -> Session:
    return station.store.unlock(username, demo_password(username))


@pytest.fixture
def demo_station(tmp_path: Path) -> Iterator[DemoStation]:
    """The demo station with an empty pharmacy: these tests receive and make the stock."""
    yield from running_demo_station(tmp_path, batch=False)


@pytest.fixture
def workspace(qtbot: QtBot, demo_station: DemoStation) -> Iterator[PharmacyWorkspace]:
    parts = demo_station.parts
    parts.devices.scale.connect_to(demo_station.demo.scale_sim.url)
    qtbot.waitUntil(lambda: parts.devices.scale.state is DeviceState.READY, timeout=10000)
    view = PharmacyWorkspace(
        parts.services,
        sign_in(demo_station, "pharmacist"),
        parts.tasks.submit,
        parts.devices.scale,
    )
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    yield view
    view.shut()


def wait_idle(qtbot: QtBot, station: DemoStation) -> None:
    qtbot.waitUntil(lambda: station.parts.tasks.pending == 0, timeout=10000)


def receive(qtbot: QtBot, view: PharmacyWorkspace, scan: Scan) -> None:
    page = view.receive
    view.handle_scan(scan)
    qtbot.waitUntil(lambda: page.receive_button.isEnabled() or page.define_box.isVisible())
    if page.define_box.isVisible():
        page.product_name.setText("Diaphin 10 g (fictional pack)")
        page.mg_per_unit.setText("10000")
        page.units_per_pack.setValue(5)
        page.define_button.click()
        qtbot.waitUntil(page.receive_button.isEnabled)
    assert page.batch.text() == "B123" and page.expiry.text() == "2033-12-31"
    assert "Diaphin 10 g" in page.product.text() and "50000" in page.total.text()
    with qtbot.waitSignal(view.receive.received, timeout=10000):
        page.receive_button.click()


def reconstitute(qtbot: QtBot, view: PharmacyWorkspace, station: DemoStation) -> str:
    page = view.reconstitute
    view.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.sources.rowCount() == 1, timeout=10000)
    page.set_mg(0, Decimal(20000))
    page.final_volume.setText("200")
    page.sample_volume.setText("10")
    scale = station.demo.scale_sim
    scale.place_mass(VESSEL_G).result(timeout=5)
    assert scale.wait_until_stable(5)
    page.tare_button.click()
    qtbot.waitUntil(lambda: "Tared" in page.message.text(), timeout=10000)
    scale.place_mass(VESSEL_G + SAMPLE_G).result(timeout=5)
    page.weigh_button.click()
    qtbot.waitUntil(lambda: "Sample weighed" in page.message.text(), timeout=15000)
    weighed = Decimal(page.sample_mass.text())
    assert abs(weighed - SAMPLE_G) <= Decimal("0.01")
    assert "density 1.01" in page.figures.text() and "100.00 mg/mL" in page.figures.text()
    page.sign_button.click()
    dialog = page.witness_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.username.setText("witness")
    dialog.password.setText(demo_password("witness"))
    with qtbot.waitSignal(page.reconstituted, timeout=10000) as made:
        dialog.confirm_button.click()
    batch_id = str(made.args[0])
    assert batch_id.startswith("SB-")
    return batch_id


def message_says(view: PharmacyWorkspace, words: str) -> Callable[[], bool]:
    return lambda: words in view.receive.message.text()


def test_receive_reconstitute_and_the_register_shows_the_running_balance(
    qtbot: QtBot, demo_station: DemoStation, workspace: PharmacyWorkspace, tmp_path: Path
) -> None:
    receive(qtbot, workspace, pack_scan("S-0001"))
    assert "Received" in workspace.receive.message.text()

    # The same serial again, and an expired batch: refused, in words, with nothing received.
    for scan, reason in (
        (pack_scan("S-0001"), "received before"),
        (pack_scan("S-0002", expiry="200131"), "expired"),
    ):
        workspace.handle_scan(scan)
        qtbot.waitUntil(workspace.receive.receive_button.isEnabled, timeout=10000)
        workspace.receive.receive_button.click()
        qtbot.waitUntil(message_says(workspace, reason), timeout=10000)
        assert workspace.receive.message.property("severity") == "error"
        assert workspace.receive.message.text().startswith("Refused")

    batch_id = reconstitute(qtbot, workspace, demo_station)

    register = workspace.register
    workspace.tabs.setCurrentWidget(register)
    wait_idle(qtbot, demo_station)
    qtbot.waitUntil(lambda: register.balances_shown() == ["50000.00", "50000.00"], timeout=10000)
    kinds = [register.model.text(row, 3) for row in range(register.model.rowCount())]
    assert kinds == ["receipt", "reconstitution"]
    # One batch: the solution's own running balance, and the chart follows it.
    register.container.setCurrentIndex(register.container.findData(batch_id))
    register.load()
    qtbot.waitUntil(lambda: register.balances_shown() == ["20000.00"], timeout=10000)
    assert "now 20000.00 mg" in register.chart.accessibleDescription()

    # A waste movement lowers the running balance; a correction shows as a dated note.
    movements = workspace.movements
    workspace.tabs.setCurrentWidget(movements)
    qtbot.waitUntil(lambda: movements.container.findData(batch_id) >= 0, timeout=10000)
    movements.container.setCurrentIndex(movements.container.findData(batch_id))
    movements.kind.setCurrentIndex(movements.kind.findData("waste"))
    movements.amount.setText("100")
    movements.reason.setText("spilled while drawing up (test)")
    with qtbot.waitSignal(movements.recorded, timeout=10000):
        movements.record_button.click()
    workspace.tabs.setCurrentWidget(register)
    wait_idle(qtbot, demo_station)
    register.container.setCurrentIndex(register.container.findData(batch_id))
    register.load()
    qtbot.waitUntil(lambda: register.balances_shown() == ["20000.00", "19900.00"], timeout=10000)
    register.table.selectRow(1)
    register.note.setText("reason mistyped: spilled at the bench")
    register.correct_button.click()
    qtbot.waitUntil(lambda: "dated note" in register.message.text(), timeout=10000)
    qtbot.waitUntil(
        lambda: "spilled at the bench" in register.model.text(1, 10),
        timeout=10000,
    )
    # The correction is its own dated entry (no change in mg) and a note on the entry it corrects.
    assert register.balances_shown() == ["20000.00", "19900.00", "19900.00"]
    assert register.model.text(2, 3) == "correction"
    # No entry cut short ("07/12/..."): every column but the notes as wide as its entries;
    # the batch column keeps to a third of the table (its long container text whole in its
    # tooltip), so the running balance stays in view.
    table = register.table
    for column in range(register.model.columnCount()):
        if column == 4:
            assert table.columnWidth(column) <= max(160, table.viewport().width() // 3)
            index = register.model.index(0, column)
            assert register.model.data(index, Qt.ItemDataRole.ToolTipRole) == (
                register.model.data(index)
            )
        elif column != 10:
            needed = table.sizeHintForColumn(column)
            assert table.columnWidth(column) >= needed, register.model.headerData(
                column, Qt.Orientation.Horizontal
            )

    target = tmp_path / "register.csv"
    with qtbot.waitSignal(register.exported, timeout=10000):
        register.export_to(target, "csv")
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert [row[6] for row in rows[1:]] == ["20000.00", "19900.00", "19900.00"]
    assert "spilled at the bench" in rows[2][10]
    pdf = tmp_path / "register.pdf"
    with qtbot.waitSignal(register.exported, timeout=10000):
        register.export_to(pdf, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")

    # Printing: the shown register painted in the background, here onto a PDF printer.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(register.printed, timeout=15000) as printed:
        register.print_to(printer)
        assert not register.print_button.isEnabled()  # the GUI thread went on at once
    assert printed.args == [1]
    assert "sent to the printer" in register.message.text()
    assert register.print_button.isEnabled()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert register.view is not None
    printed_lines = [text for lines in register_lines(register.view.table) for text in lines]
    assert any("19900.00" in text for text in printed_lines)
    assert any("spilled at the bench" in text for text in printed_lines)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see in ``root``: labels, fields, buttons and table cells."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    texts.append(item.text() if item else "")
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.append(header.text() if header else "")
    return texts


def test_a_blind_count_shows_the_book_only_after_the_count_is_entered(
    qtbot: QtBot, demo_station: DemoStation, workspace: PharmacyWorkspace
) -> None:
    receive(qtbot, workspace, pack_scan("S-0100"))
    count = workspace.count
    workspace.tabs.setCurrentWidget(count)
    wait_idle(qtbot, demo_station)
    count.start_button.click()
    qtbot.waitUntil(lambda: count.table.rowCount() == 1, timeout=10000)
    shown = " | ".join(visible_texts(count))
    assert "50000" not in shown and "50,000" not in shown
    assert "Expected" not in shown
    count.enter_count(0, "49990")
    with qtbot.waitSignal(count.counted, timeout=10000):
        count.submit_button.click()
    shown = " | ".join(visible_texts(count))
    assert "Expected" in shown and "50,000.00 mg" in shown and "-10.00 mg" in shown
    assert "differ from the book" in count.result.text()

    # The discrepancy waits for a sign-off; the person who counted cannot sign it off.
    qtbot.waitUntil(lambda: count.discrepancies.count() == 1, timeout=10000)
    count.reason.setText("one ampoule broken at the count (test)")
    count.sign_button.click()
    qtbot.waitUntil(lambda: "cannot sign off" in count.message.text(), timeout=10000)
    count.sign_off_as_other()
    dialog = count.sign_dialog
    assert dialog is not None
    dialog.username.setText("lead")
    dialog.password.setText(demo_password("lead"))
    dialog.confirm.click()
    qtbot.waitUntil(lambda: "signed off" in count.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: count.discrepancies.count() == 0, timeout=10000)


def test_a_nurse_cannot_open_the_pharmacy_and_the_service_refuses_her(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    parts = demo_station.parts
    nurse = sign_in(demo_station, "nurse")
    assert not nurse.user.has(Role.PHARMACIST)
    with pytest.raises(PermissionDenied):
        PharmacyWorkspace(parts.services, nurse, parts.tasks.submit)
    pharmacy = parts.services.pharmacy
    with pytest.raises(PermissionDenied):
        pharmacy.receive_scan(nurse, pack_scan("S-0200"))
    with pytest.raises(PermissionDenied):
        pharmacy.start_count(nurse)
    with pytest.raises(PermissionDenied):
        pharmacy.register(nurse, "diacetylmorphine")


@settings(max_examples=60, deadline=None)
@given(
    changes=st.lists(st.integers(min_value=-5000, max_value=5000), min_size=1, max_size=3000),
    buckets=st.integers(min_value=1, max_value=50),
)
def test_a_reduced_stock_series_keeps_first_last_lowest_and_highest(
    changes: list[int], buckets: int
) -> None:
    start = datetime(2031, 1, 1, tzinfo=UTC)
    balance = Decimal(0)
    points = []
    for number, change in enumerate(changes):
        balance += change
        points.append((start + timedelta(minutes=7 * number), balance))
    reduced = reduce_series(points, buckets)
    assert len(reduced) <= max(len(points), 3 * buckets + 3 * (buckets + 2))
    assert reduced[0] == points[0] and reduced[-1] == points[-1]
    values = [value for _, value in reduced]
    assert min(values) == min(v for _, v in points)
    assert max(values) == max(v for _, v in points)
    assert [moment for moment, _ in reduced] == sorted(moment for moment, _ in reduced)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switcher = Translations(qapp)
    yield switcher
    switcher.uninstall()


def test_the_pharmacists_window_follows_a_language_switch_but_keeps_a_count_in_progress(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in_window(qtbot, window, "pharmacist")
    workspace = window.findChild(PharmacyWorkspace)
    assert workspace is not None and window.counter_screen is None
    assert workspace.tabs.tabText(0) == "&1 Receive"
    translations.switch("da")
    qtbot.waitUntil(lambda: current_tab_text(window) == "&1 Modtag", timeout=5000)
    # A count being entered is not thrown away by a language switch.
    shown = window.pages.currentWidget()
    assert isinstance(shown, PharmacyWorkspace)
    shown.tabs.setCurrentWidget(shown.count)
    shown.count.start_button.click()
    qtbot.waitUntil(lambda: shown.count.sheet is not None, timeout=10000)
    translations.switch("en")
    qtbot.waitUntil(lambda: window.lock_action.text() == "&Lock screen", timeout=5000)
    assert window.pages.currentWidget() is shown and shown.count.sheet is not None
    # Back to the source texts, and let the window finish retranslating before it closes.
    translations.uninstall()
    qtbot.waitUntil(lambda: not window._retranslate_queued, timeout=5000)


def current_tab_text(window: StationWindow) -> str:
    shown = window.pages.currentWidget()
    return shown.tabs.tabText(0) if isinstance(shown, PharmacyWorkspace) else ""


def part_of_a_named_control(widget: QWidget) -> bool:
    """A spin box's field, a combo box's pop-up list, a table's editor."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a person operates (buttons, fields, lists, tables) without an accessible name."""
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, controls) or isinstance(widget, QTabBar | QHeaderView):
            continue
        if part_of_a_named_control(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.objectName().startswith("qt_"):
            continue  # Qt's own scroll arrows
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return missing


def test_every_pharmacy_control_has_an_accessible_name(
    qtbot: QtBot, workspace: PharmacyWorkspace
) -> None:
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
    assert unnamed_controls(workspace) == []


def test_a_typed_ifa_code_is_received_and_a_destruction_needs_the_witness(
    qtbot: QtBot, demo_station: DemoStation, workspace: PharmacyWorkspace
) -> None:
    receive(qtbot, workspace, pack_scan("S-0300"))
    # A German IFA code typed by hand, control characters written as <RS>, <GS>, <EOT>.
    body = "11" + PZN7 + str(pzn_check_digit(PZN7))
    ppn = body + ppn_check(body)
    page = workspace.receive
    page.code.setText(f"]d1[)><RS>06<GS>9N{ppn}<GS>1TIFA7<GS>D331130<GS>SIFA-1<RS><EOT>")
    QTest.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(page.define_box.isVisible, timeout=10000)
    assert page.batch.text() == "IFA7" and page.serial.text() == "IFA-1"
    assert page.symbology.text().startswith("IFA")
    page.product_name.setText("DAM IFA pack (fictional)")
    page.define_button.click()
    qtbot.waitUntil(page.receive_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(page.received, timeout=10000):
        page.receive_button.click()

    movements = workspace.movements
    workspace.tabs.setCurrentWidget(movements)
    wait_idle(qtbot, demo_station)
    qtbot.waitUntil(lambda: movements.container.count() == 2, timeout=10000)
    movements.kind.setCurrentIndex(movements.kind.findData("destruction"))
    movements.amount.setText("10000")
    movements.reason.setText("broken ampoule (test)")
    movements.record_button.click()
    dialog = movements.witness_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.cancel_button.click()  # no witness: nothing is recorded
    pharmacy = workspace.context.pharmacy
    session = workspace.context.session
    assert pharmacy.substance_balance(session, "diacetylmorphine") == Decimal(100000)
    movements.record_button.click()
    dialog = movements.witness_dialog
    assert dialog is not None
    dialog.username.setText("witness")
    dialog.password.setText(demo_password("witness"))
    with qtbot.waitSignal(movements.recorded, timeout=10000):
        dialog.confirm_button.click()
    assert pharmacy.substance_balance(session, "diacetylmorphine") == Decimal(90000)
    (row,) = [r for r in pharmacy.register(session, "diacetylmorphine") if r.witness]
    assert row.witness == "Willi Demo (nurse)" and row.reason == "broken ampoule (test)"
