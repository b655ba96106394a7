"""What every pharmacy page is given: the pharmacy and accounts, who is signed in, devices."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from station.services.accounts import AccountsService, Session
from station.services.pharmacy import PharmacyService
from station.ui.device_bridge import ScaleBridge
from station.ui.tasks import Submit


@dataclass
class PharmacyContext:
    """The pharmacist's services for one signed-in session (rebuilt at each sign-in)."""

    accounts: AccountsService
    """Sign-ins of second persons (witnesses, sign-offs)."""
    pharmacy: PharmacyService
    session: Session
    submit: Submit
    scale: ScaleBridge | None = None
    station_name: str = ""
    """The station's name (on the register's printout)."""


def parse_decimal(text: str) -> Decimal | None:
    """A decimal typed by a person (comma or point), or None when it is not a finite number."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def mg_text(value: Decimal) -> str:
    """An amount in mg for the screen, two decimals."""
    return f"{value:,.2f} mg"


def readonly_item(text: str) -> QTableWidgetItem:
    """A table cell a person can select and read but not edit."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
