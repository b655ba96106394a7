"""Service errors carry a stable code and plain values; the store's errors leave with a code."""

from __future__ import annotations

import ast
import pickle
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import station.services
from station.domain.roles import Role
from station.services.accounts import StaffAdministration
from station.services.errors import ServiceError, as_service_error
from station.store.database import DiskFull, StoreError
from tests.services.conftest import Clinic

SERVICES = Path(station.services.__file__).resolve().parent
CODE = re.compile(r"^[a-z]+(\.[a-z_]+)+$")


@dataclass(frozen=True)
class Raised:
    """One construction of a service error in the source: where, its code, its value names."""

    where: str
    kind: str
    code: str | None
    params: frozenset[str]


def error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """ServiceError and every class that derives from it in the services, by name."""
    names = {"ServiceError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)
                ):
                    names.add(node.name)
                    grew = True
    return names


def raised_errors(root: Path = SERVICES) -> list[Raised]:
    """Every ``ServiceError(...)`` (or subclass) built under ``root``, errors.py aside.

    errors.py builds the store's and the domain's errors with the code it looked up.
    """
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))
    }
    kinds = error_classes(trees)
    found = []
    for path, tree in trees.items():
        if path.name == "errors.py":
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in kinds:
                continue
            keywords = {k.arg: k.value for k in node.keywords if k.arg is not None}
            code = keywords.get("code")
            literal = code.value if isinstance(code, ast.Constant) else None
            found.append(
                Raised(
                    f"{path.name}:{node.lineno}",
                    node.func.id,
                    literal if isinstance(literal, str) else None,
                    frozenset(keywords) - {"code", "rules_reasons", "zone"},
                )
            )
    return found


def test_every_service_error_is_built_with_a_literal_code() -> None:
    raised = raised_errors()
    assert len(raised) > 100, "the scan finds the services' raise sites"
    assert {r.kind for r in raised} >= {"ServiceError", "PermissionDenied", "CaFileProblem"}
    without = [r.where for r in raised if r.code is None]
    assert without == [], "each service error names its sentence by a literal code"
    misnamed = [(r.where, r.code) for r in raised if r.code and not CODE.match(r.code)]
    assert misnamed == [], "codes look like area.name_of_the_refusal"


def test_one_code_means_one_sentence_with_the_same_values() -> None:
    by_code: dict[str, set[frozenset[str]]] = {}
    for r in raised_errors():
        assert r.code is not None
        by_code.setdefault(r.code, set()).add(r.params)
    differing = {code: shapes for code, shapes in by_code.items() if len(shapes) > 1}
    assert differing == {}, "a code used twice gives the same values each time"


def test_a_service_error_keeps_its_english_sentence_code_and_values() -> None:
    error = ServiceError(
        "More than was prepared cannot be given: at most 12.5 mg went in.",
        code="counter.given_more_than_prepared",
        prepared=Decimal("12.5"),
    )
    assert str(error) == "More than was prepared cannot be given: at most 12.5 mg went in."
    assert error.code == "counter.given_more_than_prepared"
    assert dict(error.params) == {"prepared": Decimal("12.5")}
    assert not isinstance(error, StoreError), "a service error is no longer a store error"
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), again.code, dict(again.params)) == (
        ServiceError,
        str(error),
        error.code,
        dict(error.params),
    )


def test_a_store_refusal_leaves_the_service_with_a_code_and_its_cause(clinic: Clinic) -> None:
    staff = StaffAdministration(clinic.store)
    with pytest.raises(ServiceError, match="is taken") as taken:
        staff.add(clinic.admin, "nurse", "Another (fictional)", frozenset({Role.NURSE}), "x" * 20)
    assert taken.value.code == "store.refused"
    assert type(taken.value.__cause__) is StoreError
    assert taken.value.params["detail"] == str(taken.value.__cause__)


def test_a_full_disk_under_a_service_call_is_said_by_its_code(clinic: Clinic) -> None:
    patient = clinic.patient()
    connection = clinic.store._connection  # fault injection, as tests/store/test_disk_full does
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(ServiceError) as refused:
            clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "fictional " * 20_000)
    finally:
        connection.execute("PRAGMA max_page_count = 1073741823")
    assert refused.value.code == "store.disk_full"
    assert isinstance(refused.value.__cause__, DiskFull)
    assert "fictional" not in str(refused.value), "the refused text is not in the sentence"


def test_a_service_refusal_passes_the_edge_unchanged(clinic: Clinic) -> None:
    with pytest.raises(ServiceError) as refused:
        clinic.counter.set_stop_flag(clinic.lead, "no-such-patient", "  ")
    assert refused.value.code == "counter.stop_flag_reason_missing"
    assert refused.value.__cause__ is None


def test_the_store_and_domain_kinds_get_their_own_codes() -> None:
    from station.domain.errors import QuantityError
    from station.store.accounts import WrongCredentials

    assert as_service_error(WrongCredentials()).code == "store.wrong_password"
    assert as_service_error(QuantityError("no")).code == "domain.quantity"
    assert as_service_error(StoreError("no")).code == "store.refused"
