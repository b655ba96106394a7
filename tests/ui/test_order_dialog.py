"""The order dialog on a real demo store: a prescriber signs a new order with a titration plan from
the keyboard alone, a wrong password is refused with a sentence and nothing is recorded, the
plan's preview is the domain's steps, every control is named and the mnemonics do not clash."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.domain.orders import Order, OrderAction
from station.domain.plans import DosePlan, PlanKind
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Milligrams
from station.ui.main_window import StationWindow
from station.ui.messages import service_sentences
from station.ui.prescriber.context import day_text
from station.ui.prescriber.order_dialog import OrderDialog
from station.ui.prescriber.workspace import PrescriberWorkspace

from .conftest import DemoStation, open_window
from .prescriber_support import (
    DOCTOR_NAME,
    DOCTOR_PASSWORD,
    TIMEOUT,
    doctor,
    focused,
    loaded_workspace,
    press,
    sign_in_window,
    tab,
    today,
    type_text,
)


def open_workspace(qtbot: QtBot, station: DemoStation) -> tuple[StationWindow, PrescriberWorkspace]:
    """The window with the prescriber signed in, and their workspace once its lists are read.

    Keep the window: it is the workspace's parent (``qtbot`` holds it weakly only).
    """
    window = open_window(qtbot, station.parts)
    sign_in_window(qtbot, window)
    return window, loaded_workspace(qtbot, window)


def orders_of(station: DemoStation, clinic_id: str) -> list[Order]:
    """The patient's orders, as the prescribing service gives them to the demo's prescriber."""
    patient = station.patient(clinic_id)
    return station.parts.services.prescribing.orders_of(doctor(station), patient.patient_id)


def choose_row(workspace: PrescriberWorkspace, clinic_id: str) -> int:
    """The row of ``clinic_id`` in the patients' list."""
    model = workspace.active_model
    return next(row for row in range(model.rowCount()) if model.text(row, 0) == clinic_id)


def open_new_order(qtbot: QtBot, workspace: PrescriberWorkspace, clinic_id: str) -> OrderDialog:
    """From the list: arrows down to the patient, Alt+N opens a new order."""
    view = workspace.active_view
    qtbot.waitUntil(lambda: focused() is view, timeout=TIMEOUT)
    for _ in range(choose_row(workspace, clinic_id)):
        press(qtbot, Qt.Key.Key_Down)
    assert workspace.chosen_patient() is not None
    assert workspace.chosen_patient().clinic_id == clinic_id  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workspace.dialog is not None, timeout=TIMEOUT)
    dialog = workspace.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()), timeout=TIMEOUT)
    return dialog


def test_a_prescriber_signs_a_new_order_with_a_plan_from_the_keyboard(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, workspace = open_workspace(qtbot, demo_station)
    dialog = open_new_order(qtbot, workspace, "HAT-0002")
    day = today(demo_station)
    # The patient is the one chosen in the list: the cursor starts at the drug.
    qtbot.waitUntil(lambda: focused() is dialog.drug, timeout=TIMEOUT)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # diacetylmorphine IM
    tab(qtbot)
    type_text(qtbot, "100")  # per session
    tab(qtbot)
    type_text(qtbot, "200")  # per day
    tab(qtbot)
    type_text(qtbot, "2")  # sessions
    tab(qtbot, 2)  # the minimum interval stays the clinic's; valid from stays today
    assert focused() is dialog.valid_from and dialog.valid_from.text() == day_text(day)
    tab(qtbot)
    type_text(qtbot, day_text(day + timedelta(days=60)))
    tab(qtbot, 2)  # past "keep open-ended"
    assert focused() is dialog.phase
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # titration
    tab(qtbot)
    type_text(qtbot, day_text(day + timedelta(days=28)))
    tab(qtbot)
    type_text(qtbot, "Titration: ask about sleep.")
    tab(qtbot)
    assert focused() is dialog.plan.kind
    press(qtbot, Qt.Key.Key_Down)  # a titration plan
    tab(qtbot, 2)  # the plan starts today
    type_text(qtbot, "100")
    tab(qtbot)
    type_text(qtbot, "20")
    tab(qtbot)
    type_text(qtbot, "2")
    tab(qtbot)
    type_text(qtbot, "200")
    expected = DosePlan(
        PlanKind.TITRATION, day, Milligrams(100), Milligrams(20), None, 2, Milligrams(200)
    ).steps(day + timedelta(days=60))
    assert [dialog.plan.steps_model.text(row, 0) for row in range(len(expected))] == [
        day_text(step_day) for step_day, _cap in expected
    ]
    assert dialog.plan.steps_model.rowCount() == 6
    tab(qtbot, 2)  # past the steps' table
    assert focused() is dialog.password
    type_text(qtbot, DOCTOR_PASSWORD)
    with qtbot.waitSignal(dialog.signed, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)
    signature = dialog.signature.text()
    assert '"prescribed"' in signature and DOCTOR_NAME in signature
    assert day_text(day) in signature
    assert dialog.password.text() == ""

    orders = orders_of(demo_station, "HAT-0002")
    (order,) = [each for each in orders if each.drug is Drug.DIACETYLMORPHINE_IM]
    assert order.action is OrderAction.NEW and order.drug is Drug.DIACETYLMORPHINE_IM
    assert (order.max_per_session, order.max_per_day) == (Milligrams(100), Milligrams(200))
    assert order.phase is Phase.TITRATION and order.min_interval is None
    assert order.valid_until == day + timedelta(days=60)
    assert order.review_on == day + timedelta(days=28)
    assert order.counter_note == "Titration: ask about sleep."
    assert order.plan is not None and order.plan.kind is PlanKind.TITRATION
    assert order.signed_by_name == DOCTOR_NAME

    press(qtbot, Qt.Key.Key_Escape)  # close; the list shows the order
    qtbot.waitUntil(lambda: workspace.dialog is None, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: any(
            "HAT-0002" in row
            and "diacetylmorphine IM" in row
            and "+20 mg every 2 d up to 200 mg" in row
            for row in workspace.active_model.texts()
        ),
        timeout=TIMEOUT,
    )


def fill_new_order(dialog: OrderDialog, day_offset: int = 60) -> None:
    """Fill a new order's fields directly (these tests are about the refusal, not the keys)."""
    dialog.drug.setCurrentIndex(dialog.drug.findData(Drug.DIACETYLMORPHINE_IM.value))
    dialog.max_per_session.setText("100")
    dialog.max_per_day.setText("200")
    dialog.sessions_per_day.setText("2")
    day = dialog.context.today()
    dialog.valid_until.setText(day_text(day + timedelta(days=day_offset)))
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.MAINTENANCE.value))
    dialog.counter_note.setText("Kept after a refusal")


