"""Run the real ``dosing-station`` console command in a subprocess, as staff would."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

_SCRIPT = Path(sys.executable).with_name("dosing-station")
COMMAND = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from station.cli import main; sys.exit(main())"]
)
ADMIN_PASSWORD = "admin-pass-fictional"
_OUR_VARIABLES = (
    "HAT_USER",
    "HAT_PASSWORD",
    "HAT_NEW_PASSWORD",
    "HAT_ADMIN_PASSWORD",
    "HAT_RECOVERY_CODE",
    "HAT_ENROLL_CODE",
    "PYTHONDONTWRITEBYTECODE",
)
_PYCACHE = Path(tempfile.gettempdir()) / f"hat-cli-tests-pycache-{os.getuid()}"


@dataclass(frozen=True)
class Result:
    """What the person at the terminal sees."""

    code: int
    out: str
    err: str

    def one_clear_line(self, *words: str) -> None:
        """A refusal: non-zero exit, one line on stderr saying ``words``, no traceback."""
        assert self.code != 0, self.out
        assert "Traceback" not in self.err + self.out, self.err
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        for word in words:
            assert word in lines[0], lines[0]


Runner = Callable[..., Result]


def make_runner(home: Path) -> Runner:
    """A runner with the cheap test key derivation and a private home folder."""

    def run(*args: str, timeout: float = 120, **env: str) -> Result:
        # Nothing of ours leaks in from the test process: another test may have set one of our
        # variables (a server key file, say) while the demo runs in the background.
        environment = {
            k: v
            for k, v in os.environ.items()
            if k not in _OUR_VARIABLES and not k.startswith("HAT_")
        }
        environment.update(
            HAT_INSECURE_TEST_KDF="1",
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            # Compiled modules go to a private cache (never into the repository), so that
            # each command does not compile the station from source again.
            PYTHONPYCACHEPREFIX=str(_PYCACHE),
        )
        environment.update(env)
        completed = subprocess.run(
            [*COMMAND, *args],
            env=environment,
            stdin=subprocess.DEVNULL,  # a forgotten prompt fails instead of hanging
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return Result(completed.returncode, completed.stdout, completed.stderr)

    return run


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    """Run ``dosing-station`` with arguments and extra environment variables."""
    return make_runner(tmp_path / "home")


DEMO_IN_BACKGROUND: pytest.StashKey[Future[Any]] = pytest.StashKey()
_BACKGROUND = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-runs")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the demo tests last, so the background demo overlaps the other tests."""
    items.sort(key=lambda item: item.path.name == "test_cli_demo.py")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the two demo runs at once when demo tests were collected (they mostly wait)."""
    if not any(item.path.name == "test_cli_demo.py" for item in session.items):
        return
    from tests.cli.test_cli_demo import run_demo_twice

    base = session.config._tmp_path_factory.mktemp("demo")  # type: ignore[attr-defined]
    session.config.stash[DEMO_IN_BACKGROUND] = _BACKGROUND.submit(run_demo_twice, base)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Never leave the background demo running."""
    started = session.config.stash.get(DEMO_IN_BACKGROUND, None)
    if started is not None:
        started.cancel()
    _BACKGROUND.shutdown(wait=True)
