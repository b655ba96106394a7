"""Issue a patient's card: the server signs it, the station prints it to a PDF to hand out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services.accounts import Session
from station.services.cards import CardService, IssuedCard
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, export_file_name, make_button, make_field

PATIENT_ID = Qt.ItemDataRole.UserRole


@dataclass
class CardIssueContext:
    """What the card screen works with, for the person signed in."""

    cards: CardService
    session: Session
    submit: Submit
    folder: Path | None = None
    """Where the card's PDF is written (None: the user's documents folder, never the
    station's data folder: the card carries the patient's name in clear)."""


class CardIssueDialog(QDialog):
    """Choose a patient of the roster; the server signs a new card; a PDF is written to print.

    Who may issue is checked by the card service (clinic lead, administrator, prescriber);
    the server withdraws the patient's earlier cards. With the server down the screen says so
    in a sentence and nothing is printed. Window-modal; the window's lock closes it.
    """

    issued = Signal(object)
    """An :class:`IssuedCard` was printed to its PDF."""
    roster_shown = Signal(int)

    def __init__(self, context: CardIssueContext, parent: QWidget | None = None) -> None:
        """Build the screen and read the roster in the background."""
        super().__init__(parent)
        self.context = context
        self.closed = False
        self.busy = False
        self.setWindowTitle(self.tr("Issue a patient's card"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.search = make_field(
            self.tr("Find a patient by clinic id or name"), self.tr("clinic id or name")
        )
        self.patients = QListWidget()
        self.patients.setAccessibleName(self.tr("Patients on this station's roster"))
        label = QLabel(self.tr("&Patient"))
        label.setBuddy(self.patients)
        self.message = MessageLabel(self.tr("Card message"))
        self.issue_button = make_button(
            self.tr("&Issue card…"), self.tr("Have the server issue the chosen patient's card")
        )
        self.close_button = make_button(self.tr("Cl&ose"), self.tr("Close the card screen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(label)
        layout.addWidget(self.patients, 1)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._filter)
        self.issue_button.clicked.connect(self.issue)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self.resize(520, 520)
        cards, session = context.cards, context.session
        context.submit(
            lambda: cards.issuable_patients(session),
            self._show_roster,
            known_errors(self._failed, self),
        )

    def _show_roster(self, roster: list[tuple[str, str, str]]) -> None:
        if self.closed:
            return
        self.patients.clear()
        for patient_id, clinic_id, name in roster:
            item = QListWidgetItem(f"{clinic_id} — {name}")
            item.setData(PATIENT_ID, patient_id)
            self.patients.addItem(item)
        self._filter(self.search.text())
        self.roster_shown.emit(len(roster))

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in range(self.patients.count()):
            item = self.patients.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    def issue(self) -> None:
        """Issue the chosen patient's card in the background and print it to a PDF."""
        item = self.patients.currentItem()
        if item is None or item.isHidden():
            self.message.show_message(self.tr("Choose the patient first."), "error")
            return
        if self.busy:
            return
        self.busy = True
        self.issue_button.setEnabled(False)
        self.message.show_message(self.tr("Asking the central server for the card…"), "info")
        cards, session = self.context.cards, self.context.session
        patient_id = str(item.data(PATIENT_ID))
        folder = self.context.folder or Path(export_file_name("card", "pdf")).parent
        self.context.submit(
            lambda: cards.issue(session, patient_id, folder),
            self._issued,
            known_errors(self._failed, self),
        )

    def _issued(self, card: IssuedCard) -> None:
        if self.closed:
            return
        self.busy = False
        self.issue_button.setEnabled(True)
        self.message.show_message(
            self.tr(
                "Card {serial} for {clinic_id} written to {file}: print it, hand it to the "
                "patient and delete the file (it carries the patient's name). Their earlier "
                "cards stop working at each station once it syncs."
            ).format(serial=card.serial, clinic_id=card.clinic_id, file=str(card.pdf)),
            "ok",
        )
        self.issued.emit(card)

    def _failed(self, error: BaseException) -> None:
        if self.closed:
            return
        self.busy = False
        self.issue_button.setEnabled(True)
        self.message.show_message(describe(error), "error")

    def _on_finished(self, _result: int) -> None:
        self.closed = True


def open_card_issue(
    parent: QWidget,
    cards: CardService,
    session: Session,
    submit: Submit,
    *,
    actions: Sequence[QAction] = (),
) -> CardIssueDialog:
    """Open the card screen over ``parent`` (window-modal; its lock closes it)."""
    dialog = CardIssueDialog(CardIssueContext(cards, session, submit), parent)
    dialog.addActions(list(actions))
    dialog.open()
    return dialog
