"""A record changed outside the program is said at sign-in; an administrator rebuilds it."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from station.store.store import Store
from station.ui.integrity_dialog import IntegrityDialog
from tests.ui.conftest import DemoStation, open_window, sign_in

TIMEOUT = 10000


def _change_a_role_on_disk(station: DemoStation) -> None:
    """What someone with the file but no password does: drop the seal's triggers, edit."""
    connection = sqlite3.connect(Store.database_path(station.store.data_dir))
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'integrity_%'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("UPDATE users SET roles = '[\"administrator\"]' WHERE username = 'nurse'")
    connection.commit()
    connection.close()


def test_a_changed_record_is_said_at_sign_in_and_the_administrator_rebuilds_it(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    _change_a_role_on_disk(demo_station)
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "nurse")
    qtbot.waitUntil(lambda: isinstance(window.integrity_dialog, IntegrityDialog), timeout=TIMEOUT)
    dialog = window.integrity_dialog
    assert "Rows of users were changed" in dialog.problem.text()
    assert "gives no dose" in dialog.consequence.text() and dialog.consequence.isVisible()
    assert not dialog.repair_button.isVisible()  # a nurse (whatever the file says) cannot
    assert "Call an administrator" in dialog.advice.text()
    dialog.reject()
    window.lock("Locked (test).")
    sign_in(qtbot, window, "admin")
    qtbot.waitUntil(lambda: window.integrity_dialog.isVisible(), timeout=TIMEOUT)  # noqa: PLW0108 (a new dialog)
    dialog = window.integrity_dialog
    assert dialog.repair_button.isVisible()
    dialog.repair_button.click()
    qtbot.waitUntil(lambda: "rebuilt and sealed again" in dialog.message.text(), timeout=TIMEOUT)
    assert "account nurse set back to its recorded roles" in dialog.set_back.text()
    assert demo_station.store.integrity_problem() is None
