"""The login screen: each person unlocks the station with their own name and password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_field

if TYPE_CHECKING:
    from station.services.accounts import AccountsService, Session


class LoginScreen(QWidget):
    """User name and password; the slow key derivation runs in the background.

    In demo mode (``demo_users`` given) a table lists the demo users and their passwords,
    and a double-click or Enter on a row fills the form. Nothing about patients is shown but
    the locked screen's observation board (:meth:`show_board`: booth, clinic id and countdown,
    no names), which the window puts under the form while it is locked.

    The screen can be shown before the station's folder is open (``accounts`` None): a person
    types at once, and a sign-in asked for early runs as soon as :meth:`set_accounts` is
    called.
    """

    unlocked = Signal(object)
    """A :class:`Session` for the person who signed in."""

    def __init__(
        self,
        accounts: AccountsService | None,
        submit: Submit,
        station_name: str,
        demo_users: list[dict[str, object]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form (and the demo table in demo mode)."""
        super().__init__(parent)
        self.accounts = accounts
        self._submit = submit
        self.heading = QLabel(self._heading_text(station_name))
        self.heading.setObjectName("heading")
        self.heading.setAccessibleName(self.tr("Sign in"))
        self.reason = QLabel("")
        self.reason.setAccessibleName(self.tr("Why the screen is locked"))
        self.username = make_field(self.tr("User name"), self.tr("your user name"))
        self.password = make_field(self.tr("Password"), self.tr("your password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in = make_button(self.tr("&Sign in"), self.tr("Sign in"))
        self.sign_in.setDefault(True)
        self.message = MessageLabel(self.tr("Sign-in message"))
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.sign_in)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.demo_table: QTableWidget | None = None
        self._layout = layout
        self.board: QWidget | None = None
        """The locked screen's observation board, when the window shows one."""
        self.board_area = QWidget()
        self._board_layout = QVBoxLayout(self.board_area)
        self._board_layout.setContentsMargins(0, 0, 0, 0)
        self._waiting_for_profile = False
        if demo_users:
            self.show_demo_users(demo_users)
        layout.addWidget(self.board_area, 1)
        self.sign_in.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)
        self.username.returnPressed.connect(self.password.setFocus)
        self.busy = False

    def _heading_text(self, station_name: str) -> str:
        if not station_name:
            return self.tr("Sign in")
        return self.tr("{station}: sign in").format(station=station_name)

    def show_demo_users(self, users: list[dict[str, object]]) -> None:
        """Add the demo users' table (demo mode only)."""
        if self.demo_table is not None:
            return
        index = self._layout.indexOf(self.message) + 1
        self._layout.insertWidget(
            index, QLabel(self.tr("Demo mode: fictional staff and patients."))
        )
        self.demo_table = self._demo_table(users)
        self._layout.insertWidget(index + 1, self.demo_table)

    def show_board(self, board: QWidget | None) -> None:
        """Show ``board`` under the form (the window owns it); None takes it away again."""
        old, self.board = self.board, board
        if old is not None and old is not board and old.parent() is self.board_area:
            self._board_layout.removeWidget(old)
            old.setParent(None)
        if board is not None and board.parent() is not self.board_area:
            self._board_layout.addWidget(board)
            board.show()

    def set_accounts(self, accounts: AccountsService, station_name: str) -> None:
        """The station's folder is open: sign-ins can be checked (one asked for early runs now)."""
        self.accounts = accounts
        self.heading.setText(self._heading_text(station_name))
        if self._waiting_for_profile:
            self._waiting_for_profile = False
            self.busy = False
            self.attempt()

    def _demo_table(self, users: list[dict[str, object]]) -> QTableWidget:
        table = QTableWidget(len(users), 3)
        table.setAccessibleName(self.tr("Demo users and their passwords"))
        table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Name"), self.tr("Password")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setCornerButtonEnabled(False)
        for corner in table.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select all demo users"))
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, user in enumerate(users):
            for column, key in enumerate(("username", "name", "password")):
                table.setItem(row, column, QTableWidgetItem(str(user[key])))
        table.resizeColumnsToContents()
        # Every demo user in view (the prescriber was scrolled out of a six-row stub).
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height()
            + len(users) * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        table.cellDoubleClicked.connect(lambda row, _column: self.fill_demo_user(row))
        table.cellActivated.connect(lambda row, _column: self.fill_demo_user(row))
        return table

    def fill_demo_user(self, row: int) -> None:
        """Put a demo user's name and password in the form."""
        if self.demo_table is None:
            return
        name = self.demo_table.item(row, 0)
        password = self.demo_table.item(row, 2)
        if name is not None and password is not None:
            self.username.setText(name.text())
            self.password.setText(password.text())
            self.password.setFocus()

    def prepare(self, reason: str = "", username: str = "") -> None:
        """Show the empty form again (after a lock or a user switch)."""
        self.reason.setText(reason)
        self.username.setText(username)
        self.password.clear()
        self.message.clear_message()
        self.sign_in.setEnabled(True)
        self.busy = False
        self._waiting_for_profile = False
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        """Check the name and password in the background."""
        username, password = self.username.text().strip(), self.password.text()
        if self.busy:
            return
        if not username or not password:
            self.message.show_message(self.tr("Enter your user name and password."))
            return
        self.busy = True
        self.sign_in.setEnabled(False)
        accounts = self.accounts
        if accounts is None:
            self._waiting_for_profile = True
            self.message.show_message(
                self.tr("Opening the station… you are signed in once it is open."), "info"
            )
            return
        self.message.show_message(self.tr("Checking…"), "info")
        self._submit(
            lambda: accounts.unlock(username, password),
            self._on_unlocked,
            known_errors(self._on_refused, self),
        )

    def _on_unlocked(self, session: Session) -> None:
        self.busy = False
        self.password.clear()
        self.message.clear_message()
        self.sign_in.setEnabled(True)
        self.unlocked.emit(session)

    def _on_refused(self, error: BaseException) -> None:
        self.busy = False
        self.password.clear()
        self.sign_in.setEnabled(True)
        self.message.show_message(describe(error), "error")
        self.password.setFocus()
