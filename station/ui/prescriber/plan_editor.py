"""The dose plan of an order: a titration or a taper, with the dated steps the domain computes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.domain.plans import DosePlan, PlanKind
from station.domain.quantities import Milligrams
from station.ui.messages import describe
from station.ui.prescriber.context import (
    MissingInput,
    buddy,
    day_text,
    make_day_field,
    parse_day,
    parse_decimal,
    parse_whole,
)
from station.ui.prescriber.models import TextRow, TextTableModel
from station.ui.widgets import MessageLabel, make_field, narrow_combo

PREVIEW_DAYS = 365
"""Without an end date the preview shows the plan's first year."""

KINDS: tuple[PlanKind | None, ...] = (None, PlanKind.TITRATION, PlanKind.TAPER)
"""The plan list's entries in order (None: no plan)."""


class PlanEditor(QGroupBox):
    """An optional dose plan: +X mg every N days up to Y, or −Z % every N days down to W.

    Nothing has a value until typed, except the first day (today). The preview is the
    domain's :meth:`DosePlan.steps`; whether the plan fits the order and the clinic's rules
    the service checks when the order is signed.
    """

    changed = Signal()
    """What was typed changed (the preview was computed again)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        """An empty plan editor ("no plan" chosen)."""
        super().__init__(parent)
        self.setTitle(self.tr("Dose plan (optional)"))
        self.until: date | None = None
        self.kind = narrow_combo(QComboBox(), 18)
        self.kind.setAccessibleName(self.tr("Dose plan"))
        for text in (
            self.tr("No plan"),
            self.tr("Titration: rise by mg"),
            self.tr("Taper: fall by percent"),
        ):
            self.kind.addItem(text)
        self.start_on = make_day_field(self.tr("Plan starts on"), today)
        self.start_mg = make_field(self.tr("First day's amount in mg"), self.tr("mg per day"))
        self.step_mg = make_field(self.tr("Rise per step in mg"), self.tr("mg"))
        self.step_percent = make_field(self.tr("Fall per step in percent"), self.tr("%"))
        self.every_days = make_field(self.tr("Days between steps"), self.tr("days"))
        self.target_mg = make_field(self.tr("Ceiling or floor in mg"), self.tr("mg per day"))
        self.steps_model = TextTableModel([self.tr("From"), self.tr("Daily cap")])
        self.steps = QTableView()
        self.steps.setModel(self.steps_model)
        self.steps.setAccessibleName(self.tr("Dated steps of the plan"))
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        self.steps.setMinimumHeight(140)
        self.steps.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users move on)
        self.message = MessageLabel(self.tr("Dose plan message"))
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._on_kind)
        for field in self._fields():
            field.textChanged.connect(self.refresh)
        self._on_kind(0)

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (
            self.start_on,
            self.start_mg,
            self.step_mg,
            self.step_percent,
            self.every_days,
            self.target_mg,
        )

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(buddy(self.tr("Dose p&lan"), self.kind), self.kind)
        self.form.addRow(buddy(self.tr("Plan s&tarts on"), self.start_on), self.start_on)
        self.form.addRow(buddy(self.tr("First day's &amount (mg)"), self.start_mg), self.start_mg)
        self.step_mg_label = buddy(self.tr("&Rise per step (mg)"), self.step_mg)
        self.form.addRow(self.step_mg_label, self.step_mg)
        self.step_percent_label = buddy(self.tr("Fall pe&r step (%)"), self.step_percent)
        self.form.addRow(self.step_percent_label, self.step_percent)
        self.form.addRow(buddy(self.tr("Step &every (days)"), self.every_days), self.every_days)
        self.target_label = buddy(self.tr("&Goes up to (mg per day)"), self.target_mg)
        self.form.addRow(self.target_label, self.target_mg)
        self.steps_label = buddy(self.tr("Dated steps of the pla&n"), self.steps)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)

    # -- the kind ------------------------------------------------------------------------------

    @property
    def plan_kind(self) -> PlanKind | None:
        """The kind chosen (None: no plan)."""
        index = self.kind.currentIndex()
        return KINDS[index] if 0 <= index < len(KINDS) else None

    def _on_kind(self, _index: int) -> None:
        kind = self.plan_kind
        for widget in (
            self.start_on,
            self.start_mg,
            self.every_days,
            self.target_mg,
            self.steps,
            self.steps_label,
        ):
            widget.setVisible(kind is not None)
        for row_widget in (self.form.labelForField(w) for w in self._fields()):
            if row_widget is not None:
                row_widget.setVisible(kind is not None)
        titration, taper = kind is PlanKind.TITRATION, kind is PlanKind.TAPER
        self.step_mg.setVisible(titration)
        self.step_mg_label.setVisible(titration)
        self.step_percent.setVisible(taper)
        self.step_percent_label.setVisible(taper)
        self.target_label.setText(
            self.tr("&Goes down to (mg per day)") if taper else self.tr("&Goes up to (mg per day)")
        )
        self.target_label.setAccessibleName(self.target_label.text().replace("&", ""))
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def set_until(self, until: date | None) -> None:
        """The order's last day: the preview runs to it (or a year on when there is none)."""
        self.until = until
        self.refresh()

    def show_plan(self, plan: DosePlan | None) -> None:
        """Fill the editor from an order's plan (to change or renew it)."""
        if plan is None:
            self.kind.setCurrentIndex(0)
            return
        self.kind.setCurrentIndex(KINDS.index(plan.kind))
        self.start_on.setText(day_text(plan.start_on))
        self.start_mg.setText(str(plan.start_mg.value))
        self.step_mg.setText(str(plan.step_mg.value) if plan.step_mg is not None else "")
        self.step_percent.setText(str(plan.step_percent) if plan.step_percent is not None else "")
        self.every_days.setText(str(plan.every_days))
        self.target_mg.setText(str(plan.target_mg.value))

    def _mg(self, field: QLineEdit, what: str) -> Milligrams:
        value = parse_decimal(field.text())
        if value is None:
            raise MissingInput(what, field)
        return Milligrams(value)

    def read(self) -> DosePlan | None:
        """The plan typed (None: no plan chosen).

        :class:`MissingInput` names an empty or unreadable field; the domain's ``PlanError``
        says what makes the typed plan impossible (a taper upwards, say).
        """
        kind = self.plan_kind
        if kind is None:
            return None
        start_on = parse_day(self.start_on.text())
        if start_on is None:
            raise MissingInput(self.tr("Type the day the plan starts (dd.mm.yyyy)."), self.start_on)
        start_mg = self._mg(self.start_mg, self.tr("Type the plan's first day's amount in mg."))
        step_mg: Milligrams | None = None
        step_percent = None
        if kind is PlanKind.TITRATION:
            step_mg = self._mg(self.step_mg, self.tr("Type how many mg the plan rises per step."))
        else:
            step_percent = parse_decimal(self.step_percent.text())
            if step_percent is None:
                raise MissingInput(
                    self.tr("Type by how many percent the plan falls per step."),
                    self.step_percent,
                )
        every_days = parse_whole(self.every_days.text())
        if every_days is None:
            raise MissingInput(
                self.tr("Type every how many days the plan takes a step."), self.every_days
            )
        target_mg = self._mg(
            self.target_mg,
            self.tr("Type the ceiling of the titration in mg per day.")
            if kind is PlanKind.TITRATION
            else self.tr("Type the floor of the taper in mg per day."),
        )
        return DosePlan(
            kind=kind,
            start_on=start_on,
            start_mg=start_mg,
            step_mg=step_mg,
            step_percent=step_percent,
            every_days=every_days,
            target_mg=target_mg,
        )

    def refresh(self) -> None:
        """Compute the dated steps again from what is typed (or say what is missing)."""
        rows: list[TextRow] = []
        self.message.clear_message()
        try:
            plan = self.read()
        except MissingInput as missing:
            if self.plan_kind is not None:
                self.message.show_message(missing.sentence, "info")
            plan = None
        except ValueError as error:  # the domain's PlanError (a DomainError) and Decimal's
            self.message.show_message(describe(error), "warning")
            plan = None
        if plan is not None:
            until = self.until or plan.start_on + timedelta(days=PREVIEW_DAYS)
            rows = [
                TextRow(day.isoformat(), (day_text(day), str(cap)))
                for day, cap in plan.steps(until)
            ]
            if not rows:
                self.message.show_message(
                    self.tr("The plan starts after the order's last day."), "warning"
                )
        self.steps_model.set_rows(rows)
        self.changed.emit()

    def clear_fields(self) -> None:
        """Back to "no plan" with every amount empty."""
        for field in self._fields()[1:]:
            field.clear()
        self.kind.setCurrentIndex(0)
