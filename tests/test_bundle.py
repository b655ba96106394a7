"""The PyInstaller recipe: it starts what pyproject names, and leaves out no Qt module we use.

The build itself (minutes) runs in ``.ci/bundle-smoke`` and in the slow test below
(``pytest -m slow tests/test_bundle.py``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def excluded_qt_modules() -> set[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "UNUSED_QT" for t in node.targets)
            and isinstance(node.value, ast.ListComp)
        ):
            names = node.value.generators[0].iter
            assert isinstance(names, ast.Tuple)
            return {f"PySide6.{element.value}" for element in names.elts}  # type: ignore[attr-defined]
    raise AssertionError("build.spec has no UNUSED_QT list")


def used_qt_modules() -> set[str]:
    pattern = re.compile(r"^\s*(?:from|import)\s+(PySide6\.\w+)", re.MULTILINE)
    used: set[str] = set()
    for path in (ROOT / "station").rglob("*.py"):
        used.update(pattern.findall(path.read_text(encoding="utf-8")))
    return used


def test_the_bundle_excludes_unused_qt_modules_but_none_the_station_imports() -> None:
    excluded = excluded_qt_modules()
    used = used_qt_modules()
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    assert {"PySide6.QtQml", "PySide6.QtWebEngineCore", "PySide6.QtNetwork"} <= excluded
    assert not used & excluded, (
        f"build.spec excludes Qt modules the station imports: {used & excluded}"
    )


def test_the_bundle_starts_the_program_pyproject_names() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "dosing-station" in project["scripts"]
    # The spec reads the entry point from pyproject at build time instead of naming a file.
    assert 'project["scripts"][PROGRAM]' in spec
    module, function = project["scripts"]["dosing-station"].split(":")
    source = ROOT / (module.replace(".", "/") + ".py")
    assert re.search(rf"^def {function}\(", source.read_text(encoding="utf-8"), re.MULTILINE)


@pytest.mark.slow
def test_the_bundle_builds_and_starts(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("builds the bundle (minutes): run with -m slow, or .ci/bundle-smoke")
    result = subprocess.run(
        [str(ROOT / ".ci" / "bundle-smoke"), str(tmp_path / "dist"), str(tmp_path / "work")],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke check passed" in result.stdout
