"""What the counter's patient panel says about the orders: the note, the changes, expiry, review."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from station.domain.prescriptions import Drug, Phase
from station.services.prescribing import OrderChange, OrderNotice
from station.ui.messages import QT_TRANSLATE_NOOP
from station.ui.prescriber.context import day_text, drug_name, phase_name

FIELD_NAMES: dict[str, str] = {
    "patient_id": QT_TRANSLATE_NOOP("OrderNotice", "patient"),
    "drug": QT_TRANSLATE_NOOP("OrderNotice", "drug and form"),
    "max_per_session": QT_TRANSLATE_NOOP("OrderNotice", "per-session maximum"),
    "max_per_day": QT_TRANSLATE_NOOP("OrderNotice", "daily maximum"),
    "sessions_per_day": QT_TRANSLATE_NOOP("OrderNotice", "sessions per day"),
    "min_interval": QT_TRANSLATE_NOOP("OrderNotice", "minimum interval"),
    "valid_from": QT_TRANSLATE_NOOP("OrderNotice", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("OrderNotice", "valid until"),
    "phase": QT_TRANSLATE_NOOP("OrderNotice", "phase"),
    "counter_note": QT_TRANSLATE_NOOP("OrderNotice", "note for the counter"),
    "review_on": QT_TRANSLATE_NOOP("OrderNotice", "review day"),
    "plan": QT_TRANSLATE_NOOP("OrderNotice", "dose plan"),
}
"""What the panel calls each field of an order (the service names them as ``Order`` does)."""

DAY_FIELDS = frozenset({"valid_from", "valid_until", "review_on"})


def value_text(field: str, value: str | None) -> str:
    """A changed field's value in the station's words (a dash for none).

    A drug or phase by name, a day as 31.12.2025; amounts, minutes and plans as written.
    """
    if value is None or value == "":
        return "—"
    if field == "drug" and value in {drug.value for drug in Drug}:
        return drug_name(Drug(value))
    if field == "phase" and value in {phase.value for phase in Phase}:
        return phase_name(Phase(value))
    if field in DAY_FIELDS:
        with contextlib.suppress(ValueError):
            return day_text(date.fromisoformat(value))
    return value


def change_text(change: OrderChange) -> str:
    """One changed field: 'daily maximum 300 mg → 360 mg' (a dash for a value not set)."""
    name = FIELD_NAMES.get(change.field)
    shown = QCoreApplication.translate("OrderNotice", name) if name is not None else change.field
    return QCoreApplication.translate("OrderNotice", "{field} {old} → {new}").format(
        field=shown,
        old=value_text(change.field, change.old),
        new=value_text(change.field, change.new),
    )


def _lines_of(notice: OrderNotice, today: date) -> list[str]:
    lines: list[str] = []
    if notice.expiring_on is not None:
        days = (notice.expiring_on - today).days
        if days <= 0:
            lines.append(
                QCoreApplication.translate("OrderNotice", "Order expires today ({day}).").format(
                    day=day_text(notice.expiring_on)
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "OrderNotice", "Order expires in {n} days ({day})."
                ).format(n=days, day=day_text(notice.expiring_on))
            )
    if notice.review_passed_on is not None:
        lines.append(
            QCoreApplication.translate(
                "OrderNotice", "Review date passed ({day}): tell the prescriber."
            ).format(day=day_text(notice.review_passed_on))
        )
    if notice.changes:
        lines.append(
            QCoreApplication.translate(
                "OrderNotice", "Changed since the last dose: {changes}."
            ).format(changes="; ".join(change_text(change) for change in notice.changes))
        )
    if notice.counter_note:
        lines.append(
            QCoreApplication.translate("OrderNotice", "Prescriber's note: {note}").format(
                note=notice.counter_note
            )
        )
    return lines


def notice_lines(notice: OrderNotice, today: date) -> list[str]:
    """The notice as lines for the panel, the most urgent first (none: nothing to read).

    With several active orders each order's lines start with its drug.
    """
    notices = [notice, *notice.others]
    several = sum(1 for each in notices if each.anything) > 1
    lines: list[str] = []
    for each in notices:
        found = _lines_of(each, today)
        if several and each.drug is not None:
            found = [f"{drug_name(each.drug)}: {line}" for line in found]
        lines.extend(found)
    return lines


class OrderNoticeLabel(QLabel):
    """The prescriber's words for the counter; empty (hidden) until a notice says something."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty, hidden notice."""
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(
            QCoreApplication.translate("OrderNotice", "Prescriber's order notice")
        )
        self.setStyleSheet("color: #8A4B00; font-weight: bold;")
        self.hide()

    def show_notice(self, notice: OrderNotice | None, today: date) -> None:
        """Show what ``notice`` says (hidden when it says nothing)."""
        lines = notice_lines(notice, today) if notice is not None else []
        self.setText("\n".join(lines))
        self.setAccessibleDescription(" ".join(lines))
        self.setVisible(bool(lines))

    def clear_notice(self) -> None:
        """Remove the notice (the patient left the panel)."""
        self.clear()
        self.setAccessibleDescription("")
        self.hide()
