"""Modules stay small: none over 1,000 lines under station/, sync/, devices/; a server part 420.

``docs/architecture.md`` states the rule. A module over it would be named below with its size
then, and could not grow past it; once split under the limit it must leave the list (the test
says so), so the list only ever shrinks. The last one (the observation board) was split: none.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("station", "sync", "devices")
MODULE_LIMIT = 1000
SERVER_PART_LIMIT = 420
SERVER = "sync/server"

OVER_THE_LIMIT_TODAY: dict[str, int] = {}
"""Modules over their limit when this test was written, with their size then (split them)."""


def limit_of(relative: str) -> int:
    """The most lines a module may have: a server part 420, any other module 1,000."""
    return SERVER_PART_LIMIT if relative.startswith(f"{SERVER}/") else MODULE_LIMIT


def module_sizes() -> dict[str, int]:
    """Lines of every Python module under the packages, by path from the project's root."""
    return {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def offenders(sizes: dict[str, int], held: dict[str, int] | None = None) -> list[str]:
    """Modules over their limit (or, for one ``held`` over it, over its size then)."""
    held = OVER_THE_LIMIT_TODAY if held is None else held
    allowed = {relative: max(limit_of(relative), held.get(relative, 0)) for relative in sizes}
    return [
        f"{relative}: {lines} lines (limit {allowed[relative]})"
        for relative, lines in sorted(sizes.items())
        if lines > allowed[relative]
    ]


def test_no_module_is_over_its_limit() -> None:
    sizes = module_sizes()
    assert len(sizes) > 100  # the packages were found
    found = offenders(sizes)
    assert found == [], (
        "Split these modules by concern behind the same door (docs/architecture.md, Size):\n"
        + "\n".join(found)
    )


def test_a_module_split_under_its_limit_leaves_the_list() -> None:
    sizes = module_sizes()
    done = [
        f"{relative}: now {sizes.get(relative, 0)} lines"
        for relative in OVER_THE_LIMIT_TODAY
        if sizes.get(relative, 0) <= limit_of(relative)
    ]
    assert done == [], "Take these out of OVER_THE_LIMIT_TODAY:\n" + "\n".join(done)


def test_the_check_names_a_module_over_the_limit_and_a_server_part_over_420() -> None:
    sizes = {
        "station/ui/big_window.py": 1001,
        "station/ui/fine.py": 1000,
        "sync/server/big_part.py": 421,
        "sync/server/fine_part.py": 420,
        "sync/client/engine.py": 900,
        "station/services/held.py": 1201,
    }
    assert offenders(sizes, held={"station/services/held.py": 1200}) == [
        "station/services/held.py: 1201 lines (limit 1200)",
        "station/ui/big_window.py: 1001 lines (limit 1000)",
        "sync/server/big_part.py: 421 lines (limit 420)",
    ]
