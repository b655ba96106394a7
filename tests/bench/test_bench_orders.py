"""The bench's figure for signing an order is measured beside a dose commit in the same run."""

from __future__ import annotations

from pathlib import Path

from bench import bench_orders
from bench.core import State


def test_signing_an_order_is_measured_beside_a_dose_commit(tmp_path: Path) -> None:
    (figure,) = bench_orders._measure(tmp_path, 3)
    assert figure.name == "Signing an order vs a dose commit"
    assert figure.measured and figure.baseline is not None and figure.baseline > 0
    assert figure.target == f"ratio <= {bench_orders.MAX_RATIO}"
    assert figure.state in (State.MET, State.NOT_MET)
