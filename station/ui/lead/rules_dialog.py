"""The clinic lead's rules: the settings page in a dialog the lead opens from the counter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout, QWidget

from station.services.accounts import Session
from station.services.settings import SettingsService
from station.ui.tasks import Submit
from station.ui.technician.settings_page import SettingsPage
from station.ui.widgets import VerticalScrollArea, make_button


@dataclass
class RulesContext:
    """What the settings page needs for the person signed in."""

    settings: SettingsService
    session: Session
    submit: Submit


class ClinicRulesDialog(QDialog):
    """The clinic's rule settings (and the station's), as the clinic lead changes them.

    The page is the technician's settings page: who may change what is decided by the
    settings service, so a nurse or technician who opened it could still change nothing of
    the rules. Window-modal; the window's lock rejects and deletes it.
    """

    def __init__(self, context: RulesContext, parent: QWidget | None = None) -> None:
        """Build the dialog and read the settings (in the background)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic rules and station settings"))
        self.setAccessibleName(self.tr("Clinic rules and station settings"))
        self.page = SettingsPage(context)
        scroll = VerticalScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)
        self.close_button = make_button(self.tr("Close"), self.tr("Close the settings"))
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button)
        self.resize(760, 640)
        self.page.refresh()