def field_texts(dialog: OrderDialog) -> list[str]:
    return [
        field.text() for field in dialog.findChildren(QLineEdit) if field is not dialog.password
    ]


def test_a_wrong_password_is_refused_with_a_sentence_and_nothing_is_recorded(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, workspace = open_workspace(qtbot, demo_station)
    dialog = open_new_order(qtbot, workspace, "HAT-0002")
    fill_new_order(dialog)
    before = field_texts(dialog)
    before_orders = orders_of(demo_station, "HAT-0002")
    dialog.password.setText("not-the-password")
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=TIMEOUT)
    assert dialog.message.text() == service_sentences()["store.wrong_password"]
    assert dialog.message.property("severity") == "error"
    assert field_texts(dialog) == before  # the form stays filled
    assert dialog.password.text() == "" and dialog.sign_button.isEnabled()
    assert dialog.result_order is None and not dialog.signature.isVisible()
    after = orders_of(demo_station, "HAT-0002")
    assert after == before_orders  # nothing recorded
    assert [order.drug for order in after] == [Drug.DIACETYLMORPHINE_IV]  # the demo's order

    # A clinic rule is the service's: a per-session maximum above the daily one is refused
    # with the service's sentence, the form kept again.
    dialog.max_per_session.setText("300")
    dialog.password.setText(DOCTOR_PASSWORD)
    dialog.sign_button.click()
    qtbot.waitUntil(
        lambda: dialog.message.text() == service_sentences()["prescribing.session_above_daily"],
        timeout=TIMEOUT,
    )
    assert dialog.max_per_session.text() == "300"
    after = orders_of(demo_station, "HAT-0002")
    assert after == before_orders


def test_an_empty_clinical_field_is_named_and_nothing_is_sent(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, workspace = open_workspace(qtbot, demo_station)
    dialog = open_new_order(qtbot, workspace, "HAT-0002")
    # Nothing clinical has a value until typed: drug, maxima, sessions, phase, last day.
    assert dialog.drug.currentData() is None and dialog.phase.currentData() is None
    assert [dialog.max_per_session.text(), dialog.max_per_day.text()] == ["", ""]
    assert dialog.sessions_per_day.text() == "" and dialog.valid_until.text() == ""
    assert dialog.plan.plan_kind is None and not dialog.open_ended.isChecked()
    fill_new_order(dialog)
    dialog.max_per_day.clear()
    dialog.password.setText(DOCTOR_PASSWORD)
    dialog.sign_button.click()
    assert dialog.message.text() == "Type the daily maximum in mg."
    assert focused() is dialog.max_per_day and not dialog.busy


def mnemonics(root: QWidget) -> list[str]:
    """The Alt letters of every visible label, button and check box under ``root``."""
    letters = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(root):
            found = re.search(r"&([^&])", widget.text())
            if found:
                letters.append(found.group(1).lower())
    return letters


def unnamed(root: QWidget) -> list[str]:
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, controls)
        and not widget.accessibleName()
        and not isinstance(widget, QHeaderView)
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget.parentWidget(), QComboBox)
        and not (
            widget.parentWidget() and isinstance(widget.parentWidget().parentWidget(), QComboBox)
        )
    ]


def test_every_control_is_named_and_no_mnemonic_clashes(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _window, workspace = open_workspace(qtbot, demo_station)
    letters = mnemonics(workspace)
    assert len(letters) == len(set(letters)), letters
    assert unnamed(workspace) == []
    dialog = open_new_order(qtbot, workspace, "HAT-0001")
    for index in range(3):  # no plan, titration, taper: each shows other fields
        dialog.plan.kind.setCurrentIndex(index)
        letters = mnemonics(dialog)
        assert len(letters) == len(set(letters)), letters
    assert unnamed(dialog) == []
    chain = dialog.focus_chain()
    visible = [widget for widget in chain if widget.isVisibleTo(dialog)]
    dialog.patient.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.patient, timeout=TIMEOUT)
    for widget in visible[1:]:  # Tab reaches every visible control, in this order
        tab(qtbot)
        assert focused() is widget, widget.accessibleName()
