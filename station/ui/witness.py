"""The witness dialog: a second staff member confirms with their own name and password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.roles import Role
from station.services.accounts import AccountsService, User
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_field, readable_width


class WitnessDialog(QDialog):
    """Takes a second person's credentials and checks them (in the background).

    ``purpose`` says what is being witnessed, in words. ``roles``, when given, lists the
    roles that may witness this (e.g. only a clinic lead); ``signer`` is the person signing,
    who can never be their own witness. :attr:`confirmed` carries the witness's
    :class:`User`. Open with :meth:`open` (window-modal, non-blocking).
    """

    confirmed = Signal(object)

    def __init__(
        self,
        accounts: AccountsService,
        submit: Submit,
        signer: User,
        purpose: str,
        roles: frozenset[Role] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        """Build the form."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Second person"))
        self.setAccessibleName(self.tr("Witness: second person's sign-in"))
        self.accounts = accounts
        self._submit = submit
        self.signer = signer
        self.roles = roles
        self.witness: User | None = None
        self.purpose = QLabel(purpose)
        self.purpose.setWordWrap(True)
        self.purpose.setAccessibleName(self.tr("What is witnessed"))
        who = (
            self.tr("Only these roles can confirm: {roles}.").format(
                roles=", ".join(sorted(role.value.replace("_", " ") for role in roles))
            )
            if roles
            else self.tr("Any other staff member can confirm.")
        )
        self.who = QLabel(who)
        self.who.setWordWrap(True)
        self.who.setAccessibleName(self.tr("Who may confirm"))
        self.setMinimumWidth(readable_width(self))
        self.username = make_field(self.tr("Witness user name"))
        self.password = make_field(self.tr("Witness password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel(self.tr("Witness message"))
        self.confirm_button = make_button(self.tr("&Confirm"), self.tr("Confirm as witness"))
        self.confirm_button.setDefault(True)
        self.cancel_button = make_button(self.tr("Cancel"), self.tr("Cancel witness"))
        form = QFormLayout()
        form.addRow(self.tr("Witness &user name"), self.username)
        form.addRow(self.tr("Witness &password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)
        self.cancel_button.clicked.connect(self.reject)
        self.busy = False

    def attempt(self) -> None:
        """Check the witness's credentials in the background."""
        username, password = self.username.text().strip(), self.password.text()
        if self.busy:
            return
        if not username or not password:
            self.message.show_message(self.tr("The witness enters their user name and password."))
            return
        self.busy = True
        self.confirm_button.setEnabled(False)
        accounts, signer = self.accounts, self.signer
        self._submit(
            lambda: accounts.confirm_witness(username, password, signer),
            self._on_confirmed,
            known_errors(self._on_refused, self),
        )

    def _on_confirmed(self, witness: User) -> None:
        self.busy = False
        self.password.clear()
        self.confirm_button.setEnabled(True)
        if self.roles and not (witness.roles & self.roles):
            self.message.show_message(
                self.tr("{name} cannot confirm this: {who}").format(
                    name=witness.display_name, who=self.who.text()
                ),
                "error",
            )
            return
        self.witness = witness
        self.confirmed.emit(witness)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self.busy = False
        self.password.clear()
        self.confirm_button.setEnabled(True)
        self.message.show_message(describe(error), "error")
