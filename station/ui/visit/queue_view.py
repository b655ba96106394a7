"""The counter's queue beside the visit: who waits, for how long, who is due, and the call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from devices.readings import Scan
from station.services.accounts import Session
from station.services.queue import QueueEntry, QueueService
from station.ui.errors import known_errors
from station.ui.messages import QT_TRANSLATE_NOOP, describe
from station.ui.tasks import Submit
from station.ui.widgets import (
    MessageLabel,
    VerticalScrollArea,
    make_button,
    make_field,
    make_label,
)

if TYPE_CHECKING:
    from station.services.station import StationServices
    from station.ui.visit.flow import VisitView

Index = QModelIndex | QPersistentModelIndex
PATIENT_ID = Qt.ItemDataRole.UserRole
REFRESH_MS = 30_000
"""How often the queue is read again (minutes waited, who became due, visits started)."""
CALL_NEXT_KEY = "F9"
"""The call's shortcut: no Alt key, so it never meets the visit's mnemonics."""


ROWS_ASKED = 2
"""The table's rows the queue asks room for (more rows: it grows with its part, or scrolls)."""


class RowsTable(QTableView):
    """A table that asks for the height of a few rows: a short queue shows them, not a stub."""

    def __init__(self, rows: int) -> None:
        """Ask for ``rows`` rows' height."""
        super().__init__()
        self.rows = rows

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as Qt says; as tall as the header and :attr:`rows` rows."""
        height = (
            self.horizontalHeader().sizeHint().height()
            + self.rows * self.verticalHeader().defaultSectionSize()
            + self.horizontalScrollBar().sizeHint().height()  # a narrow queue scrolls across
            + 2 * self.frameWidth()
        )
        return QSize(super().sizeHint().width(), height)


def tr(text: str) -> str:
    return QCoreApplication.translate("QueueModel", text)


@dataclass
class QueueContext:
    """What the queue works with: the queue service, who is signed in, the background runner."""

    queue: QueueService
    session: Session
    submit: Submit
    zone: Callable[[], tzinfo]
    """The clinic's time zone as last read (for the times shown)."""


