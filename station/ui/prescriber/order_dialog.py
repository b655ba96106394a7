"""The order dialog: a new, changed, renewed or stopped order, signed with the password."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.orders import Order, OrderAction
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Milligrams
from station.services.prescribing import OrderDraft
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.prescriber.context import (
    MissingInput,
    PrescriberContext,
    buddy,
    day_text,
    drug_name,
    make_day_field,
    parse_day,
    parse_decimal,
    parse_whole,
    phase_name,
)
from station.ui.prescriber.plan_editor import PlanEditor
from station.ui.widgets import (
    MessageLabel,
    VerticalScrollArea,
    make_button,
    make_field,
    make_label,
    narrow_combo,
)

DRUGS: tuple[Drug, ...] = (
    Drug.DIACETYLMORPHINE_IV,
    Drug.DIACETYLMORPHINE_IM,
    Drug.DIACETYLMORPHINE_ORAL,
    Drug.METHADONE_ORAL,
)
WIDE = 1180
"""The dialog's width with the plan beside the order (when the screen has room)."""
NARROW = 760
"""Its width with the plan below the order."""
PHASES: tuple[Phase, ...] = (Phase.INDUCTION, Phase.TITRATION, Phase.MAINTENANCE, Phase.TAPER)


class OrderDialog(QDialog):
    """Write one version of an order and sign it as prescribed.

    A new order starts empty (only the first valid day is today); a change, renewal or stop
    starts from the version in force. The dialog reads what was typed into an
    :class:`OrderDraft` and hands it, with the password, to the prescribing service in the
    background: every clinic rule is the service's. A refusal is said in the station's
    language and the form stays filled. Window-modal; the window rejects it on lock.
    """

    signed = Signal(object)
    """The service recorded the order: its signed :class:`Order` version."""

    def __init__(
        self,
        context: PrescriberContext,
        action: OrderAction,
        patients: Sequence[Patient],
        *,
        patient: Patient | None = None,
        order: Order | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form for ``action``; ``order``: the version it continues."""
        super().__init__(parent)
        self.context = context
        self.action = action
        self.order = order
        self.patients = list(patients)
        self.busy = False
        self.closed = False
        self.result_order: Order | None = None
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self._title())
        self.setAccessibleName(self.windowTitle())
        self._build_fields(context.today())
        self.plan = PlanEditor(context.today())
        self._build_signing()
        self._lay_out()
        self._fill(patient, order, context.today())
        self.finished.connect(self._on_finished)
        self._tab_order()
        area = self.screen().availableGeometry()
        width = WIDE if self.wide else min(NARROW, area.width() - 40)
        self.resize(width, min(760, area.height() - 60))

    def focus_chain(self) -> list[QWidget]:
        """Every control in the order Tab visits them (the order, the plan, the signature)."""
        plan = self.plan
        return [
            self.patient,
            self.drug,
            self.max_per_session,
            self.max_per_day,
            self.sessions_per_day,
            self.min_interval,
            self.valid_from,
            self.valid_until,
            self.open_ended,
            self.phase,
            self.review_on,
            self.counter_note,
            plan.kind,
            plan.start_on,
            plan.start_mg,
            plan.step_mg,
            plan.step_percent,
            plan.every_days,
            plan.target_mg,
            plan.steps,
            self.password,
            self.sign_button,
            self.close_button,
        ]

    def _tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _title(self) -> str:
        return {
            OrderAction.NEW: self.tr("New order"),
            OrderAction.CHANGE: self.tr("Change the order"),
            OrderAction.RENEW: self.tr("Renew the order"),
            OrderAction.STOP: self.tr("Stop the order"),
        }[self.action]

    # -- building ------------------------------------------------------------------------------

    def _build_fields(self, today: date) -> None:
        self.patient = narrow_combo(QComboBox(), 24)
        self.patient.setAccessibleName(self.tr("Patient"))
        self.patient.addItem(self.tr("Choose a patient"), None)
        for each in self.patients:
            self.patient.addItem(
                f"{each.clinic_id} — {each.given_name} {each.family_name}", each.patient_id
            )
        self.drug = narrow_combo(QComboBox(), 20)
        self.drug.setAccessibleName(self.tr("Drug and form"))
        self.drug.addItem(self.tr("Choose the drug and form"), None)
        for drug in DRUGS:
            self.drug.addItem(drug_name(drug), drug.value)
        self.max_per_session = make_field(self.tr("Per-session maximum in mg"), self.tr("mg"))
        self.max_per_day = make_field(self.tr("Daily maximum in mg"), self.tr("mg"))
        self.sessions_per_day = make_field(self.tr("Sessions per day"), self.tr("1 to 6"))
        self.min_interval = make_field(
            self.tr("Minimum interval between doses in minutes"),
            self.tr("empty: the clinic's default"),
        )
        self.valid_from = make_day_field(self.tr("Valid from"), today)
        self.valid_until = make_day_field(self.tr("Valid until (last day)"))
        self.open_ended = QCheckBox(self.tr("&Keep open-ended (no last day)"))
        self.open_ended.setAccessibleName(self.tr("Open-ended: the order has no last day"))
        self.phase = narrow_combo(QComboBox(), 14)
        self.phase.setAccessibleName(self.tr("Phase of treatment"))
        self.phase.addItem(self.tr("Choose the phase"), None)
        for phase in PHASES:
            self.phase.addItem(phase_name(phase), phase.value)
        self.review_on = make_day_field(self.tr("Review on"))
        self.counter_note = make_field(
            self.tr("Note for the counter"), self.tr("what the nurse should read at the counter")
        )
        self.open_ended.toggled.connect(self._on_open_ended)
        self.valid_until.textChanged.connect(self._on_until_typed)

    def _build_signing(self) -> None:
        self.signing = QGroupBox(self.tr("Signature"))
        self.meaning = make_label("", self.tr("What is signed"))
        self.password = make_field(self.tr("Your password, to sign as prescribed"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_button = make_button(
            self.tr("Sign as prescri&bed"), self.tr("Sign the order as prescribed")
        )
        self.signature = make_label("", self.tr("The signature recorded"))
        self.signature.setObjectName("heading")
        self.signature.hide()
        form = QFormLayout()
        form.addRow(buddy(self.tr("Your pass&word"), self.password), self.password)
        layout = QVBoxLayout(self.signing)
        layout.addWidget(self.meaning)
        layout.addLayout(form)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.signature)
        self.meaning.setText(
            self.tr(
                'You sign this order with the meaning "prescribed", as {name}; the time of '
                "signing is recorded with it."
            ).format(name=self.context.session.user.display_name)
        )
        self.password.returnPressed.connect(self.sign)
        self.sign_button.clicked.connect(self.sign)

    def _lay_out(self) -> None:
        self.heading = make_label("", self.tr("Order"))
        self.heading.setObjectName("heading")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(buddy(self.tr("&Patient"), self.patient), self.patient)
        form.addRow(buddy(self.tr("&Drug and form"), self.drug), self.drug)
        form.addRow(
            buddy(self.tr("Per-&session maximum (mg)"), self.max_per_session), self.max_per_session
        )
        form.addRow(buddy(self.tr("Daily ma&ximum (mg)"), self.max_per_day), self.max_per_day)
        form.addRow(
            buddy(self.tr("Sessions per da&y"), self.sessions_per_day), self.sessions_per_day
        )
        form.addRow(buddy(self.tr("&Minimum interval (min)"), self.min_interval), self.min_interval)
        form.addRow(buddy(self.tr("Valid &from"), self.valid_from), self.valid_from)
        form.addRow(buddy(self.tr("Valid &until (last day)"), self.valid_until), self.valid_until)
        form.addRow(self.open_ended)
        form.addRow(buddy(self.tr("P&hase"), self.phase), self.phase)
        form.addRow(buddy(self.tr("Re&view on"), self.review_on), self.review_on)
        form.addRow(buddy(self.tr("Note for the &counter"), self.counter_note), self.counter_note)
        self.order_box = QGroupBox(self.tr("Order"))
        self.order_box.setLayout(form)
        content = QWidget()
        column = QVBoxLayout()
        column.addWidget(self.order_box)
        column.addStretch(1)
        # On a wide screen the plan and its steps sit beside the order, all in view; on a
        # narrow one below it (the form scrolls up and down, never sideways).
        self.wide = self.screen().availableGeometry().width() >= WIDE + 60
        row = QHBoxLayout() if self.wide else QVBoxLayout()
        row.addLayout(column, 1)
        row.addWidget(self.plan, 1)
        outer = QVBoxLayout(content)
        outer.addWidget(self.heading)
        outer.addLayout(row, 1)
        scroll = VerticalScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.message = MessageLabel(self.tr("Order message"))
        self.close_button = make_button(self.tr("Cl&ose"), self.tr("Close the order dialog"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.signing)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- filling -------------------------------------------------------------------------------

    def _fill(self, patient: Patient | None, order: Order | None, today: date) -> None:
        chosen = (
            patient.patient_id if patient is not None else (order.patient_id if order else None)
        )
        if chosen is not None:
            index = self.patient.findData(chosen)
            if index < 0 and patient is not None:
                self.patient.addItem(
                    f"{patient.clinic_id} — {patient.given_name} {patient.family_name}",
                    patient.patient_id,
                )
                index = self.patient.count() - 1
            self.patient.setCurrentIndex(max(index, 0))
        if self.action is not OrderAction.NEW:
            self.patient.setEnabled(False)  # a version continues its order, for its patient
        if order is None:
            self.heading.setText(self.tr("A new order: check it, then sign it below."))
            (self.patient if chosen is None else self.drug).setFocus()
            return
        self.heading.setText(
            self.tr("{what} of {drug}, version {version} signed by {name} on {day}.").format(
                what=self._title(),
                drug=drug_name(order.drug),
                version=order.version,
                name=order.signed_by_name,
                day=day_text(self.context.local(order.signed_at).date()),
            )
        )
        self.drug.setCurrentIndex(self.drug.findData(order.drug.value))
        self.drug.setEnabled(False)  # an order is for one drug; another drug is a new order
        self.max_per_session.setText(str(order.max_per_session.value))
        self.max_per_day.setText(str(order.max_per_day.value))
        self.sessions_per_day.setText(str(order.sessions_per_day))
        if order.min_interval is not None:
            self.min_interval.setText(str(int(order.min_interval.total_seconds() // 60)))
        self.phase.setCurrentIndex(self.phase.findData(order.phase.value))
        self.review_on.setText(day_text(order.review_on) if order.review_on else "")
        self.counter_note.setText(order.counter_note)
        self.plan.show_plan(order.plan)
        if self.action is OrderAction.CHANGE:
            self.valid_from.setText(day_text(max(order.valid_from, today)))
            self._show_until(order.valid_until)
            self.max_per_session.setFocus()
        elif self.action is OrderAction.RENEW:
            after = order.valid_until + timedelta(days=1) if order.valid_until else today
            self.valid_from.setText(day_text(max(after, today)))
            self.valid_until.clear()  # a renewal's last day is typed anew
            self.valid_until.setFocus()
        else:  # a stop: the order as it is, its last day typed (empty: ends today)
            self.valid_from.setText(day_text(order.valid_from))
            self.valid_until.clear()
            self.valid_until.setPlaceholderText(self.tr("empty: the order ends today"))
            for field in (
                self.max_per_session,
                self.max_per_day,
                self.sessions_per_day,
                self.min_interval,
                self.valid_from,
                self.review_on,
            ):
                field.setReadOnly(True)
            self.phase.setEnabled(False)
            self.open_ended.hide()
            self.plan.setEnabled(False)
            self.valid_until.setFocus()

    def _show_until(self, until: date | None) -> None:
        if until is None:
            self.open_ended.setChecked(True)
        else:
            self.valid_until.setText(day_text(until))

    def _on_open_ended(self, checked: bool) -> None:
        if checked:
            self.valid_until.clear()
        self.valid_until.setEnabled(not checked)
        self.plan.set_until(None)

    def _on_until_typed(self, text: str) -> None:
        self.plan.set_until(parse_day(text))

    # -- reading and signing -------------------------------------------------------------------

    def _mg(self, field: QLineEdit, sentence: str) -> Milligrams:
        value = parse_decimal(field.text())
        if value is None:
            raise MissingInput(sentence, field)
        return Milligrams(value)

    def _chosen(self, combo: QComboBox, sentence: str) -> str:
        value = combo.currentData()
        if not value:
            raise MissingInput(sentence, combo)
        return str(value)

    def read_draft(self) -> OrderDraft:
        """What was typed, as a draft for the service (:class:`MissingInput` when unreadable).

        Only whether each field can be read is checked here; the service checks the rest.
        """
        patient_id = self._chosen(self.patient, self.tr("Choose the patient."))
        drug = Drug(self._chosen(self.drug, self.tr("Choose the drug and form.")))
        per_session = self._mg(self.max_per_session, self.tr("Type the per-session maximum in mg."))
        per_day = self._mg(self.max_per_day, self.tr("Type the daily maximum in mg."))
        sessions = parse_whole(self.sessions_per_day.text())
        if sessions is None:
            raise MissingInput(
                self.tr("Type the number of sessions per day."), self.sessions_per_day
            )
        interval: timedelta | None = None
        if self.min_interval.text().strip():
            minutes = parse_whole(self.min_interval.text())
            if minutes is None:
                raise MissingInput(
                    self.tr("Type the minimum interval in whole minutes, or leave it empty."),
                    self.min_interval,
                )
            interval = timedelta(minutes=minutes)
        valid_from = parse_day(self.valid_from.text())
        if valid_from is None:
            raise MissingInput(self.tr("Type the first valid day (dd.mm.yyyy)."), self.valid_from)
        valid_until = parse_day(self.valid_until.text())
        if valid_until is None and self.valid_until.text().strip():
            raise MissingInput(self.tr("Type the last valid day as dd.mm.yyyy."), self.valid_until)
        open_ended = self.open_ended.isChecked() or self.action is OrderAction.STOP
        if valid_until is None and not open_ended:
            raise MissingInput(
                self.tr('Type the last valid day, or tick "Keep open-ended".'), self.valid_until
            )
        phase = Phase(self._chosen(self.phase, self.tr("Choose the phase of treatment.")))
        review_on = parse_day(self.review_on.text())
        if review_on is None and self.review_on.text().strip():
            raise MissingInput(self.tr("Type the review day as dd.mm.yyyy."), self.review_on)
        if self.action is OrderAction.STOP:  # a stop ends the order as it is, plan and all
            plan = self.order.plan if self.order is not None else None
        else:
            plan = self.plan.read()
        return OrderDraft(
            patient_id=patient_id,
            drug=drug,
            max_per_session=per_session,
            max_per_day=per_day,
            sessions_per_day=sessions,
            min_interval=interval,
            valid_from=valid_from,
            valid_until=valid_until,
            phase=phase,
            counter_note=self.counter_note.text().strip(),
            review_on=review_on,
            plan=plan,
            action=self.action,
            order_id=self.order.order_id if self.order is not None else None,
        )

    def sign(self) -> None:
        """Hand the draft and the password to the service (in the background)."""
        if self.busy or self.closed or self.result_order is not None:
            return
        self.message.clear_message()
        try:
            draft = self.read_draft()
        except MissingInput as missing:
            self.message.show_message(missing.sentence, "warning")
            missing.field.setFocus()
            return
        except ValueError as error:  # an amount or plan the domain cannot take
            self.message.show_message(describe(error), "error")
            return
        password = self.password.text()
        if not password:
            self.message.show_message(
                self.tr("Type your password to sign the order as prescribed."), "warning"
            )
            self.password.setFocus()
            return
        self.busy = True
        self.sign_button.setEnabled(False)
        prescribing, session = self.context.prescribing, self.context.session
        self.context.submit(
            lambda: prescribing.sign_order(session, draft, password),
            self._on_signed,
            known_errors(self._on_refused, self),
        )

    def _on_signed(self, order: Order) -> None:
        self.busy = False
        self.password.clear()
        if self.closed:
            return
        self.result_order = order
        self.signature.setText(
            self.tr(
                'Signed with the meaning "prescribed" by {name} on {day} at {time}: '
                "order version {version}."
            ).format(
                name=order.signed_by_name,
                day=day_text(self.context.local(order.signed_at).date()),
                time=f"{self.context.local(order.signed_at):%H:%M}",
                version=order.version,
            )
        )
        self.signature.show()
        for widget in (self.order_box, self.plan, self.password, self.sign_button):
            widget.setEnabled(False)
        self.message.show_message(self.tr("The order is signed and recorded."), "ok")
        self.close_button.setFocus()
        self.signed.emit(order)

    def _on_refused(self, error: BaseException) -> None:
        self.busy = False
        self.password.clear()
        if self.closed:
            return
        self.sign_button.setEnabled(True)
        self.message.show_message(describe(error), "error")
        self.password.setFocus()

    # -- keyboard and closing ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter presses the focused button only (in the password field it signs)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(self.focusWidget(), QAbstractButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_finished(self, _result: int) -> None:
        self.closed = True
        self.password.clear()
