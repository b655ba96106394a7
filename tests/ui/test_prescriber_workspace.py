"""The prescriber's workspace on a real demo store: a prescriber signs in to it, orders expiring
soon, due for review and expired are listed, a prescriber who also doses keeps the counter and
opens the workspace from the menu, a nurse is kept out; at the counter the patient panel shows
the order's note, what changed since the last dose and that the order expires soon."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.domain.orders import OrderAction
from station.domain.prescriptions import Drug
from station.domain.roles import Role
from station.services.errors import PermissionDenied
from station.services.prescribing import OrderChange, OrderNotice
from station.ui.prescriber.context import day_text
from station.ui.prescriber.models import KEY_ROLE
from station.ui.prescriber.notice import notice_lines
from station.ui.prescriber.plan_editor import PlanEditor
from station.ui.prescriber.workspace import PrescriberWorkspace, PrescriberWorkspaceDialog

from .conftest import DemoStation, open_window, sign_in, wait_devices_ready
from .prescriber_support import (
    DOCTOR_NAME,
    DOCTOR_PASSWORD,
    TIMEOUT,
    add_prescriber,
    loaded_workspace,
    sign,
    sign_in_window,
    today,
)

NURSE_DOCTOR = frozenset({Role.PRESCRIBER, Role.NURSE})


def rows_with(workspace: PrescriberWorkspace, *words: str) -> list[str]:
    return [
        row
        for model in (
            workspace.active_model,
            workspace.reviews_model,
            workspace.expiring_model,
            workspace.expired_model,
        )
        for row in model.texts()
        if all(word in row for word in words)
    ]


def test_orders_expiring_soon_and_due_for_review_are_listed(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    second = demo_station.patient("HAT-0002")
    fourth = demo_station.patient("HAT-0004")
    sign(demo_station, second.patient_id, until_days=3)  # within the clinic's 7 days
    sign(demo_station, fourth.patient_id, until_days=60)
    window = open_window(qtbot, demo_station.parts)
    sign_in_window(qtbot, window)
    workspace = loaded_workspace(qtbot, window)
    assert window.counter_screen is None  # a prescriber's screen is their workspace
    overview = workspace.overview
    assert overview is not None and overview.expiry_warning_days == 7

    expiring = workspace.expiring_model.texts()
    until = day_text(today(demo_station) + timedelta(days=3))
    assert len(expiring) == 1 and "HAT-0002" in expiring[0] and until in expiring[0]
    assert workspace.tabs.tabText(2) == "&3 Expiring within 7 days (1)"
    assert workspace.expired_model.rowCount() == 0
    assert len(rows_with(workspace, "HAT-0004", "diacetylmorphine IM", DOCTOR_NAME)) == 1
    # In the patients' list the expiring order is marked; the other one is not.
    model = workspace.active_model
    marked = {
        model.text(row, 0): model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
        for row in range(model.rowCount())
        if model.text(row, 2) == "diacetylmorphine IM"
    }
    assert marked == {"HAT-0002": True, "HAT-0004": False}
    assert "1 expiring within 7 days" in workspace.summary.text()

    # Five days later the short order has ended: it is listed as expired, no longer expiring.
    demo_station.clock.advance(days=5)
    workspace.refresh_button.click()
    qtbot.waitUntil(lambda: workspace.expired_model.rowCount() == 1, timeout=TIMEOUT)
    assert "HAT-0002" in workspace.expired_model.texts()[0]
    assert workspace.expiring_model.rowCount() == 0
    assert workspace.tabs.tabText(3) == "&4 Expired (1)"


def test_an_order_due_for_review_is_listed_and_renewed_from_the_list(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0003")
    first = sign(demo_station, patient.patient_id, until_days=30)
    window = open_window(qtbot, demo_station.parts)
    sign_in_window(qtbot, window)
    workspace = loaded_workspace(qtbot, window)
    assert workspace.reviews_model.rowCount() == 0  # the demo's orders: in 14 days
    demo_station.clock.advance(days=31)  # the order ended yesterday
    workspace.refresh()
    qtbot.waitUntil(lambda: workspace.expired_model.rowCount() == 1, timeout=TIMEOUT)
    assert workspace.reviews_model.rowCount() == 4  # the demo's four, past their review day
    workspace.tabs.setCurrentIndex(3)
    workspace.expired_view.selectRow(0)
    assert workspace.chosen_order() is not None
    assert workspace.chosen_order().order_id == first.order_id  # type: ignore[union-attr]
    dialog = workspace.open_order(OrderAction.RENEW)
    assert dialog is not None
    day = today(demo_station)
    # A renewal starts from the order as it was, from today; its last day is typed anew.
    assert dialog.max_per_session.text() == "100" and dialog.valid_from.text() == day_text(day)
    assert dialog.valid_until.text() == "" and not dialog.patient.isEnabled()
    dialog.valid_until.setText(day_text(day + timedelta(days=90)))
    dialog.review_on.setText(day_text(day + timedelta(days=2)))
    dialog.password.setText(DOCTOR_PASSWORD)
    with qtbot.waitSignal(dialog.signed, timeout=TIMEOUT):
        dialog.sign_button.click()
    assert dialog.result_order is not None and dialog.result_order.version == 2
    dialog.reject()
    qtbot.waitUntil(lambda: workspace.reviews_model.rowCount() == 5, timeout=TIMEOUT)
    assert (
        len(
            rows_with(
                workspace, "HAT-0003", "diacetylmorphine IM", day_text(day + timedelta(days=2))
            )
        )
        == 2
    )
    assert workspace.expired_model.rowCount() == 0


def test_a_prescriber_who_also_doses_keeps_the_counter_and_opens_the_workspace_from_the_menu(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    add_prescriber(demo_station, "nursedoc", NURSE_DOCTOR, "Nils Demo (nurse, prescriber)")
    window = open_window(qtbot, demo_station.parts)
    sign_in_window(qtbot, window, "nursedoc")
    assert window.counter_screen is not None and window.workspace is None
    assert window.prescriber_action.isEnabled()
    window.prescriber_action.trigger()
    dialog = window.prescriber_dialog
    assert isinstance(dialog, PrescriberWorkspaceDialog)
    qtbot.waitUntil(lambda: dialog.workspace.overview is not None, timeout=TIMEOUT)
    window.lock("test")
    assert window.prescriber_dialog is None and not window.prescriber_action.isEnabled()


def test_a_nurse_gets_no_prescriber_workspace_and_the_service_refuses_her(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    assert not window.prescriber_action.isEnabled()
    services = demo_station.parts.services
    nurse = services.accounts.unlock("nurse", "demo-nurse-pass")
    with pytest.raises(PermissionDenied):
        PrescriberWorkspace(services, nurse, demo_station.parts.tasks.submit)
    with pytest.raises(PermissionDenied):
        services.prescribing.workspace(nurse)


def test_the_counter_panel_shows_the_note_and_what_changed_since_the_last_dose(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0006")  # a prescription from before the orders
    first = sign(demo_station, patient.patient_id, until_days=60, note="Start on IM.")
    demo_station.dose_at(patient, demo_station.clock() + timedelta(minutes=1))
    demo_station.clock.advance(hours=4)  # the order changes after the patient's dose
    sign(
        demo_station,
        patient.patient_id,
        per_day="240",
        until_days=5,
        note="Daily maximum raised: watch for sedation.",
        action=OrderAction.CHANGE,
        order_id=first.order_id,
    )
    window = open_window(qtbot, demo_station.parts)
    wait_devices_ready(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    screen = window.counter_screen
    assert screen is not None
    demo_station.demo.scan_card(patient)
    panel = screen.visit.panel
    qtbot.waitUntil(lambda: panel.clinic_id.text() == "HAT-0006", timeout=TIMEOUT)
    qtbot.waitUntil(panel.order_notice.isVisible, timeout=TIMEOUT)
    said = panel.order_notice.text()
    assert "Order expires in 5 days" in said
    assert "Changed since the last dose:" in said and "daily maximum 200 mg → 240 mg" in said
    assert "Prescriber's note: Daily maximum raised: watch for sedation." in said
    screen.visit.end_visit()  # the next patient starts from an empty panel
    assert panel.order_notice.text() == "" and not panel.order_notice.isVisible()


def test_the_prescribers_lists_and_a_plans_steps_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_station: DemoStation
) -> None:
    patient = demo_station.patient("HAT-0005")
    sign(demo_station, patient.patient_id, until_days=2)
    window = open_window(qtbot, demo_station.parts)
    sign_in_window(qtbot, window)
    workspace = loaded_workspace(qtbot, window)
    for model in (workspace.active_model, workspace.expiring_model, workspace.expired_model):
        qtmodeltester.check(model, force_py=False)  # type: ignore[no-untyped-call]
        qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    assert workspace.expiring_model.rowCount() == 1
    assert workspace.expired_model.rowCount() == 0
    # Reset with the testers attached: a refresh reads the same lists again.
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        workspace.refresh()
    key = workspace.expiring_model.index(0, 0).data(KEY_ROLE)
    assert key in workspace.orders

    editor = PlanEditor(today(demo_station))
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.steps_model, force_py=True)  # type: ignore[no-untyped-call]
    editor.kind.setCurrentIndex(2)  # a taper: -10 % a week from 200 mg down to 100 mg
    for field, text in (
        (editor.start_mg, "200"),
        (editor.step_percent, "10"),
        (editor.every_days, "7"),
        (editor.target_mg, "100"),
    ):
        field.setText(text)
    steps = editor.steps_model.texts()
    assert steps[0].endswith("200 mg") and steps[-1].endswith("100 mg") and len(steps) == 8
    editor.clear_fields()  # back to no plan: an empty table, one more reset
    assert editor.steps_model.rowCount() == 0


def test_a_prescriber_sets_and_lifts_a_stop_dose_flag_from_the_patient_screen(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    # A prescriber who also doses reads the roster at the counter; the flags are theirs too.
    add_prescriber(demo_station, "nursedoc", NURSE_DOCTOR, "Nils Demo (nurse, prescriber)")
    window = open_window(qtbot, demo_station.parts)
    sign_in_window(qtbot, window, "nursedoc")
    assert window.lead_action.isEnabled() and not window.rules_action.isEnabled()
    window.lead_action.trigger()
    dialog = window.patient_actions
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.patients.count() > 0, timeout=TIMEOUT)
    assert dialog.flags_box.isVisibleTo(dialog) and not dialog.review_box.isVisibleTo(dialog)
    dialog.search.setText("HAT-0004")
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        dialog.search.returnPressed.emit()
    dialog.flag_reason.setText("Order under review (test)")
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        dialog.set_button.click()
    assert len(dialog.flag_ids()) == 1
    assert "Order under review (test)" in dialog.flags.item(0).text()
    dialog.lift_reason.setText("Reviewed (test)")
    with qtbot.waitSignal(dialog.record_shown, timeout=TIMEOUT):
        dialog.lift_button.click()
    assert dialog.flag_ids() == []
    # A prescriber alone gets the menu action too: the service decides what they may read.
    window.lock("test")
    sign_in_window(qtbot, window)
    assert window.lead_action.isEnabled()


def test_the_notice_says_days_drugs_and_phases_in_the_stations_words(qapp: object) -> None:
    day = date(2026, 3, 10)
    main = OrderNotice(
        "p-1",
        "o-1",
        2,
        changes=(
            OrderChange("drug", "diacetylmorphine_iv", "diacetylmorphine_im"),
            OrderChange("phase", "maintenance", "taper"),
            OrderChange("valid_until", None, "2026-03-31"),
            OrderChange("max_per_day", "200 mg", "180 mg"),
        ),
        expiring_on=day,
        drug=Drug.DIACETYLMORPHINE_IM,
        others=(
            OrderNotice("p-1", "o-2", 1, counter_note="Oral at night.", drug=Drug.METHADONE_ORAL),
        ),
    )
    lines = notice_lines(main, day)
    assert lines == [
        "diacetylmorphine IM: Order expires today (10.03.2026).",
        "diacetylmorphine IM: Changed since the last dose: drug and form diacetylmorphine IV → "
        "diacetylmorphine IM; phase maintenance → taper; valid until — → 31.03.2026; "
        "daily maximum 200 mg → 180 mg.",
        "methadone oral: Prescriber's note: Oral at night.",
    ]
    alone = OrderNotice("p-1", "o-1", 1, review_passed_on=day - timedelta(days=1))
    assert notice_lines(alone, day) == ["Review date passed (09.03.2026): tell the prescriber."]
    assert notice_lines(OrderNotice("p-1", None, None), day) == []
