"""Every Qt model of the window passes ``qtmodeltester``, filled with real data and reset.

The register's model (``RegisterModel``, the only Qt model under ``station/ui``) is filled as
the register page fills it, from the pharmacy service on a demo store with its solution batch:
as loaded, after a correction, for one batch only, and empty. Qt's own tester and pytest-qt's
stay attached, so every reset on the way is checked again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from station.demo.environment import DemoEnvironment
from station.demo.profile import demo_password
from station.services.pharmacy import PharmacyService
from station.store.crypto import TEST_KDF
from station.store.store import Session
from station.ui.pharmacy.register_model import NOTES_COLUMN, RegisterModel

SUBSTANCE = "diacetylmorphine"


def qt_models_under_ui() -> set[str]:
    """Names of the classes under ``station/ui`` that subclass one of Qt's item models."""
    root = Path(__file__).resolve().parents[2] / "station" / "ui"
    bases = ("QAbstractTableModel", "QAbstractItemModel", "QAbstractListModel")
    found = set()
    for path in root.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("class ") and any(f"({base})" in line for base in bases):
                found.add(line.split()[1].split("(")[0])
    return found


def test_every_qt_model_under_the_ui_is_checked_here() -> None:
    """A new Qt model gets its ``qtmodeltester`` test in this file (or names it here)."""
    # TextTableModel (the prescriber's lists and a plan's steps): test_prescriber_workspace.py
    # QueueModel and AbsentModel (issue 16) are checked in tests/ui/test_queue_view.py and
    # tests/ui/test_absent_view.py.
    assert qt_models_under_ui() == {"RegisterModel", "TextTableModel", "QueueModel", "AbsentModel"}


@pytest.fixture
def pharmacy(tmp_path: Path) -> Iterator[tuple[Session, PharmacyService]]:
    """The demo profile with its solution batch: received packs, a reconstitution, a residue."""
    demo = DemoEnvironment(tmp_path / "demo", 2, kdf=TEST_KDF)
    store = demo.open_store()
    try:
        assert demo.ensure_solution_batch() is not None
        pharmacist = store.unlock("pharmacist", demo_password("pharmacist"))
        yield pharmacist, PharmacyService(store)
    finally:
        store.close()


def model_tested(tester: ModelTester, model: QAbstractItemModel, *, force_py: bool) -> None:
    """``qtmodeltester.check`` (pytest-qt leaves it untyped): Qt's C++ tester or pytest-qt's."""
    tester.check(model, force_py=force_py)  # type: ignore[no-untyped-call]


@contextmanager
def counted_resets(model: RegisterModel) -> Iterator[list[int]]:
    """How many model resets the block made (one list item, filled when the block ends)."""
    resets: list[int] = []
    count = [0]

    def reset() -> None:
        count[0] += 1

    model.modelReset.connect(reset)
    try:
        yield resets
    finally:
        model.modelReset.disconnect(reset)
        resets.append(count[0])


def fill(
    model: RegisterModel, service: PharmacyService, session: Session, batch: str | None = None
) -> None:
    """Load the register as the register page does (rows, their text, corrected entries)."""
    rows = service.register(session, SUBSTANCE, batch)
    corrected = frozenset(number for number, row in enumerate(rows) if row.line.notes)
    model.set_rows(service.register_table(rows), corrected)


def test_the_registers_model_passes_the_model_tester_as_loaded_corrected_and_reset(
    qtmodeltester: ModelTester, pharmacy: tuple[Session, PharmacyService]
) -> None:
    pharmacist, service = pharmacy
    model = RegisterModel([f"column {number}" for number in range(NOTES_COLUMN + 1)])
    fill(model, service, pharmacist)
    entries = model.rowCount()
    assert entries >= 2  # received, reconstituted

    model_tested(
        qtmodeltester, model, force_py=False
    )  # Qt's own QAbstractItemModelTester (a warning fails the test)
    model_tested(qtmodeltester, model, force_py=True)  # pytest-qt's
    # Both stay connected from here on: every reset below is checked again by each.
    assert model.headerData(NOTES_COLUMN, Qt.Orientation.Horizontal) == "column 10"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"

    # A correction: the register is read again and the model reset once, notes cell coloured.
    first = service.register(pharmacist, SUBSTANCE)[0]
    service.correct(pharmacist, first.line.movement.movement_id, "count typed twice (test)")
    with counted_resets(model) as resets:
        fill(model, service, pharmacist)
    assert resets == [1]
    assert "typed twice" in model.text(0, NOTES_COLUMN)
    notes = model.index(0, NOTES_COLUMN)
    assert isinstance(model.data(notes, Qt.ItemDataRole.BackgroundRole), QColor)
    assert "typed twice" in str(model.data(notes, Qt.ItemDataRole.ToolTipRole))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None

    # One batch only, then nothing: each a reset the testers followed.
    batches = [item.container.container_id for item in service.balances(pharmacist)]
    fill(model, service, pharmacist, batches[-1])
    assert 0 < model.rowCount() <= entries + 1
    model.set_rows([], frozenset())
    assert model.rowCount() == 0
    fill(model, service, pharmacist)
    assert model.rowCount() == entries + 1  # the correction is an entry of its own


def test_an_empty_register_model_is_a_valid_model(qtmodeltester: ModelTester) -> None:
    model = RegisterModel(["No.", "Date"])
    model_tested(qtmodeltester, model, force_py=True)
    assert isinstance(model, QAbstractItemModel)
    assert model.rowCount() == 0 and model.columnCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.text(3, 1) == ""
