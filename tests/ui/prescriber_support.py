"""Prescriber window tests' helpers: a fictional prescriber on the demo station, signing, keys.

Everything is fictional (the demo's invented patients and staff). Orders the tests need
before the window opens are signed through the real prescribing service.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.orders import Order, OrderAction
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.services.prescribing import OrderDraft
from station.store.store import Session
from station.ui.main_window import StationWindow
from station.ui.prescriber.workspace import PrescriberWorkspace

from .conftest import DemoStation

DOCTOR = "doctor"
"""The demo's prescriber (who signed the first four patients' orders)."""
DOCTOR_PASSWORD = demo_password(DOCTOR)
DOCTOR_NAME = "Dr. Dina Demo (prescriber)"
OTHER_PASSWORD = "demo-nursedoc-pass-16"
"""The password of the accounts these tests add."""
TIMEOUT = 10000


def add_prescriber(
    station: DemoStation, username: str, roles: frozenset[Role], display: str
) -> None:
    """Another prescriber's account on the demo station (added by the demo's administrator)."""
    admin = station.store.unlock("admin", demo_password("admin"))
    station.store.add_user(admin, username, display, roles, OTHER_PASSWORD)


def password_of(username: str) -> str:
    """The demo's password of ``username``, or the one of an account these tests added."""
    return DOCTOR_PASSWORD if username == DOCTOR else OTHER_PASSWORD


def doctor(station: DemoStation, username: str = DOCTOR) -> Session:
    """The prescriber signed in through the services (the tests' own door)."""
    return station.parts.services.accounts.unlock(username, DOCTOR_PASSWORD)


def today(station: DemoStation) -> date:
    """The clinic's day on the tests' morning clock."""
    return station.clock().astimezone(station.counter.settings.zone).date()


def sign(
    station: DemoStation,
    patient_id: str,
    *,
    drug: Drug = Drug.DIACETYLMORPHINE_IM,
    per_session: str = "100",
    per_day: str = "200",
    until_days: int | None = 60,
    note: str = "",
    action: OrderAction = OrderAction.NEW,
    order_id: str | None = None,
) -> Order:
    """Sign an order through the prescribing service as the fictional prescriber."""
    day = today(station)
    draft = OrderDraft(
        patient_id=patient_id,
        drug=drug,
        max_per_session=Milligrams(per_session),
        max_per_day=Milligrams(per_day),
        sessions_per_day=2,
        min_interval=None,
        valid_from=day,
        valid_until=day + timedelta(days=until_days) if until_days is not None else None,
        phase=Phase.MAINTENANCE,
        counter_note=note,
        action=action,
        order_id=order_id,
    )
    return station.parts.services.prescribing.sign_order(doctor(station), draft, DOCTOR_PASSWORD)


def sign_in_window(qtbot: QtBot, window: StationWindow, username: str = DOCTOR) -> None:
    """Type the prescriber's name and password on the login screen and sign in."""
    window.login.username.setText(username)
    window.login.password.setText(password_of(username))
    with qtbot.waitSignal(window.unlocked, timeout=TIMEOUT):
        window.login.sign_in.click()


def loaded_workspace(qtbot: QtBot, window: StationWindow) -> PrescriberWorkspace:
    """The prescriber's workspace on the window, once its lists are read."""
    workspace = window.workspace
    assert isinstance(workspace, PrescriberWorkspace)
    qtbot.waitUntil(lambda: workspace.overview is not None, timeout=TIMEOUT)
    return workspace


def focused() -> QWidget:
    """The widget with the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the focus is."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Text typed where the focus is."""
    qtbot.keyClicks(focused(), text)


def tab(qtbot: QtBot, times: int = 1) -> None:
    """Tab pressed ``times`` times."""
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)
