"""The prescriber's workspace: their patients' active orders, reviews due, expiring and expired."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from devices.readings import Scan
from station.domain.orders import Order, OrderAction
from station.domain.patients import Patient
from station.domain.plans import PlanKind
from station.domain.roles import Role
from station.services.accounts import Session
from station.services.errors import PermissionDenied
from station.services.prescribing import PrescriberOverview
from station.services.station import StationServices
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.prescriber.context import (
    PrescriberContext,
    day_text,
    drug_name,
    interval_text,
    phase_name,
)
from station.ui.prescriber.models import KEY_ROLE, TextRow, TextTableModel
from station.ui.prescriber.order_dialog import OrderDialog
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_label

PRESCRIBER_ROLES = frozenset({Role.PRESCRIBER})
DETAIL_COLUMNS = (5, 6, 8, 12)
"""Sessions, interval, first day and signer: in the chosen order's details, not the columns."""
PATIENT_KEY = "patient:"
"""The key of a patient's row when they have no active order (followed by their id)."""


def may_open_prescriber(session: Session) -> bool:
    """Whether the signed-in person may use the prescriber's workspace (prescribers only)."""
    return any(session.user.has(role) for role in PRESCRIBER_ROLES)


def make_table(model: TextTableModel, accessible_name: str) -> QTableView:
    """A read-only table of whole rows, Tab leaving it (arrows move inside)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    for column in DETAIL_COLUMNS:  # the list stays narrow; the details below say them
        view.setColumnHidden(column, True)
    return view


class PrescriberWorkspace(QWidget):
    """The prescriber's lists and the orders they sign, for one signed-in prescriber.

    The lists are read from the prescribing service in the background; a new, changed,
    renewed or stopped order is written in an :class:`OrderDialog`. Anyone without the
    prescriber's role gets :class:`PermissionDenied` (and the service refuses them too).
    """

    loaded = Signal(object)
    """A :class:`PrescriberOverview` is on screen."""

    def __init__(
        self,
        services: StationServices,
        session: Session,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        """Build the lists and read them in the background."""
        if not may_open_prescriber(session):
            raise PermissionDenied(
                "This needs the role prescriber.",
                code="access.role_required",
                roles="prescriber",
                username=session.user.username,
            )
        super().__init__(parent)
        self.setAccessibleName(self.tr("Prescriber's workspace"))
        counter = services.counter
        self.context = PrescriberContext(
            prescribing=services.prescribing,
            accounts=services.accounts,
            session=session,
            submit=submit,
            zone=counter.settings.zone,
            now=counter.clock,
        )
        self.overview: PrescriberOverview | None = None
        self.patients: dict[str, Patient] = {}
        self.orders: dict[str, Order] = {}
        self.dialog: OrderDialog | None = None
        self.closed = False
        self.loading = False
        self._shown_once = False
        self.heading = make_label(
            self.tr("Prescriber — {name}").format(name=session.user.display_name),
            self.tr("Prescriber's workspace"),
        )
        self.heading.setObjectName("heading")
        self.summary = make_label("", self.tr("What needs attention"))
        headers = self._headers()
        self.active_model = TextTableModel(headers)
        self.reviews_model = TextTableModel(headers)
        self.expiring_model = TextTableModel(headers)
        self.expired_model = TextTableModel(headers)
        self.active_view = make_table(
            self.active_model, self.tr("Patients and their active orders")
        )
        self.reviews_view = make_table(self.reviews_model, self.tr("Orders due for review"))
        self.expiring_view = make_table(self.expiring_model, self.tr("Orders expiring soon"))
        self.expired_view = make_table(self.expired_model, self.tr("Expired orders"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Prescriber's lists"))
        for view in self.views():
            self.tabs.addTab(view, "")
        self._build_buttons()
        self.message = MessageLabel(self.tr("Prescriber message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.details = make_label("", self.tr("The chosen order"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self._name_tabs(None)
        for view in self.views():
            view.selectionModel().currentRowChanged.connect(lambda *_args: self._show_details())
        self.tabs.currentChanged.connect(lambda _index: self._show_details())
        self.refresh()

    def _headers(self) -> list[str]:
        return [
            self.tr("Clinic id"),
            self.tr("Patient"),
            self.tr("Drug and form"),
            self.tr("Per session"),
            self.tr("Per day"),
            self.tr("Sessions"),
            self.tr("Minimum interval"),
            self.tr("Phase"),
            self.tr("Valid from"),
            self.tr("Valid until"),
            self.tr("Review on"),
            self.tr("Plan"),
            self.tr("Signed by"),
        ]

    def _build_buttons(self) -> None:
        self.new_button = make_button(self.tr("&New order…"), self.tr("Write a new order"))
        self.change_button = make_button(self.tr("&Change…"), self.tr("Change the chosen order"))
        self.renew_button = make_button(self.tr("&Renew…"), self.tr("Renew the chosen order"))
        self.stop_button = make_button(self.tr("S&top…"), self.tr("Stop the chosen order"))
        self.refresh_button = make_button(self.tr("Re&fresh"), self.tr("Read the lists again"))
        self.buttons = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.renew_button, self.stop_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.refresh_button)
        self.new_button.clicked.connect(lambda: self.open_order(OrderAction.NEW))
        self.change_button.clicked.connect(lambda: self.open_order(OrderAction.CHANGE))
        self.renew_button.clicked.connect(lambda: self.open_order(OrderAction.RENEW))
        self.stop_button.clicked.connect(lambda: self.open_order(OrderAction.STOP))
        self.refresh_button.clicked.connect(self.refresh)

    def views(self) -> tuple[QTableView, ...]:
        """The four lists, in tab order."""
        return (self.active_view, self.reviews_view, self.expiring_view, self.expired_view)

    def _name_tabs(self, overview: PrescriberOverview | None) -> None:
        counts = (
            (len(overview.reviews_due), len(overview.expiring), len(overview.expired))
            if overview is not None
            else (0, 0, 0)
        )
        days = overview.expiry_warning_days if overview is not None else 0
        titles = (
            self.tr("&1 Patients and active orders"),
            self.tr("&2 Reviews due ({n})").format(n=counts[0]),
            self.tr("&3 Expiring within {days} days ({n})").format(days=days, n=counts[1]),
            self.tr("&4 Expired ({n})").format(n=counts[2]),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the prescriber's overview again (in the background)."""
        if self.closed or self.loading:
            return
        self.loading = True
        prescribing, session = self.context.prescribing, self.context.session
        self.context.submit(
            lambda: prescribing.workspace(session), self._show, known_errors(self._failed, self)
        )

    def _show(self, overview: PrescriberOverview) -> None:
        self.loading = False
        if self.closed:
            return
        self.overview = overview
        self.patients = {entry.patient.patient_id: entry.patient for entry in overview.patients}
        orders = [order for entry in overview.patients for order in entry.active]
        orders += [*overview.reviews_due, *overview.expiring, *overview.expired]
        self.orders = {order.order_id: order for order in orders}
        review_ids = {order.order_id for order in overview.reviews_due}
        expiring_ids = {order.order_id for order in overview.expiring}
        rows: list[TextRow] = []
        for entry in overview.patients:
            if not entry.active:
                rows.append(self._patient_row(entry.patient))
            for order in entry.active:
                note = self._attention(order.order_id in review_ids, order.order_id in expiring_ids)
                rows.append(self._order_row(order, attention=bool(note), note=note))
        self.active_model.set_rows(rows)
        self.reviews_model.set_rows(
            [
                self._order_row(o, attention=True, note=self.tr("review due"))
                for o in overview.reviews_due
            ]
        )
        self.expiring_model.set_rows(
            [
                self._order_row(o, attention=True, note=self.tr("expiring"))
                for o in overview.expiring
            ]
        )
        self.expired_model.set_rows(
            [self._order_row(o, attention=True, note=self.tr("expired")) for o in overview.expired]
        )
        self._name_tabs(overview)
        active = sum(len(entry.active) for entry in overview.patients)
        self.summary.setText(
            self.tr(
                "{patients} patients, {active} active orders; {reviews} reviews due, "
                "{expiring} expiring within {days} days, {expired} expired (today {today})."
            ).format(
                patients=len(overview.patients),
                active=active,
                reviews=len(overview.reviews_due),
                expiring=len(overview.expiring),
                days=overview.expiry_warning_days,
                expired=len(overview.expired),
                today=day_text(overview.today),
            )
        )
        for view in self.views():
            if view.model().rowCount() and not view.currentIndex().isValid():
                view.selectRow(0)
        self._show_details()
        if self.dialog is None and not self._shown_once:
            self.current_view().setFocus()  # the keyboard starts in the list
        self._shown_once = True
        self.loaded.emit(overview)

    def _attention(self, review_due: bool, expiring: bool) -> str:
        notes = []
        if review_due:
            notes.append(self.tr("review due"))
        if expiring:
            notes.append(self.tr("expiring"))
        return ", ".join(notes)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if not self.closed:
            self.message.show_message(describe(error), "error")

    def _name(self, patient_id: str) -> tuple[str, str]:
        patient = self.patients.get(patient_id)
        if patient is None:
            return "—", self.tr("not on this station's roster")
        return patient.clinic_id, f"{patient.given_name} {patient.family_name}"

    def _patient_row(self, patient: Patient) -> TextRow:
        cells = (patient.clinic_id, f"{patient.given_name} {patient.family_name}")
        return TextRow(PATIENT_KEY + patient.patient_id, (*cells, self.tr("no signed order")))

    def plan_text(self, order: Order) -> str:
        """An order's plan in a few words ('+10 mg every 1 d to 200 mg')."""
        plan = order.plan
        if plan is None:
            return self.tr("none")
        if plan.kind is PlanKind.TITRATION:
            return self.tr("+{step} every {days} d up to {target}").format(
                step=plan.step_mg, days=plan.every_days, target=plan.target_mg
            )
        percent = plan.step_percent.normalize() if plan.step_percent is not None else "?"
        return self.tr("−{percent} % every {days} d down to {target}").format(
            percent=percent, days=plan.every_days, target=plan.target_mg
        )

    def _order_row(self, order: Order, *, attention: bool, note: str) -> TextRow:
        clinic_id, name = self._name(order.patient_id)
        cells = (
            clinic_id,
            name,
            drug_name(order.drug),
            str(order.max_per_session),
            str(order.max_per_day),
            str(order.sessions_per_day),
            interval_text(order.min_interval),
            phase_name(order.phase),
            day_text(order.valid_from),
            day_text(order.valid_until),
            day_text(order.review_on),
            self.plan_text(order),
            order.signed_by_name or self.tr("brought over, unsigned"),
        )
        return TextRow(order.order_id, cells, attention, note)

    # -- the chosen row ------------------------------------------------------------------------

    def _show_details(self) -> None:
        """Everything about the chosen order, below the list (its note and signature too)."""
        order = self.chosen_order()
        if order is None:
            patient = self.chosen_patient()
            self.details.setText(
                self.tr("{clinic_id}: no signed order active today.").format(
                    clinic_id=patient.clinic_id
                )
                if patient is not None
                else ""
            )
            return
        clinic_id, name = self._name(order.patient_id)
        signed = self.context.local(order.signed_at)
        self.details.setText(
            self.tr(
                "{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} "
                "sessions, interval {interval}; valid {start} to {end}; review {review}; plan: "
                "{plan}. Note for the counter: {note}. Version {version}, signed as prescribed "
                "by {signer} on {signed_day} at {signed_time}."
            ).format(
                clinic_id=clinic_id,
                name=name,
                drug=drug_name(order.drug),
                session=order.max_per_session,
                day=order.max_per_day,
                sessions=order.sessions_per_day,
                interval=interval_text(order.min_interval),
                start=day_text(order.valid_from),
                end=day_text(order.valid_until) if order.valid_until else self.tr("open-ended"),
                review=day_text(order.review_on),
                plan=self.plan_text(order),
                note=order.counter_note or "—",
                version=order.version,
                signer=order.signed_by_name,
                signed_day=day_text(signed.date()),
                signed_time=f"{signed:%H:%M}",
            )
        )

    def current_view(self) -> QTableView:
        """The list on the tab shown."""
        return self.views()[max(self.tabs.currentIndex(), 0)]

    def chosen_key(self) -> str | None:
        """The key of the chosen row of the list shown."""
        view = self.current_view()
        index = view.currentIndex()
        if not index.isValid():
            return None
        key = view.model().index(index.row(), 0).data(KEY_ROLE)
        return str(key) if key else None

    def chosen_order(self) -> Order | None:
        """The order of the chosen row (None: a patient without an order, or nothing chosen)."""
        key = self.chosen_key()
        return self.orders.get(key) if key is not None else None

    def chosen_patient(self) -> Patient | None:
        """The patient of the chosen row."""
        key = self.chosen_key()
        if key is None:
            return None
        if key.startswith(PATIENT_KEY):
            return self.patients.get(key.removeprefix(PATIENT_KEY))
        order = self.orders.get(key)
        return self.patients.get(order.patient_id) if order is not None else None

    # -- orders --------------------------------------------------------------------------------

    def open_order(self, action: OrderAction) -> OrderDialog | None:
        """Open the order dialog for ``action`` on the chosen row (window-modal)."""
        if self.closed or self.dialog is not None:
            return None
        order = self.chosen_order()
        if action is not OrderAction.NEW and order is None:
            self.message.show_message(self.tr("Choose an order in the list first."), "warning")
            self.current_view().setFocus()
            return None
        self.message.clear_message()
        patients = [entry.patient for entry in self.overview.patients] if self.overview else []
        dialog = OrderDialog(
            self.context,
            action,
            patients,
            patient=self.chosen_patient(),
            order=order if action is not OrderAction.NEW else None,
            parent=self,
        )
        dialog.signed.connect(self._on_signed)
        dialog.finished.connect(lambda _result: self._on_dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_signed(self, order: Order) -> None:
        self.message.show_message(
            self.tr("Order signed: version {version} by {name}.").format(
                version=order.version, name=order.signed_by_name
            ),
            "ok",
        )
        self.refresh()

    def _on_dialog_closed(self, dialog: OrderDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if not self.closed:
            self.current_view().setFocus()

    # -- the window's calls --------------------------------------------------------------------

    def in_progress(self) -> bool:
        """Whether an order is being written (the window keeps the language until it is done)."""
        return self.dialog is not None

    def handle_scan(self, scan: Scan) -> None:
        """A scan is not used here: say so."""
        del scan
        self.message.show_message(
            self.tr("Scans are not used in the prescriber's workspace."), "info"
        )

    def shut(self) -> None:
        """Forget answers that arrive after the workspace is gone."""
        self.closed = True
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()


class PrescriberWorkspaceDialog(QDialog):
    """The prescriber's workspace in a dialog, for a prescriber whose main screen is the counter.

    Window-modal; the window rejects and deletes it when the screen locks.
    """

    def __init__(
        self,
        services: StationServices,
        session: Session,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        """Build the workspace (it reads its lists in the background)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prescriber's workspace"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.workspace = PrescriberWorkspace(services, session, submit)
        self.close_button = make_button(
            self.tr("C&lose"), self.tr("Close the prescriber's workspace")
        )
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.workspace, 1)
        layout.addLayout(row)
        self.finished.connect(lambda _result: self.workspace.shut())
        self.resize(1200, 720)
