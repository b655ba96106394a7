"""The prescriber's lists as Qt table models: orders (by patient) and a dose plan's dated steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
"""The row's key (an order's id, or a step's day as ISO text)."""
_WARNING = QColor("#FFE0B2")


@dataclass(frozen=True)
class TextRow:
    """One row as the screen shows it: its key, the cells' text and whether it needs attention."""

    key: str
    cells: tuple[str, ...]
    attention: bool = False
    """Shown with a warm background (an order past its review date, or expired)."""
    note: str = ""
    """A tooltip for the whole row (e.g. what needs attention), may be empty."""


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text with a key each; a row needing attention is coloured.

    The screens turn the service's values into :class:`TextRow` (in the station's language)
    on the GUI thread; the model only shows them.
    """

    def __init__(self, headers: Sequence[str]) -> None:
        """An empty table with these column titles."""
        super().__init__()
        self.headers = list(headers)
        self.rows: list[TextRow] = []

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        """Replace every row (one model reset)."""
        width = len(self.headers)
        self.beginResetModel()
        self.rows = [
            TextRow(
                row.key,
                tuple(row.cells[:width]) + ("",) * (width - len(row.cells)),
                row.attention,
                row.note,
            )
            for row in rows
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Rows shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Columns shown."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, the row's key, and the colour of a row that needs attention."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[index.column()]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        if role == Qt.ItemDataRole.BackgroundRole and row.attention:
            return _WARNING
        if role == Qt.ItemDataRole.ForegroundRole and row.attention:
            return QColor("#000000")  # readable on the warm background in a dark theme too
        return None

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles; rows are numbered down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def key(self, row: int) -> str | None:
        """The key of a row (None outside the table)."""
        return self.rows[row].key if 0 <= row < len(self.rows) else None

    def text(self, row: int, column: int) -> str:
        """One cell's text ("" outside the table)."""
        if 0 <= row < len(self.rows) and 0 <= column < len(self.headers):
            return self.rows[row].cells[column]
        return ""

    def texts(self) -> list[str]:
        """Every row's cells joined (tests and the tour read the list)."""
        return [" | ".join(row.cells) for row in self.rows]