class QueueModel(QAbstractTableModel):
    """Today's queue as rows: clinic id, where the patient stands, minutes waited, name."""

    COLUMNS = (  # marked for lupdate; each title translated when shown
        QT_TRANSLATE_NOOP("QueueModel", "Clinic id"),
        QT_TRANSLATE_NOOP("QueueModel", "Status"),
        QT_TRANSLATE_NOOP("QueueModel", "Waited"),
        QT_TRANSLATE_NOOP("QueueModel", "Name"),
    )
    """Who and where they stand first: on a narrow screen the name is what scrolls away."""

    def __init__(self, zone: Callable[[], tzinfo]) -> None:
        """An empty queue; times are shown in ``zone()``."""
        super().__init__()
        self.zone = zone
        self.entries: list[QueueEntry] = []

    def set_entries(self, entries: Sequence[QueueEntry]) -> None:
        """Replace every row (one model reset)."""
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Patients in the queue."""
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """The queue's columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def status(self, entry: QueueEntry) -> str:
        """Where the patient stands: at the window, not yet due (until when), called, waiting."""
        if entry.at_window:
            return tr("at the window")
        if entry.due_at is not None:
            return tr("not due until {time}").format(
                time=f"{entry.due_at.astimezone(self.zone()):%H:%M}"
            )
        if entry.called_at is not None:
            return tr("called at {time}").format(
                time=f"{entry.called_at.astimezone(self.zone()):%H:%M}"
            )
        return tr("due")

    def text(self, row: int, column: int) -> str:
        """One cell's text ("" outside the table)."""
        if not (0 <= row < len(self.entries) and 0 <= column < len(self.COLUMNS)):
            return ""
        entry = self.entries[row]
        if column == 0:
            return entry.clinic_id
        if column == 1:
            return self.status(entry)
        if column == 2:
            return tr("{minutes} min").format(minutes=entry.minutes_waited)
        return entry.display_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text; the patient's id under ``PATIENT_ID``; not-due rows greyed."""
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == PATIENT_ID:
            return entry.patient_id
        if role == Qt.ItemDataRole.ForegroundRole and entry.due_at is not None:
            return QColor(_NOT_DUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and entry.at_window:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None


_NOT_DUE_COLOUR = "#5F6368"


class QueueView(QWidget):
    """The queue beside the visit: check in, see who waits, call the next patient due.

    Every read and write is a queue service call in the background; the list is read again
    every ``REFRESH_MS`` and after each change. Calling or choosing a patient (Enter or a
    double click) starts identification with the card scanned at their check-in, as a scan
    at the counter would (checked in without a card: the card is scanned at the window).
    """

    identify_requested = Signal(object)
    """A :class:`Scan` of the chosen patient's card: the visit identifies them with it."""
    refreshed = Signal(int)
    """The queue was read (how many patients)."""

    def __init__(self, context: QueueContext, parent: QWidget | None = None) -> None:
        """Build the list and read it at once."""
        super().__init__(parent)
        self.context = context
        self._reading = False
        self._again = False
        self._stopped = False
        self.model = QueueModel(context.zone)
        title = make_label(self.tr("Queue"), self.tr("Queue"))
        title.setObjectName("heading")
        self.check_in_field = make_field(
            self.tr("Check in a patient"), self.tr("scan a card or type a clinic number")
        )
        self.check_in_button = make_button(self.tr("Check in"), self.tr("Check the patient in"))
        self.table = RowsTable(ROWS_ASKED)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Patients waiting"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.call_button = make_button(self.tr("Call next"), self.tr("Call the next patient due"))
        self.call_button.setShortcut(QKeySequence(CALL_NEXT_KEY))
        self.call_button.setToolTip(
            self.tr("Call the patient who has waited longest of those due ({key})").format(
                key=CALL_NEXT_KEY
            )
        )
        self.left_button = make_button(
            self.tr("Went away"), self.tr("The chosen patient left the queue")
        )
        self.message = MessageLabel(self.tr("Queue message"))
        row = QHBoxLayout()
        row.addWidget(self.check_in_field, 1)
        row.addWidget(self.check_in_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.left_button)
        buttons.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # The queue asks for no height of its own: on a small screen it scrolls, and the visit
        # above and the board beside it keep what they need.
        scroll = VerticalScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self._content = content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._scroll = scroll
        self.check_in_field.returnPressed.connect(self.check_in)
        self.check_in_button.clicked.connect(self.check_in)
        self.call_button.clicked.connect(self.call_next)
        self.left_button.clicked.connect(self.went_away)
        # Enter on a row, or a double click: identify the patient as their card's scan would.
        self.table.activated.connect(lambda index: self.choose(index.row()))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Low, and narrower than the board: the visit and the board get their room first."""
        return QSize(480, 120)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """It scrolls: any height will do; as wide as its content (it does not scroll across)."""
        return QSize(max(200, self._scroll.minimumSizeHint().width()), 60)

    def usable_height(self) -> int:
        """Its height with the table's few rows (:data:`ROWS_ASKED`) in view, nothing scrolled."""
        content = self._content
        return content.heightForWidth(max(content.width(), content.minimumSizeHint().width()))

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue again in the background (one read at a time)."""
        if self._stopped:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        context = self.context
        context.submit(
            lambda: context.queue.waiting(context.session),
            self._show,
            known_errors(self._failed, self),
        )

    def alive(self) -> bool:
        """False once the screen is thrown away: a late answer then changes nothing."""
        return not self._stopped and isValid(self) and isValid(self.table)

    def _show(self, entries: list[QueueEntry]) -> None:
        self._reading = False
        if not self.alive():
            return
        chosen = self.chosen()
        self.model.set_entries(entries)
        for row, entry in enumerate(entries):
            if entry.patient_id == chosen:
                self.table.selectRow(row)
        self.refreshed.emit(len(entries))
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        if not self.alive():
            return
        self.message.show_message(describe(error), "error")

    def chosen(self) -> str | None:
        """The patient id of the row chosen (None: none)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.data(rows[0], PATIENT_ID))

    # -- changing --------------------------------------------------------------------------

    def check_in(self) -> None:
        """Check in whoever the field names (a scanned card or a clinic number)."""
        text = self.check_in_field.text().strip()
        if not text:
            self.message.show_message(self.tr("Scan a card or type a clinic number first."))
            return
        self.check_in_field.clear()
        context = self.context

        def done(entry: QueueEntry) -> None:
            if not self.alive():
                return
            self.message.show_message(
                self.tr("{clinic_id} is in the queue.").format(clinic_id=entry.clinic_id), "ok"
            )
            self.refresh()

        context.submit(
            lambda: context.queue.check_in(context.session, text),
            done,
            known_errors(self._refused, self),
        )

    def takes_scan(self, scan: Scan) -> bool:
        """A scan while the check-in field has focus checks the patient in (True: taken)."""
        if not self.check_in_field.hasFocus():
            return False
        self.check_in_field.setText(scan.text)
        self.check_in()
        return True

    def call_next(self) -> None:
        """Call the patient due who has waited longest; identification starts with their card."""
        context = self.context

        def called(entry: QueueEntry | None) -> None:
            if not self.alive():
                return
            self.refresh()
            if entry is None:
                self.message.show_message(self.tr("Nobody due is waiting."), "info")
                return
            self.message.show_message(
                self.tr("Called {clinic_id}.").format(clinic_id=entry.clinic_id), "ok"
            )
            self._identify(entry.patient_id, entry.clinic_id)

        context.submit(
            lambda: context.queue.call_next(context.session),
            called,
            known_errors(self._refused, self),
        )

    def choose(self, row: int) -> None:
        """Start identifying the patient of ``row`` (as their card's scan would)."""
        if 0 <= row < len(self.model.entries):
            entry = self.model.entries[row]
            self._identify(entry.patient_id, entry.clinic_id)

    def _identify(self, patient_id: str, clinic_id: str) -> None:
        context = self.context

        def found(card: str | None) -> None:
            if not self.alive():
                return
            if card is None:
                self.message.show_message(
                    self.tr("{clinic_id} checked in without a card: scan it at the window.").format(
                        clinic_id=clinic_id
                    ),
                    "info",
                )
                return
            self.identify_requested.emit(Scan(card))

        context.submit(
            lambda: context.queue.card_for(context.session, patient_id),
            found,
            known_errors(self._refused, self),
        )

    def went_away(self) -> None:
        """The chosen patient left without a visit: out of the queue (recorded)."""
        patient_id = self.chosen()
        if patient_id is None:
            self.message.show_message(self.tr("Choose the patient in the list first."))
            return
        context = self.context
        context.submit(
            lambda: context.queue.leave(context.session, patient_id, "went_away"),
            lambda _none: self.refresh() if self.alive() else None,
            known_errors(self._refused, self),
        )

    def _refused(self, error: BaseException) -> None:
        if self.alive():
            self.message.show_message(describe(error), "error")

    def stop(self) -> None:
        """Stop reading (the screen is thrown away)."""
        self._stopped = True
        self.timer.stop()


def queue_beside(
    visit: VisitView, services: StationServices, session: Session, submit: Submit
) -> QueueView:
    """The queue for the counter screen, tied to its visit.

    A called or chosen patient is identified by the visit as their card's scan would be; the
    queue is read again when a visit starts, records its dose or ends.
    """
    counter = services.counter
    view = QueueView(QueueContext(services.queue, session, submit, lambda: counter.settings.zone))
    view.setAccessibleName(view.tr("Queue"))
    view.identify_requested.connect(visit.handle_scan)
    visit.identify.identified.connect(lambda _identified: view.refresh())
    visit.dose_recorded.connect(lambda _dose: view.refresh())
    visit.visit_ended.connect(view.refresh)
    return view


def beside_board(board: QWidget, queue: QueueView) -> QSplitter:
    """The observation board and the queue side by side (the board gets three quarters)."""
    lower = QSplitter(Qt.Orientation.Horizontal)
    lower.addWidget(board)
    lower.addWidget(queue)
    lower.setStretchFactor(0, 3)
    lower.setStretchFactor(1, 1)
    lower.setChildrenCollapsible(False)
    return lower
