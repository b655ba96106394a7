"""No Alt key means two things at once: every screen's and dialog's mnemonics, found generically."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.domain.roles import Role
from station.ui.main_window import StationWindow
from station.ui.observation.dialogs import (
    AdverseEventDialog,
    DischargeDialog,
    OverdoseProtocolDialog,
    VitalsNoteDialog,
)
from station.ui.pharmacy.count import SignOffDialog
from station.ui.visit.resume import EndVisitDialog
from station.ui.witness import WitnessDialog
from tests.ui.conftest import DemoStation, open_window, sign_in
from tests.ui.test_rules_at_the_counter import dose_earlier

TIMEOUT = 10000


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a plain ampersand), upper case; None without."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].upper()
            index += 1
        index += 1
    return None


@dataclass(frozen=True)
class Entry:
    """One mnemonic in a window: its key, the widget that owns it, what it says."""

    key: str
    widget: QWidget
    text: str


def entries(window: QWidget) -> list[Entry]:
    """Every mnemonic of ``window`` (not of the dialogs and menus it owns: their own windows)."""
    found: list[Entry] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window:
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton | QLabel) and (
            labelled or not isinstance(widget, QLabel)
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            texts.extend(action.text() for action in widget.actions() if action.isVisible())
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                found.append(Entry(key, widget, text))
    return found


def pages(widget: QWidget) -> dict[int, int]:
    """For each stacked widget above ``widget``: which of its pages holds it."""
    held: dict[int, int] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            held[id(parent)] = parent.indexOf(child)
        child, parent = parent, parent.parentWidget()
    return held


def together(a: QWidget, b: QWidget) -> bool:
    """True unless a stack (a step, a page, a tab) shows one of them and never both."""
    pages_a, pages_b = pages(a), pages(b)
    return all(pages_a[stack] == pages_b[stack] for stack in pages_a.keys() & pages_b.keys())


def clashes(window: QWidget) -> list[str]:
    """Pairs of mnemonics with one key that can be on screen at the same time."""
    found = entries(window)
    result = []
    for index, first in enumerate(found):
        for second in found[index + 1 :]:
            if first.key != second.key or first.widget is second.widget:
                continue
            if together(first.widget, second.widget):
                result.append(f"Alt+{first.key}: {first.text!r} and {second.text!r}")
    return result


def menu_clashes(window: QWidget) -> list[str]:
    """Within each menu of ``window``: two entries with one key."""
    result = []
    for menu in window.findChildren(QMenu):
        keys: dict[str, str] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key is None or not action.isVisible():
                continue
            if key in keys:
                result.append(f"{menu.title()}: Alt+{key}: {keys[key]!r} and {action.text()!r}")
            keys[key] = action.text()
    return result


def all_clashes(window: QWidget) -> list[str]:
    return clashes(window) + menu_clashes(window)


def assert_none(found: list[str], where: str = "") -> None:
    """Fail with every clash, one a line."""
    assert not found, f"{where}\n" + "\n".join(found)


def open_dialogs() -> Iterator[QDialog]:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            yield widget


def menu_dialogs(qtbot: QtBot, window: StationWindow, seen: set[str]) -> list[str]:
    """Open every dialog the window's menus open now (not lock or switch); their clashes."""
    result: list[str] = []
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if action in (window.lock_action, window.switch_action) or not action.isEnabled():
                continue
            if action.menu() is not None or action.isCheckable() or not action.text():
                continue
            action.trigger()
            for dialog in list(open_dialogs()):
                seen.add(type(dialog).__name__)
                result += [f"{type(dialog).__name__}: {c}" for c in all_clashes(dialog)]
                dialog.reject()
    return result


def test_the_counter_with_its_menus_and_the_simulators_has_no_clash(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    for clinic_id in ("HAT-0002", "HAT-0004"):  # two cards on the board, each with its buttons
        dose_earlier(demo_station, demo_station.patient(clinic_id), timedelta(minutes=5), False)
    window = open_window(qtbot, demo_station.parts)
    assert window.simulators is not None
    assert_none(all_clashes(window))  # the login, the menus, the simulators
    sign_in(qtbot, window, "nurse")
    screen = window.counter_screen
    assert screen is not None
    qtbot.waitUntil(lambda: len(screen.board.cards) == 2, timeout=TIMEOUT)
    assert screen.visit.administer in screen.visit.stack.findChildren(QWidget)
    assert_none(all_clashes(window))
    seen: set[str] = set()
    assert_none(menu_dialogs(qtbot, window, seen))
    assert {"SettingsDialog", "PatientActionsDialog"} <= seen


def test_the_other_workspaces_and_the_lead_dialogs_have_no_clash(
    qtbot: QtBot, demo_station: DemoStation
) -> None:
    window = open_window(qtbot, demo_station.parts)
    seen: set[str] = set()
    for username in ("pharmacist", "technician", "lead"):
        sign_in(qtbot, window, username)
        assert_none(all_clashes(window), username)
        assert_none(menu_dialogs(qtbot, window, seen), username)
        window.lock()
    assert {"ClinicRulesDialog", "PatientActionsDialog", "SettingsDialog"} <= seen, seen


def test_the_visit_and_board_dialogs_have_no_clash(qtbot: QtBot, demo_station: DemoStation) -> None:
    accounts = demo_station.parts.services.accounts
    submit = demo_station.parts.tasks.submit
    nurse = accounts.unlock("nurse", "demo-nurse-pass").user
    dialogs: list[QDialog] = [
        WitnessDialog(accounts, submit, nurse, "A purpose", frozenset({Role.NURSE})),
        EndVisitDialog(),
        VitalsNoteDialog("Booth 1"),
        AdverseEventDialog("Booth 1", datetime.now()),
        DischargeDialog("Booth 1", timedelta(minutes=5), True),
        OverdoseProtocolDialog("Booth 1", ()),
        SignOffDialog(accounts, submit),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_none(all_clashes(dialog), type(dialog).__name__)


def test_the_search_finds_a_clash_and_keeps_steps_apart(qtbot: QtBot) -> None:
    from station.ui.widgets import make_button

    root = QWidget()
    qtbot.addWidget(root)
    stack = QStackedWidget(root)
    first, second = QWidget(), QWidget()
    stack.addWidget(first)
    stack.addWidget(second)
    make_button("&End visit", "end", first)
    make_button("&End visit", "end", second)
    assert clashes(root) == []  # two steps: never on screen together
    make_button("&Exit", "exit", first)
    assert clashes(root) == ["Alt+E: '&End visit' and '&Exit'"]
    assert mnemonic("Fish && &Chips") == "C" and mnemonic("A && B") is None
