"""Run every benchmark module (``bench/bench_*.py``) and print or emit its figures as JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Iterable

from bench.core import Figure


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print a JSON list of figures")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("only", nargs="*", help="module names, bench_ optional (default: all)")
    arguments = parser.parse_args(argv)
    figures: list[Figure] = []
    for name in _modules(arguments.only):
        module = importlib.import_module(f"bench.{name}")
        if not arguments.json:
            print(f"== {name} ==", file=sys.stderr)
        for figure in module.run(quick=arguments.quick):
            figures.append(figure)
            if not arguments.json:
                baseline = "-" if figure.baseline is None else f"{figure.baseline:.6g}"
                ratio = "-" if figure.ratio is None else f"{figure.ratio:.3g}"
                print(
                    f"{figure.name:<60} {figure.value:>12.6g} {figure.unit:<10} "
                    f"baseline {baseline:>10} ratio {ratio:>7}  target {figure.target:<22} "
                    f"{'met' if figure.met else 'NOT MET'}"
                    + (f"  ({figure.note})" if figure.note else "")
                )
    if arguments.json:
        print(json.dumps([figure.as_json() for figure in figures], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
