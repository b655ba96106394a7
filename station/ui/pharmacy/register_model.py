"""The register as a Qt table model: rows are read on demand, so a year of entries shows at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from station.ui.local_format import local_decimal, local_iso_date

DATE_COLUMN = 1
MG_COLUMNS = (5, 6)
NOTES_COLUMN = 10
BATCH_COLUMN = 4
_CORRECTED = QColor("#FFF59D")
Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    """Text cells of the register (as the service's ``register_table`` gives them).

    The date and the mg columns are shown the way the station's language writes them (its
    date format and decimal point); the rows keep the service's text (the CSV's and PDF's).

    Nothing is copied into widgets: the view asks for the cells it paints, so showing
    200,000 entries costs no more on the GUI thread than showing twenty. Rows with a
    correction note get a coloured notes cell with the note as tooltip.
    """

    def __init__(self, headers: Sequence[str]) -> None:
        """An empty register with these column titles."""
        super().__init__()
        self.headers = list(headers)
        self.rows: Sequence[Sequence[str]] = []
        self.corrected: frozenset[int] = frozenset()

    def set_rows(self, rows: Sequence[Sequence[str]], corrected: frozenset[int]) -> None:
        """Replace every row (one model reset)."""
        self.beginResetModel()
        self.rows, self.corrected = rows, corrected
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Entries shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Register columns."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text; the notes cell of a corrected entry is coloured."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.rows[row][column]
            if column == DATE_COLUMN:
                return local_iso_date(text)
            if column in MG_COLUMNS:
                return local_decimal(text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and column == BATCH_COLUMN:
            return self.rows[row][column]  # whole, where the column is kept narrower
        if column == NOTES_COLUMN and row in self.corrected:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _CORRECTED
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.rows[row][column]
        return None

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles, and entry numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def text(self, row: int, column: int) -> str:
        """One cell's text ("" outside the table)."""
        if 0 <= row < len(self.rows) and 0 <= column < len(self.headers):
            return self.rows[row][column]
        return ""
