"""The bench's verdicts: a missed target or a figure not measured fails the run, a report never."""

from __future__ import annotations

import ast
import json
import math
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.__main__ import _run_module
from bench.core import (
    REPORT,
    Figure,
    State,
    exit_status,
    failures,
    ratio_figure,
    reported_figure,
    target_figure,
    unmeasured_figure,
)
from bench.readme import TABLE_END, TABLE_START, rewrite, section
from bench.shared import SharedBuilds

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _met() -> Figure:
    return ratio_figure("commit vs bare insert", 1.2, 1.0, "ms", 1.5)


def _missed() -> Figure:
    return ratio_figure("commit vs bare insert, loaded", 2.0, 1.0, "ms", 1.5)


def _postgres() -> Figure:
    return unmeasured_figure(
        "20 stations pushing at once, p50 (PostgreSQL)", "ms", REPORT, "no PostgreSQL"
    )


def _report() -> Figure:
    return reported_figure("rebuild from the log", 8000.0, 250_000.0, "events/s", "explains")


def test_a_run_whose_targets_all_hold_exits_zero() -> None:
    assert exit_status([_met(), _report()]) == 0


def test_a_missed_target_fails_the_run() -> None:
    figures = [_met(), _missed(), _report()]
    assert _missed().met is False and _missed().state is State.NOT_MET
    assert exit_status(figures) == 1
    assert [f.name for f in failures(figures)] == [_missed().name]


def test_a_figure_not_measured_is_never_met_and_fails_the_run() -> None:
    figure = _postgres()
    assert figure.met is None and not figure.measured and figure.value is None
    assert figure.state is State.NOT_MEASURED
    assert figure.as_json()["state"] == "NOT MEASURED"
    assert exit_status([_met(), figure]) == 1


def test_a_figure_the_run_was_told_to_skip_does_not_fail_it_when_not_measured() -> None:
    assert exit_status([_met(), _postgres()], may_skip=["postgresql"]) == 0
    # ... but a missed target still does, whatever is skipped.
    assert exit_status([_missed(), _postgres()], may_skip=["postgresql", "commit"]) == 1


def test_a_report_has_no_verdict_and_never_fails_the_run() -> None:
    figure = _report()
    assert figure.target == "report" and figure.met is None
    assert figure.state is State.REPORT
    assert exit_status([figure]) == 0


def test_a_run_without_figures_fails() -> None:
    assert exit_status([]) == 1


def test_a_verdict_that_contradicts_the_figure_is_refused() -> None:
    with pytest.raises(ValueError, match="no verdict"):
        Figure("rebuild", 1.0, "s", None, None, REPORT, True)
    with pytest.raises(ValueError, match="needs its verdict"):
        Figure("commit", 1.0, "ms", None, None, "<= 2 ms", None)
    with pytest.raises(ValueError, match="not measured"):
        Figure("push", None, "ms", None, None, "<= 2 ms", True, measured=False)
    with pytest.raises(ValueError, match="finite value"):
        Figure("push", math.nan, "ms", None, None, "<= 2 ms", False)


def test_a_target_is_judged_on_the_value() -> None:
    within = target_figure("stall", 40.0, "ms", 10.0, "< 50 ms", lambda v: v < 50)
    over = target_figure("stall", 60.0, "ms", 10.0, "< 50 ms", lambda v: v < 50)
    assert (within.met, over.met) == (True, False)
    assert within.ratio == 4.0


def test_json_keeps_the_fields_and_reads_back() -> None:
    figures = [_met(), _missed(), _postgres(), _report(), ratio_figure("x", 1.0, 0.0, "s", 2)]
    decoded = json.loads(json.dumps([f.as_json() for f in figures]))
    for item in decoded:
        assert {"name", "value", "unit", "baseline", "ratio", "target", "met"} <= set(item)
    assert decoded[-1]["ratio"] is None  # an infinite ratio is not valid JSON
    assert [Figure.from_json(item).state for item in decoded] == [f.state for f in figures]


def test_a_module_that_fails_gives_a_figure_not_measured() -> None:
    with SharedBuilds() as shared:
        (figure,) = _run_module("bench_no_such_module", quick=True, shared=shared)
    assert figure.state is State.NOT_MEASURED
    assert "ModuleNotFoundError" in figure.note
    assert figure.module == "no_such_module"


def _bench_sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text("utf-8"))) for path in sorted(BENCH.glob("*.py"))]


def test_no_verdict_is_written_into_the_bench() -> None:
    """``met`` comes from a measurement: figures are built by core.py's helpers, which compute
    it; no module builds a ``Figure`` itself, and core.py writes no literal True or False."""
    written = []
    for path, tree in _bench_sources():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Figure"):
                continue
            literal = any(
                k.arg == "met" and isinstance(k.value, ast.Constant) and k.value.value is not None
                for k in node.keywords
            ) or any(isinstance(a, ast.Constant) and isinstance(a.value, bool) for a in node.args)
            if path.name != "core.py" or literal:
                written.append(f"{path.name}:{node.lineno}")
    assert written == []


def test_the_bench_imports_nothing_from_the_tests() -> None:
    imports = []
    for path, tree in _bench_sources():
        for node in ast.walk(tree):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            imports += [f"{path.name}: {name}" for name in names if name.split(".")[0] == "tests"]
    assert imports == []


def test_the_readme_table_is_rewritten_between_its_markers_only() -> None:
    before = "# Title\n\nSome text.\n\n## Benchmarks\n\nIntro.\n\n"
    after = "\n\nProse after the table, kept as it is.\n"
    readme = f"{before}{TABLE_START}\n\n| old | table |\n\n{TABLE_END}{after}"
    figures = [_met(), _missed(), _postgres(), _report()]
    written = rewrite(readme, section(figures, 420.0, datetime(2031, 1, 1, tzinfo=UTC)))
    assert written.startswith(before + TABLE_START) and written.endswith(TABLE_END + after)
    assert "| old | table |" not in written
    rows = [line for line in written.splitlines() if line.startswith("| ")][1:]
    assert len(rows) == len(figures)
    assert rows[1].split(" | ")[5] == "**no**"
    assert "**not measured**" in rows[2] and rows[3].split(" | ")[5] == "–"
    assert "exit status 1" in written and "7.0 min" in written
    # Written twice, the table is the same: the markers survive the rewrite.
    again = rewrite(written, section(figures, 420.0, datetime(2031, 1, 1, tzinfo=UTC)))
    assert again == written
