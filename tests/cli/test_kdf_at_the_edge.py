"""HAT_INSECURE_TEST_KDF at the edge: init refuses it, the demo says so, a station is calibrated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from station import cli
from station.cli import GuiRequest
from station.store.crypto import DEFAULT_KDF, TEST_KDF
from station.store.store import Store
from tests.cli.conftest import ADMIN_PASSWORD, Runner


def test_init_refuses_to_make_a_station_profile_with_the_test_derivation(
    run: Runner, tmp_path: Path
) -> None:
    """A variable left over from a test shell never gives real patients' data a cheap key."""
    data_dir = tmp_path / "station"
    result = run(
        "init",
        "--data-dir",
        str(data_dir),
        "--station-name",
        "Edge counter (fictional)",
        "--admin-username",
        "admin",
        "--admin-name",
        "Asta Fiktiv",
        HAT_ADMIN_PASSWORD=ADMIN_PASSWORD,
        HAT_INSECURE_TEST_KDF="1",
    )
    result.one_clear_line("HAT_INSECURE_TEST_KDF", "never", "unset")
    assert "Recovery code" not in result.out
    assert not Store.exists(data_dir)

    made = run(
        "init",
        "--data-dir",
        str(data_dir),
        "--station-name",
        "Edge counter (fictional)",
        "--admin-username",
        "admin",
        "--admin-name",
        "Asta Fiktiv",
        HAT_ADMIN_PASSWORD=ADMIN_PASSWORD,
        HAT_INSECURE_TEST_KDF="0",
    )
    assert made.code == 0, made.err
    store = Store.open(data_dir)
    try:
        kdf = store.kdf()
    finally:
        store.close()
    # Calibrated on this machine: the default memory and lanes, at least the default passes.
    assert kdf != TEST_KDF
    assert DEFAULT_KDF.same_family(kdf) and kdf.iterations >= DEFAULT_KDF.iterations


@pytest.fixture
def requests() -> Iterator[list[GuiRequest]]:
    seen: list[GuiRequest] = []

    def launcher(request: GuiRequest) -> int:
        seen.append(request)
        return 0

    cli.set_gui_launcher(launcher)
    try:
        yield seen
    finally:
        cli.set_gui_launcher(None)


@pytest.mark.parametrize("args", [["--demo"], ["demo"], ["demo", "--tour", "TOUR"]])
def test_the_demo_takes_the_test_derivation_only_when_asked_and_says_so(
    args: list[str], tmp_path: Path, requests: list[GuiRequest]
) -> None:
    args = [arg.replace("TOUR", str(tmp_path / "tour")) for arg in args]
    folder = ["--data-dir", str(tmp_path / "demo")]
    command = [*folder, *args] if args[0] == "--demo" else [*args, *folder]
    runner = CliRunner()

    asked = runner.invoke(cli.main, command, env={"HAT_INSECURE_TEST_KDF": "1"})
    assert asked.exit_code == 0, asked.output
    assert requests[-1].test_kdf
    assert "HAT_INSECURE_TEST_KDF" in asked.stderr and "insecure" in asked.stderr
    assert "HAT_INSECURE_TEST_KDF" not in asked.stdout

    quiet = runner.invoke(cli.main, command, env={"HAT_INSECURE_TEST_KDF": ""})
    assert quiet.exit_code == 0, quiet.output
    assert not requests[-1].test_kdf
    assert quiet.stderr == ""
