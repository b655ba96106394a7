"""Run every benchmark module (``bench/bench_*.py``); exit 1 when a figure misses its target."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import importlib
import json
import pkgutil
import sys
import time
import traceback
from collections.abc import Iterable

from bench.core import Figure, State, exit_status, failures, unmeasured_figure
from bench.shared import SharedBuilds


def _modules(selected: Iterable[str]) -> list[str]:
    wanted = set(selected)
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(__import__("bench").__path__)
        if info.name.startswith("bench_")
    )
    return [
        name
        for name in names
        if not wanted or name in wanted or name.removeprefix("bench_") in wanted
    ]


def _run_module(name: str, quick: bool, shared: SharedBuilds) -> list[Figure]:
    """The module's figures, each marked with the module's short name; a module that fails
    gives one figure, not measured, naming the error (its traceback goes to stderr)."""
    short = name.removeprefix("bench_")
    # Each module starts without the garbage of the one before, and what the run keeps alive
    # (the shared year's builds, the modules already run) is set aside from the collector: a
    # collection walking the bench's own millions of objects inside a timed stretch is no
    # figure of the station's.
    gc.collect()
    gc.freeze()
    try:
        module = importlib.import_module(f"bench.{name}")
        with contextlib.redirect_stdout(sys.stderr):  # stdout is for the figures alone
            figures = list(module.run(quick=quick, shared=shared))
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        figures = [
            unmeasured_figure(
                f"{short}: every figure of the module",
                "-",
                "every target of the module",
                f"the module failed: {type(error).__name__}: {error}",
            )
        ]
    return [dataclasses.replace(figure, module=short) for figure in figures]


def _line(figure: Figure) -> str:
    value = "-" if figure.value is None else f"{figure.value:.6g}"
    baseline = "-" if figure.baseline is None else f"{figure.baseline:.6g}"
    ratio = "-" if figure.ratio is None else f"{figure.ratio:.3g}"
    return (
        f"{figure.name:<60} {value:>12} {figure.unit:<10} "
        f"baseline {baseline:>10} ratio {ratio:>7}  target {figure.target:<22} "
        f"{figure.state.value}" + (f"  ({figure.note})" if figure.note else "")
    )


def main(argv: list[str] | None = None) -> int:
    """Run the selected modules, print their figures, return the exit status.

    A figure that could not be measured (its module failed, PostgreSQL absent, no reading
    arrived) is reported as NOT MEASURED and fails the run too, unless ``--skip`` names it.
    """
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run the benchmarks, each figure beside a baseline measured in the same "
        "run. Exit status 1 when a figure misses its target or could not be measured (unless "
        "--skip names it).",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of figures")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="TEXT",
        help="a figure whose name contains TEXT may go unmeasured (e.g. 'PostgreSQL' on a "
        "machine without it): still reported NOT MEASURED, but not a failure",
    )
    parser.add_argument("only", nargs="*", help="module names, bench_ optional (default: all)")
    arguments = parser.parse_args(argv)
    figures: list[Figure] = []
    started = time.perf_counter()
    with SharedBuilds() as shared:  # what several modules measure on, built once
        for name in _modules(arguments.only):
            print(f"== {name} ==", file=sys.stderr, flush=True)
            module_started = time.perf_counter()
            for figure in _run_module(name, arguments.quick, shared):
                figures.append(figure)
                if not arguments.json:
                    print(_line(figure), flush=True)
            print(f"   ({time.perf_counter() - module_started:.0f} s)", file=sys.stderr, flush=True)
    if arguments.json:
        print(json.dumps([figure.as_json() for figure in figures], indent=2))
    status = exit_status(figures, arguments.skip)
    counts = {state: sum(1 for f in figures if f.state is state) for state in State}
    print(
        f"{len(figures)} figures in {time.perf_counter() - started:.0f} s: "
        + ", ".join(f"{counts[state]} {state.value}" for state in State)
        + f"; exit status {status}",
        file=sys.stderr,
    )
    for figure in failures(figures, arguments.skip):
        print(f"  failed: {figure.name} ({figure.state.value})", file=sys.stderr)
    if not figures:
        print("  no module matched", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
